import { Option, type Command } from 'commander';
import { INVENTORY_SORTS } from '../../../shared/api/inventory';
import { AUDIENCES, PAGE_STATUSES } from '../../../shared/api/pages';
import { PLATFORM_IDS } from '../../../shared/platforms/catalogue';
import { withCli, type GlobalOptions } from '../context';

export interface InventoryCliOptions {
  format?: 'csv' | 'json';
  status?: (typeof PAGE_STATUSES)[number];
  platform?: (typeof PLATFORM_IDS)[number];
  audience?: (typeof AUDIENCES)[number];
  search?: string;
  sort?: (typeof INVENTORY_SORTS)[number];
  desc?: boolean;
}

/** Prints the inventory; CSV by default, in the import's columns, so the output can be imported again. */
export async function printInventory(global: GlobalOptions, options: InventoryCliOptions): Promise<void> {
  const exported = await withCli(global, (cli) =>
    cli.call('inventory.export', {
      format: options.format ?? 'csv',
      search: options.search ?? '',
      status: options.status ?? null,
      platform: options.platform ?? null,
      audience: options.audience ?? null,
      sort: options.sort ?? 'displayName',
      direction: options.desc ? 'desc' : 'asc',
    }),
  );
  process.stdout.write(exported.content);
}

export function registerInventory(program: Command, global: () => GlobalOptions): void {
  program
    .command('inventory')
    .description('Print the inventory of all official accounts (CSV in the import columns by default; JSON adds dates, names and counts)')
    .addOption(new Option('--format <format>', 'csv or json').choices(['csv', 'json']).default('csv'))
    .addOption(new Option('--status <status>', 'only pages with this status').choices([...PAGE_STATUSES]))
    .addOption(new Option('--platform <platform>', 'only pages on this platform').choices([...PLATFORM_IDS]))
    .addOption(new Option('--audience <audience>', 'only pages for this audience').choices([...AUDIENCES]))
    .option('--search <words>', 'only pages whose name, handle, purpose or people match every word')
    .addOption(new Option('--sort <column>', 'sort by this column').choices([...INVENTORY_SORTS]).default('displayName'))
    .option('--desc', 'sort descending')
    .action(async (options: InventoryCliOptions) => printInventory(global(), options));
}
