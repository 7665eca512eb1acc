import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Password hashing with scrypt (node:crypto). Stored as
 * `scrypt$<N>$<r>$<p>$<salt base64>$<hash base64>`, so the cost can rise later without
 * invalidating stored hashes.
 */
const COST = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 64;
/** scrypt needs 128·N·r bytes; the default 32 MB limit is exactly too small for N = 2^15. */
const MAX_MEMORY = 64 * 1024 * 1024;
export const MIN_PASSWORD_LENGTH = 8;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, { ...options, maxmem: MAX_MEMORY }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await derive(password, Buffer.from(salt, 'base64'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/**
 * A hash of no one's password, checked when the user name is unknown, so a login takes as
 * long for a name that does not exist as for a wrong password.
 */
let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(16).toString('hex'));
  return dummy;
}

/**
 * The passwords tried first by anyone guessing (the commonest in published leak lists, and
 * the ones Chinese users pick most), compared without case or spaces. Short on purpose: the
 * point is to refuse what a guesser tries in their first ten attempts.
 */
const COMMON_PASSWORDS = new Set([
  '12345678',
  '123456789',
  '1234567890',
  '12345678910',
  '87654321',
  '11111111',
  '00000000',
  '88888888',
  '66666666',
  '11223344',
  '12341234',
  '123123123',
  '1qaz2wsx',
  '1q2w3e4r',
  'qwertyui',
  'qwertyuiop',
  'asdfghjk',
  'asdfghjkl',
  'zxcvbnm123',
  'password',
  'password1',
  'password123',
  'passw0rd',
  'p@ssw0rd',
  'iloveyou',
  'welcome1',
  'admin123',
  'admin1234',
  'administrator',
  'abc12345',
  'abcd1234',
  'a1234567',
  'aa123456',
  'qq123456',
  'woaini1314',
  '5201314520',
  'letmein1',
  'sunshine',
  'football',
  'baseball',
  'changeme',
  'test1234',
  'root1234',
]);

const normalized = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** Why a new password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, username?: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `密码至少 ${MIN_PASSWORD_LENGTH} 个字符。（A password needs at least ${MIN_PASSWORD_LENGTH} characters.）`;
  }
  if (password.length > 256) return '密码太长。（The password is too long.）';
  if (username !== undefined && normalized(password).includes(normalized(username))) {
    return '密码不能包含用户名。（The password may not contain the user name.）';
  }
  if (COMMON_PASSWORDS.has(normalized(password))) {
    return '这是最常被猜中的密码之一，请换一个。（This is one of the passwords guessed first; choose another.）';
  }
  return null;
}
