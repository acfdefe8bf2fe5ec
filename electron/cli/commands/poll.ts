import { Option, type Command } from 'commander';
import os from 'node:os';
import { currentLease, leaseIsLive } from '../../../db/poller-lease';
import { createPoller } from '../../backend/poller';
import type { PollReport } from '../../scheduler/types';
import { CliError, withCli, type GlobalOptions } from '../context';
import { EXIT } from '../exit-codes';
import { findPageRef } from '../page-ref';

export interface PollCliOptions {
  once?: boolean;
  page?: string;
  format?: 'text' | 'json';
}

function describe(report: PollReport): string {
  const error = report.error ? ` — ${report.error.en}${report.error.detail ? ` (${report.error.detail})` : ''}` : '';
  return `page ${report.pageId}: ${report.outcome}, fetched ${report.fetched}, new ${report.inserted ?? 0}, next ${report.nextPollAt}${error}`;
}

/**
 * The same scheduler the app runs, headless. `--once` polls every monitored page (or one) right
 * now and exits 1 if any poll failed; without it, polls at each page's interval until Ctrl+C.
 */
export async function poll(global: GlobalOptions, options: PollCliOptions): Promise<void> {
  await withCli(global, async ({ backend }) => {
    const lease = await currentLease(backend.store.db);
    if (lease && leaseIsLive(lease, new Date(), os.hostname())) {
      throw new CliError(`Another Paginawacht is polling this data folder (${lease.label}); it holds the poller until ${lease.expiresAt}`, EXIT.failed);
    }
    const pageId = options.page ? (await findPageRef(backend.store.db, options.page)).id : undefined;
    const print = (report: PollReport) =>
      process.stdout.write(`${options.format === 'json' ? JSON.stringify(report) : describe(report)}\n`);
    const poller = createPoller(backend, { label: `paginawacht poll (pid ${process.pid})`, onReport: print });
    if (options.once) {
      const reports = await poller.runOnce(pageId !== undefined ? { pageId } : {});
      // The once-a-run work too (reminders, purges): a cron job of `poll --once` keeps a headless desk whole.
      await poller.runDueJobs();
      await poller.stop();
      if (reports.length === 0) process.stderr.write('No monitored page to poll (only approved, live pages are polled).\n');
      if (reports.some((r) => r.outcome === 'failed')) process.exitCode = EXIT.failed;
      return;
    }
    if (pageId !== undefined) throw new CliError('--page needs --once (the loop polls every monitored page)', EXIT.usage);
    process.stderr.write('Polling every monitored page at its interval; stop with Ctrl+C.\n');
    poller.start();
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await poller.stop();
  });
}

export function registerPoll(program: Command, global: () => GlobalOptions): void {
  program
    .command('poll')
    .description('Collect what others posted on the monitored pages, with the app\'s scheduler, headless')
    .option('--once', 'poll every monitored page now and exit (exit code 1 if a poll failed)')
    .option('--page <page>', 'with --once: only this page (number, handle, or platform:handle)')
    .addOption(new Option('--format <format>', 'text or json (one line per poll)').choices(['text', 'json']).default('text'))
    .action(async (options: PollCliOptions) => poll(global(), options));
}
