import { useMemo, useState } from 'react';
import { Button, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { canWriteTable } from '@shared/auth/roles';
import type { ReportingMember } from '@shared/model/dual-report';
import { communityCodeOf } from '@shared/org/paths';
import {
  communityFigures,
  memberYears,
  roundHours,
  type CommunityFigures,
} from '@shared/whistles/dual-report-figures';
import { db } from '../../db';
import { useUiStore } from '../../app/ui-store';
import { useSession } from '../../app/session';
import { DeleteButton } from '../../app/components/DeleteButton';
import { MaskedPhone } from '../../app/components/MaskedPhone';
import { useCommunitiesInScope } from '../../common/scope/use-org';
import { todayInBeijing } from '../../common/dates';
import { deleteMember, planMemberDelete } from './dual-report-repository';
import { useDualReport } from './use-dual-report';
import { MemberForm } from './MemberForm';
import { MemberActivities } from './MemberActivities';

/**
 * 双报到: the units and in-service party members reporting to the scope's communities, the
 * figures per community for a year, and each member's service activities.
 */
export function DualReportView() {
  const { t } = useTranslation();
  const scope = useUiStore((s) => s.scope);
  const user = useSession((s) => s.user);
  const data = useDualReport(scope);
  const communities = useCommunitiesInScope(scope);
  const thisYear = todayInBeijing().slice(0, 4);
  const [year, setYear] = useState(thisYear);
  const [editing, setEditing] = useState<{ row?: ReportingMember } | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  // A figures line clicked shows that community's members only.
  const [community, setCommunity] = useState<string | null>(null);
  const writable = canWriteTable(user.role, 'reportingMembers');

  const communityName = useMemo(() => {
    const names = new Map((communities ?? []).map((c) => [c.code, c.name]));
    return (code: string | undefined) => (code ? (names.get(code) ?? code) : '');
  }, [communities]);
  const years = useMemo(() => memberYears(data?.activities ?? [], year), [data, year]);
  const figures = useMemo(
    () => communityFigures(data?.members ?? [], data?.activities ?? [], year),
    [data, year],
  );
  const yearOptions = useMemo(() => {
    const seen = new Set([thisYear, ...(data?.activities ?? []).map((a) => a.date.slice(0, 4))]);
    return [...seen]
      .sort()
      .reverse()
      .map((y) => ({ value: y, label: y }));
  }, [data, thisYear]);
  const totals = figures.reduce(
    (sum, f) => ({
      organisations: sum.organisations + f.organisations,
      partyMembers: sum.partyMembers + f.partyMembers,
    }),
    { organisations: 0, partyMembers: 0 },
  );
  const open = data?.members.find((m) => m.id === openId);
  const shown = useMemo(() => {
    const words = search.trim();
    return data?.members.filter(
      (m) =>
        (!community || communityCodeOf(m.orgPath) === community) &&
        (!words || m.name.includes(words) || (m.employer ?? '').includes(words)),
    );
  }, [data, search, community]);
  const sum = figures.reduce(
    (a, f) => ({ activities: a.activities + f.activities, hours: a.hours + f.hours }),
    {
      activities: 0,
      hours: 0,
    },
  );

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        {writable && (
          <Button icon={<PlusOutlined />} onClick={() => setEditing({})}>
            {t('whistles.dual.add')}
          </Button>
        )}
        <span>{t('whistles.dual.year')}</span>
        <Select
          aria-label={t('whistles.dual.year')}
          value={year}
          onChange={setYear}
          options={yearOptions}
          style={{ width: 100 }}
        />
        <Typography.Text type="secondary">{t('whistles.dual.count', totals)}</Typography.Text>
        <Input.Search
          allowClear
          placeholder={t('whistles.dual.search')}
          aria-label={t('whistles.dual.search')}
          onChange={(e) => setSearch(e.target.value)}
          style={{ width: 240 }}
        />
      </Space>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('whistles.dual.figuresTitle', { year })}
      </Typography.Title>
      <Table<CommunityFigures>
        data-testid="dual-figures"
        size="small"
        rowKey="communityCode"
        pagination={false}
        loading={data === undefined}
        dataSource={figures}
        scroll={{ y: 240 }}
        rowClassName={(f) => (f.communityCode === community ? 'ant-table-row-selected' : '')}
        onRow={(f) => ({
          onClick: () => setCommunity(f.communityCode === community ? null : f.communityCode),
          style: { cursor: 'pointer' },
        })}
        summary={() =>
          figures.length > 1 && (
            <Table.Summary fixed>
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>{t('whistles.dual.total')}</Table.Summary.Cell>
                <Table.Summary.Cell index={1} align="right">
                  {totals.organisations}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={2} align="right">
                  {totals.partyMembers}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right">
                  {sum.activities}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={4} align="right">
                  {roundHours(sum.hours)}
                </Table.Summary.Cell>
              </Table.Summary.Row>
            </Table.Summary>
          )
        }
        columns={[
          {
            key: 'community',
            title: t('whistles.dual.columns.community'),
            render: (_, f) => communityName(f.communityCode),
          },
          {
            key: 'organisations',
            title: t('whistles.dual.columns.organisations'),
            dataIndex: 'organisations',
            align: 'right',
          },
          {
            key: 'partyMembers',
            title: t('whistles.dual.columns.partyMembers'),
            dataIndex: 'partyMembers',
            align: 'right',
          },
          {
            key: 'activities',
            title: t('whistles.dual.columns.activities'),
            dataIndex: 'activities',
            align: 'right',
          },
          {
            key: 'hours',
            title: t('whistles.dual.columns.hours'),
            align: 'right',
            render: (_, f) => roundHours(f.hours),
          },
        ]}
      />
      {community && (
        <Tag closable onClose={() => setCommunity(null)}>
          {t('whistles.dual.ofCommunity', { name: communityName(community) })}
        </Tag>
      )}
      <Table<ReportingMember>
        data-testid="dual-members"
        size="small"
        rowKey="id"
        loading={data === undefined}
        dataSource={shown}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: t('whistles.dual.empty') }}
        onRow={(row) => ({ onClick: () => setOpenId(row.id) })}
        columns={[
          {
            key: 'kind',
            title: t('whistles.dual.columns.kind'),
            width: 110,
            render: (_, m) => t(`whistles.dual.memberKind.${m.kind}`),
            filters: [
              { text: t('whistles.dual.memberKind.organisation'), value: 'organisation' },
              { text: t('whistles.dual.memberKind.partyMember'), value: 'partyMember' },
            ],
            onFilter: (value, m) => m.kind === value,
          },
          { key: 'name', title: t('whistles.dual.columns.name'), dataIndex: 'name', width: 200 },
          {
            key: 'community',
            title: t('whistles.dual.columns.community'),
            render: (_, m) => communityName(communityCodeOf(m.orgPath)),
          },
          {
            key: 'detail',
            title: t('whistles.dual.columns.detail'),
            render: (_, m) =>
              m.kind === 'organisation'
                ? m.unitType && t(`whistles.dual.unitType.${m.unitType}`)
                : (m.employer ?? ''),
          },
          {
            key: 'phone',
            title: t('whistles.dual.columns.phone'),
            width: 170,
            // A unit's contact is its office line; a party member's mobile is personal data, masked.
            render: (_, m) =>
              m.kind === 'organisation' ? (m.contact ?? '') : <MaskedPhone phone={m.phone} />,
          },
          {
            key: 'reportedOn',
            title: t('whistles.dual.columns.reportedOn'),
            dataIndex: 'reportedOn',
            width: 110,
          },
          {
            key: 'activities',
            title: t('whistles.dual.columns.activities'),
            align: 'right',
            render: (_, m) => years.get(m.id)?.activities ?? 0,
          },
          {
            key: 'hours',
            title: t('whistles.dual.columns.hours'),
            align: 'right',
            render: (_, m) => roundHours(years.get(m.id)?.hours ?? 0),
          },
          {
            key: 'actions',
            title: '',
            width: 96,
            render: (_, m) =>
              writable && (
                <span onClick={(e) => e.stopPropagation()}>
                  <Button size="small" type="link" onClick={() => setEditing({ row: m })}>
                    {t('common.edit')}
                  </Button>
                  <DeleteButton
                    inRow
                    confirm={t('common.deleteConfirm', { name: m.name })}
                    plan={() => planMemberDelete(db, m.id)}
                    onDelete={() => deleteMember(db, user, m.id)}
                  />
                </span>
              ),
          },
        ]}
      />
      {editing && <MemberForm row={editing.row} scope={scope} onClose={() => setEditing(null)} />}
      {open && <MemberActivities member={open} year={year} onClose={() => setOpenId(null)} />}
    </Space>
  );
}
