import type { PasswordHash } from './account';

/**
 * PBKDF2-SHA256 rounds for a new hash. Measured on the office's 2-core machine (this repository's CI host, November
 * 2026): one hash takes about 210 ms in Chromium (the Electron renderer and the e2e browser) and about 310 ms in
 * Node. Each stored hash keeps its own count, so this can be raised later: an account whose hash has fewer rounds is
 * re-hashed at its next successful sign-in (`needsRehash`).
 */
export const PASSWORD_ITERATIONS = 2_000_000;

const SALT_BYTES = 16;
const HASH_BITS = 256;

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 64;

/**
 * 口令复杂度 (等保 2.0 identification): at least 8 characters with letters and digits, and not the login name. Returns
 * the first problem in Chinese, or null.
 */
export function passwordProblem(password: string, username?: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `密码至少${PASSWORD_MIN_LENGTH}个字符`;
  if (password.length > PASSWORD_MAX_LENGTH) return `密码不能超过${PASSWORD_MAX_LENGTH}个字符`;
  if (/\s/.test(password)) return '密码不能包含空格';
  if (!/[A-Za-z]/.test(password) || !/[0-9]/.test(password)) return '密码须同时包含字母和数字';
  if (username && password.toLowerCase() === username.trim().toLowerCase()) return '密码不能与登录名相同';
  return null;
}

/** A new hash of `password` with a fresh random salt. */
export async function hashPassword(password: string, iterations: number = PASSWORD_ITERATIONS): Promise<PasswordHash> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await derive(password, salt, iterations);
  return { algorithm: 'PBKDF2-SHA256', iterations, salt: toBase64(salt), hash: toBase64(hash) };
}

/** Whether `password` is the one `stored` was made from; the comparison takes the same time wherever they differ. */
export async function checkPassword(password: string, stored: PasswordHash): Promise<boolean> {
  if (stored.algorithm !== 'PBKDF2-SHA256') return false;
  const expected = fromBase64(stored.hash);
  const actual = await derive(password, fromBase64(stored.salt), stored.iterations);
  return constantTimeEqual(actual, expected);
}

/** A hash made with fewer rounds than today's, to be replaced at the next successful sign-in. */
export function needsRehash(stored: PasswordHash): boolean {
  return stored.iterations < PASSWORD_ITERATIONS;
}

/** Compares every byte whatever the first difference, so the time taken says nothing about where it was. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

async function derive(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, HASH_BITS);
  return new Uint8Array(bits);
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
