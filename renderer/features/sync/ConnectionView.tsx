import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Space, Typography } from 'antd';
import { LogoutOutlined, SyncOutlined } from '@ant-design/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { db } from '../../db';
import { CLOCK_KEY, type ClockRow } from '../../db/capture';
import { clearLocalData } from '../../db/local-data';
import { useSession, shownUserName } from '../../app/session';
import { useScopeUnits } from '../../common/scope/use-org';
import { signOut } from '../../sync/connection';
import { syncScheduler } from '../../sync/scheduler';
import { describeSyncError, describeSyncFailure } from './describe-error';
import { formatTime } from './format';
import { useSyncOverview } from './HeaderStatus';
import { SignInForm } from './SignInForm';

/** Demo data must never reach a server: say so, and offer to clear it. */
function DemoNotice() {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  return (
    <Alert
      type="warning"
      showIcon
      title={t('sync.connection.demoTitle')}
      description={
        <Space direction="vertical">
          <span>{t('sync.connection.demoBody')}</span>
          <Button
            danger
            onClick={() =>
              modal.confirm({
                title: t('sync.connection.clearDemo'),
                content: t('sync.connection.clearConfirm'),
                okText: t('sync.connection.clearDemo'),
                okButtonProps: { danger: true },
                cancelText: t('common.cancel'),
                onOk: async () => {
                  await clearLocalData(db);
                  void message.success(t('sync.connection.cleared'));
                },
              })
            }
          >
            {t('sync.connection.clearDemo')}
          </Button>
        </Space>
      }
    />
  );
}

/** 同步 → 服务器: sign in, or who is signed in where, with the last sync and error and a sync button. */
export function ConnectionView() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const user = useSession((s) => s.user);
  const { state, connection, pending, status } = useSyncOverview();
  const units = useScopeUnits(user.scope) ?? [];
  // A department account speaks for one summoned unit: say which, as the street registered it.
  const unit = useLiveQuery(
    async () => (user.responderId ? db.responders.get(user.responderId) : undefined),
    [user.responderId],
  );
  const clientId = useLiveQuery(
    async () => ((await db.meta.get(CLOCK_KEY)) as ClockRow | undefined)?.clientId,
  );
  const [syncing, setSyncing] = useState(false);

  if (state === 'demo') return <DemoNotice />;
  if (!connection || !connection.token) {
    return (
      <Card title={t('sync.signIn.title')} style={{ maxWidth: 640 }}>
        <Typography.Paragraph type="secondary">{t('sync.signIn.intro')}</Typography.Paragraph>
        <SignInForm />
      </Card>
    );
  }

  const syncNow = async () => {
    setSyncing(true);
    try {
      const result = await syncScheduler.syncNow();
      if (result)
        void message.success(t('sync.connection.synced', { pushed: result.pushed, pulled: result.pulled }));
    } catch (error) {
      void message.error(describeSyncError(error));
    } finally {
      setSyncing(false);
    }
  };

  const confirmSignOut = () =>
    modal.confirm({
      title: t('sync.connection.signOut'),
      content: (
        <>
          <p>{t('sync.connection.signOutConfirm')}</p>
          {pending > 0 && (
            <Typography.Text type="danger">
              {t('sync.connection.signOutPending', { count: pending })}
            </Typography.Text>
          )}
        </>
      ),
      okText: t('sync.connection.signOut'),
      cancelText: t('common.cancel'),
      onOk: () => signOut(),
    });

  return (
    <Card
      title={t(`sync.status.${state}`)}
      style={{ maxWidth: 760 }}
      extra={
        <Space>
          <Button type="primary" icon={<SyncOutlined />} loading={syncing} onClick={syncNow}>
            {t('sync.status.syncNow')}
          </Button>
          <Button icon={<LogoutOutlined />} onClick={confirmSignOut}>
            {t('sync.connection.signOut')}
          </Button>
        </Space>
      }
    >
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('sync.connection.server')}>{connection.url}</Descriptions.Item>
        <Descriptions.Item label={t('sync.connection.user')}>
          {t('common.withNote', {
            text: shownUserName(user.displayName, t('app.localUser')),
            note: user.username,
          })}
        </Descriptions.Item>
        <Descriptions.Item label={t('sync.connection.role')}>
          {t(`sync.roles.${user.role}`)}
        </Descriptions.Item>
        {user.responderId && (
          <Descriptions.Item label={t('sync.connection.responder')}>
            {unit?.name ?? user.responderId}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('sync.connection.scope')}>
          {user.scope === '' ? t('sync.connection.city') : units.map((u) => u.name).join(' / ') || user.scope}
        </Descriptions.Item>
        <Descriptions.Item label={t('sync.connection.pending')}>{pending}</Descriptions.Item>
        <Descriptions.Item label={t('sync.connection.lastSync')}>
          {status.lastSyncAt ? formatTime(status.lastSyncAt) : t('sync.status.never')}
        </Descriptions.Item>
        {status.lastError && (
          <Descriptions.Item label={t('sync.connection.lastError')}>
            <Typography.Text type="danger" data-testid="sync-last-error">
              {formatTime(status.lastError.at)} {describeSyncFailure(status.lastError)}
            </Typography.Text>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('sync.connection.expires')}>
          {formatTime(connection.expiresAt)}
        </Descriptions.Item>
        <Descriptions.Item label={t('sync.connection.clientId')}>
          <span className="mono">{clientId}</span>
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
