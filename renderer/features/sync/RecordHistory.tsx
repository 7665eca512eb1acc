import { useCallback, useState } from 'react';
import { Alert, Button, Empty, Tag, Timeline, Typography } from 'antd';
import { HistoryOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { SyncedTable } from '@shared/model/record';
import type { HistoryEntry } from '@shared/sync/protocol';
import { useSession } from '../../app/session';
import { SyncHttpError } from '../../sync/api';
import { currentApi } from '../../sync/connection';
import { describeSyncError } from './describe-error';
import { fieldLabel, formatTime, formatValue } from './format';

type HistoryState =
  | { status: 'idle' }
  | { status: 'loading'; entries: HistoryEntry[] }
  | { status: 'loaded'; entries: HistoryEntry[]; hasMore: boolean }
  | { status: 'notOnServer' }
  | { status: 'failed'; message: string };

/** A record's history as the server keeps it (every applied change: who, when, old and new values), page by page. */
export function useRecordHistory(table: SyncedTable, id: string) {
  const [state, setState] = useState<HistoryState>({ status: 'idle' });
  const load = useCallback(
    async (more = false) => {
      const current = currentApi();
      if (!current) return;
      const entries = more && state.status === 'loaded' ? state.entries : [];
      setState({ status: 'loading', entries });
      try {
        const page = await current.api.history(table, id, entries.at(-1)?.id);
        setState({ status: 'loaded', entries: [...entries, ...page.entries], hasMore: page.hasMore });
      } catch (error) {
        if (error instanceof SyncHttpError && error.status === 404) setState({ status: 'notOnServer' });
        else setState({ status: 'failed', message: describeSyncError(error) });
      }
    },
    [table, id, state],
  );
  return { state, load };
}

function Entry({ entry }: { entry: HistoryEntry }) {
  const { t } = useTranslation();
  const changes = Object.entries(entry.changes);
  return (
    <div>
      <Typography.Text strong>{t(`sync.history.ops.${entry.op}`)}</Typography.Text>{' '}
      <Typography.Text type="secondary">
        {entry.user} · {formatTime(entry.at)}
      </Typography.Text>
      {entry.conflict && (
        <Tag color="orange" style={{ marginInlineStart: 8 }}>
          {t('sync.history.conflict')}
        </Tag>
      )}
      {entry.op !== 'create' &&
        changes.map(([field, [before, after]]) => (
          <div key={field}>
            {fieldLabel(field)}：{formatValue(field, before)} → {formatValue(field, after)}
          </div>
        ))}
      {entry.lost.length > 0 && (
        <Typography.Text type="secondary">
          {entry.lost.map(fieldLabel).join('、')} {t('sync.history.lost')}
        </Typography.Text>
      )}
    </div>
  );
}

/**
 * 修改记录: a record's change history from the sync server, as a section of a detail view
 * (heading included, so a card mounts it with one line: `<RecordHistory table="places"
 * id={place.id} />`). Loaded on request (it needs the network); personal data stays masked.
 */
export function RecordHistory({ table, id }: { table: SyncedTable; id: string }) {
  const { t } = useTranslation();
  return (
    <section data-testid="record-history-section" style={{ marginTop: 16 }}>
      <Typography.Title level={5}>{t('sync.history.title')}</Typography.Title>
      <RecordHistoryBody key={`${table}:${id}`} table={table} id={id} />
    </section>
  );
}

function RecordHistoryBody({ table, id }: { table: SyncedTable; id: string }) {
  const { t } = useTranslation();
  const connected = useSession((s) => Boolean(s.connection?.token));
  const { state, load } = useRecordHistory(table, id);

  if (!connected) return <Typography.Text type="secondary">{t('sync.history.notConnected')}</Typography.Text>;
  if (state.status === 'idle') {
    return (
      <Button size="small" icon={<HistoryOutlined />} onClick={() => void load()}>
        {t('sync.history.load')}
      </Button>
    );
  }
  if (state.status === 'notOnServer')
    return <Typography.Text type="secondary">{t('sync.history.notOnServer')}</Typography.Text>;
  if (state.status === 'failed')
    return <Alert type="error" showIcon title={t('sync.history.failed', { message: state.message })} />;
  const entries = state.entries;
  return (
    <div data-testid="record-history">
      {entries.length === 0 && state.status === 'loaded' ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sync.history.empty')} />
      ) : (
        <Timeline items={entries.map((e) => ({ key: e.id, content: <Entry entry={e} /> }))} />
      )}
      {state.status === 'loaded' && state.hasMore && (
        <Button size="small" onClick={() => void load(true)}>
          {t('sync.history.more')}
        </Button>
      )}
      {state.status === 'loading' && <Typography.Text type="secondary">…</Typography.Text>}
    </div>
  );
}
