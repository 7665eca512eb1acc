import { useMemo } from 'react';
import { Card, Col, Empty, Row, Spin, Statistic, Table, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { accessOverview, type DepartmentRow } from '@shared/access/overview';
import { isInScope, orgPathOfCode } from '@shared/org/codes';
import { useUiStore } from '../../app/ui-store';
import { useAccessUi } from './access-ui-store';
import { useComplaints, useRequests, useSystems, useUnitNames, useWorkCalendar } from './use-access';
import { todayInBeijing } from '../../common/dates';
import { CountTable } from './complaints/ComplaintsView';

/**
 * The access review of a scope at a glance: what waits and what is late, how each department's
 * requests fared against the complaints about it, and which communities fill too many systems.
 */
export function AccessOverviewView() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const scope = useUiStore((s) => s.scope);
  const openRequest = useAccessUi((s) => s.openRequest);
  const requests = useRequests(scope);
  const complaints = useComplaints(scope);
  const systems = useSystems(scope);
  const calendar = useWorkCalendar();
  const overview = useMemo(
    () =>
      requests && complaints && systems && calendar
        ? accessOverview(requests, complaints, systems, calendar.calendar, todayInBeijing())
        : undefined,
    [requests, complaints, systems, calendar],
  );
  // A street's registry rows also count its other communities: keep those of the scope.
  const overLimit = (overview?.overLimit ?? []).filter((c) => isInScope(orgPathOfCode(c.code), scope));
  const names = useUnitNames([
    ...overLimit.map((c) => c.code),
    ...(overview?.complaintsByCommunity ?? []).map((c) => c.key),
  ]);
  if (!overview || !requests) return <Spin />;

  const count = (status: 'admitted' | 'refused') => requests.filter((r) => r.status === status).length;
  const stat = (key: string, title: string, value: number, to?: string, danger = false) => (
    <Col flex="1" key={key}>
      <Card
        size="small"
        hoverable={!!to}
        onClick={to ? () => void navigate(to) : undefined}
        data-testid={`access-${key}`}
      >
        <Statistic
          title={title}
          value={value}
          styles={danger && value > 0 ? { content: { color: '#cf1322' } } : undefined}
        />
      </Card>
    </Col>
  );
  const show = (id: string) => {
    openRequest(id);
    void navigate('/access/requests');
  };

  return (
    <div className="area-view">
      <Row gutter={12} className="stat-row">
        {stat('pending', t('access.overview.pending'), overview.pending.length, '/access/requests')}
        {stat('overdue', t('access.overview.overdue'), overview.overdue.length, undefined, true)}
        {stat('admitted', t('access.overview.admitted'), count('admitted'))}
        {stat('refused', t('access.overview.refused'), count('refused'))}
        {stat('complaints', t('access.overview.complaints'), complaints?.length ?? 0, '/access/complaints')}
        {stat('overLimit', t('access.overview.overLimit'), overLimit.length, '/access/systems', true)}
      </Row>
      <Card size="small" title={t('access.overview.overdueList')}>
        {overview.overdue.length === 0 ? (
          <Typography.Text type="secondary">{t('access.overview.noOverdue')}</Typography.Text>
        ) : (
          <Table
            size="small"
            rowKey={(o) => o.request.id}
            pagination={false}
            dataSource={overview.overdue}
            onRow={(o) => ({ onClick: () => show(o.request.id), className: 'clickable-row' })}
            columns={[
              {
                key: 'matter',
                title: t('access.request.columns.matter'),
                render: (_, o) => o.request.matter,
              },
              {
                key: 'unit',
                title: t('access.request.columns.unit'),
                render: (_, o) => o.request.requestingUnit,
                width: 220,
              },
              { key: 'deadline', title: t('access.overview.deadline'), dataIndex: 'deadline', width: 120 },
            ]}
          />
        )}
      </Card>
      <Card size="small" title={t('access.overview.byDepartment')}>
        <Table<DepartmentRow>
          size="small"
          rowKey="department"
          pagination={false}
          dataSource={overview.byDepartment}
          data-testid="overview-by-department"
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
          columns={[
            { key: 'department', title: t('access.overview.department'), dataIndex: 'department' },
            {
              key: 'admitted',
              title: t('access.overview.admitted'),
              dataIndex: 'admitted',
              width: 100,
              align: 'right',
            },
            {
              key: 'refused',
              title: t('access.overview.refused'),
              dataIndex: 'refused',
              width: 100,
              align: 'right',
            },
            {
              key: 'pending',
              title: t('access.overview.pendingCol'),
              dataIndex: 'pending',
              width: 100,
              align: 'right',
            },
            {
              key: 'complaints',
              title: t('access.overview.complaints'),
              dataIndex: 'complaints',
              width: 100,
              align: 'right',
            },
          ]}
        />
      </Card>
      <Row gutter={12}>
        <Col span={12}>
          <CountTable
            title={t('access.overview.complaintsByCommunity')}
            keyTitle={t('access.overview.community')}
            rows={overview.complaintsByCommunity}
            name={(c) => names.get(c) ?? c}
            testId="overview-complaints-by-community"
          />
        </Col>
        <Col span={12}>
          <CountTable
            title={t('access.overview.overLimit')}
            keyTitle={t('access.overview.community')}
            countTitle={t('access.systems.cityCount')}
            rows={overLimit.map((c) => ({ key: c.code, count: c.count }))}
            name={(c) => names.get(c) ?? c}
            testId="overview-over-limit"
          />
        </Col>
      </Row>
    </div>
  );
}
