import { parseArgs } from 'node:util';

export interface MainArgs {
  dataDir?: string;
  demo: boolean;
}

/** Flags the launcher passes through to Electron; Chromium's own switches are ignored. */
export function parseMainArgs(argv: string[]): MainArgs {
  const { values } = parseArgs({
    args: argv.filter((a) => a.startsWith('--data-dir') || a === '--demo' || !a.startsWith('-')).slice(1),
    options: { 'data-dir': { type: 'string' }, demo: { type: 'boolean', default: false } },
    strict: false,
    allowPositionals: true,
  });
  return {
    ...(typeof values['data-dir'] === 'string' ? { dataDir: values['data-dir'] } : {}),
    demo: values.demo === true,
  };
}
