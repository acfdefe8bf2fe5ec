import { Option, type Command } from 'commander';
import { withCli, type GlobalOptions } from '../context';
import { readInputFile, reportImport, type ImportCliOptions } from './import-report';

export async function importPages(global: GlobalOptions, file: string, options: ImportCliOptions): Promise<void> {
  const { text, name } = readInputFile(file);
  const result = await withCli(global, (cli) =>
    cli.call('pages.import', { csv: text, fileName: name, mode: options.validRows ? 'valid-rows' : 'all-or-nothing', note: options.note ?? '' }),
  );
  reportImport(result, { file: name, noun: 'page(s)', format: options.format ?? 'text' });
}

export function registerPages(program: Command, global: () => GlobalOptions): void {
  const pages = program.command('pages').description('The pages register (B1, B3)');
  pages
    .command('import')
    .description(
      'Import existing accounts from a CSV file (columns: platform, handle, display_name, url, purpose, audience, ' +
        'owner_email, backup_owner_email, manager_email, end_date, status; "," or ";"). Rows with problems are ' +
        'reported by line and column, and nothing is imported unless --valid-rows is given. Exit code 1 when any row had a problem.',
    )
    .argument('<file>', 'the CSV file, or - for standard input')
    .option('--valid-rows', 'import the valid rows even when other rows have problems')
    .option('--note <text>', 'recorded with the import in the audit log; also the reason stored on rows without an end date')
    .addOption(new Option('--format <format>', 'text, or json (the full report)').choices(['text', 'json']).default('text'))
    .action(async (file: string, options: ImportCliOptions) => importPages(global(), file, options));
}
