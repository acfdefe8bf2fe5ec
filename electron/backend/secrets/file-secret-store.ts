import fs from 'node:fs';
import path from 'node:path';
import type { SecretStore } from './secret-store';

/**
 * Headless credential storage: one JSON file in `<dataDir>/secrets/`, folder 0700 and file 0600, so only
 * the operating-system user can read it. Not encrypted — there is no keychain without a desktop
 * session — which is why whoever writes to it is warned once.
 */
export class FileSecretStore implements SecretStore {
  readonly kind = 'file' as const;
  private readonly file: string;
  private warned = false;

  constructor(
    private readonly dir: string,
    private readonly warn: (message: string) => void = () => {},
  ) {
    this.file = path.join(dir, 'credentials.json');
  }

  private read(): Record<string, string> {
    try {
      const parsed: unknown = JSON.parse(fs.readFileSync(this.file, 'utf8'));
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
    } catch {
      return {};
    }
  }

  private write(values: Record<string, string>): void {
    fs.mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    fs.chmodSync(this.dir, 0o700);
    const tmp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(values, null, 2), { mode: 0o600 });
    fs.renameSync(tmp, this.file);
    fs.chmodSync(this.file, 0o600);
  }

  get(key: string): string | null {
    return this.read()[key] ?? null;
  }

  has(key: string): boolean {
    return key in this.read();
  }

  set(key: string, value: string): void {
    if (!this.warned) this.warn(
      `The token is stored in ${this.file}, readable only by this operating-system user but not encrypted ` +
        '(no OS keychain in headless mode). Tokens entered in the desktop app go to the keychain instead.',
    );
    this.warned = true;
    this.write({ ...this.read(), [key]: value });
  }

  delete(key: string): void {
    const values = this.read();
    if (!(key in values)) return;
    delete values[key];
    this.write(values);
  }
}
