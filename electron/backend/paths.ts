import os from 'node:os';
import path from 'node:path';

export const APP_DIR_NAME = 'Paginawacht';

/**
 * The OS's per-user application-data folder, computed the same way in Electron and in the Node CLI so
 * that both find the same database (Electron's app.getPath('userData') uses these locations too).
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_DIR_NAME);
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), APP_DIR_NAME);
}

/**
 * `--data-dir` wins over `PAGINAWACHT_DATA_DIR`, which wins over the OS default. Under test
 * (`PAGINAWACHT_TEST`) an explicit folder is required, so no test can ever touch a real desk's data.
 */
export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = flag || env.PAGINAWACHT_DATA_DIR;
  if (chosen) return path.resolve(chosen);
  if (env.PAGINAWACHT_TEST) throw new Error('Test mode (PAGINAWACHT_TEST) needs an explicit --data-dir or PAGINAWACHT_DATA_DIR');
  return defaultDataDir(env);
}

export function dataPaths(dataDir: string) {
  return {
    dataDir,
    database: path.join(dataDir, 'paginawacht.sqlite'),
    backups: path.join(dataDir, 'backups'),
    desk: path.join(dataDir, 'desk.json'),
    logs: path.join(dataDir, 'logs'),
    secrets: path.join(dataDir, 'secrets'),
  };
}
