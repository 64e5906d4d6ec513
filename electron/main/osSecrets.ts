import type { SafeStorage } from 'electron';

/**
 * The operating system's encryption for secrets main keeps in the user-data folder (the backup key, the audit key):
 * Electron's safeStorage (DPAPI on Windows, Keychain, the Secret Service), narrowed and injected so tests run
 * without Electron. One interface for every secret main keeps.
 */
export interface OsSecrets {
  /** Whether the operating system can encrypt (false e.g. on Linux without a keyring). */
  available(): boolean;
  encrypt(plain: string): Uint8Array;
  /** Throws when this machine's account cannot decrypt it (another Windows account or computer). */
  decrypt(sealed: Uint8Array): string;
}

/** Electron's safeStorage as OsSecrets. */
export function osSecretsOf(
  safeStorage: Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'>,
): OsSecrets {
  return {
    available: () => safeStorage.isEncryptionAvailable(),
    encrypt: (plain) => safeStorage.encryptString(plain),
    decrypt: (sealed) => safeStorage.decryptString(Buffer.from(sealed)),
  };
}
