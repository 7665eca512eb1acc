import { useState } from 'react';
import { App, Button, Checkbox, Modal, Space, Typography } from 'antd';
import { ExportOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { canUnmask } from '@shared/auth/roles';
import { ENTITY_SPECS } from '@shared/excel/entities';
import type { EntityName } from '@shared/excel/entity';
import { db } from '../../db';
import { DEFAULT_DB_NAME } from '../../db/database';
import { desktop } from '../../platform';
import { useSession } from '../../app/session';
import { useUiStore } from '../../app/ui-store';
import { recordUnmaskedExport } from '../../app/personal-data';
import { isCancelled } from '@shared/cancel';
import { excelJob, failureMessage } from './excel-jobs';
import { withWorker } from './worker-client';
import { idLines } from './protocol';

interface Props {
  entity: EntityName;
  /** The current view's ids, in display order (what is filtered is what is exported). */
  ids: readonly string[] | undefined | (() => Promise<readonly string[]>);
  dbName?: string;
}

/**
 * 导出: the current filtered view of a table as .xlsx, through the same writer as templates.
 * Resident IDs and phones are masked unless the user may see them and asks; an unmasked
 * export is recorded (AuditEvent `exportUnmasked`, one per personal column).
 */
export function ExportButton({ entity, ids, dbName = DEFAULT_DB_NAME }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useSession((s) => s.user);
  const scope = useUiStore((s) => s.scope);
  const spec = ENTITY_SPECS[entity];
  const personal = spec.fields.filter((f) => f.personal);
  const mayUnmask = personal.length > 0 && canUnmask(user.role);
  const [asking, setAsking] = useState<readonly string[] | null>(null);
  const [unmasked, setUnmasked] = useState(false);
  const label = t(`excel.entities.${entity}`);

  const start = async () => {
    const list = typeof ids === 'function' ? await ids() : (ids ?? []);
    if (list.length === 0) {
      void message.info(t('excel.exportDialog.nothing'));
      return;
    }
    setUnmasked(false);
    setAsking(list);
  };

  const run = async () => {
    const list = asking ?? [];
    setAsking(null);
    try {
      const data = await excelJob(t('excel.jobs.exporting', { entity: label }), (options) =>
        withWorker('export', { dbName, entity, ids: idLines(list), unmasked }, options),
      );
      const saved = await desktop.saveFile({
        suggestedName: t('excel.exportDialog.fileName', { entity: label, date: dayjs().format('YYYYMMDD') }),
        data,
      });
      if (!saved.saved) return;
      // Recorded once the file is out of the app: a cancelled save dialog exposed nothing.
      if (unmasked) {
        await recordUnmaskedExport(db, user, {
          table: spec.table,
          orgPath: scope,
          fields: personal.map((f) => f.key),
        });
      }
      void message.success(t('excel.exportDialog.saved', { count: list.length }));
    } catch (error) {
      if (!isCancelled(error)) void message.error(failureMessage(error));
    }
  };

  return (
    <>
      <Button
        icon={<ExportOutlined />}
        onClick={start}
        disabled={ids !== undefined && typeof ids !== 'function' && ids.length === 0}
      >
        {t('excel.export')}
      </Button>
      <Modal
        open={asking !== null}
        title={t('excel.exportDialog.title', { entity: label })}
        okText={t('excel.exportDialog.ok')}
        cancelText={t('common.cancel')}
        onOk={run}
        onCancel={() => setAsking(null)}
      >
        <Space direction="vertical">
          <Typography.Text>{t('excel.exportDialog.count', { count: asking?.length ?? 0 })}</Typography.Text>
          {personal.length > 0 && !unmasked && (
            <Typography.Text type="secondary">{t('excel.exportDialog.masked')}</Typography.Text>
          )}
          {mayUnmask && (
            <Checkbox checked={unmasked} onChange={(e) => setUnmasked(e.target.checked)}>
              {t('excel.exportDialog.unmask')}
            </Checkbox>
          )}
        </Space>
      </Modal>
    </>
  );
}
