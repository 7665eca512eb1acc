import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { LANGUAGES } from '@shared/desktop-api';
import { MENU_LABELS, aboutMessage, buildMenuTemplate } from './menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}

const options = { devTools: false, showAbout: () => {} };

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help in both languages', () => {
    expect(buildMenuTemplate('zh-CN', options).map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助']);
    expect(buildMenuTemplate('en', options).map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it.each(LANGUAGES)('labels every item other than separators in %s', (language) => {
    for (const item of flatten(buildMenuTemplate(language, { ...options, devTools: true }))) {
      if (item.type === 'separator') continue;
      expect(item.label, JSON.stringify(item)).toMatch(/\S/);
    }
  });

  it('puts no English in the Chinese menu and no Chinese in the English one', () => {
    const labels = (language: 'zh-CN' | 'en') =>
      flatten(buildMenuTemplate(language, { ...options, devTools: true }))
        .map((i) => i.label)
        .filter((l): l is string => l !== undefined);
    for (const label of labels('zh-CN')) expect(label).toMatch(/^[\u4e00-\u9fff]+$/);
    for (const label of labels('en')) expect(label).toMatch(/^[A-Za-z ]+$/);
  });

  it('has the same structure and roles in every language', () => {
    const shape = (language: 'zh-CN' | 'en') =>
      flatten(buildMenuTemplate(language, options)).map((i) => i.role ?? i.type ?? 'click');
    expect(shape('en')).toEqual(shape('zh-CN'));
  });

  it('defines every label in every language', () => {
    const keys = Object.keys(MENU_LABELS['zh-CN']).sort();
    for (const language of LANGUAGES) {
      expect(Object.keys(MENU_LABELS[language]).sort()).toEqual(keys);
      for (const value of Object.values(MENU_LABELS[language])) expect(value).toMatch(/\S/);
    }
  });

  it('offers developer tools only when asked', () => {
    const roles = (devTools: boolean) =>
      flatten(buildMenuTemplate('en', { ...options, devTools })).map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('opens the About box from Help', () => {
    const showAbout = vi.fn();
    const help = buildMenuTemplate('zh-CN', { ...options, showAbout })[3];
    const about = (help?.submenu as MenuItemConstructorOptions[])[0];
    expect(about?.label).toBe('关于街道工作台');
    (about?.click as () => void)();
    expect(showAbout).toHaveBeenCalledOnce();
  });
});

describe('aboutMessage', () => {
  it('shows the version in the chosen language', () => {
    expect(aboutMessage('zh-CN', '0.1.0').detail).toBe('版本 0.1.0');
    expect(aboutMessage('en', '0.1.0').detail).toBe('Version 0.1.0');
  });
});
