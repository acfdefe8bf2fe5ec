import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { startHttpServer } from '../../server/http-server';
import { createPoller } from '../../backend/poller';
import { startDemo, type Demo } from '../../backend/demo';
import { openBackend, type GlobalOptions } from '../context';

export interface ServeOptions {
  port?: string;
  format?: 'text' | 'json';
  reason?: string;
  poll?: boolean;
}

/** out/main/cli.js → out/renderer */
function rendererDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../renderer');
}

const portOption = (v: string) => {
  if (!/^\d+$/.test(v) || Number(v) > 65535) throw new InvalidArgumentError(`--port must be a number from 0 to 65535, not ${v}`);
  return v;
};

/**
 * Browser mode: the desk's back end, its poller and the renderer on 127.0.0.1 until Ctrl+C. With
 * `demo`, first the local platforms and the demo school.
 */
export async function serve(global: GlobalOptions, options: ServeOptions, mode: { demo?: boolean } = {}): Promise<void> {
  const port = options.port === undefined ? 0 : Number(options.port);
  const backend = openBackend(global, 'http', { demo: mode.demo ?? false });
  let demo: Demo | null = null;
  if (mode.demo) demo = await startDemo(backend);
  const server = await startHttpServer({ backend, staticDir: rendererDir(), port });
  const poller = options.poll === false ? null : createPoller(backend, { label: `paginawacht serve (pid ${process.pid})` });
  backend.attachPoller(poller);
  poller?.start();
  if (options.format === 'json') {
    process.stdout.write(`${JSON.stringify({ url: server.url, port: server.port, dataDir: backend.dataDir, demo: Boolean(demo) })}\n`);
  } else {
    const lines = [
      options.reason ? `Geen venster / no window: ${options.reason}` : null,
      demo ? `Demo: lokale oefenplatforms / local practice platforms (${Object.values(demo.traffic.baseUrls).join(', ')})` : null,
      'Paginawacht draait in browsermodus / runs in browser mode.',
      `  Open: ${server.url}`,
      `  Gegevens / data: ${backend.dataDir}`,
      '  Alleen bereikbaar vanaf deze computer; stop met Ctrl+C. / Reachable from this computer only; stop with Ctrl+C.',
    ];
    process.stdout.write(`${lines.filter(Boolean).join('\n')}\n`);
  }
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await poller?.stop();
  await server.close();
  await demo?.stop();
  await backend.close();
}

export function registerServe(program: Command, global: () => GlobalOptions): void {
  program
    .command('serve')
    .description('Serve the desk in a browser on 127.0.0.1 (browser mode); prints the address with its key')
    .option('--port <port>', 'port to listen on (default: a free one)', portOption)
    .addOption(new Option('--format <format>', 'text or json (one line with url, port, dataDir)').choices(['text', 'json']).default('text'))
    .option('--no-poll', 'do not collect from the platforms in this process')
    .option('--reason <text>', 'why no window was opened (used by npm start)')
    .action(async (options: ServeOptions) => serve(global(), options));

  program
    .command('demo')
    .description('Sandbox: local practice platforms with a stream of Dutch comments and a demo school, served like `serve`')
    .option('--port <port>', 'port to listen on (default: a free one)', portOption)
    .addOption(new Option('--format <format>', 'text or json (one line with url, port, dataDir)').choices(['text', 'json']).default('text'))
    .option('--reason <text>', 'why no window was opened (used by npm start)')
    .action(async (options: ServeOptions) => {
      // A fresh folder per demo unless one is named: the practice platforms start afresh each time.
      const named = global().dataDir;
      const dataDir = named ?? fs.mkdtempSync(path.join(os.tmpdir(), 'paginawacht-demo-'));
      await serve({ ...global(), dataDir }, options, { demo: true });
    });
}
