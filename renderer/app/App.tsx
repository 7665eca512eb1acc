import { useEffect, useState } from 'react';
import { App as AntApp, ConfigProvider, Result, Spin } from 'antd';
import zhCNLocale from 'antd/locale/zh_CN';
import enUSLocale from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createHashRouter, RouterProvider } from 'react-router';
import { useTranslation } from 'react-i18next';
import { openDatabase } from '../db';
import { desktop } from '../platform';
import { i18next } from './i18n';
import { useUiStore } from './ui-store';
import { appRoutes } from './routes';
// Ant Design's styles, built once by antd (zero-runtime mode below): no CSS-in-JS at start-up.
import 'antd/dist/antd.css';
import './app.css';

// Hash routing: the same build is served from app:// in Electron and from any path over HTTP.
const router = createHashRouter(appRoutes);

function useLanguageEverywhere() {
  const language = useUiStore((s) => s.language);
  useEffect(() => {
    void i18next.changeLanguage(language);
    dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
    document.documentElement.lang = language;
    desktop.setLanguage(language).catch(() => undefined);
  }, [language]);
  return language;
}

type DbState = { status: 'opening' } | { status: 'open' } | { status: 'failed'; message: string };

export function App() {
  const language = useLanguageEverywhere();
  const { t } = useTranslation();
  const [dbState, setDbState] = useState<DbState>({ status: 'opening' });

  useEffect(() => {
    openDatabase().then(
      () => setDbState({ status: 'open' }),
      (error: unknown) =>
        setDbState({
          status: 'failed',
          message: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        }),
    );
  }, []);

  return (
    <ConfigProvider
      locale={language === 'zh-CN' ? zhCNLocale : enUSLocale}
      // zeroRuntime: components take their styles from antd.css instead of generating them on first
      // render, which was most of a 2.2 s cold start (issue 15); the tokens still apply as CSS variables.
      theme={{ token: { colorPrimary: '#c0392b', borderRadius: 4 }, zeroRuntime: true }}
      // "载入", not "载 入": the inserted space also changes what screen readers announce.
      button={{ autoInsertSpace: false }}
    >
      <AntApp>
        {dbState.status === 'open' ? (
          <RouterProvider router={router} />
        ) : dbState.status === 'failed' ? (
          <Result status="error" title={t('app.dbError', { message: dbState.message })} />
        ) : (
          <Spin fullscreen tip={t('app.loading')} />
        )}
      </AntApp>
    </ConfigProvider>
  );
}
