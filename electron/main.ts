/**
 * The Electron main process: wiring only. Policy and logic live in the modules imported
 * here, each unit-tested without Electron.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, screen, session, shell } from 'electron';
import type { Language } from '@shared/desktop-api';
import { APP_SCHEME_DEFINITION, registerAppProtocol } from './app-protocol';
import { createFileDialogs } from './file-dialogs';
import { createIpcHandlers, registerIpc } from './ipc';
import { aboutMessage, buildMenuTemplate } from './menu';
import { hardenSession, hardenWebContents } from './security';
import { createSyncServerPolicy, syncServerFile, type SyncServerPolicy } from './sync-server-policy';
import { APP_START_URL } from './trusted-url';
import { DEFAULT_SIZE, MIN_SIZE, fitBoundsToDisplays, windowStateFile } from './window-state';

const WINDOW_TITLE = '街道工作台 Street Desk';
// The bundle runs from dist/electron/main.cjs, next to the renderer build in dist/renderer.
const RENDERER_ROOT = path.join(__dirname, '..', 'renderer');
const PRELOAD = path.join(__dirname, 'preload.cjs');

const log = { warn: console.warn, error: console.error };
let mainWindow: BrowserWindow | null = null;
let language: Language = 'zh-CN';

// IndexedDB lives in userData, and Electron derives its folder from productName. Pinning an
// ASCII name keeps residents' data where it is if the product is renamed, and avoids
// non-ASCII path trouble on older Windows setups. --user-data-dir lets tests use a throwaway
// profile instead of the real one. Must precede the single-instance lock, which lives there.
app.setPath(
  'userData',
  app.commandLine.getSwitchValue('user-data-dir') || path.join(app.getPath('appData'), 'street-desk'),
);
protocol.registerSchemesAsPrivileged([APP_SCHEME_DEFINITION]);

function openExternal(href: string): void {
  shell.openExternal(href).catch(() => log.warn('shell: could not open an external link'));
}

function applyMenu(): void {
  const template = buildMenuTemplate(language, {
    devTools: !app.isPackaged,
    showAbout: () => {
      const options = { type: 'info' as const, ...aboutMessage(language, app.getVersion()) };
      void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function dialogParent(): BrowserWindow | null {
  return BrowserWindow.getFocusedWindow() ?? mainWindow;
}

function registerIpcHandlers(policy: SyncServerPolicy): void {
  const files = createFileDialogs({
    showSaveDialog: (options) => {
      const parent = dialogParent();
      return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options);
    },
    showOpenDialog: (options) => {
      const parent = dialogParent();
      return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
    },
    defaultDirectory: () => app.getPath('documents'),
    writeFile: (filePath, data) => writeFile(filePath, data),
    fileSize: async (filePath) => (await stat(filePath)).size,
    readFile: (filePath) => readFile(filePath),
  });
  const handlers = createIpcHandlers(
    {
      getAppInfo: () => ({ version: app.getVersion(), host: 'electron', os: process.platform }),
      saveFile: files.saveFile,
      openFile: files.openFile,
      openExternal: (href) => shell.openExternal(href),
      setLanguage: (next) => {
        language = next;
        applyMenu();
      },
      allowSyncServer: (origin) => policy.allow(origin),
    },
    log,
  );
  registerIpc(ipcMain, handlers);
}

function createWindow(): BrowserWindow {
  const stateFile = windowStateFile(path.join(app.getPath('userData'), 'window-state.json'));
  const saved = stateFile.load();
  const primary = screen.getPrimaryDisplay();
  const workAreas = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map(
    (d) => d.workArea,
  );
  const bounds = fitBoundsToDisplays(saved?.bounds ?? null, workAreas) ?? DEFAULT_SIZE;

  const window = new BrowserWindow({
    ...bounds,
    minWidth: Math.min(MIN_SIZE.width, bounds.width),
    minHeight: Math.min(MIN_SIZE.height, bounds.height),
    title: WINDOW_TITLE,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      devTools: !app.isPackaged,
    },
  });

  // The window title names the product in both languages, whatever the page's <title> says.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => {
    if (saved?.maximized) window.maximize();
    window.show();
  });
  window.on('close', () => {
    try {
      stateFile.save({ bounds: window.getNormalBounds(), maximized: window.isMaximized() });
    } catch {
      log.warn('window-state: could not save the window position');
    }
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  window.loadURL(APP_START_URL).catch(() => log.error('window: could not load the app page'));
  return window;
}

// A second copy would open the same IndexedDB; focus the first one instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.enableSandbox();

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  // Every WebContents, including any created later (devtools, popups that slip through), gets the policy.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternal, log));

  app.on('window-all-closed', () => app.quit());

  app
    .whenReady()
    .then(() => {
      const syncServer = createSyncServerPolicy(
        syncServerFile(path.join(app.getPath('userData'), 'sync-server.json')),
      );
      hardenSession(session.defaultSession, syncServer, log);
      registerAppProtocol(protocol, RENDERER_ROOT);
      registerIpcHandlers(syncServer);
      applyMenu();
      mainWindow = createWindow();
    })
    .catch((error: unknown) => {
      log.error(`startup failed: ${error instanceof Error ? error.message : String(error)}`);
      app.exit(1);
    });
}
