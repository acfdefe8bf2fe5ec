// Runs after `npm ci` / `npm install` in this project. It never fails the install: where the Electron
// binary cannot be downloaded (as on our CI machines), Paginawacht runs in browser mode instead.
import { buildElectronSqlite, electronBinary, installElectronBinary } from './electron-runtime.js';

const log = (line) => process.stdout.write(`paginawacht postinstall: ${line}\n`);

try {
  if (installElectronBinary({ log }) && electronBinary()) buildElectronSqlite({ log });
} catch (error) {
  log(`skipped the Electron set-up (${error instanceof Error ? error.message : String(error)}).`);
}
