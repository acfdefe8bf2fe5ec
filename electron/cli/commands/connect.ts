import { Option, type Command } from 'commander';
import { CliError, withCli, type GlobalOptions } from '../context';
import { EXIT } from '../exit-codes';
import { findPageRef } from '../page-ref';

export interface ConnectCliOptions {
  tokenStdin?: boolean;
  format?: 'text' | 'json';
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Paste the access token and press Enter, then Ctrl+D:\n');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').trim();
}

/**
 * Stores a page's access token for headless polling (in an owner-only file; the app keeps its own in
 * the OS keychain), then checks it against the platform. The token is read from stdin so it never
 * appears in the shell history or the process list.
 */
export async function connect(global: GlobalOptions, pageRef: string, options: ConnectCliOptions): Promise<void> {
  if (!options.tokenStdin) throw new CliError('Give the token on stdin: paginawacht connect PAGE --token-stdin < token.txt', EXIT.usage);
  const token = await readStdin();
  if (!token) throw new CliError('No token on stdin', EXIT.usage);
  await withCli(global, async ({ backend, call }) => {
    const page = await findPageRef(backend.store.db, pageRef);
    await call('connections.setToken', { pageId: page.id, token });
    let verified: { status: string; handle: string | null; displayName: string | null } | null = null;
    let problem: string | null = null;
    try {
      verified = await call('connections.verify', { pageId: page.id });
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
      process.exitCode = EXIT.failed;
    }
    const result = { page: page.id, platform: page.platform, handle: page.handle, stored: backend.secrets.kind, verified, problem };
    if (options.format === 'json') return void process.stdout.write(`${JSON.stringify(result)}\n`);
    process.stdout.write(`Token stored for ${page.platform} ${page.handle} (${backend.secrets.kind === 'file' ? 'owner-only file' : 'OS keychain'}).\n`);
    if (verified?.status === 'verified') process.stdout.write(`Verified: the token belongs to ${verified.handle}${verified.displayName ? ` (${verified.displayName})` : ''}.\n`);
    else if (verified) process.stdout.write('This platform cannot be verified automatically.\n');
    else process.stderr.write(`Not verified: ${problem}\n`);
  });
}

export function registerConnect(program: Command, global: () => GlobalOptions): void {
  program
    .command('connect')
    .description("Store a page's access token for headless polling, read from stdin, and check it")
    .argument('<page>', 'the page: number, handle, or platform:handle')
    .option('--token-stdin', 'read the token from standard input (required)')
    .addOption(new Option('--format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .action(async (page: string, options: ConnectCliOptions) => connect(global(), page, options));
}
