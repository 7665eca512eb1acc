import { describe, expect, it } from 'vitest';
import { RefusedError } from '../app/input-error';
import {
  acceptInsecureServer,
  checkServerTransport,
  InsecureServerError,
  isInsecureServerAccepted,
} from './server-trust';

function memoryStore() {
  const values = new Map<string, string>();
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  };
}

describe('the plain-http warning, remembered per server', () => {
  it('lets https and this computer through without asking', () => {
    const store = memoryStore();
    expect(() => checkServerTransport('https://192.168.1.20:5180', store)).not.toThrow();
    expect(() => checkServerTransport('http://127.0.0.1:5180', store)).not.toThrow();
  });

  it('asks for plain http to another computer, naming the server', () => {
    const store = memoryStore();
    let error: unknown;
    try {
      checkServerTransport('http://192.168.1.20:5180/street', store);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InsecureServerError);
    expect(error).toBeInstanceOf(RefusedError);
    expect((error as InsecureServerError).origin).toBe('http://192.168.1.20:5180');
  });

  it('remembers the answer for that server only', () => {
    const store = memoryStore();
    acceptInsecureServer('http://192.168.1.20:5180', store);
    acceptInsecureServer('http://192.168.1.20:5180', store);
    expect(isInsecureServerAccepted('http://192.168.1.20:5180', store)).toBe(true);
    expect(() => checkServerTransport('http://192.168.1.20:5180/street', store)).not.toThrow();
    expect(() => checkServerTransport('http://192.168.1.21:5180', store)).toThrow(InsecureServerError);
    expect(() => checkServerTransport('http://192.168.1.20:8080', store)).toThrow(InsecureServerError);
  });

  it('asks again when what was stored is damaged', () => {
    const store = memoryStore();
    store.setItem('street-desk.insecure-sync-servers', '{not json');
    expect(isInsecureServerAccepted('http://192.168.1.20:5180', store)).toBe(false);
  });
});
