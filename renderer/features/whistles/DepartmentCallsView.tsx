import { useState } from 'react';
import { Alert, Button, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { WhistleCall } from '@shared/model/whistle';
import { callStatus, mayAnswer, mayStateAction, scoreOf } from '@shared/whistles/rules';
import { db } from '../../db';
import { useSession } from '../../app/session';
import { beijingTime } from '../../common/dates';
import { useNow } from '../../common/use-now';
import { departmentCalls, type DepartmentCall } from './whistles-repository';
import { STATUS_COLOR } from './format';
import { CallDialog } from './CallDialog';
import { ReplyText } from './ReplyText';

type Editing = { call: WhistleCall; step: 'act' | 'answer' } | null;

/**
 * What a department signed in as itself sees of 吹哨报到 (双考核): the events it was summoned to,
 * when, how its 报到 stands, the street's evaluation, and its own answer — which it gives here.
 */
export function DepartmentCallsView() {
  const { t } = useTranslation();
  const user = useSession((s) => s.user);
  const responderId = user.responderId ?? '';
  const rows = useLiveQuery(() => departmentCalls(db, responderId), [responderId]);
  const unit = useLiveQuery(() => db.responders.get(responderId), [responderId]);
  const now = useNow(15_000);
  const [editing, setEditing] = useState<Editing>(null);
  const name = unit?.name ?? user.displayName;
  const awaiting = (rows ?? []).filter((r) => mayAnswer(r.call, user) && !r.call.reply).length;

  return (
    <div className="page">
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('whistles.department.title', { name })}
        </Typography.Title>
        <Typography.Text type="secondary">
          {t('whistles.department.summary', { count: rows?.length ?? 0, awaiting })}
        </Typography.Text>
        {!user.responderId && <Alert type="warning" showIcon message={t('whistles.department.unbound')} />}
        <Table<DepartmentCall>
          size="small"
          rowKey={(r) => r.call.id}
          loading={rows === undefined}
          dataSource={rows}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          data-testid="department-calls"
          locale={{ emptyText: t('whistles.department.empty') }}
          columns={[
            {
              key: 'event',
              title: t('whistles.board.columns.title'),
              render: (_, r) => (
                <Space direction="vertical" size={0}>
                  <span>{r.whistle.title}</span>
                  <Typography.Text type="secondary">
                    {t(`whistles.reason.${r.whistle.reason}`)}
                    {r.whistle.address ? ` · ${r.whistle.address}` : ''}
                  </Typography.Text>
                </Space>
              ),
            },
            {
              key: 'blownAt',
              title: t('whistles.department.summonedAt'),
              render: (_, r) => beijingTime(r.whistle.blownAt),
            },
            {
              key: 'report',
              title: t('whistles.department.report'),
              render: (_, r) => {
                const status = callStatus(r.call, r.whistle, now);
                return (
                  <Space direction="vertical" size={0}>
                    <Tag color={STATUS_COLOR[status]}>{t(`whistles.status.${status}`)}</Tag>
                    {r.call.arrivedAt && <span>{beijingTime(r.call.arrivedAt).slice(11)}</span>}
                    {r.call.people && <Typography.Text type="secondary">{r.call.people}</Typography.Text>}
                  </Space>
                );
              },
            },
            {
              key: 'action',
              title: t('whistles.card.action'),
              render: (_, r) => r.call.action ?? '',
            },
            {
              key: 'evaluation',
              title: t('whistles.department.evaluation'),
              render: (_, r) =>
                r.call.evaluation ? (
                  <Space direction="vertical" size={0}>
                    <strong>{scoreOf(r.call.evaluation).toFixed(1)}</strong>
                    <Typography.Text type="secondary">
                      {t('whistles.department.marks', {
                        timeliness: r.call.evaluation.timeliness,
                        attitude: r.call.evaluation.attitude,
                        result: r.call.evaluation.result,
                      })}
                    </Typography.Text>
                    {r.call.evaluation.note && <span>{r.call.evaluation.note}</span>}
                  </Space>
                ) : (
                  <Typography.Text type="secondary">{t('whistles.department.notEvaluated')}</Typography.Text>
                ),
            },
            {
              key: 'reply',
              title: t('whistles.card.reply'),
              render: (_, r) => (r.call.reply ? <ReplyText reply={r.call.reply} /> : ''),
            },
            {
              key: 'do',
              title: '',
              render: (_, r) => (
                <Space size={4} wrap>
                  {mayStateAction(r.call, r.whistle, user) && (
                    <Button size="small" onClick={() => setEditing({ call: r.call, step: 'act' })}>
                      {t('whistles.card.act')}
                    </Button>
                  )}
                  {mayAnswer(r.call, user) && (
                    <Button
                      size="small"
                      type={r.call.reply ? 'default' : 'primary'}
                      onClick={() => setEditing({ call: r.call, step: 'answer' })}
                    >
                      {t('whistles.card.answer')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Space>
      {editing && (
        <CallDialog call={editing.call} name={name} step={editing.step} onClose={() => setEditing(null)} />
      )}
    </div>
  );
}
