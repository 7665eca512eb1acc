import { useState } from 'react';
import { App, Button, Descriptions, Drawer, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Whistle, WhistleCall } from '@shared/model/whistle';
import { callStatus, onSite, reportDeadline, scoreOf } from '@shared/whistles/rules';
import { db } from '../../db';
import { translateDynamic } from '../../app/i18n';
import { beijingTime } from '../../common/dates';
import { useNow } from '../../common/use-now';
import { useResponderNames } from './use-whistles';
import { STATUS_COLOR } from './format';
import { CallDialog, type CallStep } from './CallDialog';
import { EvaluationForm } from './EvaluationForm';
import { CloseForm } from './CloseForm';
import { mayAnswer, mayEvaluate } from '@shared/whistles/rules';
import { ReplyText } from './ReplyText';
import { useSession } from '../../app/session';

type Editing = { call: WhistleCall; step: CallStep | 'evaluate' } | { step: 'close' } | null;

/** One event: where and why, each summoned department's 报到 with its clock, and closing it. */
export function WhistleCard({ id, onClose }: { id: string; onClose(): void }) {
  // Read on its own: a closed event leaves the open board but stays in view here.
  const data = useLiveQuery(async () => {
    const whistle = await db.whistles.get(id);
    const calls = await db.whistleCalls.where('whistleId').equals(id).toArray();
    return whistle && { whistle, calls: calls.filter((c) => !c.deleted) };
  }, [id]);
  return data ? <CardBody whistle={data.whistle} calls={data.calls} onClose={onClose} /> : null;
}

function CardBody({ whistle, calls, onClose }: { whistle: Whistle; calls: WhistleCall[]; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useSession((s) => s.user);
  const names = useResponderNames();
  const now = useNow(15_000);
  const [editing, setEditing] = useState<Editing>(null);
  const open = whistle.closedAt === undefined;
  const tickets = useLiveQuery(() => db.tickets.bulkGet(whistle.ticketIds), [whistle.ticketIds]);
  const nameOf = (call: WhistleCall) => names.get(call.responderId) ?? '—';

  const startEvaluation = (call: WhistleCall) => {
    // The rule is the repository's; saying it before the form opens saves filling it in vain.
    if (!mayEvaluate(user.role)) {
      void message.error(translateDynamic('errors.whistles.evaluateStreetOnly'));
      return;
    }
    setEditing({ call, step: 'evaluate' });
  };

  return (
    <Drawer open size={760} title={t('whistles.card.title', { title: whistle.title })} onClose={onClose}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Descriptions size="small" column={2} bordered>
          <Descriptions.Item label={t('whistles.board.columns.reason')}>
            {t(`whistles.reason.${whistle.reason}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('whistles.board.columns.state')}>
            {open ? t('whistles.board.open') : t('whistles.board.closed')}
          </Descriptions.Item>
          <Descriptions.Item label={t('whistles.board.columns.blownAt')}>
            {beijingTime(whistle.blownAt)}
          </Descriptions.Item>
          <Descriptions.Item label={t('whistles.card.deadline')}>
            {beijingTime(reportDeadline(whistle))}
          </Descriptions.Item>
          <Descriptions.Item label={t('whistles.board.columns.where')} span={2}>
            {whistle.address ?? '—'}
          </Descriptions.Item>
          {whistle.description && (
            <Descriptions.Item label={t('whistles.blow.description')} span={2}>
              {whistle.description}
            </Descriptions.Item>
          )}
          {whistle.ticketIds.length > 0 && (
            <Descriptions.Item label={t('whistles.card.tickets')} span={2}>
              {(tickets ?? []).map((ticket) => ticket && <Tag key={ticket.id}>{ticket.number}</Tag>)}
            </Descriptions.Item>
          )}
          {whistle.closedAt && (
            <>
              <Descriptions.Item label={t('whistles.card.closedAt')}>
                {beijingTime(whistle.closedAt)}
              </Descriptions.Item>
              <Descriptions.Item label={t('whistles.card.outcome')}>{whistle.outcome}</Descriptions.Item>
            </>
          )}
        </Descriptions>
        <Typography.Title level={5}>{t('whistles.card.calls')}</Typography.Title>
        <Table<WhistleCall>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={calls}
          data-testid="whistle-calls"
          locale={{ emptyText: t('whistles.card.noCalls') }}
          columns={[
            { key: 'name', title: t('whistles.overview.department'), render: (_, c) => nameOf(c) },
            {
              key: 'status',
              title: t('whistles.board.columns.state'),
              render: (_, c) => {
                const status = callStatus(c, whistle, now);
                return (
                  <Space size={4}>
                    <Tag color={STATUS_COLOR[status]}>{t(`whistles.status.${status}`)}</Tag>
                    {onSite(c, whistle) && <Tag color="cyan">{t('whistles.card.onSite')}</Tag>}
                  </Space>
                );
              },
            },
            {
              key: 'arrivedAt',
              title: t('whistles.dialog.arrivedAt'),
              render: (_, c) => (c.arrivedAt ? beijingTime(c.arrivedAt).slice(11) : '—'),
            },
            { key: 'people', title: t('whistles.card.people'), render: (_, c) => c.people ?? '' },
            { key: 'action', title: t('whistles.card.action'), render: (_, c) => c.action ?? '' },
            {
              key: 'score',
              title: t('whistles.card.score'),
              render: (_, c) =>
                c.evaluation ? (
                  <Space direction="vertical" size={0}>
                    <span>{scoreOf(c.evaluation).toFixed(1)}</span>
                    {c.reply && <ReplyText reply={c.reply} />}
                  </Space>
                ) : (
                  ''
                ),
            },
            {
              key: 'do',
              title: '',
              render: (_, c) => (
                <Space size={4} wrap>
                  {open && !c.arrivedAt && (
                    <Button
                      size="small"
                      type="primary"
                      onClick={() => setEditing({ call: c, step: 'arrive' })}
                    >
                      {t('whistles.card.arrive')}
                    </Button>
                  )}
                  {open && c.arrivedAt && (
                    <Button size="small" onClick={() => setEditing({ call: c, step: 'act' })}>
                      {t('whistles.card.act')}
                    </Button>
                  )}
                  <Button size="small" onClick={() => startEvaluation(c)}>
                    {t('whistles.card.evaluate')}
                  </Button>
                  {mayAnswer(c, user) && (
                    <Button size="small" onClick={() => setEditing({ call: c, step: 'answer' })}>
                      {t(
                        user.role === 'department' ? 'whistles.card.answer' : 'whistles.card.answerOnBehalf',
                      )}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
        {open && (
          <Button type="primary" danger onClick={() => setEditing({ step: 'close' })}>
            {t('whistles.card.close')}
          </Button>
        )}
      </Space>
      {editing?.step === 'close' && <CloseForm whistle={whistle} onClose={() => setEditing(null)} />}
      {editing && editing.step === 'evaluate' && (
        <EvaluationForm call={editing.call} name={nameOf(editing.call)} onClose={() => setEditing(null)} />
      )}
      {editing && 'call' in editing && editing.step !== 'evaluate' && (
        <CallDialog
          call={editing.call}
          name={nameOf(editing.call)}
          step={editing.step}
          onClose={() => setEditing(null)}
        />
      )}
    </Drawer>
  );
}
