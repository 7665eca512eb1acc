import { useEffect, type ReactNode } from 'react';
import { Badge, Button, Space, Tag, Tooltip, Typography } from 'antd';
import {
  CloudOutlined,
  CloudSyncOutlined,
  DisconnectOutlined,
  ExclamationCircleOutlined,
  LoginOutlined,
  SyncOutlined,
} from '@ant-design/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { db } from '../../db';
import { countPending } from '../../db/outbox';
import { useSession } from '../../app/session';
import { isDemoDataset } from '../../sync/engine';
import { syncScheduler, useSyncActivity } from '../../sync/scheduler';
import { conflictsTable, readMeta, STATUS_KEY, type SyncStatus } from '../../sync/state';
import { describeSyncFailure } from './describe-error';
import { formatTime } from './format';

export type SyncState =
  'demo' | 'notConnected' | 'signInNeeded' | 'syncing' | 'offline' | 'unreachable' | 'online';

/** What the header and the sync page show about the connection, from the live state. */
export function useSyncOverview() {
  const connection = useSession((s) => s.connection);
  const activity = useSyncActivity();
  const local = useLiveQuery(async () => ({
    pending: await countPending(db),
    status: (await readMeta<SyncStatus>(db, STATUS_KEY)) ?? {},
    demo: await isDemoDataset(db),
    conflicts: (await conflictsTable(db).toArray()).filter((c) => c.status === 'open').length,
  }));
  let state: SyncState;
  if (local?.demo) state = 'demo';
  else if (!connection) state = 'notConnected';
  else if (!connection.token) state = 'signInNeeded';
  else if (activity.running) state = 'syncing';
  else if (activity.offline) state = 'offline';
  else if (activity.unreachable) state = 'unreachable';
  else state = 'online';
  return {
    state,
    connection,
    activity,
    pending: local?.pending ?? 0,
    status: local?.status ?? {},
    conflicts: local?.conflicts ?? 0,
  };
}

const LOOK: Record<SyncState, { color?: string; icon: ReactNode }> = {
  demo: { icon: <CloudOutlined /> },
  notConnected: { icon: <CloudOutlined /> },
  signInNeeded: { color: 'warning', icon: <LoginOutlined /> },
  syncing: { color: 'processing', icon: <SyncOutlined spin /> },
  offline: { icon: <DisconnectOutlined /> },
  unreachable: { color: 'error', icon: <ExclamationCircleOutlined /> },
  online: { color: 'success', icon: <CloudSyncOutlined /> },
};

/**
 * Sync status in the header: online or not, changes waiting, last sync and the last error
 * in plain words (issue 6). It also starts automatic sync for the whole app: the header is
 * always there.
 */
export function HeaderStatus() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { state, pending, status, conflicts } = useSyncOverview();

  useEffect(() => syncScheduler.start(), []);

  const lastError = status.lastError && state !== 'syncing' ? describeSyncFailure(status.lastError) : null;
  const details = (
    <div>
      <div>{pending > 0 ? t('sync.status.pending', { count: pending }) : t('sync.status.noPending')}</div>
      <div>
        {status.lastSyncAt
          ? t('sync.status.lastSync', { time: formatTime(status.lastSyncAt) })
          : t('sync.status.never')}
      </div>
      {conflicts > 0 && <div>{t('sync.status.conflicts', { count: conflicts })}</div>}
      {lastError && <div>{t('sync.status.lastError', { message: lastError })}</div>}
      <div>{t('sync.status.openSync')}</div>
    </div>
  );
  const canSync = state === 'online' || state === 'unreachable' || state === 'offline';
  return (
    <Space size={4} className="sync-header-status" data-testid="sync-status" data-state={state}>
      <Tooltip title={details}>
        <Badge count={conflicts} size="small" offset={[-4, 0]}>
          <Tag
            color={LOOK[state].color}
            icon={LOOK[state].icon}
            style={{ cursor: 'pointer', marginInlineEnd: 0 }}
            onClick={() => navigate('/sync')}
          >
            {t(`sync.status.${state}`)}
            {pending > 0 && state !== 'demo' && ` · ${t('sync.status.pendingShort', { count: pending })}`}
          </Tag>
        </Badge>
      </Tooltip>
      {lastError && (
        <Typography.Text type="danger" ellipsis style={{ maxWidth: 220, fontSize: 12 }} title={lastError}>
          {lastError}
        </Typography.Text>
      )}
      {canSync && (
        <Tooltip title={t('sync.status.syncNow')}>
          <Button
            type="text"
            size="small"
            aria-label={t('sync.status.syncNow')}
            icon={<SyncOutlined />}
            onClick={() => void syncScheduler.syncNow().catch(() => undefined)}
          />
        </Tooltip>
      )}
    </Space>
  );
}
