import type { SecretStore } from './secret-store';

/** For an in-memory desk (tests): secrets vanish with the process, like the database. */
export class MemorySecretStore implements SecretStore {
  readonly kind = 'file' as const;
  private readonly values = new Map<string, string>();
  get = (key: string) => this.values.get(key) ?? null;
  set = (key: string, value: string) => void this.values.set(key, value);
  delete = (key: string) => void this.values.delete(key);
  has = (key: string) => this.values.has(key);
}
