import fs from 'node:fs';
import path from 'node:path';

/**
 * better-sqlite3's binary for Electron's ABI, built by the postinstall script into its own folder so
 * the Node build used by the tests and the CLI stays intact (see README, "Native module").
 */
export function electronSqliteBinding(appRoot: string): string | null {
  const file = path.join(
    appRoot,
    'node_modules',
    '.paginawacht',
    `electron-${process.versions.electron}-${process.platform}-${process.arch}`,
    'better_sqlite3.node',
  );
  return fs.existsSync(file) ? file : null;
}
