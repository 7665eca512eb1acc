import { describe, expect, it } from 'vitest';
import { addressSpaceOf, needsInsecureConsent, normalizeServerUrl, serverOrigin } from './server-address';

describe('normalizeServerUrl', () => {
  it('takes a bare host as https', () => {
    expect(normalizeServerUrl('sync.example.org:5180')).toBe('https://sync.example.org:5180');
    expect(normalizeServerUrl(' 192.168.1.20:5180/ ')).toBe('https://192.168.1.20:5180');
  });

  it('keeps a scheme the user wrote', () => {
    expect(normalizeServerUrl('http://192.168.1.20:5180')).toBe('http://192.168.1.20:5180');
    expect(normalizeServerUrl('HTTPS://Sync.Example.org/street/')).toBe('https://sync.example.org/street');
  });

  it('refuses other schemes and credentials in the address', () => {
    expect(() => normalizeServerUrl('ftp://sync.example.org')).toThrow(TypeError);
    expect(() => normalizeServerUrl('https://admin:pw@sync.example.org')).toThrow(TypeError);
    expect(() => normalizeServerUrl('https://')).toThrow(TypeError);
  });
});

describe('needsInsecureConsent', () => {
  it('never for https', () => {
    expect(needsInsecureConsent('https://192.168.1.20:5180')).toBe(false);
    expect(needsInsecureConsent('https://sync.example.org')).toBe(false);
  });

  it('not for plain http on this computer', () => {
    for (const url of ['http://localhost:5180', 'http://127.0.0.1:5180', 'http://[::1]:5180'])
      expect(needsInsecureConsent(url)).toBe(false);
  });

  it('for plain http to any other computer', () => {
    for (const url of ['http://192.168.1.20:5180', 'http://sync.example.org', 'http://localhost.example.org'])
      expect(needsInsecureConsent(url)).toBe(true);
  });
});

describe('addressSpaceOf', () => {
  it('tells loopback, LAN and public addresses apart', () => {
    expect(addressSpaceOf('localhost')).toBe('loopback');
    expect(addressSpaceOf('127.0.0.1')).toBe('loopback');
    expect(addressSpaceOf('[::1]')).toBe('loopback');
    for (const host of [
      '10.0.0.5',
      '172.16.0.1',
      '172.31.255.1',
      '192.168.1.20',
      '169.254.1.1',
      '[fd00::1]',
      '[fe80::1]',
    ])
      expect(addressSpaceOf(host)).toBe('local');
    for (const host of ['172.32.0.1', '8.8.8.8', 'sync.example.org', '[2001:db8::1]'])
      expect(addressSpaceOf(host)).toBe('public');
  });
});

describe('serverOrigin', () => {
  it('is the origin of an http(s) URL, null otherwise', () => {
    expect(serverOrigin('https://sync.example.org:5180/api')).toBe('https://sync.example.org:5180');
    expect(serverOrigin('file:///etc/passwd')).toBeNull();
    expect(serverOrigin('not a url')).toBeNull();
  });
});
