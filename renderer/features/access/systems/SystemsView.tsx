import { useMemo, useState } from 'react';
import { Button, Card, Empty, Space, Spin, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { DeleteButton } from '../../../app/components/DeleteButton';
import type { InfoSystem } from '@shared/model/lists';
import { cityLevelLoad, CITY_SYSTEM_LIMIT } from '@shared/access/info-systems';
import { useUiStore } from '../../../app/ui-store';
import { useCommunitiesInScope } from '../../../common/scope/use-org';
import { useSystems } from '../use-access';
import { deleteInfoSystem } from '../access-repository';
import { SystemForm } from './SystemForm';

interface CommunityLoad {
  code: string;
  name: string;
  systems: string[];
}

/** The forms and systems communities fill, and which communities fill more than seven city-level ones. */
export function SystemsView() {
  const { t } = useTranslation();
  const scope = useUiStore((s) => s.scope);
  const systems = useSystems(scope);
  const communities = useCommunitiesInScope(scope);
  const [editing, setEditing] = useState<{ system?: InfoSystem } | null>(null);
  const [onlyOver, setOnlyOver] = useState(false);

  const loads = useMemo<CommunityLoad[]>(() => {
    const load = cityLevelLoad(systems ?? []);
    // Villages (村委会) appear once a system is registered for them; the registry is kept for 社区.
    return (communities ?? [])
      .filter((c) => c.level === 'community' || load.has(c.code))
      .map((c) => ({ code: c.code, name: c.name, systems: [...(load.get(c.code)?.values() ?? [])] }))
      .filter((c) => !onlyOver || c.systems.length > CITY_SYSTEM_LIMIT)
      .sort((a, b) => b.systems.length - a.systems.length || a.code.localeCompare(b.code));
  }, [systems, communities, onlyOver]);

  const columns: ColumnsType<InfoSystem> = [
    { key: 'name', title: t('access.systems.name'), dataIndex: 'name', ellipsis: true },
    { key: 'owner', title: t('access.systems.owner'), dataIndex: 'owner', width: 160 },
    {
      key: 'level',
      title: t('access.systems.level'),
      dataIndex: 'level',
      width: 90,
      render: (l: InfoSystem['level']) => (
        <Tag color={l === 'city' ? 'volcano' : undefined}>{t(`access.systems.levels.${l}`)}</Tag>
      ),
    },
    { key: 'frequency', title: t('access.systems.frequency'), dataIndex: 'frequency', width: 110 },
    {
      key: 'communities',
      title: t('access.systems.communityCount'),
      width: 90,
      align: 'right',
      render: (_, s) => s.communityCodes.length,
    },
    {
      key: 'actions',
      title: '',
      width: 56,
      render: (_, s) => (
        <DeleteButton
          inRow
          confirm={t('access.systems.deleteConfirm', { name: s.name })}
          onDelete={() => deleteInfoSystem(s.id)}
          done={t('access.systems.deleted')}
        />
      ),
    },
  ];

  if (!systems || !communities) return <Spin />;
  return (
    <div className="area-view">
      <Space className="list-toolbar" wrap>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
          {t('access.systems.add')}
        </Button>
        <Typography.Text type="secondary">
          {t('access.systems.limitNote', { limit: CITY_SYSTEM_LIMIT })}
        </Typography.Text>
      </Space>
      <Table<InfoSystem>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={systems}
        pagination={{ pageSize: 15, hideOnSinglePage: true }}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('access.systems.empty')} />,
        }}
        onRow={(s) => ({ onClick: () => setEditing({ system: s }), className: 'clickable-row' })}
      />
      <Card
        size="small"
        title={t('access.systems.byCommunity')}
        extra={
          <Space>
            <Switch
              size="small"
              checked={onlyOver}
              onChange={setOnlyOver}
              aria-label={t('access.systems.onlyOver')}
            />
            {t('access.systems.onlyOver')}
          </Space>
        }
      >
        <Table<CommunityLoad>
          size="small"
          rowKey="code"
          dataSource={loads}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          data-testid="system-load"
          columns={[
            { key: 'name', title: t('overview.communities'), dataIndex: 'name', width: 160 },
            {
              key: 'count',
              title: t('access.systems.cityCount'),
              width: 160,
              render: (_, c) =>
                c.systems.length > CITY_SYSTEM_LIMIT ? (
                  <Tag color="red">
                    {c.systems.length} · {t('access.systems.overLimit', { limit: CITY_SYSTEM_LIMIT })}
                  </Tag>
                ) : (
                  <Tag color="green">
                    {c.systems.length} · {t('access.systems.withinLimit')}
                  </Tag>
                ),
            },
            {
              key: 'systems',
              title: t('access.systems.name'),
              ellipsis: true,
              render: (_, c) => c.systems.join(t('common.separator')),
            },
          ]}
        />
      </Card>
      {editing && <SystemForm system={editing.system} onClose={() => setEditing(null)} />}
    </div>
  );
}
