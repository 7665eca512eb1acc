import { Button, Empty, Space, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { db } from '../../db';
import { rejectedTable, type LocalRejected } from '../../sync/state';
import { localizedServerMessage } from './describe-error';
import { fieldLabel, formatTime, formatValue, tableLabel } from './format';

/** 同步 → 被拒绝的修改: what the server refused, why, and what the change was, so it can be redone. */
export function RejectedView() {
  const { t } = useTranslation();
  const rows = useLiveQuery(async () =>
    (await rejectedTable(db).toArray()).sort((a, b) =>
      a.at < b.at ? 1 : a.at > b.at ? -1 : b.mutationId - a.mutationId,
    ),
  );
  if (!rows) return null;
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary">{t('sync.rejected.intro')}</Typography.Paragraph>
      {rows.length === 0 ? (
        <Empty description={t('sync.rejected.empty')} />
      ) : (
        <Table<LocalRejected>
          rowKey="key"
          size="small"
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          dataSource={rows}
          columns={[
            {
              title: t('sync.rejected.at'),
              dataIndex: 'at',
              width: 140,
              render: (at: string) => formatTime(at),
            },
            {
              title: t('sync.rejected.record'),
              key: 'record',
              width: 200,
              render: (_, r) => (
                <Space direction="vertical" size={0}>
                  <Tag>{tableLabel(r.table)}</Tag>
                  <Typography.Text>
                    {typeof r.changedFields.name === 'string' ? r.changedFields.name : r.id}
                  </Typography.Text>
                </Space>
              ),
            },
            {
              title: t('sync.rejected.op'),
              dataIndex: 'op',
              width: 80,
              render: (op: LocalRejected['op']) => t(`sync.rejected.ops.${op}`),
            },
            {
              title: t('sync.rejected.reason'),
              dataIndex: 'message',
              render: (message: string) => (
                <Typography.Text type="danger">{localizedServerMessage(message)}</Typography.Text>
              ),
            },
            {
              title: t('sync.rejected.values'),
              key: 'values',
              render: (_, r) =>
                Object.entries(r.changedFields)
                  .map(([f, v]) => `${fieldLabel(f)}：${formatValue(f, v)}`)
                  .join('；'),
            },
            {
              key: 'dismiss',
              width: 80,
              render: (_, r) => (
                <Button size="small" onClick={() => void rejectedTable(db).delete(r.key)}>
                  {t('sync.rejected.dismiss')}
                </Button>
              ),
            },
          ]}
        />
      )}
    </Space>
  );
}
