import type { PlatformId } from '../../shared/platforms/catalogue';
import type { ConnectorErrorKind, ConnectorItem, Credentials, Cursor, OwnPost, RateLimitState, WatchedAccount } from '../connectors/types';

// What the scheduler needs from the rest of the app. It holds no database code: the store (the
// lead's repository) and the classifier (the decency engine) are handed in, and so is time.

export type Awaitable<T> = T | Promise<T>;

/** A page the scheduler may poll: active and approved, as the store knows it. */
export interface SchedulerPage {
  /** The store's page id. */
  id: string;
  platform: PlatformId;
  account: WatchedAccount;
  /** The page's polling interval. */
  intervalMs: number;
  /** The page's base-URL setting for its platform, if any (tests, sandbox). */
  baseUrl?: string | null;
  /** Failed polls in a row so far, as stored, so that back-off survives a restart. */
  consecutiveFailures: number;
}

/** An error in plain words, in both languages, with a message key for the catalogue. */
export interface PlainError {
  kind: ConnectorErrorKind | 'internal';
  /** Message-catalogue key, e.g. `poll.error.rate_limited`. */
  key: string;
  nl: string;
  en: string;
  /** The connector's own sentence (English, no token), for the details view. */
  detail: string;
  /** When the platform said to come back, if it did. */
  retryAt: string | null;
}

export interface PageHealth {
  lastSuccessAt: string | null;
  lastError: (PlainError & { at: string }) | null;
  nextPollAt: string;
  consecutiveFailures: number;
  rateLimit: RateLimitState | null;
}

export interface ClassifiedItem<F> {
  item: ConnectorItem;
  flags: F;
}

export interface PollCommit<F> {
  items: ClassifiedItem<F>[];
  cursor: Cursor;
  /** Health after this poll: last success now; last error set when the poll stopped part-way. */
  health: PageHealth;
  /** The newest post by the page itself that the poll saw (null: none seen / not shown by the platform). */
  ownLastPostAt?: string | null;
  /** The page's own posts the poll saw, as context for the replies under them. */
  ownPosts?: OwnPost[];
  /** When the platform says the credentials expire (absent: it did not say). */
  credentialsExpireAt?: string | null;
}

export interface PollFailure {
  at: string;
  error: PlainError;
  consecutiveFailures: number;
  nextPollAt: string;
}

export interface SchedulerStore<F> {
  /** Active, approved pages whose next poll is due at or before `dueBy`. */
  listDuePages(dueBy: Date): Awaitable<SchedulerPage[]>;
  loadCursor(pageId: string): Awaitable<Cursor>;
  /** From the keychain (or the headless token file); null when none is linked. */
  loadCredentials(pageId: string): Awaitable<Credentials | null>;
  /**
   * ONE transaction: insert the items (ignoring ones already stored, unique on platform +
   * external id) with their flags, store the cursor and the health. Returns how many were new.
   */
  commitPoll(pageId: string, commit: PollCommit<F>): Awaitable<{ inserted: number } | void>;
  /** Stores the failure and the next poll time; items and cursor stay as they were. */
  recordFailure(pageId: string, failure: PollFailure): Awaitable<void>;
  /** Optional: moves a page's next poll without a failure (its platform's budget is spent). */
  reschedule?(pageId: string, nextPollAt: string, reason: PlainError): Awaitable<void>;
}

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface PollReport {
  pageId: string;
  outcome: 'ok' | 'partial' | 'failed' | 'skipped';
  fetched: number;
  /** As reported by the store, when it does. */
  inserted: number | null;
  error: PlainError | null;
  nextPollAt: string;
}
