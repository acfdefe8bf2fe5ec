import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { ROOT, electronSqliteBinary } from './paths.js';

const require = createRequire(path.join(ROOT, 'package.json'));

export function electronVersion() {
  return require('electron/package.json').version;
}

/**
 * Path of the Electron executable, or null when only its npm package (no binary) is installed.
 * Reads electron's path.txt itself: `require('electron')` would start a download when it is missing.
 */
export function electronBinary() {
  const dir = path.dirname(require.resolve('electron/package.json'));
  const pathFile = path.join(dir, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override ? path.join(override, relative || 'electron') : relative ? path.join(dir, 'dist', relative) : null;
  return binary && fs.existsSync(binary) ? binary : null;
}

/** Why no window can open here, in Dutch and English; null when Electron can start. */
export function windowUnavailableReason(env = process.env) {
  if (!electronBinary()) {
    return 'het Electron-programma is niet geïnstalleerd (geen download mogelijk bij npm ci) / the Electron binary is not installed';
  }
  if (process.platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
    return 'geen grafisch scherm gevonden (DISPLAY) / no graphical display found';
  }
  if (!fs.existsSync(electronSqliteBinary(electronVersion()))) {
    return 'better-sqlite3 is nog niet gebouwd voor Electron (npm run rebuild:electron) / better-sqlite3 has no Electron build yet';
  }
  return null;
}

/**
 * Tries to fetch the Electron binary (electron's own install script, which npm 11 does not run for
 * us: package.json denies it so that installs succeed where the download is impossible).
 */
export function installElectronBinary({ log = console.log } = {}) {
  if (electronBinary()) return true;
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    log('Electron: download skipped (ELECTRON_SKIP_BINARY_DOWNLOAD); npm start will use browser mode.');
    return false;
  }
  const installer = path.join(path.dirname(require.resolve('electron/package.json')), 'install.js');
  const result = spawnSync(process.execPath, [installer], { cwd: path.dirname(installer), encoding: 'utf8', timeout: 10 * 60_000 });
  if (result.status === 0 && electronBinary()) return true;
  const why = (result.stderr || result.error?.message || '').split('\n').find((l) => l.trim()) ?? 'unknown error';
  log(`Electron: the binary could not be downloaded (${why.trim()}); npm start will use browser mode.`);
  return false;
}

/**
 * Builds better-sqlite3 for Electron's ABI in a scratch copy and keeps only the resulting binary, so a
 * failed attempt can never delete or replace the Node build that the tests and the CLI load (an
 * in-place @electron/rebuild would). Tries a prebuilt binary first, then a source build against
 * Electron's headers; both need the network.
 */
export function buildElectronSqlite({ version = electronVersion(), arch = process.arch, log = console.log } = {}) {
  const target = electronSqliteBinary(version, arch);
  if (fs.existsSync(target)) return true;
  const source = path.dirname(require.resolve('better-sqlite3/package.json'));
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'paginawacht-electron-sqlite-'));
  try {
    fs.cpSync(source, scratch, { recursive: true, filter: (p) => !p.startsWith(path.join(source, 'build')) });
    const env = { ...process.env };
    // ~/.npmrc may pin node-gyp to Node's own headers (nodedir); Electron's must be used here.
    for (const key of Object.keys(env)) if (/^npm_config_(nodedir|target|runtime|disturl|dist_url)$/i.test(key)) delete env[key];
    const attempts = [
      [process.execPath, [require.resolve('prebuild-install/bin.js'), '--runtime=electron', `--target=${version}`, `--arch=${arch}`]],
      [process.execPath, [nodeGyp(), 'rebuild', '--release', `--target=${version}`, `--arch=${arch}`, '--dist-url=https://electronjs.org/headers']],
    ];
    for (const [cmd, args] of attempts) {
      const result = spawnSync(cmd, args, { cwd: scratch, env, encoding: 'utf8', timeout: 15 * 60_000 });
      const built = path.join(scratch, 'build', 'Release', 'better_sqlite3.node');
      if (result.status === 0 && fs.existsSync(built)) {
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.copyFileSync(built, `${target}.tmp`);
        fs.renameSync(`${target}.tmp`, target);
        log(`better-sqlite3 built for Electron ${version}: ${path.relative(ROOT, target)}`);
        return true;
      }
    }
    log(`better-sqlite3: no Electron ${version} build could be made here (needs the network); the Node build is untouched.`);
    return false;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

function nodeGyp() {
  if (process.env.npm_config_node_gyp && fs.existsSync(process.env.npm_config_node_gyp)) return process.env.npm_config_node_gyp;
  try {
    return require.resolve('node-gyp/bin/node-gyp.js');
  } catch {
    // npm ships node-gyp; find it beside the npm that runs us.
    const npmDir = path.resolve(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm');
    return path.join(npmDir, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  }
}
