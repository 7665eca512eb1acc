import { useState } from 'react';
import { Alert, App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { db } from '../../db';
import { WELCOME_DONE_KEY } from '../../db/local-data';
import { useSession } from '../../app/session';
import { useUiStore } from '../../app/ui-store';
import { isInScope } from '@shared/org/codes';
import { signIn } from '../../sync/connection';
import { desktop } from '../../platform';
import { acceptInsecureServer, InsecureServerError } from '../../sync/server-trust';
import { syncScheduler } from '../../sync/scheduler';
import { describeSyncError } from './describe-error';

interface Values {
  server: string;
  username: string;
  password: string;
}

/** Where the app was loaded from, when that is a sync server (the browser case): the likely address. */
function defaultServer(): string {
  return location.protocol === 'http:' || location.protocol === 'https:' ? location.origin : '';
}

/**
 * Sign-in to a sync server: from 同步 Sync and from the first-launch screen. On success the
 * first sync starts at once (its progress shows as a job) and the welcome screen is done.
 */
export function SignInForm({ onSignedIn }: { onSignedIn?(): void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const connection = useSession((s) => s.connection);
  const user = useSession((s) => s.user);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      const signedIn = await signIn(db, values.server, values.username, values.password, desktop);
      await db.meta.put({ key: WELCOME_DONE_KEY, value: true });
      // Lists open on the user's own street rather than on a city they cannot see.
      const ui = useUiStore.getState();
      if (!isInScope(ui.scope, signedIn.scope)) ui.setScope(signedIn.scope);
      void message.success(t('sync.signIn.signedIn', { name: signedIn.displayName }));
      onSignedIn?.();
      void syncScheduler.syncNow().catch(() => undefined);
    } catch (e) {
      if (e instanceof InsecureServerError) {
        setBusy(false);
        confirmInsecure(e.origin, values);
        return;
      }
      setError(describeSyncError(e));
    } finally {
      setBusy(false);
    }
  };

  // Plain http to another computer: said plainly, once per server, and only on the user's word.
  const confirmInsecure = (origin: string, values: Values) => {
    modal.confirm({
      title: t('sync.signIn.insecureTitle'),
      content: t('sync.signIn.insecureBody', { origin }),
      okText: t('sync.signIn.insecureAccept'),
      okButtonProps: { danger: true },
      cancelText: t('sync.signIn.insecureCancel'),
      onOk: () => {
        acceptInsecureServer(origin);
        void submit(values);
      },
    });
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      requiredMark={false}
      initialValues={{
        server: connection?.url ?? defaultServer(),
        username: connection && user.id !== 'local' ? user.username : '',
      }}
      onFinish={submit}
      style={{ maxWidth: 420 }}
    >
      {connection && !connection.token && (
        <Alert type="warning" showIcon title={t('sync.signIn.again')} style={{ marginBottom: 12 }} />
      )}
      <Form.Item
        name="server"
        label={t('sync.signIn.server')}
        extra={t('sync.signIn.serverHelp')}
        rules={[{ required: true, whitespace: true, message: t('sync.signIn.serverRequired') }]}
      >
        <Input autoComplete="url" inputMode="url" />
      </Form.Item>
      <Form.Item
        name="username"
        label={t('sync.signIn.username')}
        rules={[{ required: true, whitespace: true, message: t('sync.signIn.usernameRequired') }]}
      >
        <Input autoComplete="username" />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('sync.signIn.password')}
        rules={[{ required: true, message: t('sync.signIn.passwordRequired') }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('sync.signIn.submit')}
      </Button>
    </Form>
  );
}
