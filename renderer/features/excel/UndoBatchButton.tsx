import { useState, type ReactNode } from 'react';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { db } from '../../db';
import { cascadeText, refusalText } from '../../app/references-text';
import { previewUndo, type ImportBatch } from './batches';

/**
 * Undo of an import, asked first: the confirmation says what goes with the batch's new records
 * (an assignment made since to an imported coordinator) or why it cannot be undone (a gate
 * registered since under an imported building) — the reference rule of db/references.
 */
export function UndoBatchButton({
  batch,
  onUndo,
  loading,
  size,
  children,
}: {
  batch: ImportBatch;
  onUndo(): Promise<void> | void;
  loading?: boolean;
  size?: 'small' | 'middle';
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const [checking, setChecking] = useState(false);

  const ask = async () => {
    setChecking(true);
    const preview = await previewUndo(db, batch.id).finally(() => setChecking(false));
    if (preview.refused.length > 0) {
      modal.warning({ title: t('excel.batches.undoRefused'), content: refusalText(t, preview.refused) });
      return;
    }
    modal.confirm({
      title: t('excel.batches.undo'),
      content: [
        t('excel.batches.undoConfirm', batch.counts),
        cascadeText(t, preview),
        t('excel.batches.undoQuestion'),
      ]
        .filter(Boolean)
        .join(t('common.sentenceBreak')),
      okText: t('excel.batches.undo'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: onUndo,
    });
  };

  return (
    <Button danger size={size} loading={checking || loading} onClick={() => void ask()}>
      {children}
    </Button>
  );
}
