import { useMemo, useState } from 'react';
import { Button, Drawer, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { canWriteTable } from '@shared/auth/roles';
import type { ReportingMember, ServiceActivity } from '@shared/model/dual-report';
import { memberYears, roundHours } from '@shared/whistles/dual-report-figures';
import { db } from '../../db';
import { useSession } from '../../app/session';
import { DeleteButton } from '../../app/components/DeleteButton';
import { deleteActivity } from './dual-report-repository';
import { useMemberActivities } from './use-dual-report';
import { ActivityForm } from './ActivityForm';

/** A member's service activities, newest first, with the year's total and adding one. */
export function MemberActivities({
  member,
  year,
  onClose,
}: {
  member: ReportingMember;
  year: string;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const user = useSession((s) => s.user);
  const activities = useMemberActivities(member.id);
  const [editing, setEditing] = useState<{ row?: ServiceActivity } | null>(null);
  const writable = canWriteTable(user.role, 'serviceActivities');
  const total = memberYears(activities ?? [], year).get(member.id) ?? { activities: 0, hours: 0 };
  const served = useServedNames(activities);
  return (
    <Drawer
      open
      size={720}
      title={t('whistles.dual.activities.title', { name: member.name })}
      onClose={onClose}
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Space>
          {writable && (
            <Button icon={<PlusOutlined />} onClick={() => setEditing({})}>
              {t('whistles.dual.activities.add')}
            </Button>
          )}
          <Typography.Text data-testid="member-year-total">
            {t('whistles.dual.activities.total', {
              year,
              count: total.activities,
              hours: roundHours(total.hours),
            })}
          </Typography.Text>
        </Space>
        <Table<ServiceActivity>
          size="small"
          rowKey="id"
          pagination={false}
          loading={activities === undefined}
          dataSource={activities}
          locale={{ emptyText: t('whistles.dual.activities.empty') }}
          onRow={(row) => ({ onClick: () => writable && setEditing({ row }) })}
          columns={[
            { key: 'date', title: t('whistles.dual.activities.date'), dataIndex: 'date', width: 110 },
            {
              key: 'hours',
              title: t('whistles.dual.activities.hours'),
              dataIndex: 'hours',
              align: 'right',
              width: 90,
            },
            { key: 'content', title: t('whistles.dual.activities.content'), dataIndex: 'content' },
            {
              key: 'served',
              title: t('whistles.dual.activities.served'),
              render: (_, a) => served(a),
            },
            {
              key: 'delete',
              title: '',
              width: 48,
              render: (_, a) =>
                writable && (
                  <DeleteButton
                    inRow
                    confirm={t('whistles.dual.activities.deleteConfirm', { date: a.date })}
                    onDelete={() => deleteActivity(db, user, a.id)}
                  />
                ),
            },
          ]}
        />
      </Space>
      {editing && <ActivityForm member={member} row={editing.row} onClose={() => setEditing(null)} />}
    </Drawer>
  );
}

/** The names of the places and events the activities served (only those, not the registry). */
function useServedNames(activities: ServiceActivity[] | undefined) {
  const placeIds = useMemo(
    () => [...new Set((activities ?? []).flatMap((a) => a.placeId ?? []))],
    [activities],
  );
  const whistleIds = useMemo(
    () => [...new Set((activities ?? []).flatMap((a) => a.whistleId ?? []))],
    [activities],
  );
  const names = useLiveQuery(async () => {
    const [places, whistles] = await Promise.all([
      db.places.bulkGet(placeIds),
      db.whistles.bulkGet(whistleIds),
    ]);
    return new Map([
      ...places.flatMap((p) => (p ? [[p.id, p.name] as const] : [])),
      ...whistles.flatMap((w) => (w ? [[w.id, w.title] as const] : [])),
    ]);
  }, [placeIds, whistleIds]);
  return (a: ServiceActivity) =>
    [a.placeId, a.whistleId]
      .map((id) => (id ? names?.get(id) : undefined))
      .filter(Boolean)
      .join(' · ');
}
