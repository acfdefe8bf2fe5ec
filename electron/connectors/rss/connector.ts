import { cursorPart, DEFAULT_MAX_ITEMS, guarded } from '../collector';
import { nowOf } from '../common';
import { displayUrl } from '../http/redact';
import { ConnectorError, type Connector, type Cursor, type OwnPost, type PollOptions, type WatchedAccount } from '../types';
import { fetchFeed, parseFeed, type Validators } from './feed';
import { entryAuthor, entryId, entryItem } from './map';
import { discoverOwnPosts } from './own-authors';

// Blog comment feeds (WordPress /comments/feed/, per-post feeds) and mention feeds (web alerts for the
// school's name). Read-only: a comment is removed in the blog's own admin screens.

export interface RssConnectorOptions {
  /** Base for feed addresses given as a path (tests, sandbox): PAGINAWACHT_RSS_BASE_URL. */
  baseUrl?: string | null;
  /** How often the blog's posts feed is re-read to learn the school's own author names. */
  ownAuthorsRefreshMs?: number;
  /**
   * How often the feed is fetched without ETag/If-Modified-Since. WordPress derives both from the
   * newest comment's date, so a comment held for moderation and approved later (it keeps its older
   * date) gets a 304 until a newer comment arrives; an unconditional fetch now and then finds it.
   */
  revalidateMs?: number;
}

const MAX_SEEN = 2000;

export function feedUrlOf(account: WatchedAccount, baseUrl: string | null | undefined): string {
  const raw = account.handle.trim() || account.url?.trim() || '';
  if (/^https?:\/\//i.test(raw)) return raw;
  if (baseUrl) return new URL(raw, `${baseUrl.replace(/\/+$/, '')}/`).toString();
  throw new ConnectorError('rejected', 'The feed address must start with http:// or https://');
}

interface RssCursor {
  validators: Validators | null;
  seen: string[];
  ownAuthors: string[];
  ownAuthorsAt: string | null;
  /** When the feed was last fetched without validators. */
  fullAt: string | null;
}

function readCursor(cursor: Cursor): RssCursor {
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);
  const v = cursorPart(cursor, 'validators') as Validators | undefined;
  const at = cursorPart(cursor, 'ownAuthorsAt');
  const fullAt = cursorPart(cursor, 'fullAt');
  return {
    validators: v && typeof v === 'object' ? { etag: typeof v.etag === 'string' ? v.etag : null, lastModified: typeof v.lastModified === 'string' ? v.lastModified : null } : null,
    seen: strings(cursorPart(cursor, 'seen')),
    ownAuthors: strings(cursorPart(cursor, 'ownAuthors')),
    ownAuthorsAt: typeof at === 'string' ? at : null,
    fullAt: typeof fullAt === 'string' ? fullAt : null,
  };
}

export function createRssConnector(opts: RssConnectorOptions = {}): Connector {
  const refreshMs = opts.ownAuthorsRefreshMs ?? 24 * 3_600_000;
  const revalidateMs = opts.revalidateMs ?? 3_600_000;

  async function verify(account: WatchedAccount, _credentials: unknown, options?: PollOptions) {
    const url = feedUrlOf(account, opts.baseUrl);
    return guarded([new URL(url).search.slice(1)], async () => {
      const fetched = await fetchFeed(url, null, options, nowOf(options));
      if (fetched.notModified) throw new ConnectorError('bad_response', 'The feed answered "not modified" to a plain request');
      const feed = await parseFeed(fetched.xml, url);
      return { externalAccountId: url, handle: account.handle, displayName: feed.title ?? displayUrl(url), url: feed.link };
    });
  }

  async function poll(account: WatchedAccount, cursor: Cursor, _credentials: unknown, options?: PollOptions) {
    const url = feedUrlOf(account, opts.baseUrl);
    return guarded([new URL(url).search.slice(1)], async () => {
      const now = nowOf(options);
      const state = readCursor(cursor);
      // The blog's own newest post (posts feed) or own reply (comment feed): its own activity (B3).
      let ownLastPostAt: string | null = null;
      const noteOwn = (at: string | null | undefined) => {
        if (at && !Number.isNaN(Date.parse(at))) {
          const iso = new Date(at).toISOString();
          if (!ownLastPostAt || iso > ownLastPostAt) ownLastPostAt = iso;
        }
      };
      // The blog's posts, as context for the comments under them: only a poll that reads the posts feed
      // (once per refresh) reports them; the store keeps them in between.
      let ownPosts: OwnPost[] = [];
      if (!state.ownAuthorsAt || now.getTime() - Date.parse(state.ownAuthorsAt) >= refreshMs) {
        const found = await discoverOwnPosts(url, options, now);
        if (found.authors) state.ownAuthors = found.authors;
        noteOwn(found.newestAt);
        ownPosts = found.posts;
        state.ownAuthorsAt = now.toISOString();
      }
      const firstPoll = cursor === null || !cursorPart(cursor, 'seen');
      const unconditional = firstPoll || !state.fullAt || now.getTime() - Date.parse(state.fullAt) >= revalidateMs;
      const fetched = await fetchFeed(url, unconditional ? null : state.validators, options, now);
      if (fetched.notModified) return { items: [], cursor: { ...state }, rateLimit: null, interruptedBy: null, ownLastPostAt, ownPosts };

      const feed = await parseFeed(fetched.xml, url);
      const feedKey = displayUrl(url);
      const own = new Set([...state.ownAuthors, ...(account.ownAuthorNames ?? [])].map((n) => n.trim().toLowerCase()));
      const commentFeed = /^comments\b/i.test(feed.title ?? '') || /comments/i.test(new URL(url).pathname + new URL(url).search);
      for (const e of feed.entries) if (own.has((entryAuthor(e) ?? '').toLowerCase())) noteOwn(e.isoDate);
      const seen = new Set(state.seen);
      const fresh = feed.entries.filter((e) => !seen.has(entryId(e, feedKey)));
      // Everything in the feed is new, though earlier entries were seen: the feed's window moved past
      // all of them, so comments between may never have been in it when polled (B2: say so).
      const gap = state.seen.length > 0 && feed.entries.length > 0 && fresh.length === feed.entries.length;
      const max = options?.maxItems ?? DEFAULT_MAX_ITEMS;
      // Feeds list newest first; deliver the oldest new ones first so a capped poll leaves the newest for next time.
      const delivered = fresh.reverse().slice(0, max);
      // An entry under the page's own name is not dropped here: anyone can sign a comment "Redactie".
      const items = delivered.map((e) => {
        const item = entryItem(e, feedKey, commentFeed, now.toISOString());
        if (own.has((entryAuthor(e) ?? '').toLowerCase())) item.signedAsPage = true;
        return item;
      });
      const complete = delivered.length === fresh.length;
      const inFeed = feed.entries.map((e) => entryId(e, feedKey));
      const nextSeen = complete ? inFeed : [...new Set([...state.seen.filter((id) => inFeed.includes(id)), ...items.map((i) => i.externalId)])];
      return {
        items,
        cursor: {
          // Keep the old validators when the feed was only partly delivered, so the next poll re-reads it.
          validators: complete ? fetched.validators : null,
          seen: nextSeen.slice(0, MAX_SEEN),
          ownAuthors: state.ownAuthors,
          ownAuthorsAt: state.ownAuthorsAt,
          fullAt: unconditional ? now.toISOString() : state.fullAt,
        },
        rateLimit: null,
        interruptedBy: gap
          ? new ConnectorError('gap', `All ${feed.entries.length} entries in the feed are new since the last poll: comments in between may have been missed`)
          : null,
        ownLastPostAt,
        ownPosts,
      };
    });
  }

  return {
    platform: 'rss',
    capabilities: {
      verify: true,
      poll: true,
      hide: false,
      delete: false,
      hideKinds: [],
      deleteKinds: [],
      manualStepsKey: 'connector.rss.manualSteps',
    },
    verify,
    poll,
  };
}
