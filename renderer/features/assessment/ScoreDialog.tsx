import { Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssessmentIndicator, AssessmentRound, CommunityResult } from '@shared/model/assessment';
import { orgPathOfCode } from '@shared/org/codes';
import { assessCommunity, rankCommunities } from '@shared/assessment/round';
import { indicatorName } from '@shared/assessment/report-card';
import { db } from '../../db';
import { useSession } from '../../app/session';
import { FormModal } from '../../app/components/FormModal';
import { saveScore } from './assessment-repository';
import { keepComputation } from './computations';
import type { RoundComputation } from './compute-round';

interface Values {
  score: number;
  reason: string;
}

/** Enters residents' satisfaction or a street item for one community: a score, and its reason. */
export function ScoreDialog({
  round,
  row,
  indicator,
  computation,
  onClose,
}: {
  round: AssessmentRound;
  row: CommunityResult;
  indicator: AssessmentIndicator;
  computation: RoundComputation;
  onClose(): void;
}) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const user = useSession((s) => s.user);
  const current = row.results[indicator.id];
  const name = indicatorName(indicator, i18n.language === 'en' ? 'en' : 'zh');
  return (
    <FormModal<Values>
      title={t('assessment.score.title', { community: row.name, indicator: name })}
      form={form}
      initialValues={
        current?.score !== null && current?.reason
          ? { score: current.score ?? undefined, reason: current.reason }
          : {}
      }
      onClose={onClose}
      onSubmit={async (v) => {
        const saved = await saveScore(
          db,
          round,
          { communityCode: row.code, communityPath: orgPathOfCode(row.code), indicatorId: indicator.id },
          v,
          user,
        );
        // The table follows at once: only this community's line changes, then the ranking.
        const data = computation.data.get(row.code);
        if (!data) return;
        const updated = { ...data, scores: new Map(data.scores).set(indicator.id, saved) };
        const result = assessCommunity(round, updated);
        keepComputation(round.id, {
          ...computation,
          data: new Map(computation.data).set(row.code, updated),
          communities: rankCommunities(
            computation.communities.map((c) => (c.code === row.code ? result : c)),
          ),
        });
      }}
    >
      <Form.Item
        name="score"
        label={t('assessment.score.score')}
        rules={[
          { required: true, type: 'number', min: 0, max: 100, message: t('errors.assessment.scoreRange') },
        ]}
      >
        <InputNumber min={0} max={100} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('assessment.score.reason')}
        extra={t('assessment.score.reasonHelp')}
        rules={[{ required: true, whitespace: true, message: t('errors.assessment.reasonRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
