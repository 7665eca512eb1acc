import { useState } from 'react';
import { App, Button, Empty, Select, Space, Spin, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DivisionChange } from '@shared/model/division';
import { canWriteTable } from '@shared/auth/roles';
import { useUiStore } from '../../app/ui-store';
import { useSession } from '../../app/session';
import { RefusedError } from '../../app/input-error';
import { db } from '../../db';
import { translateDynamic } from '../../app/i18n';
import { useDivisionChanges, useUnitNames } from './use-divisions';
import { planUndo, undoDivision } from './divisions-repository';
import { movedLines, totalMoved } from './format';

const STATE_COLOR = { draft: 'default', applied: 'green', undone: 'default' } as const;

/** The changes of the scope, and the history of one community when one is chosen; undo from here. */
export function ChangesView() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const scope = useUiStore((s) => s.scope);
  const user = useSession((s) => s.user);
  const changes = useDivisionChanges(scope);
  const [community, setCommunity] = useState<string | undefined>();
  const codes = (changes ?? []).flatMap((c) => [...c.sources, ...(c.result?.codes ?? [])]);
  const names = useUnitNames(codes);
  if (!changes || !names) return <Spin />;

  const nameOf = (code: string) => `${names.get(code) ?? code}`;
  const shown = community
    ? changes.filter((c) => c.sources.includes(community) || (c.result?.codes ?? []).includes(community))
    : changes;

  const undo = async (change: DivisionChange) => {
    let plan: Awaited<ReturnType<typeof planUndo>>;
    try {
      plan = await planUndo(db, change.id);
    } catch (e) {
      if (e instanceof RefusedError) return void message.error(translateDynamic(e.key, e.values));
      throw e;
    }
    if (plan.blockers.length > 0) {
      modal.error({
        title: t('divisions.history.blocked'),
        content: plan.blockers
          .map((b) => translateDynamic(`errors.division.undo.${b.key}`, { count: b.count }))
          .join('\n'),
      });
      return;
    }
    modal.confirm({
      title: t('divisions.history.undoTitle'),
      content: (
        <Space direction="vertical" data-testid="division-undo-counts">
          {t('divisions.history.undoBody', {
            count: totalMoved(plan.counts),
            communities: plan.removedCommunities,
          })}
          <Space wrap>
            {movedLines(t, plan.counts).map((l) => (
              <Tag key={l}>{l}</Tag>
            ))}
          </Space>
        </Space>
      ),
      okText: t('divisions.history.undo'),
      okButtonProps: { danger: true },
      onOk: async () => {
        try {
          await undoDivision(db, change.id, user, { now: new Date().toISOString() });
          // A screen scoped to a community the undo removed would show nothing: go up to the street.
          const removed = (change.result?.codes ?? []).filter((_, i) => !change.targets[i]?.code);
          const { scope: current, setScope } = useUiStore.getState();
          if (removed.some((code) => current.split('/').includes(code))) setScope(change.orgPath);
          message.success(t('divisions.history.undone', { count: totalMoved(plan.counts) }));
        } catch (e) {
          if (e instanceof RefusedError) message.error(translateDynamic(e.key, e.values));
          else throw e;
        }
      },
    });
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Select
        allowClear
        aria-label={t('divisions.history.community')}
        placeholder={t('divisions.history.allCommunities')}
        style={{ width: 260 }}
        value={community}
        onChange={setCommunity}
        options={[...new Set(codes)].map((c) => ({ value: c, label: `${nameOf(c)}（${c}）` }))}
      />
      <Table<DivisionChange>
        size="small"
        rowKey="id"
        data-testid="division-changes"
        pagination={false}
        dataSource={shown}
        locale={{ emptyText: <Empty description={t('divisions.history.empty')} /> }}
        columns={[
          { key: 'on', title: t('divisions.history.effectiveOn'), dataIndex: 'effectiveOn', width: 110 },
          {
            key: 'kind',
            title: t('divisions.history.kind'),
            render: (_, c) => t(`divisions.kind.${c.kind}`),
            width: 90,
          },
          {
            key: 'from',
            title: t('divisions.history.from'),
            render: (_, c) => c.sources.map(nameOf).join('、'),
          },
          {
            key: 'to',
            title: t('divisions.history.to'),
            render: (_, c) => (c.result?.codes ?? []).map((code) => `${nameOf(code)}（${code}）`).join('、'),
          },
          {
            key: 'moved',
            title: t('divisions.history.moved'),
            render: (_, c) => movedLines(t, c.result?.moved ?? {}).join('，'),
          },
          {
            key: 'state',
            title: t('divisions.history.state'),
            width: 90,
            render: (_, c) => <Tag color={STATE_COLOR[c.state]}>{t(`divisions.state.${c.state}`)}</Tag>,
          },
          {
            key: 'actions',
            width: 90,
            render: (_, c) =>
              c.state === 'applied' && canWriteTable(user.role, 'divisionChanges') ? (
                <Button size="small" danger onClick={() => void undo(c)}>
                  {t('divisions.history.undo')}
                </Button>
              ) : null,
          },
        ]}
      />
    </Space>
  );
}
