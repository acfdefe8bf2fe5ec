import { tighter } from './http/rate-limit';
import { redact } from './http/redact';
import type { Root } from './paging/roots';
import { readStream, toStreamState, type StreamSpec, type StreamState } from './paging/stream';
import { ConnectorError, type ConnectorItem, type Cursor, type OwnPost, type PollResult, type RateLimitState } from './types';

// What every connector's poll has in common: items gathered from several lists without doubles, the
// tightest rate-limit reading, a soft cap on items, and the rule for stopping part-way: keep what was
// read (the cursor only covers that), unless nothing was read, then fail.

export const DEFAULT_MAX_ITEMS = 500;

export class PollCollector {
  readonly items: ConnectorItem[] = [];
  private readonly ids = new Set<string>();
  rateLimit: RateLimitState | null = null;
  error: ConnectorError | null = null;
  /** Newest post by the page itself seen in this poll (the inactivity reminder reads it). */
  ownLastPostAt: string | null = null;
  private readonly ownPosts = new Map<string, OwnPost>();
  credentialsExpireAt: string | null | undefined = undefined;

  constructor(readonly maxItems: number = DEFAULT_MAX_ITEMS) {}

  add(items: readonly ConnectorItem[]): void {
    for (const item of items) {
      if (this.ids.has(item.externalId)) continue;
      this.ids.add(item.externalId);
      this.items.push(item);
    }
  }

  noteRateLimit(rateLimit: RateLimitState | null): void {
    this.rateLimit = tighter(this.rateLimit, rateLimit);
  }

  /** Whether to go on reading: not stopped by an error and not over the item cap. */
  get open(): boolean {
    return !this.error && this.items.length < this.maxItems;
  }

  /** A post by the page itself was seen; keeps the newest (ISO times compare as text). */
  noteOwnPost(at: string | null | undefined): void {
    if (!at || Number.isNaN(Date.parse(at))) return;
    const iso = new Date(at).toISOString();
    if (!this.ownLastPostAt || iso > this.ownLastPostAt) this.ownLastPostAt = iso;
  }

  /** A post by the page itself, kept as context for the items that answer it (also its activity). */
  addOwnPost(post: OwnPost): void {
    this.noteOwnPost(post.createdAt);
    this.ownPosts.set(post.externalId, post);
  }

  stop(error: ConnectorError): void {
    this.error ??= error;
  }

  remaining(): number {
    return Math.max(1, this.maxItems - this.items.length);
  }

  /** Reads one list if the poll is still open; an error stops the poll but keeps what was read. */
  async read<T>(state: StreamState, spec: Omit<StreamSpec<T>, 'maxEntries'>): Promise<{ entries: T[]; state: StreamState }> {
    if (!this.open) return { entries: [], state };
    const run = await readStream({ ...spec, maxEntries: this.remaining() }, state);
    if (run.error) this.stop(run.error);
    return { entries: run.entries, state: run.state };
  }

  /**
   * Reads the replies/comments list of each root in turn. Roots not reached this time keep their
   * state; states of roots that left the window are dropped. A root the platform no longer knows
   * (the post was deleted) is skipped rather than stopping the poll, or one deleted post would hold
   * up the whole page.
   */
  async readPerRoot<T>(
    roots: readonly Root[],
    stored: unknown,
    specFor: (root: Root) => Omit<StreamSpec<T>, 'maxEntries'>,
    onEntries: (root: Root, entries: T[]) => void,
  ): Promise<{ states: Record<string, StreamState>; roots: Root[] }> {
    const old = stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
    const states: Record<string, StreamState> = {};
    const kept: Root[] = [];
    for (const root of roots) {
      const before = toStreamState(old[root.id]);
      if (!this.open) {
        states[root.id] = before;
        kept.push(root);
        continue;
      }
      const run = await readStream({ ...specFor(root), maxEntries: this.remaining() }, before);
      onEntries(root, run.entries);
      if (run.error?.kind === 'not_found') continue;
      if (run.error) this.stop(run.error);
      states[root.id] = run.state;
      kept.push(root);
    }
    return { states, roots: kept };
  }

  result(cursor: Cursor): PollResult {
    if (this.error && this.items.length === 0) throw this.error;
    return {
      items: this.items,
      cursor,
      rateLimit: this.rateLimit,
      interruptedBy: this.error,
      ownLastPostAt: this.ownLastPostAt,
      ownPosts: [...this.ownPosts.values()],
      ...(this.credentialsExpireAt !== undefined ? { credentialsExpireAt: this.credentialsExpireAt } : {}),
    };
  }
}

/**
 * Runs a connector operation so that whatever escapes is a ConnectorError without the token in it.
 * Unexpected exceptions (a field of the wrong type in a platform's answer) become `bad_response`.
 */
export async function guarded<T>(secrets: readonly (string | null | undefined)[], run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof ConnectorError) {
      const clean = redact(err.message, secrets);
      return Promise.reject(clean === err.message ? err : new ConnectorError(err.kind, clean, err.details));
    }
    const detail = err instanceof Error ? err.message : String(err);
    return Promise.reject(
      new ConnectorError('bad_response', redact(`The platform sent an answer that could not be read (${detail.slice(0, 160)})`, secrets)),
    );
  }
}

/** Reads a part of a stored cursor that belongs to one list; anything malformed means "start over". */
export function cursorPart(cursor: Cursor, key: string): unknown {
  return cursor && typeof cursor === 'object' ? cursor[key] : undefined;
}
