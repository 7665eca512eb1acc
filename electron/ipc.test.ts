import type { IpcMain } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  DesktopError,
  IPC_CHANNELS,
  MAX_FILE_BYTES,
  decodeDesktopError,
  encodeDesktopError,
} from '@shared/desktop-api';
import { createIpcHandlers, registerIpc, type IpcEffects } from './ipc';
import { APP_START_URL } from './trusted-url';

const ours = { url: APP_START_URL, parent: null };
const foreign = { url: 'https://evil.example/', parent: null };

function setup(overrides: Partial<IpcEffects> = {}) {
  const effects: IpcEffects = {
    getAppInfo: vi.fn(() => ({ version: '0.1.0', host: 'electron' as const, os: 'linux' })),
    saveFile: vi.fn(async () => ({ saved: true as const, path: '/tmp/a.xlsx' })),
    openFile: vi.fn(async () => null),
    openExternal: vi.fn(async () => {}),
    setLanguage: vi.fn(),
    allowSyncServer: vi.fn(),
    ...overrides,
  };
  const log = { warn: vi.fn(), error: vi.fn() };
  return { effects, log, handlers: createIpcHandlers(effects, log) };
}

describe('registerIpc', () => {
  it('registers exactly one handler per channel', () => {
    const channels: string[] = [];
    const ipcMain = { handle: (channel: string) => channels.push(channel) } as unknown as IpcMain;
    registerIpc(ipcMain, setup().handlers);
    expect(channels.sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });

  it('passes the sender frame and the arguments through', async () => {
    const listeners = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
    const ipcMain = {
      handle: (channel: string, listener: (event: unknown, ...args: unknown[]) => Promise<unknown>) =>
        listeners.set(channel, listener),
    } as unknown as IpcMain;
    const { handlers, effects } = setup();
    registerIpc(ipcMain, handlers);
    const listener = listeners.get(IPC_CHANNELS.setLanguage);
    await expect(listener?.({ senderFrame: ours }, { language: 'en' })).resolves.toEqual({
      ok: true,
      value: undefined,
    });
    expect(effects.setLanguage).toHaveBeenCalledWith('en');
    await expect(listener?.({ senderFrame: foreign }, { language: 'en' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'UNTRUSTED_SENDER' },
    });
  });
});

describe('sender check', () => {
  const payloads = {
    getAppInfo: undefined,
    saveFile: { suggestedName: 'a.xlsx', data: new Uint8Array([1]) },
    openFile: { filters: [] },
    openExternal: { url: 'https://example.com/' },
    setLanguage: { language: 'en' },
  };

  it.each(Object.keys(payloads) as (keyof typeof payloads)[])(
    '%s refuses a foreign or missing sender',
    async (channel) => {
      const { handlers, effects } = setup();
      for (const sender of [foreign, { url: APP_START_URL, parent: {} }, null]) {
        const result = await handlers[channel](sender, [payloads[channel]]);
        expect(result).toMatchObject({ ok: false, error: { code: 'UNTRUSTED_SENDER' } });
      }
      for (const effect of Object.values(effects)) expect(effect).not.toHaveBeenCalled();
    },
  );

  it('treats a frame that throws when read (disposed) as untrusted', async () => {
    const { handlers } = setup();
    const disposed = {
      get url(): string {
        throw new Error('Render frame was disposed');
      },
      parent: null,
    };
    await expect(handlers.getAppInfo(disposed, [])).resolves.toMatchObject({
      error: { code: 'UNTRUSTED_SENDER' },
    });
  });
});

describe('payload validation', () => {
  it.each([
    ['getAppInfo', [{ sneaky: true }]],
    ['saveFile', [{ suggestedName: '../../.bashrc', data: new Uint8Array() }]],
    ['saveFile', [{ suggestedName: 'a.xlsx', data: [1, 2, 3] }]],
    ['saveFile', [{ suggestedName: 'a.xlsx', data: { byteLength: MAX_FILE_BYTES + 1 } }]],
    ['saveFile', [{ suggestedName: '', data: new Uint8Array() }]],
    ['openFile', [{ filters: [{ name: 'x', extensions: ['*.exe;rm -rf'] }] }]],
    ['openFile', [undefined]],
    ['openExternal', [{ url: 42 }]],
    ['setLanguage', [{ language: 'fr' }]],
    ['setLanguage', [{ language: 'en' }, 'extra']],
  ] as const)('%s refuses %j', async (channel, args) => {
    const { handlers, effects, log } = setup();
    const result = await handlers[channel](ours, [...args]);
    expect(result).toEqual({ ok: false, error: { code: 'INVALID_REQUEST', message: expect.any(String) } });
    for (const effect of Object.values(effects)) expect(effect).not.toHaveBeenCalled();
    expect(log.warn).toHaveBeenCalledWith(expect.stringContaining('INVALID_REQUEST'));
  });

  it('applies schema defaults before calling the effect', async () => {
    const { handlers, effects } = setup();
    const data = new Uint8Array([1, 2]);
    await expect(handlers.saveFile(ours, [{ suggestedName: '名单.xlsx', data }])).resolves.toEqual({
      ok: true,
      value: { saved: true, path: '/tmp/a.xlsx' },
    });
    expect(effects.saveFile).toHaveBeenCalledWith({ suggestedName: '名单.xlsx', data, filters: [] });
  });

  it('never logs payload contents', async () => {
    const { handlers, log } = setup();
    await handlers.saveFile(ours, [{ suggestedName: '张三/身份证.xlsx', data: new Uint8Array() }]);
    const logged = JSON.stringify([...log.warn.mock.calls, ...log.error.mock.calls]);
    expect(logged).not.toContain('张三');
    expect(logged).toContain('suggestedName');
  });
});

describe('handlers', () => {
  it('returns the app info', async () => {
    const { handlers } = setup();
    await expect(handlers.getAppInfo(ours, [])).resolves.toEqual({
      ok: true,
      value: { version: '0.1.0', host: 'electron', os: 'linux' },
    });
  });

  it('opens only web links', async () => {
    const { handlers, effects } = setup();
    await expect(handlers.openExternal(ours, [{ url: 'https://example.com' }])).resolves.toEqual({
      ok: true,
      value: undefined,
    });
    expect(effects.openExternal).toHaveBeenCalledWith('https://example.com/');
    await expect(handlers.openExternal(ours, [{ url: 'file:///etc/passwd' }])).resolves.toMatchObject({
      ok: false,
      error: { code: 'LINK_REFUSED' },
    });
    expect(effects.openExternal).toHaveBeenCalledTimes(1);
  });

  it('passes a DesktopError through with its code and message', async () => {
    const { handlers } = setup({
      openFile: vi.fn(async () => {
        throw new DesktopError('FILE_TOO_LARGE', '太大（too large）');
      }),
    });
    await expect(handlers.openFile(ours, [{}])).resolves.toEqual({
      ok: false,
      error: { code: 'FILE_TOO_LARGE', message: '太大（too large）' },
    });
  });

  it('hides unexpected errors behind INTERNAL, with no stack trace', async () => {
    const { handlers, log } = setup({
      saveFile: vi.fn(async () => {
        throw new TypeError(
          'Cannot read properties of undefined (reading "x") at /app/dist/electron/main.cjs:1:2',
        );
      }),
    });
    const result = await handlers.saveFile(ours, [{ suggestedName: 'a.xlsx', data: new Uint8Array() }]);
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toMatch(/main\.cjs|at |TypeError/);
    expect(log.error).toHaveBeenCalledWith('ipc: file:save failed: INTERNAL (TypeError)');
  });
});

describe('error codes across the context bridge', () => {
  it('survive being flattened into a message', () => {
    const wire = new Error(
      `Error invoking remote method: ${encodeDesktopError('LINK_REFUSED', '不行（no）')}`,
    );
    const decoded = decodeDesktopError(wire);
    expect(decoded).toBeInstanceOf(DesktopError);
    expect(decoded).toMatchObject({ code: 'LINK_REFUSED', message: '不行（no）' });
  });

  it('become INTERNAL when there is no known code', () => {
    expect(decodeDesktopError(new Error('boom'))).toMatchObject({ code: 'INTERNAL', message: 'boom' });
    expect(decodeDesktopError(new Error('[NOPE] x'))).toMatchObject({ code: 'INTERNAL' });
  });
});

describe('allowSyncServer', () => {
  it('passes an http(s) origin to the host', async () => {
    const { effects, handlers } = setup();
    const result = await handlers.allowSyncServer(ours, [{ origin: 'https://sync.example.org:5180' }]);
    expect(result).toEqual({ ok: true, value: undefined });
    expect(effects.allowSyncServer).toHaveBeenCalledWith('https://sync.example.org:5180');
  });

  it('refuses anything but a bare http(s) origin, so no path, scheme or credentials ride along', async () => {
    const { effects, handlers } = setup();
    for (const origin of [
      'https://sync.example.org/api',
      'file:///etc',
      'https://user:pw@sync.example.org',
      'sync.example.org',
      'HTTPS://SYNC.EXAMPLE.ORG',
    ]) {
      const result = await handlers.allowSyncServer(ours, [{ origin }]);
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    }
    expect(effects.allowSyncServer).not.toHaveBeenCalled();
  });

  it('refuses a page that is not ours', async () => {
    const { effects, handlers } = setup();
    const result = await handlers.allowSyncServer(foreign, [{ origin: 'https://evil.example' }]);
    expect(result).toMatchObject({ ok: false, error: { code: 'UNTRUSTED_SENDER' } });
    expect(effects.allowSyncServer).not.toHaveBeenCalled();
  });
});
