import { useMemo, useState } from 'react';
import { Segmented, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { COMMITTEE_KINDS } from '@shared/model/governance';
import { communityCodeOf } from '@shared/org/paths';
import { committeeStandings, type CommitteeStanding } from '@shared/governance/committees';
import { useUiStore } from '../../app/ui-store';
import { useCommunitiesInScope } from '../../common/scope/use-org';
import { useCommitteeData } from './use-governance';
import { CommunityCommittees } from './CommunityCommittees';

type Show = 'all' | 'flagged';

/**
 * The six committees of each community in scope: which it has, with their members, and which it
 * lacks. A community that runs without committees says so and is not flagged.
 */
export function CommitteesView() {
  const { t } = useTranslation();
  const scope = useUiStore((s) => s.scope);
  const communities = useCommunitiesInScope(scope);
  const data = useCommitteeData(scope);
  const [show, setShow] = useState<Show>('all');
  const [openCode, setOpenCode] = useState<string | null>(null);
  const names = useMemo(() => new Map((communities ?? []).map((c) => [c.code, c.name])), [communities]);
  const standings = useMemo(
    () =>
      committeeStandings(
        (communities ?? []).map((c) => c.code),
        data?.committees ?? [],
        data?.exemptions ?? [],
      ),
    [communities, data],
  );
  const flagged = standings.filter((s) => s.flagged).length;
  const shown = show === 'flagged' ? standings.filter((s) => s.flagged) : standings;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Segmented<Show>
          value={show}
          onChange={setShow}
          options={[
            { value: 'all', label: t('common.all') },
            { value: 'flagged', label: t('governance.committees.flagged', { count: flagged }) },
          ]}
        />
      </Space>
      <Table<CommitteeStanding>
        data-testid="committee-standings"
        size="small"
        rowKey="communityCode"
        loading={communities === undefined || data === undefined}
        dataSource={shown}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 1100 }}
        onRow={(s) => ({ onClick: () => setOpenCode(s.communityCode), style: { cursor: 'pointer' } })}
        columns={[
          {
            key: 'community',
            title: t('governance.committees.columns.community'),
            width: 160,
            fixed: 'left',
            render: (_, s) => names.get(s.communityCode) ?? s.communityCode,
          },
          ...COMMITTEE_KINDS.map((kind) => ({
            key: kind,
            title: t(`governance.committeeKind.${kind}`),
            width: 110,
            render: (_: unknown, s: CommitteeStanding) => {
              const c = s.present[kind];
              return c ? (
                t('governance.committees.members', { count: c.members.length })
              ) : (
                <Typography.Text type="secondary">{t('governance.committees.none')}</Typography.Text>
              );
            },
          })),
          {
            key: 'standing',
            title: t('governance.committees.columns.standing'),
            width: 200,
            render: (_, s) =>
              s.missing.length === 0 ? (
                <Tag color="success">{t('governance.committees.complete')}</Tag>
              ) : s.exemption ? (
                <Tag>{t('governance.committees.exempt', { reason: s.exemption.reason })}</Tag>
              ) : (
                <Tag color="warning">{t('governance.committees.missing', { count: s.missing.length })}</Tag>
              ),
          },
        ]}
      />
      {openCode && (
        <CommunityCommittees
          communityCode={openCode}
          name={names.get(openCode) ?? openCode}
          standing={standings.find((s) => s.communityCode === openCode)}
          logs={(data?.logs ?? []).filter((l) => communityCodeOf(l.orgPath) === openCode)}
          onClose={() => setOpenCode(null)}
        />
      )}
    </Space>
  );
}
