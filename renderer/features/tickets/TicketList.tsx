import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { Button, Input, Select, Space, Tag, Typography } from 'antd';
import { FieldTimeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { TICKET_STATES, type TicketLinkStatus, type TicketState } from '@shared/model/ticket';
import type { DeadlineStatus } from '@shared/tickets/deadlines';
import { VirtualTable, type VirtualColumn } from '../../app/components/VirtualTable';
import { useUiStore } from '../../app/ui-store';
import { useSession } from '../../app/session';
import { useScopeUnit } from '../../common/scope/use-org';
import { ExcelActions } from '../excel';
import { useTicketRows, type TicketRow } from './use-tickets';
import { filterTickets, type TicketFilter } from './ticket-filter';
import { DEADLINE_COLOR, durationText } from './format';
import { beijingTime } from '../../common/dates';
import { TicketCard } from './TicketCard';
import { DeadlineRulesForm } from './DeadlineRulesForm';
import { useDeadlineRules } from './use-deadline-rules';
import { maySetTicketRules } from './tickets-repository';

const DEADLINES: readonly DeadlineStatus[] = ['overdue', 'dueSoon', 'onTrack', 'done'];
const LINKS: readonly TicketLinkStatus[] = ['linked', 'ambiguous', 'unregistered', 'vague'];

/** The tickets of the scope, the ones about to go overdue easy to find. */
export function TicketList() {
  const { t } = useTranslation();
  const scope = useUiStore((s) => s.scope);
  const rows = useTicketRows(scope);
  const [filter, setFilter] = useState<TicketFilter>({ words: '' });
  const deferred = useDeferredValue(filter);
  const [openId, setOpenId] = useState<string | null>(null);
  // The street's deadlines are set where the countdowns they drive are read.
  const unit = useScopeUnit(scope);
  const user = useSession((s) => s.user);
  const deadlineRules = useDeadlineRules(scope);
  const [editingRules, setEditingRules] = useState(false);
  const mayEditRules = unit !== undefined && maySetTicketRules(user, unit);

  const byId = useMemo(() => new Map((rows ?? []).map((r) => [r.id, r])), [rows]);
  const ids = useMemo(() => {
    if (!rows) return undefined;
    return filterTickets(rows, deferred).map((r) => r.id);
  }, [rows, deferred]);
  const load = useCallback((wanted: string[]) => Promise.resolve(wanted.map((id) => byId.get(id))), [byId]);

  const columns: VirtualColumn<TicketRow>[] = [
    { key: 'number', title: t('tickets.columns.number'), width: 140, render: (r) => r.number },
    {
      key: 'receivedAt',
      title: t('tickets.columns.receivedAt'),
      width: 140,
      render: (r) => beijingTime(r.receivedAt),
    },
    { key: 'kind', title: t('tickets.columns.kind'), width: 70, render: (r) => t(`tickets.kind.${r.kind}`) },
    {
      key: 'content',
      title: t('tickets.columns.content'),
      width: '2fr',
      minWidth: 160,
      render: (r) => r.content,
    },
    {
      key: 'address',
      title: t('tickets.columns.address'),
      width: '1.5fr',
      minWidth: 140,
      render: (r) => r.address,
    },
    {
      key: 'state',
      title: t('tickets.columns.state'),
      width: 110,
      render: (r) => t(`tickets.state.${r.state}`),
    },
    {
      key: 'due',
      title: t('tickets.columns.due'),
      width: 136,
      render: (r) => (
        <Tag color={DEADLINE_COLOR[r.deadline]}>
          {r.deadline === 'done'
            ? t('tickets.deadline.done')
            : t(r.remainingMs < 0 ? 'tickets.remaining.overdue' : 'tickets.remaining.left', {
                time: durationText(t, r.remainingMs),
              })}
        </Tag>
      ),
    },
    {
      key: 'link',
      title: t('tickets.columns.link'),
      width: 90,
      render: (r) => (
        <Tag color={r.linkStatus === 'linked' ? 'blue' : 'gold'}>{t(`tickets.link.${r.linkStatus}`)}</Tag>
      ),
    },
  ];

  const options = <V extends string>(values: readonly V[], label: (v: V) => string) =>
    values.map((v) => ({ value: v, label: label(v) }));

  return (
    <div className="list-view">
      <Space wrap className="list-toolbar">
        <Input.Search
          allowClear
          placeholder={t('tickets.filter.search')}
          style={{ width: 260 }}
          value={filter.words}
          onChange={(e) => setFilter({ ...filter, words: e.target.value })}
        />
        <Select
          allowClear
          placeholder={t('tickets.filter.state')}
          style={{ width: 140 }}
          value={filter.state}
          onChange={(state?: TicketState) => setFilter({ ...filter, state })}
          options={options(TICKET_STATES, (v) => t(`tickets.state.${v}`))}
        />
        <Select
          allowClear
          placeholder={t('tickets.filter.deadline')}
          style={{ width: 130 }}
          value={filter.deadline}
          onChange={(deadline?: DeadlineStatus) => setFilter({ ...filter, deadline })}
          options={options(DEADLINES, (v) => t(`tickets.deadline.${v}`))}
        />
        <Select
          allowClear
          placeholder={t('tickets.filter.link')}
          style={{ width: 120 }}
          value={filter.link}
          onChange={(link?: TicketLinkStatus) => setFilter({ ...filter, link })}
          options={options(LINKS, (v) => t(`tickets.link.${v}`))}
        />
        <Typography.Text type="secondary">
          {t('tickets.filter.count', { count: ids?.length ?? 0 })}
        </Typography.Text>
        <ExcelActions entity="tickets" ids={ids} />
        {mayEditRules && deadlineRules && (
          <Button icon={<FieldTimeOutlined />} onClick={() => setEditingRules(true)}>
            {t('tickets.deadlineRules.edit')}
          </Button>
        )}
      </Space>
      {editingRules && unit && deadlineRules && (
        <DeadlineRulesForm unit={unit} rules={deadlineRules} onClose={() => setEditingRules(false)} />
      )}
      <VirtualTable<TicketRow>
        label={t('tickets.tabs.list')}
        ids={ids}
        loadRows={load}
        columns={columns}
        selectedId={openId ?? undefined}
        onRowClick={setOpenId}
        empty={rows?.length ? t('tickets.emptySearch') : t('tickets.empty')}
      />
      {openId && byId.get(openId) && <TicketCard row={byId.get(openId)!} onClose={() => setOpenId(null)} />}
    </div>
  );
}
