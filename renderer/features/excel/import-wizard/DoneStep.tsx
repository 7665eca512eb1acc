import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { UndoBatchButton } from '../UndoBatchButton';
import { useWizard, useWizardActions } from './wizard-context';

/** 完成: what the batch wrote, with undo while it stands. */
export function DoneStep({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const { batch, busy } = useWizard((s) => ({ batch: s.batch, busy: s.busy }));
  const { undo, reset } = useWizardActions();
  if (!batch) return null;
  return (
    <Result
      status={batch.status === 'undone' ? 'info' : 'success'}
      title={batch.status === 'undone' ? t('excel.done.undone') : t('excel.done.title')}
      subTitle={t('excel.done.body', batch.counts)}
      extra={[
        batch.status === 'committed' && (
          <UndoBatchButton key="undo" batch={batch} loading={busy} onUndo={undo}>
            {t('excel.done.undo')}
          </UndoBatchButton>
        ),
        <Button key="again" onClick={reset}>
          {t('excel.done.again')}
        </Button>,
        <Button key="close" type="primary" onClick={onClose}>
          {t('excel.done.close')}
        </Button>,
      ]}
    />
  );
}
