import os from 'node:os';
import { randomUUID } from 'node:crypto';
import { acquireLease, releaseLease } from '../../db/poller-lease';
import { createScheduler, type SchedulerOptions } from '../scheduler';
import type { PollReport } from '../scheduler/types';
import type { DecencyResult } from '../../shared/decency';
import type { Backend } from './backend';
import { EngineProvider } from './engine-provider';
import { createPollStore } from './poll-store';

export interface Poller {
  start(): void;
  stop(): Promise<void>;
  /** `poll --once`: every monitored page now (or one), due or not. */
  runOnce(options?: { pageId?: number }): Promise<PollReport[]>;
  /** "Nu ophalen" on a page. */
  pollNow(pageId: number): Promise<PollReport | null>;
}

export type PollerOptions = Partial<Pick<SchedulerOptions<DecencyResult>, 'clock' | 'connectorFor' | 'tickMs' | 'random'>> & {
  /** Shown to other desks while this one holds the poller lease. */
  label?: string;
  /** Told about every poll (the CLI prints them). */
  onReport?: (report: PollReport) => void;
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

  const store = createPollStore({
    db,
    secrets: backend.secrets,
    mayPoll: () => acquireLease(db, { holder, label, host: os.hostname(), pid: process.pid }, new Date(), ttl),
    onInserted: (pageId, items) => {
      backend.events.emit('items.added', {
        pageId,
        count: items.length,
        urgentItemIds: items.filter((i) => i.severity >= 3).map((i) => i.id),
      });
    },
  });

  const scheduler = createScheduler<DecencyResult>({
    store,
    classify: async (item, page) => {
      const { engine, knownNames } = await engines.current();
      return engine.classify(item.text, { platform: page.platform, hasMedia: item.hasMedia, page: page.account.handle, knownNames });
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
    start: () => scheduler.start(),
    async stop() {
      await scheduler.stop();
      await releaseLease(db, holder, new Date());
    },
    runOnce: ({ pageId } = {}) =>
      scheduler.runOnce({ force: true, ...(pageId !== undefined ? { filter: (p) => p.id === String(pageId) } : {}) }),
    async pollNow(pageId) {
      const [report] = await scheduler.runOnce({ force: true, filter: (p) => p.id === String(pageId) });
      return report ?? null;
    },
  };
}
