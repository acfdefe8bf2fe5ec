import { Option, type Command } from 'commander';
import { withCli, type GlobalOptions } from '../context';
import { readInputFile, reportImport, type ImportCliOptions } from './import-report';

export async function importPeople(global: GlobalOptions, file: string, options: ImportCliOptions): Promise<void> {
  const { text, name } = readInputFile(file);
  const result = await withCli(global, (cli) =>
    cli.call('peopleImport.run', { csv: text, fileName: name, mode: options.validRows ? 'valid-rows' : 'all-or-nothing', note: options.note ?? '' }),
  );
  reportImport(result, { file: name, noun: 'person(s)', format: options.format ?? 'text' });
}

export async function listPeopleCommand(global: GlobalOptions, options: { all?: boolean; format?: 'text' | 'json' }): Promise<void> {
  const people = await withCli(global, (cli) => cli.call('people.list', { includeInactive: options.all ?? false }));
  if (options.format === 'json') {
    process.stdout.write(`${JSON.stringify(people)}\n`);
    return;
  }
  const lines = people.map((p) => `${p.email}\t${p.name}\t${p.roles.join(';')}${p.active ? '' : '\t(deactivated)'}`);
  process.stdout.write(lines.length ? `${lines.join('\n')}\n` : 'Nobody yet.\n');
}

export function registerPeople(program: Command, global: () => GlobalOptions): void {
  const people = program.command('people').description('People and their roles (Settings → People)');
  people
    .command('list')
    .description('List people: e-mail, name, roles')
    .option('--all', 'include deactivated people')
    .addOption(new Option('--format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .action(async (options: { all?: boolean; format?: 'text' | 'json' }) => listPeopleCommand(global(), options));
  people
    .command('import')
    .description(
      'Import staff from a CSV file (columns: name, email, roles, manager_email; roles separated by ";", e.g. ' +
        '"eigenaar;leidinggevende"). People already present with the same details are left alone; rows with problems ' +
        'are reported by line and column, and nothing is imported unless --valid-rows is given. Exit code 1 when any row had a problem.',
    )
    .argument('<file>', 'the CSV file, or - for standard input')
    .option('--valid-rows', 'import the valid rows even when other rows have problems')
    .option('--note <text>', 'recorded with the import in the audit log')
    .addOption(new Option('--format <format>', 'text, or json (the full report)').choices(['text', 'json']).default('text'))
    .action(async (file: string, options: ImportCliOptions) => importPeople(global(), file, options));
}
