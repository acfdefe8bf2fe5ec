import type { InsertedItem } from '../../db/items';
import type { Backend } from './backend';
import { runReminderJob } from '../services/reminders-job';
import { runRetentionJob } from '../services/retention';
import { applyCategoryExemptions } from '../services/exemptions';
import { derailmentHook } from '../services/derailment';

/**
 * Work the desk does in the background, run by the poller of the process that holds the poller
 * lease — so with several desks on one database, exactly one computes reminders, purges, alerts.
 * Jobs must be idempotent (a restart or a second run changes nothing) and quick to say "nothing to do".
 */
export interface BackgroundJob {
  name: string;
  /** How often it runs (it also runs once shortly after start). */
  intervalMs: number;
  run(backend: Backend, now: Date): Promise<void>;
}

/** Called after each poll committed new items (in the poller's process, after the transaction). */
export type ItemsStoredHook = (backend: Backend, pageId: number, items: InsertedItem[], now: Date) => Promise<void>;

// Each domain adds its own here.
export const BACKGROUND_JOBS: readonly BackgroundJob[] = [
  /** Reminders (B3, B2): facts → rules → upsert by stable key; idempotent. */
  { name: 'reminders', intervalMs: 60_000, run: async (backend, now) => void (await runReminderJob(backend, now)) },
  /** Retention: items older than the school's retention period, except evidence of open incidents. */
  { name: 'retention', intervalMs: 6 * 3_600_000, run: async (backend, now) => void (await runRetentionJob(backend, now)) },
];
export const ITEMS_STORED_HOOKS: readonly ItemsStoredHook[] = [
  /** O2: a category the board exempted for a page is taken off new items there. */
  async (backend, pageId, items, now) => void (await applyCategoryExemptions(backend.store.db, pageId, items, now)),
  /** B5: a burst of (flagged) items against the page's usual rate raises a derailment alert. */
  derailmentHook,
];
