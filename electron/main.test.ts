/**
 * Loads main.ts against a stand-in for Electron to check the wiring that no pure test sees:
 * what is registered before ready, the window's web preferences, and one handler per channel.
 * The real binary is exercised by tests/electron where one is installed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '@shared/desktop-api';

const fake = vi.hoisted(() => {
  const windows: { options: Record<string, unknown>; loadURL: ReturnType<typeof vi.fn> }[] = [];
  const appEvents = new Map<string, (...args: unknown[]) => void>();
  const fns = {
    requestSingleInstanceLock: vi.fn(() => true),
    enableSandbox: vi.fn(),
    setPath: vi.fn(),
    registerSchemesAsPrivileged: vi.fn(),
    protocolHandle: vi.fn(),
    ipcHandle: vi.fn(),
    setApplicationMenu: vi.fn(),
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    onBeforeRequest: vi.fn(),
  };
  return { windows, appEvents, fns, dir: { userData: '' } };
});

vi.mock('electron', () => {
  class BrowserWindow {
    static getFocusedWindow = () => null;
    options: Record<string, unknown>;
    loadURL = vi.fn(async () => {});
    constructor(options: Record<string, unknown>) {
      this.options = options;
      fake.windows.push(this);
    }
    on() {}
    once() {}
  }
  const workArea = { x: 0, y: 0, width: 1920, height: 1040 };
  return {
    app: {
      requestSingleInstanceLock: fake.fns.requestSingleInstanceLock,
      enableSandbox: fake.fns.enableSandbox,
      setPath: fake.fns.setPath,
      commandLine: { getSwitchValue: () => '' },
      getPath: (name: string) => (name === 'userData' ? fake.dir.userData : `/fake/${name}`),
      getVersion: () => '0.1.0',
      isPackaged: false,
      on: (event: string, listener: (...args: unknown[]) => void) => fake.appEvents.set(event, listener),
      whenReady: () => Promise.resolve(),
      quit: vi.fn(),
      exit: vi.fn(),
    },
    BrowserWindow,
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: fake.fns.setApplicationMenu,
    },
    dialog: {},
    ipcMain: { handle: fake.fns.ipcHandle },
    protocol: {
      registerSchemesAsPrivileged: fake.fns.registerSchemesAsPrivileged,
      handle: fake.fns.protocolHandle,
    },
    screen: { getPrimaryDisplay: () => ({ id: 1, workArea }), getAllDisplays: () => [{ id: 1, workArea }] },
    session: {
      defaultSession: {
        setPermissionRequestHandler: fake.fns.setPermissionRequestHandler,
        setPermissionCheckHandler: fake.fns.setPermissionCheckHandler,
        setDevicePermissionHandler: fake.fns.setDevicePermissionHandler,
        webRequest: { onBeforeRequest: fake.fns.onBeforeRequest },
      },
    },
    shell: { openExternal: vi.fn(async () => {}) },
  };
});

beforeAll(async () => {
  fake.dir.userData = mkdtempSync(path.join(tmpdir(), 'main-wiring-'));
  await import('./main');
  await new Promise((resolve) => setTimeout(resolve, 0));
});

afterAll(() => rmSync(fake.dir.userData, { recursive: true, force: true }));

describe('main process wiring', () => {
  it('takes the single-instance lock and enables the sandbox for every renderer', () => {
    expect(fake.fns.requestSingleInstanceLock).toHaveBeenCalledOnce();
    expect(fake.fns.enableSandbox).toHaveBeenCalledOnce();
    expect(fake.appEvents.has('second-instance')).toBe(true);
    expect(fake.appEvents.has('web-contents-created')).toBe(true);
  });

  it('keeps userData in a fixed ASCII folder', () => {
    expect(fake.fns.setPath).toHaveBeenCalledWith('userData', path.join('/fake/appData', 'street-desk'));
  });

  it('registers app:// as a privileged standard scheme and serves it', () => {
    expect(fake.fns.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }),
      }),
    ]);
    expect(fake.fns.protocolHandle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('denies permissions on the default session and gates its outside requests', () => {
    expect(fake.fns.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(fake.fns.setPermissionCheckHandler).toHaveBeenCalledOnce();
    expect(fake.fns.onBeforeRequest).toHaveBeenCalledOnce();
  });

  it('handles every IPC channel exactly once', () => {
    const channels = fake.fns.ipcHandle.mock.calls.map(([channel]) => channel as string);
    expect(channels.sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });

  it('opens one locked-down window on app://street-desk with the preload', () => {
    expect(fake.windows).toHaveLength(1);
    const [window] = fake.windows;
    expect(window?.options).toMatchObject({
      title: '街道工作台 Street Desk',
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        webviewTag: false,
      },
    });
    const preload = (window?.options.webPreferences as { preload: string }).preload;
    expect(path.basename(preload)).toBe('preload.cjs');
    expect(window?.loadURL).toHaveBeenCalledWith('app://street-desk/index.html');
  });

  it('sets the Chinese menu until the renderer says otherwise', () => {
    const template = fake.fns.setApplicationMenu.mock.calls.at(-1)?.[0] as { label: string }[];
    expect(template.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助']);
  });

  it('rebuilds the menu in English when the renderer switches language', async () => {
    const call = fake.fns.ipcHandle.mock.calls.find(([channel]) => channel === IPC_CHANNELS.setLanguage);
    const listener = call?.[1] as (event: unknown, payload: unknown) => Promise<unknown>;
    const frame = { url: 'app://street-desk/index.html', parent: null };
    await expect(listener({ senderFrame: frame }, { language: 'en' })).resolves.toEqual({
      ok: true,
      value: undefined,
    });
    const template = fake.fns.setApplicationMenu.mock.calls.at(-1)?.[0] as { label: string }[];
    expect(template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });
});
