import { useState } from 'react';
import { Alert, Card, Col, Row, Spin, Statistic, Switch, Table, Tag, Space, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { sizeClass, type SizeClass } from '@shared/places/community-size';
import { useUiStore } from '../../app/ui-store';
import { useElementHeight } from '../../app/components/use-element-height';
import { useCommunitySizes, type CommunitySize } from './use-places';

const CLASS_TAG: Record<SizeClass, { color: string; key: 'splitUrgent' | 'split' | 'merge' | 'normal' }> = {
  splitUrgent: { color: 'red', key: 'splitUrgent' },
  split: { color: 'orange', key: 'split' },
  merge: { color: 'blue', key: 'merge' },
  normal: { color: 'default', key: 'normal' },
};

/** Communities to split (over 3,000 households, over 5,000 first) and to merge (under 500). */
export function CommunitySizesView() {
  const { t } = useTranslation();
  const scope = useUiStore((s) => s.scope);
  const sizes = useCommunitySizes(scope);
  const [onlyFlagged, setOnlyFlagged] = useState(false);
  const [box, height] = useElementHeight<HTMLDivElement>();
  if (!sizes) return <Spin />;

  // Only communities with a recorded household count are judged; the rest say so.
  const classOf = (s: CommunitySize) => (s.households === undefined ? null : sizeClass(s.households));
  const over5000 = sizes.filter((s) => classOf(s) === 'splitUrgent').length;
  const over3000 = sizes.filter((s) => classOf(s) === 'split' || classOf(s) === 'splitUrgent').length;
  const under500 = sizes.filter((s) => classOf(s) === 'merge').length;
  const rows = onlyFlagged ? sizes.filter((s) => classOf(s) !== 'normal' && classOf(s) !== null) : sizes;

  const columns: ColumnsType<CommunitySize> = [
    { key: 'name', title: t('places.sizes.community'), dataIndex: 'name', width: 180 },
    { key: 'street', title: t('places.sizes.street'), dataIndex: 'streetName', width: 160 },
    {
      key: 'households',
      title: t('places.sizes.households'),
      dataIndex: 'households',
      align: 'right',
      width: 100,
    },
    {
      key: 'residents',
      title: t('places.sizes.residents'),
      dataIndex: 'residents',
      align: 'right',
      width: 100,
    },
    {
      key: 'registered',
      title: t('places.sizes.registered'),
      dataIndex: 'registeredHouseholds',
      align: 'right',
      width: 150,
    },
    { key: 'grids', title: t('places.sizes.grids'), dataIndex: 'grids', align: 'right', width: 80 },
    {
      key: 'status',
      title: t('places.sizes.status'),
      width: 120,
      render: (_, s) => {
        const size = classOf(s);
        if (size === null) return <Tag>{t('places.sizes.unknown')}</Tag>;
        const tag = CLASS_TAG[size];
        return <Tag color={tag.color}>{t(`places.sizes.${tag.key}`)}</Tag>;
      },
    },
    {
      key: 'plan',
      title: t('places.sizes.adjust'),
      width: 100,
      // Splits, merges and 撤村建居 are planned in 区划调整, reached by address (features meet only
      // at front doors). A village is offered conversion whatever its size: that is the reform's
      // path for villages, and a merge of a village into a community is planned from the community.
      render: (_, s) => {
        const size = classOf(s);
        if (s.level === 'village')
          return <Link to={`/divisions/village?source=${s.code}`}>{t('places.sizes.planVillage')}</Link>;
        if (s.level !== 'community') return null;
        if (size === 'split' || size === 'splitUrgent')
          return <Link to={`/divisions/plan?source=${s.code}`}>{t('places.sizes.planSplit')}</Link>;
        if (size === 'merge')
          return <Link to={`/divisions/merge?source=${s.code}`}>{t('places.sizes.planMerge')}</Link>;
        return null;
      },
    },
  ];

  return (
    <div className="coverage-view">
      <Alert type="info" showIcon title={t('places.sizes.standard')} className="sizes-standard" />
      <Row gutter={12} className="stat-row">
        <Col span={8}>
          <Card size="small" data-testid="size-over5000">
            <Statistic
              title={t('places.sizes.over5000')}
              value={over5000}
              valueStyle={{ color: '#cf1322' }}
            />
          </Card>
        </Col>
        <Col span={8}>
          <Card size="small" data-testid="size-over3000">
            <Statistic
              title={t('places.sizes.over3000')}
              value={over3000}
              valueStyle={{ color: '#d46b08' }}
            />
          </Card>
        </Col>
        <Col span={8}>
          <Card size="small" data-testid="size-under500">
            <Statistic
              title={t('places.sizes.under500')}
              value={under500}
              valueStyle={{ color: '#0958d9' }}
            />
          </Card>
        </Col>
      </Row>
      <Space className="list-toolbar">
        <Switch checked={onlyFlagged} onChange={setOnlyFlagged} />
        <Typography.Text>{t('places.sizes.onlyFlagged')}</Typography.Text>
      </Space>
      <div className="fill" ref={box}>
        {height > 0 && (
          <Table<CommunitySize>
            size="small"
            rowKey="code"
            columns={columns}
            dataSource={rows}
            pagination={false}
            virtual
            scroll={{ x: 990, y: height - 40 }}
          />
        )}
      </div>
    </div>
  );
}
