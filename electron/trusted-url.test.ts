import { describe, expect, it } from 'vitest';
import { APP_START_URL, isAppUrl, isTrustedSender } from './trusted-url';

describe('isAppUrl', () => {
  it('accepts pages and assets on app://street-desk', () => {
    expect(isAppUrl(APP_START_URL)).toBe(true);
    expect(isAppUrl('app://street-desk/assets/index-abc.js')).toBe(true);
    expect(isAppUrl('app://street-desk/index.html#/places')).toBe(true);
  });

  it.each([
    'app://evil/index.html',
    'app://street-desk.evil.com/index.html',
    'app://street-desk:8080/index.html',
    'app://user:pw@street-desk/index.html',
    'https://street-desk/index.html',
    'file:///index.html',
    'http://localhost:5170/',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts the top frame of the app page', () => {
    expect(isTrustedSender({ url: APP_START_URL, parent: null })).toBe(true);
  });

  it('refuses subframes, foreign pages and missing frames', () => {
    expect(isTrustedSender({ url: APP_START_URL, parent: {} })).toBe(false);
    expect(isTrustedSender({ url: 'https://example.com/', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });
});
