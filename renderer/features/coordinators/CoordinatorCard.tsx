import { useState } from 'react';
import { App, Button, Descriptions, Drawer, Empty, List, Space, Tag, Tooltip, Typography } from 'antd';
import {
  EditOutlined,
  EyeInvisibleOutlined,
  EyeOutlined,
  ScheduleOutlined,
  SwapOutlined,
} from '@ant-design/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Coordinator } from '@shared/model/coordinator';
import { canUnmask, canWriteTable } from '@shared/auth/roles';
import { checkResidentId } from '@shared/coordinators/resident-id';
import { doubleBookedIds, findDoubleBookings } from '@shared/coordinators/overlap';
import { maskPhone, maskResidentId } from '@shared/validation/mask';
import { db } from '../../db';
import { formatPhone } from '../../app/components/MaskedPhone';
import { useSession, shownUserName } from '../../app/session';
import { RefusedError } from '../../app/input-error';
import { translateDynamic } from '../../app/i18n';
import { recordUnmask } from '../../app/personal-data';
import { useRosterUi } from './roster-ui-store';
import { STATUS_COLOR } from './roster-columns';
import { localToday } from '../../common/dates';
import { AssignmentForm } from './dispatch/AssignmentForm';
import { unitCodesFor, whereLabel } from './dispatch/where';
import { readNames } from './dispatch/read-names';
import { RecordHistory } from '../sync';

/** Everything the card shows besides the coordinator: names, coming work, the audit trail. */
function useCardData(id: string, today: string) {
  return useLiveQuery(async () => {
    const coordinator = await db.coordinators.get(id);
    if (!coordinator) return null;
    const [assignments, audit, category, department] = await Promise.all([
      db.assignments.where('coordinatorId').equals(id).toArray(),
      db.auditEvents.where('recordId').equals(id).toArray(),
      db.coordinatorCategories.get(coordinator.categoryId),
      db.departments.get(coordinator.departmentId),
    ]);
    const coming = assignments.filter((a) => a.to >= today).sort((a, b) => (a.from < b.from ? -1 : 1));
    const codes = new Set([coordinator.homeStreet, ...coming.flatMap(unitCodesFor)]);
    for (const t of coordinator.transfers ?? []) codes.add(t.from).add(t.to);
    const placeIds = coming.map((a) => a.placeId).filter((p): p is string => !!p);
    const names = await readNames(codes, placeIds);
    return {
      coordinator,
      coming,
      doubled: doubleBookedIds(findDoubleBookings(coming)),
      audit: audit.sort((a, b) => (a.at < b.at ? 1 : -1)),
      categoryName: category?.name ?? '',
      departmentName: department?.name ?? '',
      names,
    };
  }, [id, today]);
}

/**
 * A resident ID or phone, masked until someone allowed asks to see it; each showing is recorded
 * before the number appears (who, when, which record, which field — never the number).
 */
function UnmaskableValue({
  coordinator,
  field,
}: {
  coordinator: Coordinator;
  field: 'residentId' | 'mobile';
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useSession((s) => s.user);
  const [revealed, setRevealed] = useState(false);
  const value = field === 'residentId' ? coordinator.residentId : coordinator.mobile;
  if (!value) return <Typography.Text type="secondary">{t('coordinators.card.none')}</Typography.Text>;
  const label = t(`coordinators.columns.${field}`);
  const allowed = canUnmask(user.role);
  const shown = revealed
    ? field === 'mobile'
      ? formatPhone(value)
      : value
    : field === 'mobile'
      ? maskPhone(value)
      : maskResidentId(value);
  const reveal = async () => {
    try {
      await recordUnmask(db, user, [
        { table: 'coordinators', recordId: coordinator.id, orgPath: coordinator.orgPath, field },
      ]);
      setRevealed(true);
    } catch (error) {
      if (!(error instanceof RefusedError)) throw error;
      void message.error(translateDynamic(error.key, error.values));
    }
  };
  return (
    <Space size={4}>
      <span className="mono" data-testid={`card-${field}`}>
        {shown}
      </span>
      {revealed ? (
        <Button size="small" type="link" icon={<EyeInvisibleOutlined />} onClick={() => setRevealed(false)}>
          {t('coordinators.card.hide')}
        </Button>
      ) : (
        <Tooltip
          title={
            allowed
              ? t('coordinators.card.showTitle', { field: label })
              : t('coordinators.card.notAllowed', { role: t(`coordinators.role.${user.role}`), field: label })
          }
        >
          <Button
            size="small"
            type="link"
            icon={<EyeOutlined />}
            disabled={!allowed}
            onClick={reveal}
            aria-label={`${t('coordinators.card.show')} ${label}`}
          >
            {t('coordinators.card.show')}
          </Button>
        </Tooltip>
      )}
    </Space>
  );
}

/** The coordinator's card: who they are, where they work next, where they came from, who saw their numbers. */
export function CoordinatorCard({ id, onClose }: { id: string; onClose(): void }) {
  const { t } = useTranslation();
  const today = localToday();
  const data = useCardData(id, today);
  const role = useSession((s) => s.user.role);
  const { openForm, openBulk } = useRosterUi();
  const [assigning, setAssigning] = useState(false);
  if (data === null) return null;
  const c = data?.coordinator;
  const id18 = c ? checkResidentId(c.residentId, today) : undefined;
  const age = id18?.ok ? ageOn(id18.birthDate, today) : undefined;
  const name = (code: string) => data?.names.get(code) ?? code;

  return (
    <Drawer
      open
      size={560}
      title={t('coordinators.card.title')}
      onClose={onClose}
      extra={
        c && (
          <Space>
            <Button
              icon={<EditOutlined />}
              disabled={!canWriteTable(role, 'coordinators')}
              onClick={() => openForm({ mode: 'edit', id: c.id })}
            >
              {t('common.edit')}
            </Button>
            <Button
              icon={<ScheduleOutlined />}
              disabled={!canWriteTable(role, 'assignments')}
              onClick={() => setAssigning(true)}
            >
              {t('coordinators.card.assign')}
            </Button>
            <Button
              icon={<SwapOutlined />}
              disabled={!canWriteTable(role, 'coordinators')}
              onClick={() => openBulk({ action: 'transfer', ids: [c.id] })}
            >
              {t('coordinators.card.transfer')}
            </Button>
          </Space>
        )
      }
    >
      {data && c && (
        <div data-testid="coordinator-card">
          <Typography.Title level={4}>
            {c.name} <Tag color={STATUS_COLOR[c.status]}>{t(`coordinators.status.${c.status}`)}</Tag>
            <Tag>{data.categoryName}</Tag>
          </Typography.Title>
          <Descriptions column={2} size="small" bordered>
            <Descriptions.Item label={t('coordinators.columns.gender')}>
              {t(`coordinators.gender.${c.gender}`)}
              {age !== undefined && ` · ${t('coordinators.card.age', { age })}`}
            </Descriptions.Item>
            <Descriptions.Item label={t('coordinators.columns.hiredOn')}>{c.hiredOn ?? ''}</Descriptions.Item>
            <Descriptions.Item label={t('coordinators.columns.residentId')} span={2}>
              <UnmaskableValue coordinator={c} field="residentId" />
            </Descriptions.Item>
            <Descriptions.Item label={t('coordinators.columns.mobile')} span={2}>
              <UnmaskableValue coordinator={c} field="mobile" />
            </Descriptions.Item>
            <Descriptions.Item label={t('coordinators.columns.category')}>
              {data.categoryName}
            </Descriptions.Item>
            <Descriptions.Item label={t('coordinators.columns.department')}>
              {data.departmentName}
            </Descriptions.Item>
            <Descriptions.Item label={t('coordinators.columns.street')} span={2}>
              {name(c.homeStreet)}
            </Descriptions.Item>
            {c.skills.length > 0 && (
              <Descriptions.Item label={t('coordinators.card.skills')} span={2}>
                {c.skills.map((s) => (
                  <Tag key={s}>{s}</Tag>
                ))}
              </Descriptions.Item>
            )}
            {c.notes && (
              <Descriptions.Item label={t('coordinators.card.notes')} span={2}>
                {c.notes}
              </Descriptions.Item>
            )}
          </Descriptions>

          <Typography.Title level={5} className="card-section">
            {t('coordinators.card.assignments')}
          </Typography.Title>
          {data.coming.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('coordinators.card.noAssignments')} />
          ) : (
            <List
              size="small"
              dataSource={data.coming}
              renderItem={(a) => {
                const where = whereLabel(a, data.names);
                return (
                  <List.Item>
                    <Space wrap size={4}>
                      <Tag color="blue">{t(`dispatch.shift.${a.shift}`)}</Tag>
                      <span>{where}</span>
                      <Typography.Text type="secondary">
                        {a.from} – {a.to} · {t(`dispatch.source.${a.source}`)}
                        {a.sourceRef && ` ${a.sourceRef}`}
                      </Typography.Text>
                      {data.doubled.has(a.id) && <Tag color="red">{t('dispatch.board.doubled')}</Tag>}
                    </Space>
                  </List.Item>
                );
              }}
            />
          )}

          <Typography.Title level={5} className="card-section">
            {t('coordinators.transfer.history')}
          </Typography.Title>
          {(c.transfers ?? []).length === 0 ? (
            <Typography.Text type="secondary">{t('coordinators.transfer.none')}</Typography.Text>
          ) : (
            <List
              size="small"
              dataSource={c.transfers}
              renderItem={(tr) => (
                <List.Item>
                  {t('coordinators.transfer.entry', { on: tr.on, from: name(tr.from), to: name(tr.to) })}
                  {tr.reason && <Typography.Text type="secondary">（{tr.reason}）</Typography.Text>}
                </List.Item>
              )}
            />
          )}

          <Typography.Title level={5} className="card-section">
            {t('coordinators.card.audit')}
          </Typography.Title>
          {data.audit.length === 0 ? (
            <Typography.Text type="secondary">{t('coordinators.card.noAudit')}</Typography.Text>
          ) : (
            <List
              size="small"
              data-testid="audit-trail"
              dataSource={data.audit}
              renderItem={(e) => (
                <List.Item>
                  {t('coordinators.card.auditEntry', {
                    at: new Date(e.at).toLocaleString(),
                    who: shownUserName(e.byName ?? e.by, t('app.localUser')),
                    field: t(`coordinators.columns.${e.field === 'mobile' ? 'mobile' : 'residentId'}`),
                  })}
                </List.Item>
              )}
            />
          )}
          <RecordHistory table="coordinators" id={c.id} />
        </div>
      )}
      {assigning && c && (
        <AssignmentForm
          target={{ mode: 'new', coordinatorIds: [c.id] }}
          onClose={() => setAssigning(false)}
        />
      )}
    </Drawer>
  );
}

/** Full years between a birth date and today. */
function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}
