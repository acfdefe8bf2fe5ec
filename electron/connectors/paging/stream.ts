import { ConnectorError } from '../types';
import { isAfter, isWatermark, laterMark, markOf, type Watermark } from './watermark';

// Reading a newest-first, paged list "since last time" so that a poll can stop after any page and
// the next poll carries on: `mark` is what was fully read, `next` the page token to resume with and
// `pending` the newest position seen in the run that is under way. Only when a run reaches its end
// does `pending` become the new `mark`; stopping earlier loses nothing and re-reads nothing.

export interface StreamState {
  mark: Watermark | null;
  next: string | null;
  pending: Watermark | null;
}

export const EMPTY_STREAM: StreamState = { mark: null, next: null, pending: null };

export interface StreamPage<T> {
  entries: T[];
  next: string | null;
}

export interface StreamSpec<T> {
  fetchPage(args: { next: string | null; mark: Watermark | null }): Promise<StreamPage<T>>;
  keyOf(entry: T): string;
  idOf(entry: T): string;
  /**
   * Whether an entry counts as new; by default: after the mark (or after `floor` on a first read).
   * X conversation search overrides it to compare each reply with its own conversation's mark.
   */
  isFresh?(entry: T, mark: Watermark | null): boolean;
  /** Where a first read stops (the look-back window); null: read until the platform stops. */
  floor?: Watermark | null;
  /**
   * The platform filters by the mark itself (X `since_id`, Mastodon `since_id`), so an old entry on
   * a page does not mean the end; otherwise (Graph) the first old entry ends the run.
   */
  serverFilters: boolean;
  /**
   * With serverFilters: on a first read (no mark yet) the server has nothing to filter by, and the
   * list is newest first, so the first entry that is not fresh (older than the look-back window)
   * ends the run instead of paging through the account's whole history.
   */
  firstReadEndsAtOld?: boolean;
  /** Pages to read before yielding to the next poll. */
  maxPages: number;
  /** Entries to collect before yielding to the next poll. */
  maxEntries: number;
}

export interface StreamRun<T> {
  entries: T[];
  state: StreamState;
  /** True when the run reached the end of what is new. */
  done: boolean;
  /** The error that stopped the run after `entries` were read; state is as of the last good page. */
  error: ConnectorError | null;
}

export async function readStream<T>(spec: StreamSpec<T>, state: StreamState): Promise<StreamRun<T>> {
  let { mark, next, pending } = state;
  const limit = mark ?? spec.floor ?? null;
  const fresh = (e: T) => (spec.isFresh ? spec.isFresh(e, limit) : isAfter(spec.keyOf(e), spec.idOf(e), limit));
  const entries: T[] = [];
  for (let pages = 0; pages < spec.maxPages; pages++) {
    let page: StreamPage<T>;
    try {
      page = await spec.fetchPage({ next, mark });
    } catch (err) {
      if (!(err instanceof ConnectorError)) throw err;
      return { entries, state: { mark, next, pending }, done: false, error: err };
    }
    pending = laterMark(pending, markOf(page.entries, spec.keyOf, spec.idOf));
    const newOnes = page.entries.filter(fresh);
    entries.push(...newOnes);
    const endsAtOld = !spec.serverFilters || (mark === null && spec.firstReadEndsAtOld === true);
    const reachedOld = endsAtOld && newOnes.length < page.entries.length;
    if (!page.next || reachedOld) {
      return { entries, state: { mark: laterMark(mark, pending), next: null, pending: null }, done: true, error: null };
    }
    next = page.next;
    if (entries.length >= spec.maxEntries) break;
  }
  return { entries, state: { mark, next, pending }, done: false, error: null };
}

/** Reads a stream state back from a stored cursor, tolerating anything malformed as "start over". */
export function toStreamState(v: unknown): StreamState {
  if (!v || typeof v !== 'object') return EMPTY_STREAM;
  const o = v as Record<string, unknown>;
  return {
    mark: isWatermark(o.mark) ? o.mark : null,
    next: typeof o.next === 'string' ? o.next : null,
    pending: isWatermark(o.pending) ? o.pending : null,
  };
}
