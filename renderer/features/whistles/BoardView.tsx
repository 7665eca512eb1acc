import { useCallback, useMemo, useState } from 'react';
import { Button, Segmented, Space, Tag, Typography } from 'antd';
import { FlagOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { canWriteTable } from '@shared/auth/roles';
import type { BoardRow } from '@shared/whistles/board';
import { db } from '../../db';
import { VirtualTable, type VirtualColumn } from '../../app/components/VirtualTable';
import { useUiStore } from '../../app/ui-store';
import { useSession } from '../../app/session';
import { beijingTime } from '../../common/dates';
import { useBoardRows } from './use-whistles';
import { BlowForm } from './BlowForm';
import { WhistleCard } from './WhistleCard';

type Show = 'open' | 'closed' | 'all';

/** The events of the scope: open ones with a department overdue first, then open, then closed. */
export function BoardView() {
  const { t } = useTranslation();
  const scope = useUiStore((s) => s.scope);
  const user = useSession((s) => s.user);
  const [show, setShow] = useState<Show>('open');
  const rows = useBoardRows(scope, show === 'open');
  const [openId, setOpenId] = useState<string | null>(null);
  const [params, setParams] = useSearchParams();
  // A ticket escalates through the address, so the ticket desk needs nothing of this feature.
  const blowTicketId = params.get('blow');
  const [blowing, setBlowing] = useState(false);
  const ticket = useLiveQuery(
    () => (blowTicketId ? db.tickets.get(blowTicketId) : undefined),
    [blowTicketId],
  );

  const shown = useMemo(
    () =>
      (rows ?? []).filter((r) => show === 'all' || (show === 'open') === (r.whistle.closedAt === undefined)),
    [rows, show],
  );
  const byId = useMemo(() => new Map((rows ?? []).map((r) => [r.id, r])), [rows]);
  const ids = useMemo(() => (rows ? shown.map((r) => r.id) : undefined), [rows, shown]);
  const load = useCallback((wanted: string[]) => Promise.resolve(wanted.map((id) => byId.get(id))), [byId]);

  const columns: VirtualColumn<BoardRow>[] = [
    {
      key: 'title',
      title: t('whistles.board.columns.title'),
      width: '2fr',
      minWidth: 160,
      render: (r) => r.whistle.title,
    },
    {
      key: 'reason',
      title: t('whistles.board.columns.reason'),
      width: 100,
      render: (r) => t(`whistles.reason.${r.whistle.reason}`),
    },
    {
      key: 'blownAt',
      title: t('whistles.board.columns.blownAt'),
      width: 140,
      render: (r) => beijingTime(r.whistle.blownAt),
    },
    {
      key: 'where',
      title: t('whistles.board.columns.where'),
      width: '1.5fr',
      minWidth: 140,
      render: (r) => r.whistle.address ?? '',
    },
    {
      key: 'summoned',
      title: t('whistles.board.columns.summoned'),
      width: 70,
      render: (r) => r.tally.summoned,
    },
    {
      key: 'arrived',
      title: t('whistles.board.columns.arrived'),
      width: 80,
      render: (r) => r.tally.onTime + r.tally.late,
    },
    {
      key: 'overdue',
      title: t('whistles.board.columns.overdue'),
      width: 90,
      render: (r) =>
        r.tally.overdue + r.tally.absent > 0 ? (
          <Tag color="red">{r.tally.overdue + r.tally.absent}</Tag>
        ) : (
          '0'
        ),
    },
    {
      key: 'state',
      title: t('whistles.board.columns.state'),
      width: 90,
      render: (r) =>
        r.whistle.closedAt ? (
          <Tag>{t('whistles.board.closed')}</Tag>
        ) : (
          <Tag color="processing">{t('whistles.board.open')}</Tag>
        ),
    },
  ];

  const closeBlow = () => {
    setBlowing(false);
    if (blowTicketId) setParams({}, { replace: true });
  };

  return (
    <div className="list-view">
      <Space wrap className="list-toolbar">
        {canWriteTable(user.role, 'whistles') && (
          <Button type="primary" icon={<FlagOutlined />} onClick={() => setBlowing(true)}>
            {t('whistles.board.blow')}
          </Button>
        )}
        <Segmented<Show>
          value={show}
          onChange={setShow}
          options={[
            { value: 'open', label: t('whistles.board.open') },
            { value: 'closed', label: t('whistles.board.closed') },
            { value: 'all', label: t('common.all') },
          ]}
        />
        <Typography.Text type="secondary" data-testid="whistle-count">
          {t('whistles.board.count', { count: ids?.length ?? 0 })}
        </Typography.Text>
      </Space>
      <VirtualTable<BoardRow>
        label={t('whistles.tabs.board')}
        ids={ids}
        loadRows={load}
        columns={columns}
        selectedId={openId ?? undefined}
        onRowClick={setOpenId}
        empty={t('whistles.board.empty')}
      />
      {(blowing || (blowTicketId && ticket)) && (
        <BlowForm
          scope={scope}
          ticket={ticket}
          onClose={closeBlow}
          onBlown={(id) => {
            closeBlow();
            setShow('open');
            setOpenId(id);
          }}
        />
      )}
      {openId && <WhistleCard id={openId} onClose={() => setOpenId(null)} />}
    </div>
  );
}
