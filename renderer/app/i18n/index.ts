import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '@shared/desktop-api';
import { zhCN } from './zh-CN';
import { en } from './en';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
  }
}

export const resources = { 'zh-CN': { translation: zhCN }, en: { translation: en } } as const;

export function initI18n(language: Language) {
  return i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

export { i18next };

/**
 * Translates a key chosen at run time (a validator's issue code). Static keys go through
 * `t` and are checked by the compiler; these cannot be.
 */
export function translateDynamic(key: string, values?: Record<string, string | number>): string {
  return i18next.t(key as never, values as never) as unknown as string;
}
