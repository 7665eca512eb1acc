import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Input,
  Modal,
  Progress,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { planDivision, type DivisionDraft, type DivisionResult, type WorldRow } from '@shared/divisions/plan';
import type { SizeClass } from '@shared/places/community-size';
import { useSession } from '../../app/session';
import { RefusedError } from '../../app/input-error';
import { todayInBeijing } from '../../common/dates';
import { db } from '../../db';
import { translateDynamic } from '../../app/i18n';
import { useSplitDraft } from './divisions-ui-store';
import { useDivisionWorld } from './use-divisions';
import { applyDivision, type DivisionProgress } from './divisions-repository';
import { movedLines } from './format';

const SIZE_COLOR: Record<SizeClass, string> = {
  splitUrgent: 'red',
  split: 'orange',
  merge: 'blue',
  normal: 'green',
};
const SIZE_KEY = {
  splitUrgent: 'places.sizes.splitUrgent',
  split: 'places.sizes.split',
  merge: 'places.sizes.merge',
  normal: 'places.sizes.normal',
} as const satisfies Record<SizeClass, string>;

interface GridRow {
  code: string;
  name: string;
  households: number;
  places: number;
}

/** Plans a split of one community: which grids (and loose places) go to which new community. */
export function SplitPlanner() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const source = params.get('source') ?? '';
  const world = useDivisionWorld(source);
  const user = useSession((s) => s.user);
  const draftState = useSplitDraft();
  const [progress, setProgress] = useState<DivisionProgress | null>(null);
  const abort = useRef<AbortController | null>(null);

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

  const apply = () => {
    const total = plan.moves.length;
    Modal.confirm({
      title: t('divisions.plan.confirmTitle'),
      content: t('divisions.plan.confirmBody', {
        count: total,
        communities: plan.results.filter((r) => r.isNew).length,
      }),
      okText: t('divisions.plan.apply'),
      onOk: async () => {
        const controller = new AbortController();
        abort.current = controller;
        setProgress({ phase: 'reading', done: 0, total });
        try {
          await applyDivision(db, draft, user, {
            now: new Date().toISOString(),
            signal: controller.signal,
            onProgress: setProgress,
          });
          message.success(t('divisions.plan.applied', { names: plan.results.map((r) => r.name).join('、') }));
          useSplitDraft.setState({ source: '' });
          void navigate('/divisions');
        } catch (e) {
          if (controller.signal.aborted) message.info(t('divisions.plan.cancelled'));
          else if (e instanceof RefusedError) message.error(translateDynamic(e.key, e.values));
          else throw e;
        } finally {
          setProgress(null);
        }
      },
    });
  };

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

        <Card size="small" title={t('divisions.plan.results')}>
          <ResultsTable t={t} results={plan.results} />
        </Card>

        <Card size="small" title={t('divisions.plan.moves')}>
          <Space direction="vertical">
            <Space wrap data-testid="division-moves">
              {movedLines(t, plan.counts).map((line) => (
                <Tag key={line}>{line}</Tag>
              ))}
              {plan.moves.length === 0 && <Typography.Text>{t('divisions.plan.none')}</Typography.Text>}
            </Space>
            <Typography.Text type="secondary">
              {t('divisions.plan.stays', { count: plan.stays })}
            </Typography.Text>
            {plan.accessRequestsToReview > 0 && (
              <Typography.Text type="warning">
                {t('divisions.plan.review', { count: plan.accessRequestsToReview })}
              </Typography.Text>
            )}
          </Space>
        </Card>

        {plan.issues.length > 0 && (
          <Alert
            type="warning"
            showIcon
            data-testid="division-issues"
            title={
              <ul className="plain-list">
                {plan.issues.map((i, n) => (
                  <li key={n}>
                    {i.target !== undefined && draft.targets[i.target]?.name
                      ? `${draft.targets[i.target]!.name}：`
                      : ''}
                    {t(`errors.${i.code}`, { detail: i.detail ?? '' })}
                  </li>
                ))}
              </ul>
            }
          />
        )}
        <Button type="primary" disabled={plan.issues.length > 0} onClick={apply}>
          {t('divisions.plan.apply')}
        </Button>
      </Space>
      <Modal
        open={progress !== null}
        title={t('divisions.plan.applying')}
        closable={false}
        maskClosable={false}
        okButtonProps={{ style: { display: 'none' } }}
        cancelText={t('common.cancel')}
        onCancel={() => abort.current?.abort()}
      >
        <Progress
          percent={progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0}
        />
      </Modal>
    </div>
  );
}

function ResultsTable({ t, results }: { t: TFunction; results: DivisionResult[] }) {
  return (
    <Table<DivisionResult>
      size="small"
      rowKey={(r) => `${r.code}-${r.name}`}
      data-testid="division-results"
      pagination={false}
      dataSource={results}
      columns={[
        { key: 'name', title: t('divisions.plan.targetName'), dataIndex: 'name' },
        {
          key: 'code',
          title: t('divisions.plan.code'),
          render: (_, r) => (r.isNew ? t('divisions.plan.newCode', { code: r.code }) : r.code),
        },
        { key: 'households', title: t('divisions.plan.households'), dataIndex: 'households', align: 'right' },
        {
          key: 'status',
          title: t('divisions.plan.status'),
          render: (_, r) => <Tag color={SIZE_COLOR[r.sizeClass]}>{t(SIZE_KEY[r.sizeClass])}</Tag>,
        },
        { key: 'places', title: t('divisions.plan.placeCount'), dataIndex: 'places', align: 'right' },
        { key: 'grids', title: t('divisions.plan.grids'), dataIndex: 'grids', align: 'right' },
      ]}
    />
  );
}
