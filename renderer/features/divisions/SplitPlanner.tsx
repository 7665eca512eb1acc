import { useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { Alert, Button, Card, Descriptions, Input, Select, Space, Spin, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { planDivision, type DivisionDraft, type WorldRow } from '@shared/divisions/plan';
import { todayInBeijing } from '../../common/dates';
import { useSplitDraft } from './divisions-ui-store';
import { useDivisionWorld } from './use-divisions';
import { ApplyButton, PlanOutcome } from './PlanParts';

interface GridRow {
  code: string;
  name: string;
  households: number;
  places: number;
}

/** Plans a split of one community: which grids (and loose places) go to which new community. */
export function SplitPlanner() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const source = params.get('source') ?? '';
  const world = useDivisionWorld([source]);
  const draftState = useSplitDraft();

  const sourceUnit = world?.units.find((u) => u.code === source);
  useEffect(() => {
    if (sourceUnit && useSplitDraft.getState().source !== source) {
      useSplitDraft.getState().start(source, sourceUnit.name, todayInBeijing());
    }
  }, [source, sourceUnit]);

  const draft: DivisionDraft = useMemo(
    () => ({
      kind: 'split',
      sources: [source],
      effectiveOn: draftState.effectiveOn,
      targets: draftState.names.map((name, i) => ({
        ...(i === 0 ? { code: source, remainder: true } : {}),
        name,
        gridCodes: Object.entries(draftState.grids)
          .filter(([, target]) => target === i && i > 0)
          .map(([g]) => g),
        placeIds: Object.entries(draftState.places)
          .filter(([, target]) => target === i && i > 0)
          .map(([p]) => p),
      })),
    }),
    [source, draftState.effectiveOn, draftState.names, draftState.grids, draftState.places],
  );
  const plan = useMemo(
    () => (world && draftState.source === source ? planDivision(draft, world) : null),
    [draft, world, draftState.source, source],
  );

  if (!source) return <Alert type="info" showIcon title={t('divisions.plan.chooseSource')} />;
  if (!world || !plan) return <Spin />;
  if (!sourceUnit)
    return <Alert type="warning" showIcon title={t('errors.division.sourceUnknown', { detail: source })} />;

  const places = world.records.places ?? [];
  const grids: GridRow[] = world.units
    .filter((u) => u.level === 'grid' && u.parentCode === source)
    .map((g) => {
      const inGrid = places.filter((p) => p.gridCode === g.code && p.type !== 'gate');
      return {
        code: g.code,
        name: g.name,
        households: inGrid.reduce((n, p) => n + (p.households ?? 0), 0),
        places: inGrid.length,
      };
    });
  const loose = places.filter((p) => !p.gridCode && p.type !== 'gate');
  const targetOptions = draftState.names.map((name, i) => ({
    value: i,
    label: name || (i === 0 ? sourceUnit.name : `${t('divisions.plan.newCommunity')} ${i}`),
  }));

  return (
    <div className="division-planner" data-testid="division-planner">
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        <Descriptions size="small" bordered column={3}>
          <Descriptions.Item label={t('divisions.plan.source')}>
            {sourceUnit.name}（{sourceUnit.code}）
          </Descriptions.Item>
          <Descriptions.Item label={t('divisions.plan.households')}>
            {sourceUnit.households ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('divisions.plan.effectiveOn')}>
            <Input
              aria-label={t('divisions.plan.effectiveOn')}
              value={draftState.effectiveOn}
              onChange={(e) => draftState.setEffectiveOn(e.target.value.trim())}
              style={{ width: 140 }}
            />
          </Descriptions.Item>
        </Descriptions>

        <Card size="small" title={t('divisions.plan.targets')}>
          <Space direction="vertical" style={{ width: '100%' }}>
            {draftState.names.map((name, i) => (
              <Space key={i}>
                <Input
                  aria-label={`${t('divisions.plan.targetName')} ${i + 1}`}
                  value={name}
                  disabled={i === 0}
                  placeholder={t('divisions.plan.targetName')}
                  onChange={(e) => draftState.setName(i, e.target.value)}
                  style={{ width: 240 }}
                />
                {i === 0 ? (
                  <Typography.Text type="secondary">{t('divisions.plan.keeps')}</Typography.Text>
                ) : (
                  <Button onClick={() => draftState.removeTarget(i)}>
                    {t('divisions.plan.removeTarget')}
                  </Button>
                )}
              </Space>
            ))}
            <Button onClick={() => draftState.addTarget('')}>{t('divisions.plan.addTarget')}</Button>
          </Space>
        </Card>

        <Card size="small" title={t('divisions.plan.grids')}>
          <Table<GridRow>
            size="small"
            rowKey="code"
            data-testid="division-grids"
            pagination={false}
            dataSource={grids}
            columns={[
              {
                key: 'name',
                title: t('divisions.plan.gridName'),
                render: (_, g) => `${g.name}（${g.code}）`,
              },
              {
                key: 'households',
                title: t('divisions.plan.households'),
                dataIndex: 'households',
                align: 'right',
              },
              { key: 'places', title: t('divisions.plan.placeCount'), dataIndex: 'places', align: 'right' },
              {
                key: 'target',
                title: t('divisions.plan.goesTo'),
                render: (_, g) => (
                  <Select
                    aria-label={`${t('divisions.plan.goesTo')} ${g.name}`}
                    style={{ width: 220 }}
                    value={draftState.grids[g.code] ?? 0}
                    options={targetOptions}
                    onChange={(v) => draftState.assignGrid(g.code, v)}
                  />
                ),
              },
            ]}
          />
        </Card>

        {loose.length > 0 && (
          <Card size="small" title={t('divisions.plan.places')}>
            <Table<WorldRow>
              size="small"
              rowKey="id"
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              dataSource={loose}
              columns={[
                { key: 'code', title: t('divisions.plan.code'), dataIndex: 'code' },
                {
                  key: 'households',
                  title: t('divisions.plan.households'),
                  dataIndex: 'households',
                  align: 'right',
                },
                {
                  key: 'target',
                  title: t('divisions.plan.goesTo'),
                  render: (_, p) => (
                    <Select
                      style={{ width: 220 }}
                      value={draftState.places[p.id] ?? 0}
                      options={targetOptions}
                      onChange={(v) => draftState.assignPlace(p.id, v)}
                    />
                  ),
                },
              ]}
            />
          </Card>
        )}

        <PlanOutcome plan={plan} draft={draft} />
        <ApplyButton
          draft={draft}
          plan={plan}
          confirmBody={t('divisions.plan.confirmBody', {
            count: plan.moves.length,
            communities: plan.results.filter((r) => r.isNew).length,
          })}
          onApplied={() => useSplitDraft.setState({ source: '' })}
        />
      </Space>
    </div>
  );
}
