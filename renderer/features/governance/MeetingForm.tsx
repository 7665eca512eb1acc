import { Col, DatePicker, Divider, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import {
  CONSULTATION_LEVELS,
  PARTICIPANT_GROUPS,
  type ConsultationLevel,
  type ConsultationMeeting,
  type ConsultationTopic,
  type ParticipantGroup,
} from '@shared/model/governance';
import { db } from '../../db';
import { useSession } from '../../app/session';
import { FormModal } from '../../app/components/FormModal';
import { fromDay, todayInBeijing, toDay } from '../../common/dates';
import { saveMeeting } from './governance-repository';
import { InputError } from '../../app/input-error';

interface Values {
  date?: Dayjs;
  venue: string;
  level: ConsultationLevel;
  participants: Partial<Record<ParticipantGroup, number>>;
  attendees?: string;
  options?: string;
  decided: boolean;
  decision?: {
    text: string;
    votesFor: number;
    votesAgainst: number;
    abstentions: number;
    carriedOutBy: string;
    dueOn?: Dayjs;
  };
  minutesBy?: string;
}

/** "Nobody came" concerns the head counts together: it is shown under the first of them. */
async function remapParticipants(save: () => Promise<unknown>): Promise<void> {
  try {
    await save();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(
      error.problems.map((p) => (p.field === 'participants' ? { ...p, field: 'participants.residents' } : p)),
    );
  }
}

const countRule = { type: 'integer' as const, min: 0 };

/** A meeting on a topic: when, where, at which level, who came by group, the options and, when taken, the decision with its vote. */
export function MeetingForm({
  topic,
  row,
  onClose,
}: {
  topic: ConsultationTopic;
  row?: ConsultationMeeting;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const user = useSession((s) => s.user);
  const decided = Form.useWatch('decided', form) ?? !!row?.decision;
  const initial: Partial<Values> = row
    ? {
        ...row,
        date: fromDay(row.date),
        options: row.options.join('\n'),
        decided: !!row.decision,
        decision: row.decision && { ...row.decision, dueOn: fromDay(row.decision.dueOn) },
      }
    : {
        date: fromDay(todayInBeijing()),
        level: topic.level,
        participants: {},
        decided: false,
        decision: { text: '', votesFor: 0, votesAgainst: 0, abstentions: 0, carriedOutBy: '' },
      };
  const countMessage = t('errors.governance.countInvalid');

  return (
    <FormModal<Values>
      title={row ? t('governance.meeting.edit') : t('governance.meeting.add')}
      form={form}
      width={720}
      initialValues={initial}
      onClose={onClose}
      onSubmit={async (v) => {
        await remapParticipants(() =>
          saveMeeting(
            db,
            topic.id,
            {
              date: toDay(v.date) ?? '',
              venue: v.venue,
              level: v.level,
              participants: v.participants ?? {},
              attendees: v.attendees,
              options: (v.options ?? '').split('\n'),
              minutesBy: v.minutesBy,
              decision:
                v.decided && v.decision ? { ...v.decision, dueOn: toDay(v.decision.dueOn) ?? '' } : undefined,
            },
            user,
            todayInBeijing(),
            row?.id,
          ),
        );
      }}
    >
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item
            name="date"
            label={t('governance.meeting.date')}
            rules={[{ required: true, message: t('errors.governance.dateRequired') }]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item
            name="venue"
            label={t('governance.meeting.venue')}
            rules={[{ required: true, whitespace: true, message: t('errors.governance.venueRequired') }]}
          >
            <Input maxLength={80} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="level" label={t('governance.meeting.level')}>
            <Select
              options={CONSULTATION_LEVELS.map((l) => ({ value: l, label: t(`governance.level.${l}`) }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('governance.meeting.participants')} required style={{ marginBottom: 0 }}>
        <Row gutter={12}>
          {PARTICIPANT_GROUPS.map((g) => (
            <Col span={8} key={g}>
              <Form.Item
                name={['participants', g]}
                label={t(`governance.group.${g}`)}
                rules={[{ ...countRule, message: countMessage }]}
              >
                <InputNumber min={0} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
      </Form.Item>
      <Form.Item name="attendees" label={t('governance.meeting.attendees')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Form.Item
        name="options"
        label={t('governance.meeting.options')}
        extra={t('governance.meeting.optionsHelp')}
      >
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Form.Item name="decided" label={t('governance.meeting.decided')} valuePropName="checked">
        <Switch />
      </Form.Item>
      {decided && (
        <>
          <Divider style={{ margin: '4px 0 12px' }} />
          <Form.Item
            name={['decision', 'text']}
            label={t('governance.meeting.decision')}
            rules={[{ required: true, whitespace: true, message: t('errors.governance.decisionRequired') }]}
          >
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
          <Row gutter={12}>
            {(['votesFor', 'votesAgainst', 'abstentions'] as const).map((field) => (
              <Col span={8} key={field}>
                <Form.Item
                  name={['decision', field]}
                  label={t(`governance.meeting.${field}`)}
                  rules={[{ required: true, ...countRule, message: countMessage }]}
                >
                  <InputNumber min={0} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            ))}
          </Row>
          <Row gutter={12}>
            <Col span={14}>
              <Form.Item
                name={['decision', 'carriedOutBy']}
                label={t('governance.meeting.carriedOutBy')}
                rules={[
                  { required: true, whitespace: true, message: t('errors.governance.carrierRequired') },
                ]}
              >
                <Input maxLength={80} />
              </Form.Item>
            </Col>
            <Col span={10}>
              <Form.Item
                name={['decision', 'dueOn']}
                label={t('governance.meeting.dueOn')}
                rules={[{ required: true, message: t('errors.governance.dateRequired') }]}
              >
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
        </>
      )}
      <Form.Item name="minutesBy" label={t('governance.meeting.minutesBy')}>
        <Input maxLength={40} />
      </Form.Item>
    </FormModal>
  );
}
