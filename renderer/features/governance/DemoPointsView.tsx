import { useMemo, useState } from 'react';
import { Button, Card, Col, Progress, Row, Space, Table, Tag, Timeline, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { canWriteTable } from '@shared/auth/roles';
import { DEMO_POINT_KINDS, type DemoPoint } from '@shared/model/governance';
import { demoPointProgress, NEXT_STATUSES } from '@shared/governance/demo-points';
import { db } from '../../db';
import { useUiStore } from '../../app/ui-store';
import { useSession } from '../../app/session';
import { DeleteButton } from '../../app/components/DeleteButton';
import { deleteDemoPoint } from './governance-repository';
import { useCommunityNames, useDemoPoints, usePlaceNames } from './use-governance';
import { DemoPointForm, StatusForm } from './DemoPointForms';
import { DEMO_STATUS_COLOR } from './format';

/** 楼门院治理示范点 and 社区协商示范点: each designation's year, criteria and status, and progress against the city's targets. */
export function DemoPointsView() {
  const { t } = useTranslation();
  const scope = useUiStore((s) => s.scope);
  const user = useSession((s) => s.user);
  const points = useDemoPoints(scope);
  const nameOf = useCommunityNames(scope);
  const placeIds = useMemo(() => (points ?? []).flatMap((p) => (p.placeId ? [p.placeId] : [])), [points]);
  const places = usePlaceNames(placeIds);
  const [applying, setApplying] = useState(false);
  const [changing, setChanging] = useState<DemoPoint | null>(null);
  const writable = canWriteTable(user.role, 'demoPoints');

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Row gutter={16}>
        {DEMO_POINT_KINDS.map((kind) => {
          const p = demoPointProgress(points ?? [], kind);
          return (
            <Col span={12} key={kind}>
              <Card size="small" title={t(`governance.demoKind.${kind}`)} data-testid={`progress-${kind}`}>
                <Typography.Text>
                  {t('governance.demo.progress', { year: p.year, target: p.target })}
                </Typography.Text>
                <Progress percent={Math.round(p.ratio * 1000) / 10} />
                <Typography.Text>
                  {t('governance.demo.progressLine', { accepted: p.accepted, underway: p.underway })}
                </Typography.Text>
                <br />
                <Typography.Text type="secondary">{t('governance.demo.progressNote')}</Typography.Text>
              </Card>
            </Col>
          );
        })}
      </Row>
      {writable && (
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setApplying(true)}
          style={{ alignSelf: 'start' }}
        >
          {t('governance.demo.apply')}
        </Button>
      )}
      <Table<DemoPoint>
        data-testid="demo-points"
        size="small"
        rowKey="id"
        loading={points === undefined}
        dataSource={points}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: t('governance.demo.empty') }}
        expandable={{
          expandRowByClick: true,
          expandedRowRender: (p) => (
            <Timeline
              items={p.history.map((h) => ({
                key: `${h.on}${h.status}`,
                children: `${h.on} ${t(`governance.demoStatus.${h.status}`)}${h.note ? `：${h.note}` : ''}`,
              }))}
            />
          ),
        }}
        columns={[
          {
            key: 'kind',
            title: t('governance.demo.columns.kind'),
            width: 170,
            render: (_, p) => t(`governance.demoKind.${p.kind}`),
            filters: DEMO_POINT_KINDS.map((k) => ({ text: t(`governance.demoKind.${k}`), value: k })),
            onFilter: (value, p) => p.kind === value,
          },
          {
            key: 'community',
            title: t('governance.demo.columns.community'),
            width: 140,
            render: (_, p) => nameOf(p.orgPath),
          },
          {
            key: 'place',
            title: t('governance.demo.columns.place'),
            width: 160,
            render: (_, p) => (p.placeId ? (places?.get(p.placeId) ?? '') : '—'),
          },
          { key: 'year', title: t('governance.demo.columns.year'), dataIndex: 'year', width: 70 },
          {
            key: 'criteria',
            title: t('governance.demo.columns.criteria'),
            dataIndex: 'criteria',
            ellipsis: true,
          },
          {
            key: 'status',
            title: t('governance.demo.columns.status'),
            width: 100,
            render: (_, p) => (
              <Tag color={DEMO_STATUS_COLOR[p.status]}>{t(`governance.demoStatus.${p.status}`)}</Tag>
            ),
          },
          {
            key: 'changed',
            title: t('governance.demo.columns.changed'),
            width: 110,
            render: (_, p) => p.history.at(-1)?.on,
          },
          {
            key: 'do',
            title: '',
            width: 150,
            render: (_, p) =>
              writable && (
                <span onClick={(e) => e.stopPropagation()}>
                  {NEXT_STATUSES[p.status].length > 0 && (
                    <Button size="small" type="link" onClick={() => setChanging(p)}>
                      {t('governance.demo.change')}
                    </Button>
                  )}
                  <DeleteButton
                    inRow
                    confirm={t('governance.demo.deleteConfirm')}
                    onDelete={() => deleteDemoPoint(db, user, p.id)}
                  />
                </span>
              ),
          },
        ]}
      />
      {applying && <DemoPointForm scope={scope} onClose={() => setApplying(false)} />}
      {changing && <StatusForm point={changing} onClose={() => setChanging(null)} />}
    </Space>
  );
}
