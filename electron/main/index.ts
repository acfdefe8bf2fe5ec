import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, shell } from 'electron';
import { createBackend, type Backend } from '../backend/backend';
import { resolveDataDir } from '../backend/paths';
import { isTrustedUrl } from '../../shared/security/trusted-url';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './app-protocol';
import { parseMainArgs } from './args';
import { forwardEvents, registerIpc } from './ipc';
import { electronSqliteBinding } from './native-sqlite';
import { denyAllPermissions, hardenAllWebContents } from './security';
import { createMainWindow } from './window';

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
  app.whenReady().then(start, (error: unknown) => fail(error));
}

function fail(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('Paginawacht kan niet starten / cannot start', message);
  app.exit(1);
}

function start(): void {
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
    backend = createBackend({
      dataDir: resolveDataDir(args.dataDir),
      nativeBinding,
      demo: args.demo,
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

app.on('will-quit', () => {
  void backend?.close();
});
