import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSyncServerPolicy, syncServerFile } from './sync-server-policy';

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});

function file() {
  dir = mkdtempSync(path.join(tmpdir(), 'sync-server-'));
  return path.join(dir, 'sync-server.json');
}

describe('sync server policy', () => {
  it('lets nothing out before a server is named', () => {
    const policy = createSyncServerPolicy(syncServerFile(file()));
    expect(policy.origin()).toBeNull();
    expect(policy.addressSpace()).toBeNull();
    expect(policy.isRequestAllowed('https://sync.example.org/api/auth/login')).toBe(false);
  });

  it('lets requests through to the named server only, and keeps it across a restart', () => {
    const filePath = file();
    const policy = createSyncServerPolicy(syncServerFile(filePath));
    policy.allow('http://192.168.1.20:5180');
    expect(policy.isRequestAllowed('http://192.168.1.20:5180/api/sync/pull?since=1')).toBe(true);
    expect(policy.isRequestAllowed('ws://192.168.1.20:5180/live')).toBe(true);
    expect(policy.isRequestAllowed('http://192.168.1.20:8080/')).toBe(false);
    expect(policy.isRequestAllowed('https://192.168.1.20:5180/')).toBe(false);
    expect(policy.isRequestAllowed('http://192.168.1.21:5180/')).toBe(false);
    expect(policy.addressSpace()).toBe('local');
    expect(JSON.parse(readFileSync(filePath, 'utf8'))).toEqual({ origin: 'http://192.168.1.20:5180' });

    const restarted = createSyncServerPolicy(syncServerFile(filePath));
    expect(restarted.origin()).toBe('http://192.168.1.20:5180');
  });

  it('replaces the server rather than collecting them', () => {
    const policy = createSyncServerPolicy(syncServerFile(file()));
    policy.allow('https://127.0.0.1:5180');
    expect(policy.addressSpace()).toBe('loopback');
    policy.allow('https://sync.example.org');
    expect(policy.isRequestAllowed('https://127.0.0.1:5180/api')).toBe(false);
    expect(policy.addressSpace()).toBe('public');
  });

  it('refuses what is not a bare http(s) origin', () => {
    const policy = createSyncServerPolicy(syncServerFile(file()));
    expect(() => policy.allow('https://sync.example.org/path')).toThrow(TypeError);
    expect(() => policy.allow('file:///etc/passwd')).toThrow(TypeError);
    expect(policy.origin()).toBeNull();
  });

  it('treats a damaged file as no server', () => {
    const filePath = file();
    writeFileSync(filePath, '{"origin": "javascript:alert(1)"}');
    expect(createSyncServerPolicy(syncServerFile(filePath)).origin()).toBeNull();
    writeFileSync(filePath, 'not json');
    expect(createSyncServerPolicy(syncServerFile(filePath)).origin()).toBeNull();
  });
});
