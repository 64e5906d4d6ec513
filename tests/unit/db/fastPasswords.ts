import type * as PasswordModule from '../../../renderer/src/domain/access/password';

/** The rounds tests hash with instead of the real count (about 200 ms a hash): tests/unit/domain/password.test.ts checks that one. */
export const TEST_ROUNDS = 20_000;

/**
 * The password module with 20,000 rounds: the repositories' rules do not depend on the work factor. Use as
 * `vi.mock(PASSWORD_MODULE, async (importOriginal) => (await import('./fastPasswords')).fastPasswords(importOriginal))`.
 */
export async function fastPasswords(importOriginal: <T>() => Promise<T>) {
  const real = await importOriginal<typeof PasswordModule>();
  return {
    ...real,
    PASSWORD_ITERATIONS: TEST_ROUNDS,
    hashPassword: (password: string, iterations = TEST_ROUNDS) => real.hashPassword(password, iterations),
    needsRehash: (stored: { iterations: number }) => stored.iterations < TEST_ROUNDS,
  };
}
