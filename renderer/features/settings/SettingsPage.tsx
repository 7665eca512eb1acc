import { useEffect, useState } from 'react';
import { App, Button, Card, Descriptions, Radio, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { AppInfo, Language } from '@shared/desktop-api';
import { db } from '../../db';
import { CLOCK_KEY, type ClockRow } from '../../db/capture';
import { LATEST_SCHEMA_VERSION } from '../../db/schema';
import { countPending } from '../../db/outbox';
import { clearLocalData } from '../../db/local-data';
import { desktop } from '../../platform';
import { useUiStore } from '../../app/ui-store';
import { useSession } from '../../app/session';
import { DemoLoadForm } from '../welcome';

export function SettingsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { modal, message } = App.useApp();
  const { language, setLanguage } = useUiStore();
  // A department signed in as itself holds only its own calls: demo data and Excel imports would
  // only fill its copy with records it may neither show nor send.
  const department = useSession((s) => s.user.role === 'department');
  const [info, setInfo] = useState<AppInfo | null>(null);
  const state = useLiveQuery(async () => {
    const clock = (await db.meta.get(CLOCK_KEY)) as ClockRow | undefined;
    return { clientId: clock?.clientId, pending: await countPending(db) };
  });

  useEffect(() => {
    void desktop.getAppInfo().then(setInfo);
  }, []);

  const clear = () =>
    modal.confirm({
      title: t('settings.clear'),
      content: (
        <>
          <p>{t('settings.clearConfirm')}</p>
          {state && state.pending > 0 && (
            <Typography.Text type="danger">
              {t('settings.clearPending', { count: state.pending })}
            </Typography.Text>
          )}
        </>
      ),
      okText: t('settings.clear'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        await clearLocalData(db);
        void message.success(t('settings.cleared'));
      },
    });

  return (
    <div className="page settings">
      <Typography.Title level={3}>{t('settings.title')}</Typography.Title>
      <Space direction="vertical" size={16} style={{ width: '100%', maxWidth: 760 }}>
        <Card size="small" title={t('settings.language')}>
          <Radio.Group
            value={language}
            onChange={(e) => setLanguage(e.target.value as Language)}
            options={[
              { value: 'zh-CN', label: '简体中文' },
              { value: 'en', label: 'English' },
            ]}
          />
        </Card>
        <Card size="small" title={t('settings.data')}>
          {!department && <DemoLoadForm />}
          <Button danger style={{ marginTop: department ? 0 : 16 }} onClick={clear}>
            {t('settings.clear')}
          </Button>
        </Card>
        {!department && (
          <Card size="small" title={t('settings.excel')}>
            <Typography.Paragraph type="secondary">{t('settings.excelBody')}</Typography.Paragraph>
            <Button onClick={() => navigate('/excel')}>{t('settings.openExcel')}</Button>
          </Card>
        )}
        <Card size="small" title={t('settings.about')}>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('settings.version')}>{info?.version}</Descriptions.Item>
            <Descriptions.Item label={t('settings.host')}>
              {info && (info.host === 'electron' ? t('settings.hostElectron') : t('settings.hostBrowser'))}
            </Descriptions.Item>
            <Descriptions.Item label={t('settings.clientId')}>{state?.clientId ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('settings.schema')}>{LATEST_SCHEMA_VERSION}</Descriptions.Item>
            <Descriptions.Item label={t('settings.pending')}>{state?.pending ?? 0}</Descriptions.Item>
          </Descriptions>
        </Card>
      </Space>
    </div>
  );
}
