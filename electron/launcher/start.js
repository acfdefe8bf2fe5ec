// `npm start [-- --browser] [-- --demo] [-- --data-dir DIR] [-- --port N]`
// Opens the Electron window where it can; otherwise serves the same renderer in browser mode and says why.
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { ensureBuilt } from './build.js';
import { CLI_BUNDLE, ROOT } from './paths.js';
import { buildElectronSqlite, electronBinary, windowUnavailableReason } from './electron-runtime.js';

const USAGE = [
  'npm start [-- options]',
  '  --browser         serve in the browser instead of opening a window',
  '  --demo            run against local demo platforms with a demo school (separate data folder)',
  '  --data-dir DIR    data folder (default: PAGINAWACHT_DATA_DIR, else the per-user app-data folder)',
  '  --port N          port for browser mode (default: a free one)',
  '',
].join('\n');

let values;
try {
  ({ values } = parseArgs({
    options: {
      browser: { type: 'boolean', default: false },
      demo: { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  }));
} catch (error) {
  // A mistyped option is a usage error (exit 2, as the CLI's), said in one line, not a stack trace.
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  process.exit(2);
}

if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}

try {
  ensureBuilt();
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}

function run(command, args) {
  const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 130 : 1)));
}

const shared = [...(values['data-dir'] ? ['--data-dir', values['data-dir']] : [])];
let reason = values.browser ? null : windowUnavailableReason();
if (!values.browser && reason?.startsWith('better-sqlite3')) {
  // The binary arrived after install (or Electron was upgraded): try the Electron build once now.
  if (buildElectronSqlite()) reason = windowUnavailableReason();
}

if (!values.browser && !reason) {
  run(electronBinary(), ['.', ...shared, ...(values.demo ? ['--demo'] : [])]);
} else {
  const command = values.demo ? 'demo' : 'serve';
  const args = [CLI_BUNDLE, ...shared, command, ...(values.port ? ['--port', values.port] : [])];
  if (reason) args.push('--reason', reason);
  run(process.execPath, args);
}
