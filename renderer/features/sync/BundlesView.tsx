import { useState } from 'react';
import { Alert, App, Button, Card, Input, Space, Typography } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { BUNDLE_EXTENSION } from '@shared/sync/bundle';
import { ORG_PATH_PATTERN } from '@shared/sync/protocol';
import { isInScope } from '@shared/org/codes';
import { db } from '../../db';
import { countPending } from '../../db/outbox';
import { desktop } from '../../platform';
import { useSession } from '../../app/session';
import { runJob } from '../../app/jobs/job-store';
import { isCancelled } from '@shared/cancel';
import { i18next } from '../../app/i18n';
import { currentApi } from '../../sync/connection';
import {
  ANY_CLIENT,
  exportChangesBundle,
  importBundle,
  makeServerBundle,
  type BundleFile,
  type ImportResult,
} from '../../sync/bundles';
import { describeSyncError } from './describe-error';
import { useScopeUnits } from '../../common/scope/use-org';

const FILTERS = () => [{ name: i18next.t('sync.bundles.fileFilter'), extensions: [BUNDLE_EXTENSION] }];

function save(file: BundleFile) {
  return desktop.saveFile({ suggestedName: file.name, data: file.data, filters: FILTERS() });
}

/** 同步 → 文件交换: bundles for offices without network, both ways (docs/ARCHITECTURE.md "Bundles"). */
export function BundlesView() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useSession((s) => s.user);
  const connection = useSession((s) => s.connection);
  const pending = useLiveQuery(() => countPending(db)) ?? 0;
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [officeScope, setOfficeScope] = useState(user.scope);
  const scopeUnits = useScopeUnits(ORG_PATH_PATTERN.test(officeScope) ? officeScope : '') ?? [];
  const connected = Boolean(connection?.token);

  const target = () => {
    const current = currentApi();
    return current ? { api: current.api, serverId: current.connection.serverId, user: current.user } : null;
  };

  const guard = async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
    } catch (e) {
      if (!isCancelled(e)) setError(describeSyncError(e));
    }
  };

  const exportChanges = () =>
    guard(async () => {
      const file = await exportChangesBundle(db, user);
      const saved = await save(file);
      if (saved.saved) void message.success(t('sync.bundles.exported', { count: file.manifest.count }));
    });

  const importFile = () =>
    guard(async () => {
      const file = await desktop.openFile({ filters: FILTERS() });
      if (!file) return;
      setResult(null);
      const imported = await runJob(t('sync.progress.bundle'), (ctx) =>
        importBundle(db, file.data, target(), {
          signal: ctx.signal,
          onProgress: (p) => ctx.report(p.total > 0 ? p.done / p.total : 0, `${p.done} / ${p.total}`),
        }),
      );
      setResult(imported);
    });

  const makeOfficeFile = () =>
    guard(async () => {
      const to = target();
      if (!to) return;
      const file = await runJob(t('sync.progress.bundle'), (ctx) =>
        makeServerBundle(
          to,
          { clientId: ANY_CLIENT, scope: officeScope, cursor: '' },
          { rejected: [], conflicts: [] },
          {
            signal: ctx.signal,
            onProgress: (p) => ctx.report(p.total > 0 ? p.done / p.total : 0, `${p.done} / ${p.total}`),
          },
        ),
      );
      await save(file);
    });

  const scopeOk = ORG_PATH_PATTERN.test(officeScope) && isInScope(officeScope, user.scope);

  return (
    <Space direction="vertical" size={16} style={{ width: '100%', maxWidth: 760 }}>
      {error && (
        <Alert type="error" showIcon title={error} closable onClose={() => setError(null)} role="alert" />
      )}
      <Card size="small" title={t('sync.bundles.exportTitle')}>
        <Typography.Paragraph type="secondary">{t('sync.bundles.exportBody')}</Typography.Paragraph>
        <Space>
          <Button icon={<DownloadOutlined />} onClick={() => void exportChanges()}>
            {t('sync.bundles.exportButton')}
          </Button>
          <Typography.Text>
            {pending > 0 ? t('sync.status.pending', { count: pending }) : t('sync.status.noPending')}
          </Typography.Text>
        </Space>
      </Card>
      <Card size="small" title={t('sync.bundles.importTitle')}>
        <Typography.Paragraph type="secondary">{t('sync.bundles.importBody')}</Typography.Paragraph>
        <Button icon={<UploadOutlined />} onClick={() => void importFile()}>
          {t('sync.bundles.importButton')}
        </Button>
        {result?.kind === 'changes' && (
          <Alert
            style={{ marginTop: 12 }}
            type="success"
            showIcon
            data-testid="bundle-result"
            title={t('sync.bundles.importedChanges', { total: result.total })}
            description={
              <Space direction="vertical">
                {result.rejected.length > 0 && (
                  <span>{t('sync.bundles.rejectedCount', { count: result.rejected.length })}</span>
                )}
                {result.conflicts.length > 0 && (
                  <span>{t('sync.bundles.conflictCount', { count: result.conflicts.length })}</span>
                )}
                <Button
                  type="primary"
                  icon={<DownloadOutlined />}
                  onClick={() => void guard(async () => void (await save(result.reply)))}
                >
                  {t('sync.bundles.saveReply')}
                </Button>
              </Space>
            }
          />
        )}
        {result?.kind === 'server' && (
          <Alert
            style={{ marginTop: 12 }}
            type={result.alreadyImported ? 'info' : 'success'}
            showIcon
            data-testid="bundle-result"
            title={
              result.alreadyImported
                ? t('sync.bundles.alreadyImported')
                : t('sync.bundles.importedServer', { rows: result.rows, acknowledged: result.acknowledged })
            }
          />
        )}
      </Card>
      <Card size="small" title={t('sync.bundles.officeTitle')}>
        <Typography.Paragraph type="secondary">{t('sync.bundles.officeBody')}</Typography.Paragraph>
        {connected ? (
          <Space wrap>
            <Typography.Text>{t('sync.bundles.officeScope')}</Typography.Text>
            <Input
              value={officeScope}
              onChange={(e) => setOfficeScope(e.target.value.trim())}
              status={scopeOk ? undefined : 'error'}
              style={{ width: 280 }}
              aria-label={t('sync.bundles.officeScope')}
            />
            <Typography.Text type="secondary">
              {officeScope === '' ? t('sync.connection.city') : scopeUnits.map((u) => u.name).join(' / ')}
            </Typography.Text>
            <Button disabled={!scopeOk} onClick={() => void makeOfficeFile()}>
              {t('sync.bundles.officeButton')}
            </Button>
          </Space>
        ) : (
          <Typography.Text type="secondary">{t('sync.bundles.needConnection')}</Typography.Text>
        )}
      </Card>
    </Space>
  );
}
