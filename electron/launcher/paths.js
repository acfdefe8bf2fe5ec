// Plain JavaScript on purpose: these scripts run before anything is built (npm install, npm start).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const OUT = path.join(ROOT, 'out');
export const CLI_BUNDLE = path.join(OUT, 'main', 'cli.js');
export const MAIN_BUNDLE = path.join(OUT, 'main', 'index.js');
export const SOURCE_DIRS = ['electron', 'renderer', 'shared', 'db'].map((d) => path.join(ROOT, d));
export const SOURCE_FILES = ['electron.vite.config.ts', 'package.json', 'tsconfig.base.json'].map((f) => path.join(ROOT, f));

/** Where the better-sqlite3 binary for Electron's ABI lives, apart from the Node build it must never replace. */
export function electronSqliteBinary(electronVersion, arch = process.arch) {
  return path.join(ROOT, 'node_modules', '.paginawacht', `electron-${electronVersion}-${process.platform}-${arch}`, 'better_sqlite3.node');
}
