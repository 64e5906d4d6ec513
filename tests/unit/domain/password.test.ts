import { describe, expect, it } from 'vitest';
import {
  checkPassword,
  constantTimeEqual,
  hashPassword,
  needsRehash,
  PASSWORD_ITERATIONS,
  passwordProblem,
} from '../../../renderer/src/domain/access/password';

describe('password hashing (PBKDF2-SHA256, WebCrypto)', () => {
  it(
    'salts every hash on its own: the same password gives two different hashes, and each verifies',
    { timeout: 30_000 },
    async () => {
      const [a, b] = await Promise.all([hashPassword('xinfang2026'), hashPassword('xinfang2026')]);
      expect(a.salt).not.toBe(b.salt);
      expect(a.hash).not.toBe(b.hash);
      expect(atob(a.salt)).toHaveLength(16);
      expect(atob(a.hash)).toHaveLength(32);
      expect(await checkPassword('xinfang2026', a)).toBe(true);
      expect(await checkPassword('xinfang2026', b)).toBe(true);
    },
  );

  it(
    'refuses a wrong password, including one differing only in case or a trailing character',
    { timeout: 30_000 },
    async () => {
      const stored = await hashPassword('xinfang2026');
      expect(await checkPassword('Xinfang2026', stored)).toBe(false);
      expect(await checkPassword('xinfang20266', stored)).toBe(false);
      expect(await checkPassword('', stored)).toBe(false);
    },
  );

  it(
    'stores its work factor, so an older, weaker hash still verifies and is marked for re-hashing',
    { timeout: 30_000 },
    async () => {
      const current = await hashPassword('xinfang2026');
      expect(current).toMatchObject({ algorithm: 'PBKDF2-SHA256', iterations: PASSWORD_ITERATIONS });
      expect(PASSWORD_ITERATIONS).toBeGreaterThanOrEqual(1_000_000);
      expect(needsRehash(current)).toBe(false);
      const older = await hashPassword('xinfang2026', 10_000);
      expect(older.iterations).toBe(10_000);
      expect(await checkPassword('xinfang2026', older)).toBe(true);
      expect(needsRehash(older)).toBe(true);
      // The rounds are part of the hash: the same salt with another count is another hash.
      expect(await checkPassword('xinfang2026', { ...older, iterations: 10_001 })).toBe(false);
    },
  );

  it('compares byte strings fully, whatever their length', () => {
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true);
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2, 0]))).toBe(false);
  });
});

describe('password rules', () => {
  it.each([
    ['abc123', '密码至少8个字符'],
    ['abcdefgh', '密码须同时包含字母和数字'],
    ['12345678', '密码须同时包含字母和数字'],
    ['abcd 12345', '密码不能包含空格'],
    [`a1${'x'.repeat(63)}`, '密码不能超过64个字符'],
    ['wangli2026', '密码不能与登录名相同'],
  ])('refuses %j: %s', (password, message) => {
    expect(passwordProblem(password, 'WangLi2026')).toBe(message);
  });

  it('accepts eight characters with letters and digits', () => {
    expect(passwordProblem('xinfang1', 'wangli')).toBeNull();
    expect(passwordProblem('信访办Xf2026!', 'wangli')).toBeNull();
  });
});
