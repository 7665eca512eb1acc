import { DatePicker, Form, Input, Rate } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import type { ConsultationTopic } from '@shared/model/governance';
import { levelAbove, MAX_SCORE, MIN_SCORE } from '@shared/governance/consultation';
import { db } from '../../db';
import { useSession } from '../../app/session';
import { FormModal } from '../../app/components/FormModal';
import { fromDay, todayInBeijing, toDay } from '../../common/dates';
import { carryOut, closeTopic, escalateTopic, evaluateTopic } from './governance-repository';

export type StepKind = 'carryOut' | 'evaluate' | 'escalate' | 'close';

interface Values {
  on?: Dayjs;
  summary?: string;
  score?: number;
  note?: string;
  by?: string;
  reason?: string;
}

/** The steps a topic takes on itself: carried out (民事民办), evaluated (民事民评), escalated, closed. */
export function StepForm({
  kind,
  topic,
  onClose,
}: {
  kind: StepKind;
  topic: ConsultationTopic;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const user = useSession((s) => s.user);
  const above = levelAbove(topic.level);
  const title = {
    carryOut: t('governance.stepForm.carryOutTitle', { title: topic.title }),
    evaluate: t('governance.stepForm.evaluateTitle', { title: topic.title }),
    escalate: t('governance.stepForm.escalateTitle', {
      title: topic.title,
      level: above ? t(`governance.level.${above}`) : '',
    }),
    close: t('governance.stepForm.closeTitle', { title: topic.title }),
  }[kind];
  const dateLabel =
    kind === 'carryOut'
      ? t('governance.stepForm.carriedOutOn')
      : kind === 'evaluate'
        ? t('governance.stepForm.evaluatedOn')
        : t('governance.stepForm.on');

  return (
    <FormModal<Values>
      title={title}
      form={form}
      initialValues={{ on: fromDay(todayInBeijing()), score: kind === 'evaluate' ? 5 : undefined }}
      onClose={onClose}
      onSubmit={async (v) => {
        const today = todayInBeijing();
        const on = toDay(v.on) ?? '';
        if (kind === 'carryOut') await carryOut(db, topic.id, { on, summary: v.summary ?? '' }, user, today);
        else if (kind === 'evaluate')
          await evaluateTopic(db, topic.id, { on, score: v.score ?? 0, note: v.note, by: v.by }, user, today);
        else if (kind === 'escalate')
          await escalateTopic(db, topic.id, { on, reason: v.reason ?? '' }, user, today);
        else await closeTopic(db, topic.id, { on, reason: v.reason ?? '' }, user, today);
      }}
    >
      <Form.Item
        name="on"
        label={dateLabel}
        rules={[{ required: true, message: t('errors.governance.dateRequired') }]}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      {kind === 'carryOut' && (
        <Form.Item
          name="summary"
          label={t('governance.stepForm.summary')}
          rules={[{ required: true, whitespace: true, message: t('errors.governance.summaryRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      )}
      {kind === 'evaluate' && (
        <>
          <Form.Item
            name="score"
            label={t('governance.stepForm.score')}
            rules={[
              {
                required: true,
                type: 'integer',
                min: MIN_SCORE,
                max: MAX_SCORE,
                message: t('errors.governance.scoreRange', { min: MIN_SCORE, max: MAX_SCORE }),
              },
            ]}
          >
            <Rate allowClear={false} count={MAX_SCORE} aria-label={t('governance.stepForm.score')} />
          </Form.Item>
          <Form.Item name="note" label={t('governance.stepForm.note')}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
          <Form.Item name="by" label={t('governance.stepForm.by')}>
            <Input maxLength={60} />
          </Form.Item>
        </>
      )}
      {(kind === 'escalate' || kind === 'close') && (
        <Form.Item
          name="reason"
          label={t('governance.stepForm.reason')}
          rules={[{ required: true, whitespace: true, message: t('errors.governance.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      )}
    </FormModal>
  );
}
