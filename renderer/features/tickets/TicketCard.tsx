import { useState } from 'react';
import {
  App,
  Button,
  Descriptions,
  Drawer,
  Empty,
  List,
  Space,
  Switch,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AlertOutlined, FlagOutlined, MessageOutlined, TeamOutlined } from '@ant-design/icons';
import { canWriteTable } from '@shared/auth/roles';
import { useLiveQuery } from 'dexie-react-hooks';
import { canUnmask } from '@shared/auth/roles';
import type { Place } from '@shared/model/place';
import type { TicketAction } from '@shared/model/ticket';
import { actionsOf } from '@shared/tickets/workflow';
import { deadlineBasisOf } from '@shared/tickets/deadlines';
import { maskName } from '@shared/validation/mask';
import { db } from '../../db';
import { useSession } from '../../app/session';
import { MaskedPhone } from '../../app/components/MaskedPhone';
import { recordUnmask } from '../../app/personal-data';
import { RefusedError } from '../../app/input-error';
import { translateDynamic } from '../../app/i18n';
import { linkPlace, stepsOf } from './tickets-repository';
import type { TicketRow } from './use-tickets';
import { DEADLINE_COLOR, deadlineBasisText, durationText } from './format';
import { beijingTime } from '../../common/dates';
import { StepDialog } from './StepDialog';
import { Classify } from './Classify';

/** The building a ticket is located at, with who looks after it. */
function PlaceSection({ place }: { place: Place }) {
  const { t } = useTranslation();
  const worker = useLiveQuery(
    () => (place.workerId ? db.communityWorkers.get(place.workerId) : undefined),
    [place],
  );
  const points = useLiveQuery(() => db.servicePoints.bulkGet(place.servicePointIds), [place]);
  return (
    <Descriptions size="small" column={1} bordered>
      <Descriptions.Item label={t('tickets.card.place')}>{place.name}</Descriptions.Item>
      <Descriptions.Item label={t('tickets.card.head')}>
        {place.head ? (
          <Space>
            {place.head.name}
            <MaskedPhone phone={place.head.phone} />
          </Space>
        ) : (
          t('tickets.rates.none')
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('tickets.card.worker')}>
        {worker?.name ?? t('tickets.rates.none')}
      </Descriptions.Item>
      <Descriptions.Item label={t('tickets.card.servicePoints')}>
        {points?.filter(Boolean).map((p) => (
          <Tag key={p!.id}>{p!.name}</Tag>
        ))}
      </Descriptions.Item>
    </Descriptions>
  );
}

/** A ticket not located on its own: the places it may mean, for a person to pick. */
function Candidates({ row }: { row: TicketRow }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useSession((s) => s.user);
  const places = useLiveQuery(() => db.places.bulkGet(row.candidateIds ?? []), [row.candidateIds]);
  const found = (places ?? []).filter((p): p is Place => p !== undefined);
  return (
    <div>
      <Typography.Paragraph>{t('tickets.card.candidates', { address: row.address })}</Typography.Paragraph>
      {found.length === 0 ? (
        <Typography.Text type="secondary">{t('tickets.card.noCandidates')}</Typography.Text>
      ) : (
        <List
          size="small"
          bordered
          dataSource={found}
          renderItem={(p) => (
            <List.Item
              actions={[
                <Button
                  key="pick"
                  size="small"
                  onClick={async () => {
                    await linkPlace(db, row, p, user.displayName);
                    void message.success(t('tickets.card.linked', { name: p.name }));
                  }}
                >
                  {t('tickets.card.pick')}
                </Button>,
              ]}
            >
              {p.name}
              <Typography.Text type="secondary"> {p.address}</Typography.Text>
            </List.Item>
          )}
        />
      )}
    </div>
  );
}

export function TicketCard({ row, onClose }: { row: TicketRow; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useSession((s) => s.user);
  const place = useLiveQuery(() => (row.placeId ? db.places.get(row.placeId) : undefined), [row.placeId]);
  const steps = useLiveQuery(() => stepsOf(db, row.id), [row.id]);
  const [action, setAction] = useState<TicketAction | null>(null);
  const [revealed, setRevealed] = useState(false);
  const navigate = useNavigate();
  // 吹哨 events this ticket led to: escalation goes through the whistle desk's address.
  const whistles = useLiveQuery(() => db.whistles.where('ticketIds').equals(row.id).toArray(), [row.id]);
  const complaint = useLiveQuery(
    () => (row.burdenComplaintId ? db.burdenComplaints.get(row.burdenComplaintId) : undefined),
    [row.burdenComplaintId],
  );
  const assignment = useLiveQuery(async () => {
    const found = row.assignmentId ? await db.assignments.get(row.assignmentId) : undefined;
    if (!found) return undefined;
    return { ...found, coordinator: (await db.coordinators.get(found.coordinatorId))?.name };
  }, [row.assignmentId]);
  const open = row.state !== 'closed' && row.state !== 'returned';

  // The caller's name and number are shown in full only once the showing is recorded.
  const reveal = async (on: boolean) => {
    if (!on) return setRevealed(false);
    try {
      await recordUnmask(db, user, [
        { table: 'tickets', recordId: row.id, orgPath: row.orgPath, field: 'callerPhone' },
        { table: 'tickets', recordId: row.id, orgPath: row.orgPath, field: 'callerName' },
      ]);
      setRevealed(true);
    } catch (error) {
      if (!(error instanceof RefusedError)) throw error;
      void message.error(translateDynamic(error.key, error.values));
    }
  };

  return (
    <Drawer open size={600} title={t('tickets.card.title', { number: row.number })} onClose={onClose}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Space wrap>
          <Tag>{t(`tickets.state.${row.state}`)}</Tag>
          <Tag color={DEADLINE_COLOR[row.deadline]}>
            {row.deadline === 'done'
              ? t('tickets.deadline.done')
              : t(row.remainingMs < 0 ? 'tickets.remaining.overdue' : 'tickets.remaining.left', {
                  time: durationText(t, row.remainingMs),
                })}
          </Tag>
          {row.urgent && <Tag color="red">{t('tickets.card.urgent')}</Tag>}
          {row.supervised && <Tag color="purple">{t('tickets.card.supervised')}</Tag>}
          {row.complex && <Tag color="orange">{t('tickets.card.complex')}</Tag>}
          {row.excludedReason && <Tag>{t('tickets.card.excluded', { reason: row.excludedReason })}</Tag>}
        </Space>
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label={t('tickets.columns.kind')}>
            {t(`tickets.kind.${row.kind}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('tickets.columns.receivedAt')}>
            {beijingTime(row.receivedAt)}
          </Descriptions.Item>
          <Descriptions.Item label={t('tickets.columns.due')}>{beijingTime(row.due)}</Descriptions.Item>
          {steps && (
            <Descriptions.Item label={t('tickets.deadlineRule.basis')}>
              {deadlineBasisText(t, deadlineBasisOf(row, steps, row.rules))}
            </Descriptions.Item>
          )}
          {row.category && (
            <Descriptions.Item label={t('tickets.card.category')}>{row.category}</Descriptions.Item>
          )}
          <Descriptions.Item label={t('tickets.columns.content')}>{row.content}</Descriptions.Item>
          <Descriptions.Item label={t('tickets.columns.address')}>{row.address}</Descriptions.Item>
          {row.callerName && (
            <Descriptions.Item label={t('tickets.card.caller')}>
              {revealed ? row.callerName : maskName(row.callerName)}
            </Descriptions.Item>
          )}
          {row.callerPhone && (
            <Descriptions.Item label={t('tickets.card.phone')}>
              <Space>
                <MaskedPhone phone={row.callerPhone} revealed={revealed} />
                {canUnmask(user.role) && (
                  <Switch
                    size="small"
                    checked={revealed}
                    onChange={reveal}
                    aria-label={t('tickets.card.reveal')}
                  />
                )}
              </Space>
            </Descriptions.Item>
          )}
        </Descriptions>
        {place ? <PlaceSection place={place} /> : <Candidates row={row} />}
        <Classify ticket={row} />
        <Space wrap>
          {actionsOf(row.state, row).map((a) => (
            <Button
              key={a}
              type={a === 'accept' || a === 'close' ? 'primary' : 'default'}
              onClick={() => setAction(a)}
            >
              {t(`tickets.action.${a}`)}
            </Button>
          ))}
          {open && canWriteTable(user.role, 'whistles') && (
            <Button icon={<FlagOutlined />} onClick={() => navigate(`/whistles?blow=${row.id}`)}>
              {t('tickets.card.escalate')}
            </Button>
          )}
          {open && !row.assignmentId && canWriteTable(user.role, 'assignments') && (
            <Button icon={<TeamOutlined />} onClick={() => navigate(`/dispatch?ticket=${row.id}`)}>
              {t('tickets.card.dispatch')}
            </Button>
          )}
          {!row.burdenComplaintId && canWriteTable(user.role, 'burdenComplaints') && (
            <Button icon={<AlertOutlined />} onClick={() => navigate(`/access/complaints?ticket=${row.id}`)}>
              {t('tickets.card.registerComplaint')}
            </Button>
          )}
          {/* 未诉先办: a ticket can raise a consultation topic; the address carries it, as for 吹哨. */}
          {canWriteTable(user.role, 'consultationTopics') && (
            <Button icon={<MessageOutlined />} onClick={() => navigate(`/governance?fromTicket=${row.id}`)}>
              {t('tickets.card.consult')}
            </Button>
          )}
        </Space>
        {complaint && (
          <Space wrap>
            <Typography.Text type="secondary">{t('tickets.card.complaint')}</Typography.Text>
            <Typography.Link onClick={() => navigate('/access/complaints')}>
              {t('tickets.card.complaintLine', { department: complaint.department })}
            </Typography.Link>
          </Space>
        )}
        {assignment && (
          <Space wrap>
            <Typography.Text type="secondary">{t('tickets.card.assignment')}</Typography.Text>
            <Typography.Link onClick={() => navigate('/dispatch')}>
              {t('tickets.card.assignmentLine', {
                name: assignment.coordinator ?? '—',
                from: assignment.from,
                to: assignment.to,
              })}
            </Typography.Link>
          </Space>
        )}
        {whistles && whistles.length > 0 && (
          <Space wrap>
            <Typography.Text type="secondary">{t('tickets.card.whistles')}</Typography.Text>
            {whistles.map((w) => (
              <Tag key={w.id} color={w.closedAt ? 'default' : 'processing'}>
                {w.title}
              </Tag>
            ))}
          </Space>
        )}
        <Typography.Title level={5}>{t('tickets.card.steps')}</Typography.Title>
        {steps && steps.length > 0 ? (
          <Timeline
            items={steps.map((s) => ({
              key: s.id,
              children: (
                <div>
                  <Typography.Text strong>{t(`tickets.action.${s.action}`)}</Typography.Text>{' '}
                  <Typography.Text type="secondary">
                    {beijingTime(s.at)} {s.by}
                  </Typography.Text>
                  {s.note && <div>{s.note}</div>}
                  {s.satisfaction && (
                    <div>
                      {t(`tickets.resolution.${s.resolution ?? 'unresolved'}`)} ·{' '}
                      {t(`tickets.satisfaction.${s.satisfaction}`)}
                    </div>
                  )}
                </div>
              ),
            }))}
          />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tickets.card.noSteps')} />
        )}
      </Space>
      {action && <StepDialog row={row} action={action} onClose={() => setAction(null)} />}
    </Drawer>
  );
}
