import { useRef, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { Alert, App, Button, Card, Modal, Progress, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DivisionDraft, DivisionPlan, DivisionResult } from '@shared/divisions/plan';
import type { SizeClass } from '@shared/places/community-size';
import { useSession } from '../../app/session';
import { RefusedError } from '../../app/input-error';
import { translateDynamic } from '../../app/i18n';
import { db } from '../../db';
import { applyDivision, type DivisionProgress } from './divisions-repository';
import { movedLines } from './format';

/**
 * What every planner (split, merge) shows under its choices, so a merge reads like a split: the
 * resulting communities against the size standard, what moves, what blocks, and the apply step.
 */

export const SIZE_COLOR: Record<SizeClass, string> = {
  splitUrgent: 'red',
  split: 'orange',
  merge: 'blue',
  normal: 'green',
};
export const SIZE_KEY = {
  splitUrgent: 'places.sizes.splitUrgent',
  split: 'places.sizes.split',
  merge: 'places.sizes.merge',
  normal: 'places.sizes.normal',
} as const satisfies Record<SizeClass, string>;

export function ResultsTable({ results }: { results: DivisionResult[] }) {
  const { t } = useTranslation();
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

/** What moves, what stays where it happened, and the access requests to review by hand. */
export function MovesSummary({ plan }: { plan: DivisionPlan }) {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical">
      <Space wrap data-testid="division-moves">
        {movedLines(t, plan.counts).map((line) => (
          <Tag key={line}>{line}</Tag>
        ))}
        {plan.moves.length === 0 && <Typography.Text>{t('divisions.plan.none')}</Typography.Text>}
      </Space>
      <Typography.Text type="secondary">{t('divisions.plan.stays', { count: plan.stays })}</Typography.Text>
      {plan.accessRequestsToReview > 0 && (
        <Typography.Text type="warning">
          {t('divisions.plan.review', { count: plan.accessRequestsToReview })}
        </Typography.Text>
      )}
    </Space>
  );
}

/** Why the plan cannot be applied yet, each reason under the name of the community it concerns. */
export function PlanIssues({ plan, draft }: { plan: DivisionPlan; draft: DivisionDraft }) {
  const { t } = useTranslation();
  if (plan.issues.length === 0) return null;
  return (
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
  );
}

/** The plan's outcome, as every planner shows it: the results, what moves, and what blocks. */
export function PlanOutcome({ plan, draft }: { plan: DivisionPlan; draft: DivisionDraft }) {
  const { t } = useTranslation();
  return (
    <>
      <Card size="small" title={t('divisions.plan.results')}>
        <ResultsTable results={plan.results} />
      </Card>
      <Card size="small" title={t('divisions.plan.moves')}>
        <MovesSummary plan={plan} />
      </Card>
      <PlanIssues plan={plan} draft={draft} />
    </>
  );
}

/**
 * The apply button: asks first, then applies with progress and a cancel that leaves nothing
 * written (one transaction), and goes to the changes when done.
 */
export function ApplyButton({
  draft,
  plan,
  confirmBody,
  onApplied,
}: {
  draft: DivisionDraft;
  plan: DivisionPlan;
  confirmBody: ReactNode;
  onApplied(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const user = useSession((s) => s.user);
  const [progress, setProgress] = useState<DivisionProgress | null>(null);
  const abort = useRef<AbortController | null>(null);

  const apply = () => {
    const total = plan.moves.length;
    Modal.confirm({
      title: t('divisions.plan.confirmTitle'),
      content: confirmBody,
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
          onApplied();
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
    <div>
      <Button type="primary" disabled={plan.issues.length > 0} onClick={apply}>
        {t('divisions.plan.apply')}
      </Button>
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
