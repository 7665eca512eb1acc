import { App, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { EntityName } from '@shared/excel/entity';
import { isCancelled } from '@shared/cancel';
import type { BatchStatus, ImportBatch } from './batches';
import { failureMessage } from './excel-jobs';
import { useImportBatches } from './mappings';
import { undoImport } from './undo';
import { UndoBatchButton } from './UndoBatchButton';

const STATUS_COLOR: Record<BatchStatus, string> = {
  committing: 'orange',
  committed: 'green',
  rolledBack: 'default',
  undoing: 'orange',
  undone: 'default',
};

/** Imports of this client, newest first (of one entity, when given), each undoable while it stands. */
export function BatchHistory({ entity }: { entity?: EntityName } = {}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const all = useImportBatches();
  const batches = entity ? all?.filter((b) => b.entity === entity) : all;

  const undo = async (batch: ImportBatch) => {
    try {
      const done = await undoImport(batch.id);
      if (done.keptChanged) void message.warning(t('excel.batches.keptChanged', { count: done.keptChanged }));
    } catch (error) {
      if (!isCancelled(error)) void message.error(failureMessage(error));
    }
  };

  return (
    <Table<ImportBatch>
      size="small"
      rowKey="id"
      loading={batches === undefined}
      dataSource={batches ?? []}
      locale={{ emptyText: t('excel.batches.empty') }}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      columns={[
        {
          key: 'at',
          title: t('excel.batches.at'),
          width: 150,
          render: (_, b) => dayjs(b.startedAt).format('YYYY-MM-DD HH:mm'),
        },
        {
          key: 'entity',
          title: t('excel.batches.entity'),
          width: 130,
          render: (_, b) => t(`excel.entities.${b.entity}`),
        },
        {
          key: 'file',
          title: t('excel.batches.file'),
          render: (_, b) => (
            <>
              {b.fileName} <Typography.Text type="secondary">· {b.sheet}</Typography.Text>
            </>
          ),
        },
        { key: 'by', title: t('excel.batches.by'), width: 100, dataIndex: 'by' },
        {
          key: 'result',
          title: t('excel.batches.result'),
          width: 240,
          render: (_, b) => (
            <>
              {t('excel.batches.counts', b.counts)}
              {b.keptChanged ? (
                <div>
                  <Typography.Text type="warning">
                    {t('excel.batches.keptChanged', { count: b.keptChanged })}
                  </Typography.Text>
                </div>
              ) : null}
            </>
          ),
        },
        {
          key: 'status',
          title: t('excel.batches.status.committed'),
          width: 100,
          render: (_, b) => <Tag color={STATUS_COLOR[b.status]}>{t(`excel.batches.status.${b.status}`)}</Tag>,
        },
        {
          key: 'actions',
          title: '',
          width: 110,
          render: (_, b) =>
            b.status === 'committed' || b.status === 'committing' || b.status === 'undoing' ? (
              <UndoBatchButton batch={b} size="small" onUndo={() => undo(b)}>
                {b.status === 'committed' ? t('excel.batches.undo') : t('excel.batches.resume')}
              </UndoBatchButton>
            ) : null,
        },
      ]}
    />
  );
}
