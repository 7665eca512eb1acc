/**
 * The application menu in the UI's language. The renderer reports its language through the
 * setLanguage channel and main.ts rebuilds the menu from this template.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '@shared/desktop-api';

const ZH_CN = {
  file: '文件',
  closeWindow: '关闭窗口',
  quit: '退出',
  edit: '编辑',
  undo: '撤销',
  redo: '重做',
  cut: '剪切',
  copy: '复制',
  paste: '粘贴',
  selectAll: '全选',
  view: '视图',
  reload: '重新加载',
  resetZoom: '实际大小',
  zoomIn: '放大',
  zoomOut: '缩小',
  toggleFullScreen: '全屏',
  toggleDevTools: '开发者工具',
  help: '帮助',
  about: '关于街道工作台',
  aboutTitle: '关于',
  version: '版本',
};

export type MenuLabelKey = keyof typeof ZH_CN;

export const MENU_LABELS: Readonly<Record<Language, Readonly<Record<MenuLabelKey, string>>>> = {
  'zh-CN': ZH_CN,
  en: {
    file: 'File',
    closeWindow: 'Close Window',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    reload: 'Reload',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    toggleFullScreen: 'Toggle Full Screen',
    toggleDevTools: 'Developer Tools',
    help: 'Help',
    about: 'About Street Desk',
    aboutTitle: 'About',
    version: 'Version',
  },
};

export interface MenuOptions {
  /** Developer tools only in unpackaged builds: in the field they are a way around the UI's checks. */
  devTools: boolean;
  showAbout(): void;
}

export function buildMenuTemplate(language: Language, options: MenuOptions): MenuItemConstructorOptions[] {
  const t = MENU_LABELS[language];
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  return [
    {
      label: t.file,
      submenu: [{ label: t.closeWindow, role: 'close' }, separator, { label: t.quit, role: 'quit' }],
    },
    {
      label: t.edit,
      submenu: [
        { label: t.undo, role: 'undo' },
        { label: t.redo, role: 'redo' },
        separator,
        { label: t.cut, role: 'cut' },
        { label: t.copy, role: 'copy' },
        { label: t.paste, role: 'paste' },
        separator,
        { label: t.selectAll, role: 'selectAll' },
      ],
    },
    {
      label: t.view,
      submenu: [
        { label: t.reload, role: 'reload' },
        ...(options.devTools ? [{ label: t.toggleDevTools, role: 'toggleDevTools' } as const] : []),
        separator,
        { label: t.resetZoom, role: 'resetZoom' },
        { label: t.zoomIn, role: 'zoomIn' },
        { label: t.zoomOut, role: 'zoomOut' },
        separator,
        { label: t.toggleFullScreen, role: 'togglefullscreen' },
      ],
    },
    {
      label: t.help,
      role: 'help',
      submenu: [{ label: t.about, click: () => options.showAbout() }],
    },
  ];
}

/** Text of the About box. */
export function aboutMessage(
  language: Language,
  version: string,
): { title: string; message: string; detail: string } {
  const t = MENU_LABELS[language];
  return { title: t.aboutTitle, message: '街道工作台 Street Desk', detail: `${t.version} ${version}` };
}
