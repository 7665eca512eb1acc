import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP_CONTENT_SECURITY_POLICY } from '@shared/csp';
import { createAppProtocolHandler, mimeTypeFor, resolveAppPath } from './app-protocol';

const root = path.resolve('/srv/street-desk/dist/renderer');

describe('resolveAppPath', () => {
  it('maps app URLs to files under the root', () => {
    expect(resolveAppPath('app://street-desk/index.html', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath('app://street-desk/assets/index-Bx1.js', root)).toBe(
      path.join(root, 'assets', 'index-Bx1.js'),
    );
    expect(resolveAppPath('app://street-desk/assets/%E6%A8%A1%E6%9D%BF.xlsx', root)).toBe(
      path.join(root, 'assets', '模板.xlsx'),
    );
  });

  it('returns index.html for the bare origin, ignoring query and hash', () => {
    expect(resolveAppPath('app://street-desk/', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath('app://street-desk', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath('app://street-desk/?lang=en#/places', root)).toBe(path.join(root, 'index.html'));
  });

  it.each([
    ['a .. segment', 'app://street-desk/../../etc/passwd'],
    ['a .. segment in the middle', 'app://street-desk/assets/../../../etc/passwd'],
    ['an encoded .. segment', 'app://street-desk/%2e%2e/%2e%2e/etc/passwd'],
    ['a mixed-case encoded .. segment', 'app://street-desk/%2E./secret'],
    ['an encoded slash inside ..', 'app://street-desk/%2e%2e%2fetc%2fpasswd'],
    ['an encoded slash', 'app://street-desk/assets%2F..%2F..%2Fsecret'],
    ['a backslash', 'app://street-desk/..\\..\\secret'],
    ['an encoded backslash', 'app://street-desk/assets%5C..%5Csecret'],
    ['a NUL byte', 'app://street-desk/index.html\0.png'],
    ['an encoded NUL byte', 'app://street-desk/index.html%00.png'],
    ['a drive letter', 'app://street-desk/C:/Windows/win.ini'],
    ['an empty segment', 'app://street-desk//etc/passwd'],
    ['malformed percent-encoding', 'app://street-desk/%E0%A4%A'],
    ['another host', 'app://evil/index.html'],
    ['a port', 'app://street-desk:1/index.html'],
    ['credentials', 'app://a:b@street-desk/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['https', 'https://street-desk/index.html'],
    ['garbage', 'not a url'],
  ])('refuses %s', (_what, url) => {
    expect(resolveAppPath(url, root)).toBeNull();
  });
});

describe('mimeTypeFor', () => {
  it('knows the types a Vite build produces', () => {
    expect(mimeTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('assets/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('assets/a.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('assets/a.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('assets/a.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('assets/a.wasm')).toBe('application/wasm');
    expect(mimeTypeFor('assets/unknown.bin')).toBe('application/octet-stream');
  });
});

describe('createAppProtocolHandler', () => {
  let dir: string;
  let handle: (request: Request) => Promise<Response>;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'app-protocol-'));
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>街道工作台</title>');
    writeFileSync(path.join(dir, 'assets', 'main-abc123.js'), 'console.log(1)');
    writeFileSync(path.join(path.dirname(dir), `${path.basename(dir)}-secret.txt`), 'secret');
    handle = createAppProtocolHandler(dir);
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(path.join(path.dirname(dir), `${path.basename(dir)}-secret.txt`), { force: true });
  });

  it('serves index.html with the CSP and its MIME type', async () => {
    const response = await handle(new Request('app://street-desk/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(DESKTOP_CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('街道工作台');
  });

  it('serves scripts as JavaScript', async () => {
    const response = await handle(new Request('app://street-desk/assets/main-abc123.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers a client-side route with index.html but a missing asset with 404', async () => {
    const route = await handle(new Request('app://street-desk/places/123'));
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>');
    const asset = await handle(new Request('app://street-desk/assets/missing.js'));
    expect(asset.status).toBe(404);
  });

  it('refuses a raw traversal URL with 403 without reading anything', async () => {
    const reads: string[] = [];
    const spy = createAppProtocolHandler(dir, async (p) => {
      reads.push(p);
      return null;
    });
    // Chromium and undici normalise dot segments before the handler sees the URL; a raw one means a bug or an attack.
    const raw = {
      method: 'GET',
      url: `app://street-desk/%2e%2e/${path.basename(dir)}-secret.txt`,
    } as Request;
    const response = await spy(raw);
    expect(response.status).toBe(403);
    expect(reads).toEqual([]);
  });

  it('keeps a normalised traversal inside the root', async () => {
    const reads: string[] = [];
    const spy = createAppProtocolHandler(dir, async (p) => {
      reads.push(p);
      return null;
    });
    const response = await spy(new Request(`app://street-desk/../../${path.basename(dir)}-secret.txt`));
    expect(response.status).toBe(404);
    expect(reads).toEqual([path.join(dir, `${path.basename(dir)}-secret.txt`)]);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await handle(new Request('app://street-desk/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });
});
