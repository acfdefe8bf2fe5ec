import { Option, type Command } from 'commander';
import { listStoredItems, type StoredItem } from '../../../db/items';
import { hasRole } from '../../services/roles';
import { CliError, withCli, type GlobalOptions } from '../context';
import { EXIT } from '../exit-codes';
import { findPageRef } from '../page-ref';

export interface ItemsCliOptions {
  page?: string;
  flagged?: boolean;
  limit?: string;
  format?: 'text' | 'json';
}

function line(item: StoredItem): string {
  const flags = item.flagged ? `[${item.severity}] ${item.classification?.categories.join(',')} ${item.classification?.clauses.join(',')}` : '[0]';
  const text = item.text.replace(/\s+/g, ' ');
  return `${item.id}\t${item.createdAt}\t${item.platform}\t${item.author.handle ?? item.author.name ?? item.author.id}\t${flags}\t${text.length > 80 ? `${text.slice(0, 79)}…` : text}`;
}

/** Stored items with their flags, newest first. JSON gives everything, including the highlighted spans. */
export async function items(global: GlobalOptions, options: ItemsCliOptions): Promise<void> {
  await withCli(global, async ({ backend, actor }) => {
    // Items are what others wrote on the school's pages; reading them in bulk is for the office and admin.
    if (!hasRole(actor, 'communicatie', 'beheer', 'functionaris', 'directie')) {
      throw new CliError('Listing items needs one of the roles communicatie, beheer, functionaris or directie', EXIT.failed);
    }
    const pageId = options.page ? (await findPageRef(backend.store.db, options.page)).id : undefined;
    const rows = await listStoredItems(backend.store.db, {
      ...(pageId !== undefined ? { pageId } : {}),
      flaggedOnly: options.flagged ?? false,
      limit: Number(options.limit ?? 100),
    });
    if (options.format === 'json') process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    else for (const row of rows) process.stdout.write(`${line(row)}\n`);
  });
}

export function registerItems(program: Command, global: () => GlobalOptions): void {
  program
    .command('items')
    .description('List the stored items with their flags, newest first')
    .option('--page <page>', 'only this page (number, handle, or platform:handle)')
    .option('--flagged', 'only flagged items')
    .option('--limit <n>', 'at most this many (default 100)', (v) => {
      if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 100_000) throw new Error('--limit must be a number from 1 to 100000');
      return v;
    })
    .addOption(new Option('--format <format>', 'text (tab-separated) or json').choices(['text', 'json']).default('text'))
    .action(async (options: ItemsCliOptions) => items(global(), options));
}
