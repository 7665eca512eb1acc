import { useEffect, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { Alert, Card, Descriptions, Input, Radio, Select, Space, Spin, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  planDivision,
  type DivisionDraft,
  type DivisionPlan,
  type DivisionWorld,
  type WorldUnit,
} from '@shared/divisions/plan';
import { sizeClass } from '@shared/places/community-size';
import { todayInBeijing } from '../../common/dates';
import { useMergeDraft } from './divisions-ui-store';
import { useDivisionWorld } from './use-divisions';
import { mergeCandidates, mergeDraft, type MergeChoice } from './merge-draft';
import { ApplyButton, PlanOutcome, SIZE_COLOR, SIZE_KEY } from './PlanParts';

/**
 * Plans a merge of small communities (under 500 households, DOMAIN.md), started from one of them
 * in the size view: which others join, and whether one of them stays or a new one is made.
 */
export function MergePlanner() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const start = params.get('source') ?? '';
  const state = useMergeDraft();
  const ready = state.start === start;
  const sources = [start, ...(ready ? state.others : [])];
  const world = useDivisionWorld(sources);
  const startUnit = world?.units.find((u) => u.code === start);
  useEffect(() => {
    if (startUnit && useMergeDraft.getState().start !== start) {
      useMergeDraft.getState().begin(start, todayInBeijing());
    }
  }, [start, startUnit]);

  if (!start) return <Alert type="info" showIcon title={t('divisions.merge.chooseSource')} />;
  if (world && !startUnit)
    return <Alert type="warning" showIcon title={t('errors.division.sourceUnknown', { detail: start })} />;
  if (!world || !startUnit || !ready) return <Spin />;

  const choice: MergeChoice = { sources, into: state.into, name: state.name, effectiveOn: state.effectiveOn };
  const draft = mergeDraft(choice, world);
  const plan = planDivision(draft, world);
  return (
    <MergePlan
      world={world}
      start={startUnit}
      choice={choice}
      draft={draft}
      plan={plan}
      onOthers={state.setOthers}
      onInto={state.setInto}
      onName={state.setName}
      onEffectiveOn={state.setEffectiveOn}
      apply={
        <ApplyButton
          draft={draft}
          plan={plan}
          confirmBody={t('divisions.merge.confirmBody', {
            count: plan.moves.length,
            merged: plan.dissolved.length,
            name: plan.results[0]?.name ?? '',
          })}
          onApplied={() => useMergeDraft.setState({ start: '' })}
        />
      }
    />
  );
}

export interface MergePlanProps {
  world: DivisionWorld;
  start: WorldUnit;
  choice: MergeChoice;
  draft: DivisionDraft;
  plan: DivisionPlan;
  onOthers(codes: string[]): void;
  onInto(code: string): void;
  onName(name: string): void;
  onEffectiveOn(day: string): void;
  /** The apply step; apart so the plan can be shown without a session or a database. */
  apply: ReactNode;
}

/** The merge plan as chosen: the communities, which one stays, and the result against the standard. */
export function MergePlan({
  world,
  start,
  choice,
  draft,
  plan,
  onOthers,
  onInto,
  onName,
  onEffectiveOn,
  apply,
}: MergePlanProps) {
  const { t } = useTranslation();
  const candidates = mergeCandidates(world, start.parentCode);
  const chosen = choice.sources
    .map((c) => world.units.find((u) => u.code === c))
    .filter((u): u is WorldUnit => u !== undefined);
  // Only a community can take in the others: a village becomes one through 撤村建居, not a merge.
  const keepable = chosen.filter((u) => u.level === 'community');
  const households = (u: WorldUnit) => u.households ?? '—';

  return (
    <div className="division-planner" data-testid="division-merge-planner">
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        <Descriptions size="small" bordered column={3}>
          <Descriptions.Item label={t('divisions.merge.start')}>
            {start.name}（{start.code}）
          </Descriptions.Item>
          <Descriptions.Item label={t('divisions.plan.households')}>{households(start)}</Descriptions.Item>
          <Descriptions.Item label={t('divisions.plan.effectiveOn')}>
            <Input
              aria-label={t('divisions.plan.effectiveOn')}
              value={choice.effectiveOn}
              onChange={(e) => onEffectiveOn(e.target.value.trim())}
              style={{ width: 140 }}
            />
          </Descriptions.Item>
        </Descriptions>

        <Card size="small" title={t('divisions.merge.sources')}>
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Select
              mode="multiple"
              aria-label={t('divisions.merge.others')}
              placeholder={t('divisions.merge.othersPlaceholder')}
              style={{ width: '100%' }}
              value={choice.sources.filter((c) => c !== start.code)}
              options={candidates
                .filter((u) => u.code !== start.code)
                .map((u) => ({
                  value: u.code,
                  label: t('divisions.merge.option', { name: u.name, households: households(u) }),
                }))}
              onChange={onOthers}
            />
            <Table<WorldUnit>
              size="small"
              rowKey="code"
              data-testid="division-merge-sources"
              pagination={false}
              dataSource={chosen}
              columns={[
                { key: 'name', title: t('divisions.plan.targetName'), dataIndex: 'name' },
                { key: 'code', title: t('divisions.plan.code'), dataIndex: 'code' },
                {
                  key: 'households',
                  title: t('divisions.plan.households'),
                  align: 'right',
                  render: (_, u) => households(u),
                },
                {
                  key: 'status',
                  title: t('divisions.plan.status'),
                  render: (_, u) => {
                    if (u.households === undefined) return null;
                    const size = sizeClass(u.households);
                    return <Tag color={SIZE_COLOR[size]}>{t(SIZE_KEY[size])}</Tag>;
                  },
                },
              ]}
            />
          </Space>
        </Card>

        <Card size="small" title={t('divisions.merge.into')}>
          <Space orientation="vertical">
            <Radio.Group value={choice.into} onChange={(e) => onInto(String(e.target.value))}>
              <Space orientation="vertical">
                {keepable.map((u) => (
                  <Radio key={u.code} value={u.code}>
                    {t('divisions.merge.keep', { name: u.name, code: u.code })}
                  </Radio>
                ))}
                <Radio value="">{t('divisions.merge.newCommunity')}</Radio>
              </Space>
            </Radio.Group>
            {choice.into === '' && (
              <Input
                aria-label={t('divisions.merge.newName')}
                placeholder={t('divisions.merge.newName')}
                value={choice.name}
                onChange={(e) => onName(e.target.value)}
                style={{ width: 240 }}
              />
            )}
          </Space>
        </Card>

        <PlanOutcome plan={plan} draft={draft} />
        {apply}
      </Space>
    </div>
  );
}
