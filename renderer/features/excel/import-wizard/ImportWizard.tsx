import { useEffect, useState } from 'react';
import { Alert, App, Modal, Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EntityName, RowValues } from '@shared/excel/entity';
import { DEFAULT_DB_NAME } from '../../../db/database';
import { i18next } from '../../../app/i18n';
import { ExcelWorkerClient } from '../worker-client';
import { ColumnsStep } from './ColumnsStep';
import { DoneStep } from './DoneStep';
import { FileStep } from './FileStep';
import { PreviewStep } from './PreviewStep';
import { SheetStep } from './SheetStep';
import { WizardContext, useWizard } from './wizard-context';
import { WIZARD_STEPS, createWizardStore } from './wizard-store';

interface Props {
  entity: EntityName;
  open: boolean;
  onClose(): void;
  /** Values the calling screen fixes for every row (the list edition being edited). */
  fixed?: RowValues;
  /** Database name (tests and benchmarks use their own). */
  dbName?: string;
}

/**
 * The import wizard: file → sheet → columns → preview (the dry run) → commit as one batch,
 * which can be undone. Everything heavy runs in the Excel worker; the window shows its
 * results a page at a time. What the wizard is doing lives in its store (wizard-store.ts).
 */
export function ImportWizard({ entity, open, onClose, fixed, dbName = DEFAULT_DB_NAME }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  // The worker starts on the first call and ends with the wizard (its session goes with it).
  const [client] = useState(() => new ExcelWorkerClient());
  const [store] = useState(() =>
    createWizardStore({
      entity,
      fixed,
      dbName,
      client,
      // i18next, not this render's `t`: the language may change while the wizard is open.
      onCancelled: () => void message.info(i18next.t('common.cancelled')),
    }),
  );

  useEffect(() => () => client.terminate(), [client]);

  const close = () => {
    store.getState().leave();
    onClose();
  };

  return (
    <WizardContext value={store}>
      <Modal
        open={open}
        title={t('excel.importTitle', { entity: t(`excel.entities.${entity}`) })}
        onCancel={close}
        footer={null}
        width={1180}
        maskClosable={false}
        destroyOnHidden
        className="excel-wizard"
      >
        <WizardBody entity={entity} fixed={fixed} dbName={dbName} client={client} onClose={close} />
      </Modal>
    </WizardContext>
  );
}

interface BodyProps {
  entity: EntityName;
  fixed?: RowValues;
  dbName: string;
  client: ExcelWorkerClient;
  onClose(): void;
}

function WizardBody({ entity, fixed, dbName, client, onClose }: BodyProps) {
  const { t } = useTranslation();
  const { step, error } = useWizard((s) => ({ step: s.step, error: s.error }));
  return (
    <>
      <Steps
        size="small"
        current={WIZARD_STEPS.indexOf(step)}
        items={WIZARD_STEPS.map((s) => ({ key: s, title: t(`excel.steps.${s}`) }))}
        style={{ marginBottom: 16 }}
      />
      {error && (
        <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} data-testid="excel-error" />
      )}
      {step === 'file' && <FileStep entity={entity} dbName={dbName} />}
      {step === 'sheet' && <SheetStep />}
      {step === 'columns' && <ColumnsStep entity={entity} fixed={fixed} />}
      {step === 'preview' && <PreviewStep entity={entity} client={client} />}
      {step === 'done' && <DoneStep onClose={onClose} />}
    </>
  );
}
