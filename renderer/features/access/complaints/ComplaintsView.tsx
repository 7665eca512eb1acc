import { useCallback, useMemo, useState } from 'react';
import { Button, Card, Col, Empty, Row, Space, Spin, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { DeleteButton } from '../../../app/components/DeleteButton';
import type { BurdenComplaint } from '@shared/model/lists';
import { countBy } from '@shared/access/overview';
import { useUiStore } from '../../../app/ui-store';
import { useComplaints, useRequests, useUnitNames } from '../use-access';
import { deleteComplaint } from '../access-repository';
import { ComplaintForm, type ComplaintPreset } from './ComplaintForm';
import { useComplaintFromTicket } from './use-complaint-from-ticket';

/** Counts of one key, for the two small tables beside each other. */
export function CountTable({
  title,
  keyTitle,
  rows,
  name = (k) => k,
  countTitle,
  testId,
}: {
  title: string;
  keyTitle: string;
  /** Heading of the count column; complaints unless said otherwise. */
  countTitle?: string;
  rows: { key: string; count: number }[];
  name?: (key: string) => string;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={title} data-testid={testId}>
      <Table
        size="small"
        rowKey="key"
        pagination={false}
        scroll={{ y: 220 }}
        dataSource={rows}
        columns={[
          { key: 'key', title: keyTitle, dataIndex: 'key', render: (k: string) => name(k) },
          {
            key: 'count',
            title: countTitle ?? t('access.complaints.count'),
            dataIndex: 'count',
            width: 90,
            align: 'right',
          },
        ]}
      />
    </Card>
  );
}

/** Burden complaints of the scope, counted by department and by community. */
export function ComplaintsView() {
  const { t } = useTranslation();
  const scope = useUiStore((s) => s.scope);
  const complaints = useComplaints(scope);
  const requests = useRequests(scope);
  const names = useUnitNames((complaints ?? []).map((c) => c.communityCode));
  const [editing, setEditing] = useState<{ complaint?: BurdenComplaint; preset?: ComplaintPreset } | null>(
    null,
  );
  useComplaintFromTicket(useCallback((preset: ComplaintPreset) => setEditing({ preset }), []));
  const byDepartment = useMemo(() => countBy(complaints ?? [], (c) => c.department), [complaints]);
  const byCommunity = useMemo(() => countBy(complaints ?? [], (c) => c.communityCode), [complaints]);
  const matter = new Map((requests ?? []).map((r) => [r.id, r.matter]));

  const columns: ColumnsType<BurdenComplaint> = [
    { key: 'receivedOn', title: t('access.complaints.receivedOn'), dataIndex: 'receivedOn', width: 110 },
    {
      key: 'community',
      title: t('access.complaints.community'),
      dataIndex: 'communityCode',
      width: 140,
      render: (c: string) => names.get(c) ?? c,
    },
    { key: 'department', title: t('access.complaints.department'), dataIndex: 'department', width: 180 },
    {
      key: 'ticket',
      title: t('access.complaints.ticketNumber'),
      dataIndex: 'ticketNumber',
      width: 170,
      render: (n?: string) => <span className="mono">{n}</span>,
    },
    { key: 'task', title: t('access.complaints.task'), dataIndex: 'task', width: 160, ellipsis: true },
    {
      key: 'request',
      title: t('access.complaints.request'),
      dataIndex: 'accessRequestId',
      width: 180,
      ellipsis: true,
      render: (id?: string) => (id ? (matter.get(id) ?? '') : ''),
    },
    { key: 'summary', title: t('access.complaints.summary'), dataIndex: 'summary', ellipsis: true },
    {
      key: 'actions',
      title: '',
      width: 56,
      render: (_, c) => (
        <DeleteButton
          inRow
          confirm={t('access.complaints.deleteConfirm')}
          onDelete={() => deleteComplaint(c.id)}
          done={t('access.complaints.deleted')}
        />
      ),
    },
  ];

  if (!complaints) return <Spin />;
  return (
    <div className="area-view">
      <Space className="list-toolbar" wrap>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
          {t('access.complaints.add')}
        </Button>
        <Typography.Text type="secondary">{t('access.complaints.intro')}</Typography.Text>
      </Space>
      <Row gutter={12}>
        <Col span={12}>
          <CountTable
            title={t('access.complaints.byDepartment')}
            keyTitle={t('access.complaints.department')}
            rows={byDepartment}
            testId="complaints-by-department"
          />
        </Col>
        <Col span={12}>
          <CountTable
            title={t('access.complaints.byCommunity')}
            keyTitle={t('access.complaints.community')}
            rows={byCommunity}
            name={(c) => names.get(c) ?? c}
            testId="complaints-by-community"
          />
        </Col>
      </Row>
      <Table<BurdenComplaint>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={complaints}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 1200 }}
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('access.complaints.empty')} />
          ),
        }}
        onRow={(c) => ({ onClick: () => setEditing({ complaint: c }), className: 'clickable-row' })}
      />
      {editing && (
        <ComplaintForm
          complaint={editing.complaint}
          preset={editing.preset}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}
