import { describe, expect, it, vi } from 'vitest';
import { openExternalUrl, parseExternalUrl } from './external-links';

describe('parseExternalUrl', () => {
  it('accepts http and https links and normalises them', () => {
    expect(parseExternalUrl('https://www.beijing.gov.cn/')).toBe('https://www.beijing.gov.cn/');
    expect(parseExternalUrl('http://example.com/a?b=1#c')).toBe('http://example.com/a?b=1#c');
    expect(parseExternalUrl('HTTPS://Example.COM')).toBe('https://example.com/');
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['a custom scheme', 'ms-settings:privacy'],
    ['smb:', 'smb://server/share'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['the app scheme', 'app://street-desk/index.html'],
    ['credentials', 'https://user:pw@example.com/'],
    ['a user name', 'https://bank.example@evil.example/'],
    ['a leading space', ' https://example.com/'],
    ['a newline', 'https://exa\nmple.com/'],
    ['a tab', 'https://example.com/\t'],
    ['a relative path', '/index.html'],
    ['no host', 'https://'],
    ['an empty string', ''],
    ['a very long link', `https://example.com/${'a'.repeat(2100)}`],
  ])('refuses %s', (_what, url) => {
    expect(parseExternalUrl(url)).toBeNull();
  });

  it('refuses what is not a string', () => {
    expect(parseExternalUrl(undefined)).toBeNull();
    expect(parseExternalUrl({ href: 'https://example.com/' })).toBeNull();
  });
});

describe('openExternalUrl', () => {
  it('opens a safe link with its normalised form', async () => {
    const open = vi.fn(async () => {});
    await expect(openExternalUrl('https://Example.com', open)).resolves.toBe(true);
    expect(open).toHaveBeenCalledWith('https://example.com/');
  });

  it('never calls open for a refused link', async () => {
    const open = vi.fn(async () => {});
    await expect(openExternalUrl('file:///C:/Windows/System32/calc.exe', open)).resolves.toBe(false);
    expect(open).not.toHaveBeenCalled();
  });
});
