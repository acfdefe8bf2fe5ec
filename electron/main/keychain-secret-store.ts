import fs from 'node:fs';
import path from 'node:path';
import { safeStorage } from 'electron';
import type { SecretStore } from '../backend/secrets/secret-store';

/**
 * Tokens encrypted with Electron's safeStorage, whose key lives in the OS keychain (Keychain on macOS,
 * DPAPI on Windows, the Secret Service / KWallet on Linux). Only the encrypted blobs are on disk.
 * Returns null where no keychain is available (e.g. Linux without a secret service: safeStorage would
 * fall back to a hard-coded key, which protects nothing), so the caller can use the file store and say so.
 */
export function createKeychainSecretStore(dir: string): SecretStore | null {
  if (!safeStorage.isEncryptionAvailable()) return null;
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text') return null;
  const file = path.join(dir, 'keychain.json');
  const read = (): Record<string, string> => {
    try {
      return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
    } catch {
      return {};
    }
  };
  const write = (values: Record<string, string>) => {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    fs.writeFileSync(`${file}.tmp`, JSON.stringify(values), { mode: 0o600 });
    fs.renameSync(`${file}.tmp`, file);
  };
  return {
    kind: 'keychain',
    get(key) {
      const blob = read()[key];
      if (!blob) return null;
      try {
        return safeStorage.decryptString(Buffer.from(blob, 'base64'));
      } catch {
        return null;
      }
    },
    set(key, value) {
      write({ ...read(), [key]: safeStorage.encryptString(value).toString('base64') });
    },
    delete(key) {
      const values = read();
      if (!(key in values)) return;
      delete values[key];
      write(values);
    },
    has(key) {
      return key in read();
    },
  };
}
