import { useState } from 'react';
import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SignInForm } from './SignInForm';

/**
 * The first-launch "连接服务器" card's body: a short text and, on request, the sign-in form.
 * Signing in marks the welcome as done; the first load of the scope then runs with progress.
 */
export function ConnectServerCard() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Typography.Paragraph type="secondary">{t('welcome.connectBody')}</Typography.Paragraph>
      {open ? <SignInForm /> : <Button onClick={() => setOpen(true)}>{t('sync.signIn.submit')}</Button>}
    </>
  );
}
