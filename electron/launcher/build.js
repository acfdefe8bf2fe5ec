import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { CLI_BUNDLE, MAIN_BUNDLE, OUT, ROOT, SOURCE_DIRS, SOURCE_FILES } from './paths.js';

const STAMP = path.join(OUT, '.build-stamp');

function newestMtime(entry) {
  let newest = 0;
  let stat;
  try {
    stat = fs.statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  for (const name of fs.readdirSync(entry)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, name)));
  }
  return newest;
}

export function buildIsCurrent() {
  if (!fs.existsSync(CLI_BUNDLE) || !fs.existsSync(MAIN_BUNDLE) || !fs.existsSync(STAMP)) return false;
  const built = fs.statSync(STAMP).mtimeMs;
  return [...SOURCE_DIRS, ...SOURCE_FILES].every((p) => newestMtime(p) <= built);
}

/** Builds main, preload, renderer and the CLI with electron-vite when the sources changed since the last build. */
export function ensureBuilt({ quiet = false } = {}) {
  if (buildIsCurrent()) return;
  build({ quiet });
}

export function build({ quiet = false } = {}) {
  const startedAt = new Date();
  let bin;
  try {
    const manifest = createRequire(path.join(ROOT, 'package.json')).resolve('electron-vite/package.json');
    bin = path.join(path.dirname(manifest), 'bin', 'electron-vite.js');
  } catch {
    throw new Error('Paginawacht is not built and electron-vite is missing: run `npm ci`, then `npm run build`.');
  }
  if (!quiet) process.stderr.write('Paginawacht wordt gebouwd / building Paginawacht…\n');
  const result = spawnSync(process.execPath, [bin, 'build'], { cwd: ROOT, stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit' });
  if (result.status !== 0) throw new Error('The build failed (see above); fix it, or run `npm run build` to see the details.');
  // Stamped with the start time: a source saved while the build ran still counts as newer.
  fs.writeFileSync(STAMP, startedAt.toISOString());
  fs.utimesSync(STAMP, startedAt, startedAt);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  try {
    build();
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
