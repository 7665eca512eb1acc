import { useEffect, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { Alert, Card, Descriptions, Input, Select, Space, Spin, Table, Tag, Typography } from 'antd';
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
import { useVillageDraft } from './divisions-ui-store';
import { useDivisionWorld } from './use-divisions';
import { suggestedCommunityName, villageCandidates, villageDraft, type VillageChoice } from './village-draft';
import { ApplyButton, PlanOutcome, SIZE_COLOR, SIZE_KEY } from './PlanParts';

/**
 * Plans 撤村建居 (DOMAIN.md: villages converted into communities), started from a village in the
 * size view: which other villages of the street join it, and the new community's name. Its code
 * comes from 001–199 (居委会), never one issued before; grids and places keep their own numbers.
 */
export function VillagePlanner() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const start = params.get('source') ?? '';
  const state = useVillageDraft();
  const ready = state.start === start;
  const sources = [start, ...(ready ? state.others : [])];
  const world = useDivisionWorld(sources);
  const startUnit = world?.units.find((u) => u.code === start);
  useEffect(() => {
    if (startUnit?.level === 'village' && useVillageDraft.getState().start !== start) {
      useVillageDraft.getState().begin(start, suggestedCommunityName(startUnit.name), todayInBeijing());
    }
  }, [start, startUnit]);

  // The tabs carry the address along, so a community opened in another planner may arrive here.
  if (!start || (startUnit && startUnit.level !== 'village'))
    return <Alert type="info" showIcon title={t('divisions.village.chooseSource')} />;
  if (world && !startUnit)
    return <Alert type="warning" showIcon title={t('errors.division.sourceUnknown', { detail: start })} />;
  if (!world || !startUnit || !ready) return <Spin />;

  const choice: VillageChoice = { sources, name: state.name, effectiveOn: state.effectiveOn };
  const draft = villageDraft(choice);
  const plan = planDivision(draft, world);
  return (
    <VillagePlan
      world={world}
      start={startUnit}
      choice={choice}
      draft={draft}
      plan={plan}
      onOthers={state.setOthers}
      onName={state.setName}
      onEffectiveOn={state.setEffectiveOn}
      apply={
        <ApplyButton
          draft={draft}
          plan={plan}
          confirmBody={t('divisions.village.confirmBody', {
            count: plan.moves.length,
            villages: plan.dissolved.length,
            name: plan.results[0]?.name ?? '',
            code: plan.codes[0] ?? '',
          })}
          onApplied={() => useVillageDraft.setState({ start: '' })}
        />
      }
    />
  );
}

export interface VillagePlanProps {
  world: DivisionWorld;
  start: WorldUnit;
  choice: VillageChoice;
  draft: DivisionDraft;
  plan: DivisionPlan;
  onOthers(codes: string[]): void;
  onName(name: string): void;
  onEffectiveOn(day: string): void;
  /** The apply step; apart so the plan can be shown without a session or a database. */
  apply: ReactNode;
}

/** The 撤村建居 plan as chosen: the villages, the new community, and the result against the standard. */
export function VillagePlan({
  world,
  start,
  choice,
  draft,
  plan,
  onOthers,
  onName,
  onEffectiveOn,
  apply,
}: VillagePlanProps) {
  const { t } = useTranslation();
  const candidates = villageCandidates(world, start.parentCode);
  const chosen = choice.sources
    .map((c) => world.units.find((u) => u.code === c))
    .filter((u): u is WorldUnit => u !== undefined);
  const households = (u: WorldUnit) => u.households ?? '—';
  const code = plan.codes[0] ?? '';

  return (
    <div className="division-planner" data-testid="division-village-planner">
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        <Descriptions size="small" bordered column={3}>
          <Descriptions.Item label={t('divisions.village.start')}>
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

        <Card size="small" title={t('divisions.village.sources')}>
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Select
              mode="multiple"
              aria-label={t('divisions.village.others')}
              placeholder={t('divisions.village.othersPlaceholder')}
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
              data-testid="division-village-sources"
              pagination={false}
              dataSource={chosen}
              columns={[
                { key: 'name', title: t('divisions.village.villageName'), dataIndex: 'name' },
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

        <Card size="small" title={t('divisions.village.community')}>
          <Space orientation="vertical">
            <Input
              aria-label={t('divisions.village.name')}
              placeholder={t('divisions.village.name')}
              value={choice.name}
              onChange={(e) => onName(e.target.value)}
              style={{ width: 240 }}
            />
            {code && (
              <Typography.Text type="secondary" data-testid="division-village-code">
                {t('divisions.village.code', { code })}
              </Typography.Text>
            )}
          </Space>
        </Card>

        <PlanOutcome plan={plan} draft={draft} />
        {apply}
      </Space>
    </div>
  );
}
