import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, shell } from 'electron';
import fs from 'node:fs';
import os from 'node:os';
import { createBackend, type Backend } from '../backend/backend';
import { createPoller, type Poller } from '../backend/poller';
import { startDemo, type Demo } from '../backend/demo';
import { dataPaths } from '../backend/paths';
import { FileSecretStore } from '../backend/secrets/file-secret-store';
import { chainSecretStores } from '../backend/secrets/secret-store';
import { resolveDataDir } from '../backend/paths';
import { isTrustedUrl } from '../../shared/security/trusted-url';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './app-protocol';
import { parseMainArgs } from './args';
import { forwardEvents, registerIpc } from './ipc';
import { electronSqliteBinding } from './native-sqlite';
import { denyAllPermissions, hardenAllWebContents } from './security';
import { createMainWindow } from './window';
import { createKeychainSecretStore } from './keychain-secret-store';
import { notifyUrgentItems } from './notifications';
import { notifyDueReminders } from './reminder-notifications';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = parseMainArgs(process.argv);
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const appOrigin = devServerUrl ? new URL(devServerUrl).origin : APP_ORIGIN;

function isAppUrl(url: string): boolean {
  try {
    return new URL(url).origin === appOrigin;
  } catch {
    return false;
  }
}

let backend: Backend | null = null;
let poller: Poller | null = null;
let demo: Demo | null = null;

registerAppScheme();
app.enableSandbox();
hardenAllWebContents(isAppUrl);

if (!app.requestSingleInstanceLock()) {
  // A second start focuses the open desk instead of opening the same database twice.
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app.whenReady().then(start).catch((error: unknown) => fail(error));
}

function fail(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('Paginawacht kan niet starten / cannot start', message);
  app.exit(1);
}

async function start(): Promise<void> {
  denyAllPermissions();
  const appRoot = path.resolve(here, '../..');
  const nativeBinding = electronSqliteBinding(appRoot);
  if (!nativeBinding) {
    return fail(
      new Error(
        'better-sqlite3 has no build for this Electron version yet. Run `npm run rebuild:electron` (needs the internet), ' +
          'or start in browser mode with `npm start -- --browser`.',
      ),
    );
  }
  registerIpc({ backend: () => backend, isAppUrl, windows: () => BrowserWindow.getAllWindows().map((w) => w.webContents) });
  try {
    // A demo gets a fresh folder: its practice platforms start afresh on new ports each time.
    const dataDir = args.demo && !args.dataDir ? fs.mkdtempSync(path.join(os.tmpdir(), 'paginawacht-demo-')) : resolveDataDir(args.dataDir);
    const secretsDir = dataPaths(dataDir).secrets;
    const fileStore = new FileSecretStore(secretsDir);
    const keychain = createKeychainSecretStore(secretsDir);
    backend = createBackend({
      dataDir,
      nativeBinding,
      demo: args.demo,
      // The keychain where the desktop offers one; tokens stored headless (CLI) stay readable too.
      secrets: keychain ? chainSecretStores(keychain, fileStore) : fileStore,
      host: {
        transport: 'ipc',
        openExternal: async (url) => {
          if (isTrustedUrl(url)) await shell.openExternal(url);
        },
      },
    });
  } catch (error) {
    return fail(error);
  }
  forwardEvents(backend, () => BrowserWindow.getAllWindows().map((w) => w.webContents));
  if (args.demo) demo = await startDemo(backend);
  poller = createPoller(backend, { label: `Paginawacht (${os.hostname()}, pid ${process.pid})` });
  backend.attachPoller(poller);
  poller.start();
  notifyUrgentItems(backend, () => {
    const [window] = BrowserWindow.getAllWindows();
    window?.show();
    window?.focus();
  });
  notifyDueReminders(backend, () => BrowserWindow.getAllWindows()[0]?.show());
  if (!devServerUrl) serveRenderer(path.resolve(here, '../renderer'));
  const open = () =>
    createMainWindow({
      preload: path.resolve(here, '../preload/index.cjs'),
      url: devServerUrl ?? `${APP_ORIGIN}/index.html`,
    });
  open();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) open();
  });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

let quitting = false;
app.on('will-quit', (event) => {
  if (quitting) return;
  // Let a poll under way finish its transaction and release the poller lease before closing.
  quitting = true;
  event.preventDefault();
  void (async () => {
    await poller?.stop().catch(() => undefined);
    await demo?.stop().catch(() => undefined);
    await backend?.close().catch(() => undefined);
    app.quit();
  })();
});
