// `npm run rebuild:electron`: (re)fetch the Electron binary and build better-sqlite3 for its ABI into
// its own folder, e.g. after upgrading Electron. Exits 1 when either step is impossible here.
import { buildElectronSqlite, electronBinary, installElectronBinary } from './electron-runtime.js';

const log = (line) => process.stdout.write(`${line}\n`);
const ok = installElectronBinary({ log }) && electronBinary() !== null && buildElectronSqlite({ log });
process.exit(ok ? 0 : 1);
