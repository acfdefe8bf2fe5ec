import type { InsertedItem } from '../../db/items';
import type { Backend } from './backend';

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
export const BACKGROUND_JOBS: readonly BackgroundJob[] = [];
export const ITEMS_STORED_HOOKS: readonly ItemsStoredHook[] = [];
