import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { DESKTOP_CONTENT_SECURITY_POLICY } from '@shared/csp';
import type { AddressSpace } from '@shared/sync/server-address';
import {
  SECURITY_HEADERS,
  decideWindowOpen,
  hardenSession,
  hardenWebContents,
  isNavigationAllowed,
  isPermissionAllowed,
} from './security';

function fakeEvent(fields: Record<string, unknown> = {}) {
  return { preventDefault: vi.fn(), ...fields };
}

/** Just enough of WebContents to see which listeners the policy installs. */
function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
  });
  return {
    contents: contents as unknown as WebContents,
    emitter,
    open: (url: string) => openHandler?.({ url }),
  };
}

describe('navigation and permission policy', () => {
  it('allows navigation only within app://street-desk', () => {
    expect(isNavigationAllowed('app://street-desk/index.html#/places')).toBe(true);
    expect(isNavigationAllowed('https://example.com/')).toBe(false);
    expect(isNavigationAllowed('file:///etc/passwd')).toBe(false);
    expect(isNavigationAllowed('app://other/index.html')).toBe(false);
  });

  it('grants only clipboard writes and persistent storage, and only to our own page', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://street-desk/index.html')).toBe(true);
    expect(isPermissionAllowed('persistent-storage', 'app://street-desk')).toBe(true);
    expect(isPermissionAllowed('persistent-storage', 'https://example.com')).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://example.com/')).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', undefined)).toBe(false);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      expect(isPermissionAllowed(permission, 'app://street-desk/index.html')).toBe(false);
    }
  });

  it('uses the shared CSP', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(DESKTOP_CONTENT_SECURITY_POLICY);
    expect(DESKTOP_CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });
});

describe('decideWindowOpen', () => {
  it('always denies, sending web links to the system browser', () => {
    const open = vi.fn();
    expect(decideWindowOpen('https://example.com/help', open)).toEqual({ action: 'deny' });
    expect(open).toHaveBeenCalledWith('https://example.com/help');
  });

  it('sends nothing else anywhere', () => {
    const open = vi.fn();
    for (const url of [
      'app://street-desk/index.html',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'about:blank',
    ]) {
      expect(decideWindowOpen(url, open)).toEqual({ action: 'deny' });
    }
    expect(open).not.toHaveBeenCalled();
  });
});

describe('hardenWebContents', () => {
  const log = { warn: vi.fn() };

  it('blocks navigation away from the app and opens web links outside', () => {
    const { contents, emitter } = fakeContents();
    const open = vi.fn();
    hardenWebContents(contents, open, log);

    const inside = fakeEvent();
    emitter.emit('will-navigate', inside, 'app://street-desk/index.html');
    expect(inside.preventDefault).not.toHaveBeenCalled();

    const outside = fakeEvent();
    emitter.emit('will-navigate', outside, 'https://example.com/?name=张三');
    expect(outside.preventDefault).toHaveBeenCalled();
    expect(open).toHaveBeenCalledWith('https://example.com/?name=%E5%BC%A0%E4%B8%89');
    expect(log.warn).toHaveBeenLastCalledWith('security: blocked navigation to a https URL');

    const file = fakeEvent();
    emitter.emit('will-navigate', file, 'file:///etc/passwd');
    expect(file.preventDefault).toHaveBeenCalled();
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('blocks subframe navigation and redirects away from the app', () => {
    const { contents, emitter } = fakeContents();
    hardenWebContents(contents, vi.fn(), log);

    const frame = fakeEvent({ isMainFrame: false, url: 'https://example.com/' });
    emitter.emit('will-frame-navigate', frame);
    expect(frame.preventDefault).toHaveBeenCalled();

    const redirect = fakeEvent();
    emitter.emit('will-redirect', redirect, 'https://example.com/');
    expect(redirect.preventDefault).toHaveBeenCalled();
  });

  it('prevents webviews and denies new windows', () => {
    const { contents, emitter, open } = fakeContents();
    const openExternal = vi.fn();
    hardenWebContents(contents, openExternal, log);

    const webview = fakeEvent();
    emitter.emit('will-attach-webview', webview, {}, {});
    expect(webview.preventDefault).toHaveBeenCalled();

    expect(open('app://street-desk/index.html')).toEqual({ action: 'deny' });
    expect(open('https://example.com/')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
  });
});

describe('network permissions for the sync server (Local Network Access)', () => {
  const page = 'app://street-desk/index.html';

  it('grants loopback access only when the sync server is on this computer', () => {
    expect(isPermissionAllowed('loopback-network', page, 'loopback')).toBe(true);
    expect(isPermissionAllowed('local-network-access', page, 'loopback')).toBe(true);
    expect(isPermissionAllowed('local-network', page, 'loopback')).toBe(false);
  });

  it('grants LAN access only when the sync server is on the LAN', () => {
    expect(isPermissionAllowed('local-network', page, 'local')).toBe(true);
    expect(isPermissionAllowed('local-network-access', page, 'local')).toBe(true);
    expect(isPermissionAllowed('loopback-network', page, 'local')).toBe(false);
  });

  it('grants none for a public server, before any server is set, or to another page', () => {
    for (const permission of ['local-network-access', 'loopback-network', 'local-network']) {
      expect(isPermissionAllowed(permission, page, 'public')).toBe(false);
      expect(isPermissionAllowed(permission, page, null)).toBe(false);
      expect(isPermissionAllowed(permission, 'https://example.com/', 'local')).toBe(false);
      expect(isPermissionAllowed(permission, undefined, 'local')).toBe(false);
    }
  });
});

function fakeSession(gate: { isRequestAllowed(url: string): boolean; addressSpace(): AddressSpace | null }) {
  const handlers: Record<string, (...args: never[]) => unknown> = {};
  const session = {
    setPermissionRequestHandler: (h: never) => (handlers.request = h),
    setPermissionCheckHandler: (h: never) => (handlers.check = h),
    setDevicePermissionHandler: (h: never) => (handlers.device = h),
    webRequest: {
      onBeforeRequest: (filter: { urls: string[] }, h: never) => {
        handlers.filter = () => filter;
        handlers.beforeRequest = h;
      },
    },
  } as unknown as Session;
  const log = { warn: vi.fn() };
  hardenSession(session, gate, log);
  return { handlers, log };
}

describe('hardenSession', () => {
  it('lets the page reach its sync server and no other outside address', () => {
    const gate = {
      isRequestAllowed: (url: string) => url.startsWith('https://sync.example.org/'),
      addressSpace: () => 'public' as const,
    };
    const { handlers, log } = fakeSession(gate);
    const filter = (handlers.filter as () => { urls: string[] })();
    expect(filter.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*']));
    const beforeRequest = handlers.beforeRequest as (
      details: { url: string },
      cb: (r: unknown) => void,
    ) => void;
    const callback = vi.fn();
    beforeRequest({ url: 'https://sync.example.org/api/sync/pull' }, callback);
    expect(callback).toHaveBeenLastCalledWith({ cancel: false });
    beforeRequest({ url: 'http://192.168.1.1/admin?id=110105' }, callback);
    expect(callback).toHaveBeenLastCalledWith({ cancel: true });
    // The address might carry personal data in its query; the log gets the scheme only.
    expect(log.warn).toHaveBeenCalledWith(expect.not.stringContaining('110105'));
  });

  it('grants the network permission the configured server needs, as it changes', () => {
    let space: AddressSpace | null = null;
    const { handlers } = fakeSession({ isRequestAllowed: () => false, addressSpace: () => space });
    const check = handlers.check as (...args: unknown[]) => boolean;
    expect(check({}, 'local-network', 'app://street-desk')).toBe(false);
    space = 'local';
    expect(check({}, 'local-network', 'app://street-desk')).toBe(true);
  });

  it('installs handlers that deny permissions', () => {
    const { handlers } = fakeSession({ isRequestAllowed: () => false, addressSpace: () => null });

    const callback = vi.fn();
    const request = handlers.request as (...args: unknown[]) => void;
    request({}, 'media', callback, { requestingUrl: 'app://street-desk/index.html' });
    expect(callback).toHaveBeenLastCalledWith(false);
    request({}, 'clipboard-sanitized-write', callback, { requestingUrl: 'app://street-desk/index.html' });
    expect(callback).toHaveBeenLastCalledWith(true);

    const check = handlers.check as (...args: unknown[]) => boolean;
    expect(check({}, 'notifications', 'app://street-desk')).toBe(false);
    expect((handlers.device as () => boolean)()).toBe(false);
  });
});
