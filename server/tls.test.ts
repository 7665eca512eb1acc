import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppHost } from './app-host';
import { ExpectedError, readConfig } from './config';
import { loadTls } from './tls';

let dir = '';
const file = (name: string) => path.join(dir, name);

/** A throwaway self-signed certificate for 127.0.0.1, as an office would make for its own server. */
function makeCertificate(name: string): void {
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '30',
      '-subj',
      '/CN=street-desk-test',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      file(`${name}.key`),
      '-out',
      file(`${name}.crt`),
    ],
    { stdio: 'ignore' },
  );
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'sync-tls-'));
  makeCertificate('office');
  makeCertificate('other');
  writeFileSync(file('garbage.crt'), 'not a certificate');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadTls', () => {
  it('is plain http when neither file is named', () => {
    expect(loadTls({})).toBeNull();
  });

  it('refuses half a pair instead of falling back to http', () => {
    expect(() => loadTls({ certFile: file('office.crt') })).toThrow(ExpectedError);
    expect(() => loadTls({ keyFile: file('office.key') })).toThrow(/TLS_CERT 和 TLS_KEY/);
  });

  it('names the file it cannot read', () => {
    expect(() => loadTls({ certFile: file('missing.crt'), keyFile: file('office.key') })).toThrow(
      /missing\.crt.*ENOENT/,
    );
  });

  it('refuses a key that belongs to another certificate, and a file that is no certificate', () => {
    expect(() => loadTls({ certFile: file('office.crt'), keyFile: file('other.key') })).toThrow(
      /not a valid certificate and key pair/,
    );
    expect(() => loadTls({ certFile: file('garbage.crt'), keyFile: file('office.key') })).toThrow(
      ExpectedError,
    );
  });

  it('reads TLS_CERT and TLS_KEY from the environment', () => {
    const config = readConfig({ TLS_CERT: file('office.crt'), TLS_KEY: file('office.key') });
    expect(config.tlsCertFile).toBe(file('office.crt'));
    expect(config.tlsKeyFile).toBe(file('office.key'));
    expect(readConfig({}).tlsCertFile).toBeUndefined();
  });
});

/** GET over https; Node verifies the certificate against `ca` (rejectUnauthorized is on by default). */
function getJson(port: number, ca: Buffer | undefined): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/api/ping', ca }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as unknown }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the app host over https', () => {
  it('answers over TLS with the office certificate, which only a client that trusts it accepts', async () => {
    const tls = loadTls({ certFile: file('office.crt'), keyFile: file('office.key') });
    const app = createAppHost({ https: tls });
    app.get('/api/ping', () => ({ pong: true }));
    await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const { port } = app.server.address() as AddressInfo;
      expect(await getJson(port, tls?.cert)).toEqual({ status: 200, body: { pong: true } });
      await expect(getJson(port, undefined)).rejects.toThrow(/self-signed|certificate/i);
    } finally {
      await app.close();
    }
  });
});
