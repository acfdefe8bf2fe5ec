import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { version } from '../../package.json';
import { CliError, type GlobalOptions } from './context';
import { EXIT } from './exit-codes';
import { registerServe } from './commands/serve';
import { registerPages } from './commands/pages';
import { registerInventory } from './commands/inventory';
import { registerPeople } from './commands/people';
import { registerPoll } from './commands/poll';
import { registerItems } from './commands/items';
import { registerConnect } from './commands/connect';
import { registerClassify } from './commands/classify-command';
import { registerReminders } from './commands/reminders';

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('paginawacht')
    .description("Paginawacht: moderation desk for a school's official social-media pages")
    .version(version, '-V, --version')
    .option('--data-dir <dir>', 'data folder (default: PAGINAWACHT_DATA_DIR, else the per-user app-data folder)')
    .option('--as <email>', 'act as this person (recorded in the audit log); default: the operating-system user')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  const global = () => program.opts<GlobalOptions>();
  registerServe(program, global);
  registerPages(program, global);
  registerInventory(program, global);
  registerPeople(program, global);
  registerConnect(program, global);
  registerPoll(program, global);
  registerItems(program, global);
  registerClassify(program, global);
  registerReminders(program, global);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return Number(process.exitCode ?? EXIT.ok);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof InvalidArgumentError) return EXIT.usage;
    if (error instanceof CliError) {
      process.stderr.write(`paginawacht: ${error.message}\n`);
      return error.exitCode;
    }
    process.stderr.write(`paginawacht: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failed;
  }
}
