import { connect } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '@shared/csp';
import { createAppHost, isHashedAsset } from './app-host';

let root: string;
let app: FastifyInstance;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'app-host-'));
  mkdirSync(path.join(root, 'assets'));
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>街道工作台</title>');
  writeFileSync(path.join(root, 'assets', 'index-D8x2kQ1a.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'assets', 'index-B3fLm9Zp.css'), 'body{}');
  writeFileSync(path.join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(path.join(path.dirname(root), `${path.basename(root)}-secret.txt`), 'secret');
  app = createAppHost({ root });
  // The sync server adds its routes the same way.
  app.get('/api/health', async () => ({ ok: true }));
  await app.ready();
});

afterAll(async () => {
  await app.close();
  rmSync(root, { recursive: true, force: true });
  rmSync(path.join(path.dirname(root), `${path.basename(root)}-secret.txt`), { force: true });
});

describe('createAppHost', () => {
  it('serves index.html at / with the security headers and no-cache', async () => {
    const response = await app.inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body).toContain('街道工作台');
  });

  it('long-caches hashed assets with their MIME types', async () => {
    const script = await app.inject({ method: 'GET', url: '/assets/index-D8x2kQ1a.js' });
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const style = await app.inject({ method: 'GET', url: '/assets/index-B3fLm9Zp.css' });
    expect(style.headers['content-type']).toMatch(/^text\/css/);
  });

  it('revalidates files that are not hashed', async () => {
    const icon = await app.inject({ method: 'GET', url: '/favicon.svg' });
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['cache-control']).toBe('no-cache');
    const index = await app.inject({ method: 'GET', url: '/index.html' });
    expect(index.headers['cache-control']).toBe('no-cache');
  });

  it('answers client-side routes with index.html', async () => {
    const response = await app.inject({ method: 'GET', url: '/places/123?tab=people' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(response.body).toContain('<title>');
  });

  it('keeps a missing asset a 404, with the security headers', async () => {
    const response = await app.inject({ method: 'GET', url: '/assets/missing-12345678.js' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('leaves /api/ to the sync server: its routes work and misses are JSON 404s', async () => {
    const health = await app.inject({ method: 'GET', url: '/api/health' });
    expect(health.json()).toEqual({ ok: true });
    expect(health.headers['referrer-policy']).toBe('no-referrer');
    const missing = await app.inject({ method: 'GET', url: '/api/nope' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toMatch(/^application\/json/);
  });

  it('never serves files outside the root', async () => {
    const secret = `${path.basename(root)}-secret.txt`;
    for (const url of [
      `/../${secret}`,
      `/%2e%2e/${secret}`,
      `/assets/..%2f..%2f${secret}`,
      `/..%5c${secret}`,
    ]) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.body, url).not.toContain('secret');
    }
  });
});

describe('isHashedAsset', () => {
  it('recognises what Vite emits under assets/', () => {
    expect(isHashedAsset('assets/index-D8x2kQ1a.js')).toBe(true);
    expect(isHashedAsset('assets/excel.worker-Cz_9-abc.js')).toBe(true);
    expect(isHashedAsset(path.join('assets', 'fonts', 'noto-AbCdEf12.woff2'))).toBe(true);
    expect(isHashedAsset('index.html')).toBe(false);
    expect(isHashedAsset('favicon.svg')).toBe(false);
    expect(isHashedAsset('assets/logo.png')).toBe(false);
  });
});

describe('connection limits', () => {
  let host: FastifyInstance;
  let port = 0;
  beforeAll(async () => {
    host = createAppHost({ limits: { headersMs: 300, requestMs: 600, idleMs: 500, perAddress: 2 } });
    // A route that reads a body, as sign-in does: the attack sends part of one and waits.
    host.post('/api/echo', async (request) => request.body);
    await host.listen({ host: '127.0.0.1', port: 0 });
    const address = host.server.address();
    port = typeof address === 'object' && address ? address.port : 0;
  });
  afterAll(() => host.close());

  /** Opens a raw connection; resolves with how long the server kept it open (ms). */
  const held = (send: string) =>
    new Promise<number>((resolve, reject) => {
      const started = Date.now();
      const socket = connect(port, '127.0.0.1', () => socket.write(send));
      socket.on('error', () => undefined);
      socket.on('close', () => resolve(Date.now() - started));
      setTimeout(() => reject(new Error('still open after 5 s')), 5_000).unref();
    });

  it('closes a connection that sends part of a body and goes silent', async () => {
    const ms = await held(
      'POST /api/echo HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\npartial',
    );
    expect(ms).toBeLessThan(3_000);
  });

  it('closes connections from one address beyond the cap at once', async () => {
    const sockets = [connect(port, '127.0.0.1'), connect(port, '127.0.0.1')];
    await Promise.all(sockets.map((s) => new Promise((r) => s.on('connect', r))));
    await new Promise((r) => setTimeout(r, 50));
    const ms = await held('');
    expect(ms).toBeLessThan(400);
    for (const s of sockets) s.destroy();
  });
});
