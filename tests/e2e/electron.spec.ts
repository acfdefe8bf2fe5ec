import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { _electron as electron, expect, test } from '@playwright/test';

// The real window, where an Electron binary exists (users' machines). Our CI machines cannot download
// it, so there the test is skipped and says why.
const require = createRequire(import.meta.url);

function electronBinary(): string | null {
  const dir = path.dirname(require.resolve('electron/package.json'));
  const pathFile = path.join(dir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}

function electronUnavailable(): string | null {
  if (!electronBinary()) return 'the Electron binary is not installed here (no download possible during npm ci)';
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return 'no display (DISPLAY) for a window';
  const version = (require('electron/package.json') as { version: string }).version;
  const native = path.resolve('node_modules/.paginawacht', `electron-${version}-${process.platform}-${process.arch}`, 'better_sqlite3.node');
  if (!fs.existsSync(native)) return 'better-sqlite3 has no Electron build here (npm run rebuild:electron needs the network)';
  return null;
}

const reason = electronUnavailable();
if (reason) console.log(`Electron launch test skipped: ${reason}.`);

test('the Electron window opens on the first-run screen, isolated, with navigation blocked', async () => {
  test.skip(reason !== null, reason ?? '');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'paginawacht-electron-'));
  const app = await electron.launch({
    executablePath: electronBinary()!,
    args: ['.', '--data-dir', dataDir],
    env: { ...process.env, PAGINAWACHT_TEST: '1' },
  });
  try {
    const win = await app.firstWindow();
    await expect(win.getByRole('heading', { name: 'Welkom bij Paginawacht' })).toBeVisible();
    expect(win.url()).toBe('app://paginawacht/index.html');
    // The page sees exactly the bridge, and no Node.
    expect(await win.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await win.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
    expect(await win.evaluate(() => Object.keys((window as unknown as { paginawacht: object }).paginawacht).sort())).toEqual([
      'methods',
      'on',
      'transport',
    ]);
    // Navigation away and new windows are refused.
    expect(await win.evaluate(() => window.open('https://example.com'))).toBeNull();
    await win.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await win.waitForTimeout(500);
    expect(win.url()).toBe('app://paginawacht/index.html');
    expect(app.windows()).toHaveLength(1);
  } finally {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
