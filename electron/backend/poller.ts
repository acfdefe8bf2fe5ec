import os from 'node:os';
import { randomUUID } from 'node:crypto';
import { acquireLease, releaseLease } from '../../db/poller-lease';
import { createScheduler, type SchedulerOptions } from '../scheduler';
import type { PollReport } from '../scheduler/types';
import type { DecencyResult } from '../../shared/decency';
import type { Backend } from './backend';
import { EngineProvider } from './engine-provider';
import { createPollStore } from './poll-store';
import { keepCollected } from './keep-collected';
import { BACKGROUND_JOBS, ITEMS_STORED_HOOKS, type BackgroundJob, type ItemsStoredHook } from './jobs';

export interface Poller {
  start(): void;
  stop(): Promise<void>;
  /** `poll --once`: every monitored page now (or one), due or not. */
  runOnce(options?: { pageId?: number }): Promise<PollReport[]>;
  /** "Nu ophalen" on a page. */
  pollNow(pageId: number): Promise<PollReport | null>;
  /** Runs the background jobs that are due now (tests, `poll --once`). */
  runDueJobs(): Promise<void>;
}

export type PollerOptions = Partial<Pick<SchedulerOptions<DecencyResult>, 'clock' | 'connectorFor' | 'tickMs' | 'random'>> & {
  /** Shown to other desks while this one holds the poller lease. */
  label?: string;
  /** Told about every poll (the CLI prints them). */
  onReport?: (report: PollReport) => void;
  /** Background jobs and item hooks; the app's own by default (tests pass theirs). */
  jobs?: readonly BackgroundJob[];
  itemsStoredHooks?: readonly ItemsStoredHook[];
  leaseTtlMs?: number;
};

/**
 * The poller of one running desk: the connectors' scheduler on the real store, classifying with the
 * school's current lists, holding the one-poller-per-database lease while it polls.
 */
export function createPoller(backend: Backend, options: PollerOptions = {}): Poller {
  const holder = randomUUID();
  const label = options.label ?? `${os.hostname()} (pid ${process.pid})`;
  const ttl = options.leaseTtlMs ?? 60_000;
  const db = backend.store.db;
  const engines = new EngineProvider(db);
  const jobs = options.jobs ?? BACKGROUND_JOBS;
  const hooks = options.itemsStoredHooks ?? ITEMS_STORED_HOOKS;
  const owner = { holder, label, host: os.hostname(), pid: process.pid };
  const lastRun = new Map<string, number>();
  let jobTimer: NodeJS.Timeout | null = null;
  let jobsRunning: Promise<void> | null = null;

  /** Runs the jobs that are due, one after another, only while this process holds the lease. */
  async function runDueJobs(): Promise<void> {
    if (!jobs.length || !(await acquireLease(db, owner, new Date(), ttl))) return;
    for (const job of jobs) {
      const now = Date.now();
      if (now - (lastRun.get(job.name) ?? 0) < job.intervalMs) continue;
      lastRun.set(job.name, now);
      try {
        await job.run(backend, new Date(now));
      } catch (error) {
        backend.log.error(`background job ${job.name} failed`, { error });
      }
    }
  }

  const store = createPollStore({
    db,
    secrets: backend.secrets,
    mayPoll: () => acquireLease(db, owner, new Date(), ttl),
    onInserted: (pageId, items) => {
      backend.events.emit('items.added', {
        pageId,
        count: items.length,
        urgentItemIds: items.filter((i) => i.severity >= 3).map((i) => i.id),
      });
      for (const hook of hooks) {
        hook(backend, pageId, items, new Date()).catch((error: unknown) => backend.log.error('items hook failed', { error }));
      }
    },
  });

  const scheduler = createScheduler<DecencyResult>({
    store,
    classify: async (item, page) => {
      const { engine, knownNames } = await engines.current();
      const result = engine.classify(item.text, { platform: page.platform, hasMedia: item.hasMedia, page: page.account.handle, knownNames });
      return keepCollected(item, result) ? result : null;
    },
    onPoll: (report) => {
      options.onReport?.(report);
      backend.events.emit('connections.changed', { pageId: Number(report.pageId) });
      if (report.outcome === 'failed' && report.error) {
        backend.log.warn('poll failed', { pageId: report.pageId, kind: report.error.kind, detail: report.error.detail });
      }
    },
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.connectorFor ? { connectorFor: options.connectorFor } : {}),
    ...(options.tickMs ? { tickMs: options.tickMs } : {}),
    ...(options.random ? { random: options.random } : {}),
  });

  return {
    start() {
      scheduler.start();
      if (!jobs.length) return;
      const tick = () => {
        jobsRunning = runDueJobs().finally(() => {
          jobsRunning = null;
        });
      };
      jobTimer = setInterval(tick, Math.min(60_000, ...jobs.map((j) => j.intervalMs)));
      jobTimer.unref();
      setTimeout(tick, 2_000).unref();
    },
    async stop() {
      if (jobTimer) clearInterval(jobTimer);
      await jobsRunning;
      await scheduler.stop();
      await releaseLease(db, holder, new Date());
    },
    runDueJobs,
    runOnce: ({ pageId } = {}) =>
      scheduler.runOnce({ force: true, ...(pageId !== undefined ? { filter: (p) => p.id === String(pageId) } : {}) }),
    async pollNow(pageId) {
      const [report] = await scheduler.runOnce({ force: true, filter: (p) => p.id === String(pageId) });
      return report ?? null;
    },
  };
}
