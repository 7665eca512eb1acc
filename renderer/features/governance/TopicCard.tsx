import { useEffect, useState } from 'react';
import { App, Button, Descriptions, Drawer, Space, Steps, Table, Tag, Typography } from 'antd';
import { FileWordOutlined, PrinterOutlined } from '@ant-design/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { canWriteTable } from '@shared/auth/roles';
import { isCancelled } from '@shared/cancel';
import { safeFileName } from '@shared/desktop-api-schemas';
import {
  CONSULTATION_STEPS,
  type ConsultationMeeting,
  type ConsultationTopic,
} from '@shared/model/governance';
import { headCount, isOpen, levelAbove } from '@shared/governance/consultation';
import { db } from '../../db';
import { useSession } from '../../app/session';
import { DeleteButton } from '../../app/components/DeleteButton';
import { deleteMeeting, deleteTopic, planTopicDelete } from './governance-repository';
import { useCommunityNames, usePlaceNames, useTopic } from './use-governance';
import { TopicForm } from './TopicForm';
import { MeetingForm } from './MeetingForm';
import { StepForm, type StepKind } from './StepForm';
import { MeetingMinutes } from './MeetingMinutes';
import { minutesDocx, minutesOf } from './minutes';
import { desktop } from '../../platform';

type Editing =
  { kind: 'topic' } | { kind: 'meeting'; meeting?: ConsultationMeeting } | { kind: StepKind } | null;

/** One topic: its five steps, its meetings with their decisions, what was done and how residents judged it. */
export function TopicCard({ id, scope, onClose }: { id: string; scope: string; onClose(): void }) {
  const data = useTopic(id);
  // Deleted from here or elsewhere: the card has nothing to show.
  const gone = data === null;
  useEffect(() => {
    if (gone) onClose();
  }, [gone, onClose]);
  return data ? (
    <CardBody topic={data.topic} meetings={data.meetings} scope={scope} onClose={onClose} />
  ) : null;
}

function CardBody({
  topic,
  meetings,
  scope,
  onClose,
}: {
  topic: ConsultationTopic;
  meetings: ConsultationMeeting[];
  scope: string;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const user = useSession((s) => s.user);
  const [editing, setEditing] = useState<Editing>(null);
  const [printing, setPrinting] = useState<ConsultationMeeting | null>(null);
  const { message } = App.useApp();
  const nameOf = useCommunityNames(scope);
  const minutesOfMeeting = (m: ConsultationMeeting) => minutesOf(topic, m, nameOf(topic.orgPath), t);
  const saveMinutes = async (m: ConsultationMeeting) => {
    try {
      const saved = await desktop.saveFile({
        suggestedName: safeFileName(
          t('governance.card.minutesFile', { title: topic.title, date: m.date }),
          'docx',
        ),
        data: await minutesDocx(minutesOfMeeting(m)),
        filters: [{ name: 'Word', extensions: ['docx'] }],
      });
      if (saved.saved) void message.success(t('governance.card.minutesSaved'));
    } catch (error) {
      if (!isCancelled(error)) void message.error(String(error instanceof Error ? error.message : error));
    }
  };
  const places = usePlaceNames(topic.placeIds);
  const tickets = useLiveQuery(() => db.tickets.bulkGet(topic.ticketIds), [topic.ticketIds.join(',')]);
  const writable = canWriteTable(user.role, 'consultationTopics');
  const open = isOpen(topic);
  const current = CONSULTATION_STEPS.indexOf(topic.step);
  const above = levelAbove(topic.level);
  const meetingsAllowed = open && current < CONSULTATION_STEPS.indexOf('carryOut');

  return (
    <Drawer open size={820} title={t('governance.card.title', { title: topic.title })} onClose={onClose}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Steps
          size="small"
          current={current}
          status={topic.closed ? 'error' : topic.step === 'evaluate' ? 'finish' : 'process'}
          aria-label={t('governance.card.steps')}
          items={CONSULTATION_STEPS.map((s) => ({ title: t(`governance.step.${s}`) }))}
        />
        <Descriptions size="small" column={2} bordered>
          <Descriptions.Item label={t('governance.topics.columns.community')}>
            {nameOf(topic.orgPath)}
          </Descriptions.Item>
          <Descriptions.Item label={t('governance.topics.columns.level')}>
            <span data-testid="topic-level">{t(`governance.level.${topic.level}`)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('governance.topics.columns.source')}>
            {t(`governance.source.${topic.source}`)}
            {topic.raisedBy ? `（${topic.raisedBy}）` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('governance.topics.columns.raisedOn')}>
            {topic.raisedOn}
          </Descriptions.Item>
          {topic.description && (
            <Descriptions.Item label={t('governance.topicForm.description')} span={2}>
              {topic.description}
            </Descriptions.Item>
          )}
          {topic.ticketIds.length > 0 && (
            <Descriptions.Item label={t('governance.topicForm.tickets')} span={2}>
              <span data-testid="topic-tickets">
                {(tickets ?? []).map((x) => x && <Tag key={x.id}>{x.number}</Tag>)}
              </span>
            </Descriptions.Item>
          )}
          {topic.placeIds.length > 0 && (
            <Descriptions.Item label={t('governance.topicForm.places')} span={2}>
              {topic.placeIds.map((p) => places?.get(p) && <Tag key={p}>{places.get(p)}</Tag>)}
            </Descriptions.Item>
          )}
          {topic.escalations.length > 0 && (
            <Descriptions.Item label={t('governance.card.escalations')} span={2}>
              {topic.escalations.map((e) => (
                <div key={`${e.on}${e.to}`}>
                  {t('governance.card.escalationLine', {
                    on: e.on,
                    from: t(`governance.level.${e.from}`),
                    to: t(`governance.level.${e.to}`),
                    reason: e.reason,
                  })}
                </div>
              ))}
            </Descriptions.Item>
          )}
          {topic.carriedOut && (
            <Descriptions.Item label={t('governance.card.carriedOut')} span={2}>
              {topic.carriedOut.on} {topic.carriedOut.summary}
            </Descriptions.Item>
          )}
          {topic.evaluation && (
            <Descriptions.Item label={t('governance.card.evaluation')} span={2}>
              <span data-testid="topic-evaluation">
                {topic.evaluation.on} {t('governance.card.score', { score: topic.evaluation.score })}
                {topic.evaluation.note ? ` ${topic.evaluation.note}` : ''}
              </span>
            </Descriptions.Item>
          )}
          {topic.closed && (
            <Descriptions.Item label={t('governance.topics.closed')} span={2}>
              {t('governance.card.closedLine', topic.closed)}
            </Descriptions.Item>
          )}
        </Descriptions>
        {writable && (
          <Space wrap>
            {meetingsAllowed && (
              <Button type="primary" onClick={() => setEditing({ kind: 'meeting' })}>
                {t('governance.card.addMeeting')}
              </Button>
            )}
            {open && topic.step === 'decide' && (
              <Button type="primary" onClick={() => setEditing({ kind: 'carryOut' })}>
                {t('governance.card.carryOut')}
              </Button>
            )}
            {open && topic.step === 'carryOut' && (
              <Button type="primary" onClick={() => setEditing({ kind: 'evaluate' })}>
                {t('governance.card.evaluate')}
              </Button>
            )}
            {meetingsAllowed && above && (
              <Button onClick={() => setEditing({ kind: 'escalate' })}>
                {t('governance.card.escalate', { level: t(`governance.level.${above}`) })}
              </Button>
            )}
            <Button onClick={() => setEditing({ kind: 'topic' })}>{t('common.edit')}</Button>
            {open && (
              <Button onClick={() => setEditing({ kind: 'close' })}>{t('governance.card.close')}</Button>
            )}
            <DeleteButton
              confirm={t('governance.card.deleteConfirm', { name: topic.title })}
              plan={() => planTopicDelete(db, topic.id)}
              onDelete={async () => {
                await deleteTopic(db, user, topic.id);
                onClose();
              }}
            />
          </Space>
        )}
        <Typography.Title level={5}>{t('governance.card.meetings')}</Typography.Title>
        <Table<ConsultationMeeting>
          data-testid="topic-meetings"
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={meetings}
          locale={{ emptyText: t('governance.card.noMeetings') }}
          columns={[
            { key: 'date', title: t('governance.meeting.date'), dataIndex: 'date', width: 100 },
            {
              key: 'venue',
              title: t('governance.meeting.venue'),
              render: (_, m) => (
                <Space direction="vertical" size={0}>
                  <span>{m.venue}</span>
                  <Typography.Text type="secondary">
                    {t(`governance.level.${m.level}`)} ·{' '}
                    {t('governance.card.headCount', { count: headCount(m) })}
                  </Typography.Text>
                </Space>
              ),
            },
            {
              key: 'decision',
              title: t('governance.card.decision'),
              render: (_, m) =>
                m.decision ? (
                  <Space direction="vertical" size={0}>
                    <span>{m.decision.text}</span>
                    <Typography.Text type="secondary">
                      {t('governance.card.votes', {
                        for: m.decision.votesFor,
                        against: m.decision.votesAgainst,
                        abstain: m.decision.abstentions,
                      })}
                    </Typography.Text>
                    <Typography.Text type="secondary">
                      {t('governance.card.carrier', { by: m.decision.carriedOutBy, due: m.decision.dueOn })}
                    </Typography.Text>
                  </Space>
                ) : (
                  '—'
                ),
            },
            {
              key: 'do',
              title: '',
              width: 220,
              render: (_, m) => (
                <Space size={0} wrap>
                  <Button size="small" type="link" icon={<PrinterOutlined />} onClick={() => setPrinting(m)}>
                    {t('governance.card.printMinutes')}
                  </Button>
                  <Button
                    size="small"
                    type="link"
                    icon={<FileWordOutlined />}
                    onClick={() => void saveMinutes(m)}
                  >
                    {t('governance.card.wordMinutes')}
                  </Button>
                  {writable && meetingsAllowed && (
                    <Button
                      size="small"
                      type="link"
                      onClick={() => setEditing({ kind: 'meeting', meeting: m })}
                    >
                      {t('common.edit')}
                    </Button>
                  )}
                  {writable && (
                    <DeleteButton
                      inRow
                      confirm={t('governance.card.deleteMeeting', { date: m.date })}
                      onDelete={() => deleteMeeting(db, user, m.id)}
                    />
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Space>
      {editing?.kind === 'topic' && <TopicForm scope={scope} row={topic} onClose={() => setEditing(null)} />}
      {editing?.kind === 'meeting' && (
        <MeetingForm topic={topic} row={editing.meeting} onClose={() => setEditing(null)} />
      )}
      {editing && editing.kind !== 'topic' && editing.kind !== 'meeting' && (
        <StepForm kind={editing.kind} topic={topic} onClose={() => setEditing(null)} />
      )}
      {printing && <MeetingMinutes minutes={minutesOfMeeting(printing)} onDone={() => setPrinting(null)} />}
    </Drawer>
  );
}
