/**
 * Where platform tokens live: never in the database, never in logs or exports. The Electron app uses
 * the OS keychain (safeStorage); headless runs use a file only the user can read.
 */
export interface SecretStore {
  /** 'keychain' (OS-protected) or 'file' (plain file, owner-only permissions). */
  readonly kind: 'keychain' | 'file';
  get(key: string): string | null;
  set(key: string, value: string): void;
  delete(key: string): void;
  has(key: string): boolean;
}

/** Reads from the first store that has the key; writes to the first (preferred) store. */
export function chainSecretStores(preferred: SecretStore, ...fallbacks: SecretStore[]): SecretStore {
  const all = [preferred, ...fallbacks];
  return {
    kind: preferred.kind,
    get: (key) => {
      for (const store of all) {
        const value = store.get(key);
        if (value !== null) return value;
      }
      return null;
    },
    set: (key, value) => {
      preferred.set(key, value);
      // A newer token replaces an older one entered elsewhere, so there is never a stale second copy.
      for (const store of fallbacks) store.delete(key);
    },
    delete: (key) => all.forEach((store) => store.delete(key)),
    has: (key) => all.some((store) => store.has(key)),
  };
}

export const pageSecretKey = (pageId: number) => `page:${pageId}`;
