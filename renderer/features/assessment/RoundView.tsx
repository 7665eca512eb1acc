import { useMemo, useState } from 'react';
import { Alert, App, Button, Space, Spin, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AssessmentIndicator, CommunityResult } from '@shared/model/assessment';
import { ENTERED_KINDS } from '@shared/model/assessment';
import { canWriteTable } from '@shared/auth/roles';
import { isCancelled } from '@shared/cancel';
import { isFrozen } from '@shared/assessment/round';
import { indicatorName, scoreText, valueText } from '@shared/assessment/report-card';
import { db } from '../../db';
import { useSession } from '../../app/session';
import { runJob } from '../../app/jobs/job-store';
import { translateDynamic } from '../../app/i18n';
import { RefusedError } from '../../app/input-error';
import { computeRound } from './compute-round';
import { deleteRound, moveRound, publishRound } from './assessment-repository';
import { keepComputation, useComputations } from './computations';
import { RoundForm } from './RoundForm';
import { DrillDialog } from './DrillDialog';
import { ScoreDialog } from './ScoreDialog';
import { ReportCardDialog } from './ReportCardDialog';
import { STATUS_COLOR, beijingMinute } from './format';

type Lang = 'zh' | 'en';

/**
 * One round: its status and actions, and the table of communities × indicators (virtual: a
 * district has ~600 rows). A value opens how it was computed; an entered item opens its score.
 */
export function RoundView() {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh';
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const { roundId = '' } = useParams();
  const user = useSession((s) => s.user);
  const round = useLiveQuery(() => db.assessmentRounds.get(roundId), [roundId]);
  const computation = useComputations((s) => s.byRound[roundId]);
  const [editing, setEditing] = useState(false);
  const [drill, setDrill] = useState<{ row: CommunityResult; indicator: AssessmentIndicator } | null>(null);
  const [scoring, setScoring] = useState<{ row: CommunityResult; indicator: AssessmentIndicator } | null>(
    null,
  );
  const [card, setCard] = useState<CommunityResult | null>(null);

  const frozen = round ? isFrozen(round) : false;
  const rows = frozen ? round?.snapshot?.communities : computation?.communities;
  const computedAt = frozen ? round?.snapshot?.computedAt : computation?.computedAt;
  const writable = canWriteTable(user.role, 'assessmentRounds') && !frozen;

  const fail = (error: unknown) => {
    if (isCancelled(error)) return;
    if (error instanceof RefusedError) void message.error(translateDynamic(error.key, error.values));
    else void message.error(t('common.saveFailed', { message: String(error) }));
  };

  const compute = async () => {
    if (!round) return;
    try {
      const result = await runJob(t('assessment.round.computing'), ({ signal, report }) =>
        computeRound(db, round, {
          signal,
          report: (p, step) => report(p, t(`assessment.round.steps.${step}`)),
        }),
      );
      keepComputation(round.id, result);
    } catch (error) {
      fail(error);
    }
  };

  const publish = () => {
    if (!round) return;
    modal.confirm({
      title: t('assessment.round.publish'),
      content: t('assessment.round.publishConfirm'),
      okText: t('assessment.round.publish'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await runJob(t('assessment.round.computing'), ({ signal, report }) =>
            publishRound(db, round, user, { signal, report: (p) => report(p) }),
          );
          void message.success(t('assessment.round.published'));
        } catch (error) {
          fail(error);
        }
      },
    });
  };

  const columns = useMemo((): ColumnsType<CommunityResult> => {
    if (!round) return [];
    return [
      {
        key: 'rank',
        title: t('assessment.round.rank'),
        width: 70,
        fixed: 'left',
        render: (_, r) => r.rank ?? '—',
      },
      { key: 'name', title: t('assessment.round.community'), width: 150, fixed: 'left', dataIndex: 'name' },
      {
        key: 'total',
        title: t('assessment.round.total'),
        width: 90,
        align: 'right',
        fixed: 'left',
        render: (_, r) => <strong>{scoreText(r.total)}</strong>,
      },
      ...round.indicators.map((indicator) => ({
        key: indicator.id,
        title: (
          <Tooltip title={`${t('assessment.drill.weight')} ${indicator.weight}`}>
            {indicatorName(indicator, lang)}
          </Tooltip>
        ),
        width: 130,
        align: 'right' as const,
        render: (_: unknown, row: CommunityResult) => {
          const result = row.results[indicator.id];
          const entered = ENTERED_KINDS.includes(indicator.kind);
          const text =
            result?.note === 'exempt'
              ? t('assessment.round.exempt')
              : result?.note === 'notEntered'
                ? t('assessment.round.notEntered')
                : valueText(indicator, result);
          const open = () =>
            entered && writable ? setScoring({ row, indicator }) : setDrill({ row, indicator });
          return (
            <a onClick={open} data-testid={`cell-${row.code}-${indicator.id}`}>
              {text}
            </a>
          );
        },
      })),
      {
        key: 'card',
        title: t('assessment.round.card'),
        width: 90,
        fixed: 'right',
        render: (_, r) => (
          <a onClick={() => setCard(r)} data-testid={`card-${r.code}`}>
            {t('assessment.round.card')}
          </a>
        ),
      },
    ];
  }, [round, lang, t, writable]);

  if (round === undefined) return <Spin />;
  if (round === null || round.deleted)
    return <Alert type="warning" message={t('errors.assessment.notFound')} />;

  return (
    <div className="page">
      <div className="page-body">
        <Space style={{ marginBottom: 12 }} wrap>
          <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/assessment')}>
            {t('assessment.round.back')}
          </Button>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {round.name}
          </Typography.Title>
          <Tag color={STATUS_COLOR[round.status]} data-testid="round-status">
            {t(`assessment.status.${round.status}`)}
          </Tag>
        </Space>
        <Space style={{ marginBottom: 12, display: 'flex' }} wrap>
          {!frozen && (
            <Button type={computation ? 'default' : 'primary'} onClick={compute}>
              {computation ? t('assessment.round.recompute') : t('assessment.round.compute')}
            </Button>
          )}
          {writable && round.status === 'draft' && (
            <Button onClick={() => setEditing(true)}>{t('assessment.round.edit')}</Button>
          )}
          {writable && round.status === 'draft' && (
            <Button
              disabled={!computation}
              onClick={() => moveRound(db, round.id, 'review', user).catch(fail)}
            >
              {t('assessment.round.toReview')}
            </Button>
          )}
          {writable && round.status === 'review' && (
            <Button onClick={() => moveRound(db, round.id, 'draft', user).catch(fail)}>
              {t('assessment.round.toDraft')}
            </Button>
          )}
          {writable && round.status === 'review' && (
            <Button type="primary" onClick={publish}>
              {t('assessment.round.publish')}
            </Button>
          )}
          {writable && (
            <Button
              danger
              onClick={() =>
                modal.confirm({
                  title: t('assessment.round.deleteConfirm'),
                  okButtonProps: { danger: true },
                  okText: t('common.delete'),
                  cancelText: t('common.cancel'),
                  onOk: () =>
                    deleteRound(db, round, user)
                      .then(() => navigate('/assessment'))
                      .catch(fail),
                })
              }
            >
              {t('assessment.round.delete')}
            </Button>
          )}
        </Space>
        {frozen && computedAt && (
          <Alert
            type="success"
            showIcon
            style={{ marginBottom: 12 }}
            message={t('assessment.round.frozen', { at: beijingMinute(computedAt) })}
            data-testid="frozen-note"
          />
        )}
        {!rows && <Alert type="info" showIcon message={t('assessment.round.notComputed')} />}
        {rows && computedAt && (
          <>
            <Typography.Paragraph type="secondary">
              {t('assessment.round.computedAt', { at: beijingMinute(computedAt), count: rows.length })} ·{' '}
              {t('assessment.round.hint')}
            </Typography.Paragraph>
            <Table<CommunityResult>
              rowKey="code"
              size="small"
              virtual
              bordered
              scroll={{ x: 400 + round.indicators.length * 130, y: 520 }}
              pagination={false}
              dataSource={rows}
              columns={columns}
            />
          </>
        )}
      </div>
      {editing && <RoundForm scope={round.orgPath} round={round} onClose={() => setEditing(false)} />}
      {drill && (
        <DrillDialog
          round={round}
          row={drill.row}
          indicator={drill.indicator}
          data={frozen ? undefined : computation?.data.get(drill.row.code)}
          onClose={() => setDrill(null)}
        />
      )}
      {scoring && computation && (
        <ScoreDialog
          round={round}
          row={scoring.row}
          indicator={scoring.indicator}
          computation={computation}
          onClose={() => setScoring(null)}
        />
      )}
      {card && rows && computedAt && (
        <ReportCardDialog
          round={round}
          row={card}
          count={rows.length}
          computedAt={computedAt}
          onClose={() => setCard(null)}
        />
      )}
    </div>
  );
}
