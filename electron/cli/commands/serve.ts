import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { startHttpServer } from '../../server/http-server';
import { openBackend, type GlobalOptions } from '../context';

export interface ServeOptions {
  port?: string;
  format?: 'text' | 'json';
  reason?: string;
}

/** out/main/cli.js → out/renderer */
function rendererDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../renderer');
}

export async function serve(global: GlobalOptions, options: ServeOptions): Promise<void> {
  const port = options.port === undefined ? 0 : Number(options.port);
  const backend = openBackend(global, 'http');
  const server = await startHttpServer({ backend, staticDir: rendererDir(), port });
  if (options.format === 'json') {
    process.stdout.write(`${JSON.stringify({ url: server.url, port: server.port, dataDir: backend.dataDir })}\n`);
  } else {
    const lines = [
      options.reason ? `Geen venster / no window: ${options.reason}` : null,
      'Paginawacht draait in browsermodus / runs in browser mode.',
      `  Open: ${server.url}`,
      `  Gegevens / data: ${backend.dataDir}`,
      '  Alleen bereikbaar vanaf deze computer; stop met Ctrl+C. / Reachable from this computer only; stop with Ctrl+C.',
    ];
    process.stdout.write(`${lines.filter(Boolean).join('\n')}\n`);
  }
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  await backend.close();
}

export function registerServe(program: Command, global: () => GlobalOptions): void {
  program
    .command('serve')
    .description('Serve the desk in a browser on 127.0.0.1 (browser mode); prints the address with its key')
    .option('--port <port>', 'port to listen on (default: a free one)', (v) => {
      if (!/^\d+$/.test(v) || Number(v) > 65535) throw new Error(`--port must be a number from 0 to 65535, not ${v}`);
      return v;
    })
    .option('--format <format>', 'text or json (one line with url, port, dataDir)', 'text')
    .option('--reason <text>', 'why no window was opened (used by npm start)')
    .action(async (options: ServeOptions) => serve(global(), options));
}
