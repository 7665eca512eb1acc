import { useDeferredValue, useMemo } from 'react';
import { Button, Empty, Input, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { AccessRequest, AccessStatus } from '@shared/model/lists';
import { decisionDeadline, meritFailures, runAccessChecks, type CheckContext } from '@shared/access/checks';
import { buildRequestIndex, filterRequests } from '@shared/access/search';
import { useUiStore } from '../../../app/ui-store';
import { useElementHeight } from '../../../app/components/use-element-height';
import { useAccessUi } from '../access-ui-store';
import { useCheckContext, useRequests } from '../use-access';
import { RequestStatusTag } from './RequestStatusTag';
import { RequestCard } from './RequestCard';
import { RequestForm } from './RequestForm';

const STATUSES: AccessStatus[] = ['draft', 'submitted', 'admitted', 'refused', 'returned', 'revoked'];

/** When a pending request must be decided, and how close that is. */
function DeadlineCell({ request, ctx }: { request: AccessRequest; ctx: CheckContext }) {
  const { t } = useTranslation();
  const deadline = decisionDeadline(request, ctx.calendar);
  if (!deadline) return null;
  if (request.status !== 'submitted') return <Typography.Text type="secondary">{deadline}</Typography.Text>;
  if (deadline < ctx.today)
    return (
      <span>
        {deadline} <Tag color="red">{t('access.request.overdue')}</Tag>
      </span>
    );
  const left = ctx.calendar.workingDaysBetween(ctx.today, deadline);
  return (
    <span>
      {deadline}{' '}
      <Tag color={left <= 3 ? 'orange' : 'blue'}>{t('access.request.daysLeft', { days: left })}</Tag>
    </span>
  );
}

/** The street's requests: find one, see its state and checks at a glance, open it to review. */
export function RequestsView() {
  const { t } = useTranslation();
  const scope = useUiStore((s) => s.scope);
  const { query, setQuery, status, setStatus, openRequestId, openRequest, requestForm, openRequestForm } =
    useAccessUi();
  const requests = useRequests(scope);
  const ctx = useCheckContext();
  const [box, height] = useElementHeight<HTMLDivElement>();
  const deferredQuery = useDeferredValue(query);
  const index = useMemo(() => buildRequestIndex(requests ?? []), [requests]);
  const shown = useMemo(() => filterRequests(index, deferredQuery, status), [index, deferredQuery, status]);
  const failures = useMemo(
    () => new Map(ctx ? shown.map((r) => [r.id, meritFailures(runAccessChecks(r, ctx)).length]) : []),
    [shown, ctx],
  );

  const columns: ColumnsType<AccessRequest> = [
    { key: 'matter', title: t('access.request.columns.matter'), dataIndex: 'matter', ellipsis: true },
    {
      key: 'unit',
      title: t('access.request.columns.unit'),
      dataIndex: 'requestingUnit',
      width: 200,
      ellipsis: true,
    },
    {
      key: 'status',
      title: t('access.request.columns.status'),
      dataIndex: 'status',
      width: 110,
      render: (s: AccessStatus) => <RequestStatusTag status={s} />,
    },
    { key: 'filedOn', title: t('access.request.columns.filedOn'), dataIndex: 'filedOn', width: 110 },
    {
      key: 'deadline',
      title: t('access.request.columns.deadline'),
      width: 200,
      render: (_, r) => ctx && <DeadlineCell request={r} ctx={ctx} />,
    },
    {
      key: 'checks',
      title: t('access.request.columns.checks'),
      width: 120,
      render: (_, r) => {
        const failed = failures.get(r.id) ?? 0;
        return failed > 0 ? (
          <Tag color="red">{t('access.request.failed', { count: failed })}</Tag>
        ) : (
          <Tag color="green">{t('access.request.allPassed')}</Tag>
        );
      },
    },
  ];

  if (!requests || !ctx) return <Spin />;
  return (
    <div className="list-view">
      <Space className="list-toolbar" wrap>
        <Input.Search
          allowClear
          className="lists-search"
          placeholder={t('access.request.search')}
          aria-label={t('access.request.search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <Select
          allowClear
          className="lists-filter"
          placeholder={t('access.request.allStatuses')}
          aria-label={t('access.request.columns.status')}
          value={status}
          onChange={setStatus}
          options={STATUSES.map((s) => ({ value: s, label: t(`access.status.${s}`) }))}
        />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => openRequestForm({ mode: 'new' })}>
          {t('access.request.add')}
        </Button>
        <Typography.Text type="secondary" data-testid="request-count">
          {t('common.count', { count: shown.length })}
        </Typography.Text>
      </Space>
      <div className="fill" ref={box}>
        {height > 0 && (
          <Table<AccessRequest>
            size="small"
            rowKey="id"
            virtual
            columns={columns}
            dataSource={shown}
            pagination={false}
            scroll={{ x: 900, y: height - 40 }}
            locale={{
              emptyText: (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('access.request.empty')} />
              ),
            }}
            onRow={(r) => ({ onClick: () => openRequest(r.id), className: 'clickable-row' })}
          />
        )}
      </div>
      {openRequestId && (
        <RequestCard
          id={openRequestId}
          onClose={() => openRequest(null)}
          onEdit={(id, missing) => openRequestForm({ mode: 'edit', id, missing })}
        />
      )}
      {requestForm && (
        <RequestForm
          target={requestForm}
          onClose={() => openRequestForm(null)}
          onSaved={(r) => openRequest(r.id)}
        />
      )}
    </div>
  );
}
