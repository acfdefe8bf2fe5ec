import { Option, type Command } from 'commander';
import { dueDay, type Reminder } from '../../../shared/api/reminders';
import { reminderTexts, REMINDER_OVERSEERS } from '../../services/reminders';
import { hasRole } from '../../services/roles';
import { formatSchoolDate } from '../../services/lifecycle-time';
import { CliError, withCli, type GlobalOptions } from '../context';
import { EXIT } from '../exit-codes';
import { findPageRef } from '../page-ref';

export interface RemindersCliOptions {
  due?: boolean;
  all?: boolean;
  page?: string;
  status?: 'open' | 'snoozed' | 'resolved';
  format?: 'text' | 'json' | 'html';
}

function line(r: Reminder): string {
  const { title } = reminderTexts(r, 'nl');
  const flags = [r.overdue ? 'over tijd' : null, r.escalatedAt ? 'leidinggevende' : null, r.snoozedUntil ? `uitgesteld tot ${formatSchoolDate(r.snoozedUntil)}` : null].filter(Boolean);
  return [r.id, r.urgency, r.rule, r.clause, `${r.page.displayName} (#${r.page.id})`, formatSchoolDate(dueDay(r.dueAt)), title, flags.join(', ')].join('\t');
}

/**
 * Reminders, headless. `--due` computes them first (the same job the app's poller runs every minute;
 * idempotent, so running it from cron as well is harmless) and lists what is due now. Without `--as`
 * the operating-system user (beheer) sees every reminder; with `--as` a person sees theirs, or all
 * with `--all` when they hold an office role. `--format html` writes the person's weekly digest.
 */
export async function reminders(global: GlobalOptions, options: RemindersCliOptions): Promise<void> {
  await withCli(global, async ({ backend, actor, call }) => {
    if (options.due && options.status && options.status !== 'open') {
      throw new CliError('--due lists open reminders; leave out --status', EXIT.usage);
    }
    if (options.due) await call('reminders.run', {});
    if (options.format === 'html') {
      if (actor.personId === null) throw new CliError('The weekly digest is per person: add --as EMAIL', EXIT.usage);
      const digest = await call('reminders.digest', {});
      process.stdout.write(digest.content);
      return;
    }
    const overseer = hasRole(actor, ...REMINDER_OVERSEERS);
    if (options.all && !overseer) throw new CliError('--all needs one of the roles communicatie, directie or beheer', EXIT.failed);
    const scope = actor.personId === null || options.all ? 'all' : 'mine';
    const pageId = options.page ? (await findPageRef(backend.store.db, options.page)).id : undefined;
    const list = await call('reminders.list', { scope, status: options.status ?? 'open', ...(pageId !== undefined ? { pageId } : {}) });
    if (options.format === 'json') {
      const out = list.map((r) => ({ ...r, text: { nl: reminderTexts(r, 'nl'), en: reminderTexts(r, 'en') } }));
      process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
      return;
    }
    if (!list.length) {
      process.stderr.write(options.due ? 'Geen herinneringen nu / no reminders due.\n' : 'Geen herinneringen / no reminders.\n');
      return;
    }
    for (const r of list) process.stdout.write(`${line(r)}\n`);
  });
}

export function registerReminders(program: Command, global: () => GlobalOptions): void {
  program
    .command('reminders')
    .description('List reminders (end dates, inactivity, unreviewed flags, owners who left, failing connectors, expiring access tokens); --due computes them now')
    .option('--due', 'compute the reminders now and list those due (open, not snoozed)')
    .option('--all', 'every reminder, not only mine (communicatie, directie, beheer; the default without --as)')
    .option('--page <page>', 'only this page (number, handle, or platform:handle)')
    .addOption(new Option('--status <status>', 'open, snoozed or resolved').choices(['open', 'snoozed', 'resolved']))
    .addOption(new Option('--format <format>', 'text (tab-separated), json, or html (the weekly digest of --as)').choices(['text', 'json', 'html']).default('text'))
    .addHelpText(
      'after',
      '\nExit codes: 0 listed (also when there are none), 1 refused, 2 usage error, 3 data folder unusable.\nText columns: id, urgency, rule, clause, page, due date, title, notes.',
    )
    .action(async (options: RemindersCliOptions) => reminders(global(), options));
}
