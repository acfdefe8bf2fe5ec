import type { TwitterApi } from 'twitter-api-v2';
import { PollCollector, cursorPart, guarded } from '../collector';
import { DEFAULT_LOOKBACK_DAYS, assertSameAccount, daysBefore, nowOf, requireAccountId, requireToken } from '../common';
import { parseXRateLimit } from '../http/rate-limit';
import { EMPTY_STREAM, toStreamState, type StreamState } from '../paging/stream';
import { compareKeys, isAfter } from '../paging/watermark';
import { decodeEntities } from '../text/html-to-text';
import { ConnectorError, type Connector, type Credentials, type Cursor, type PollOptions, type WatchedAccount } from '../types';
import { xError } from './errors';
import { TWEET_QUERY, tweetItem, type XPage, type XTweet } from './map';
import { X_DEFAULT_BASE_URL, XTransport, createXClient, headerBag } from './transport';

// X: mentions of the page (mentions timeline, since_id) and replies/quotes in conversations the page
// started in the last 7 days (recent search on conversation_id, ten conversations per query).
// Replies in the page's own conversations can be hidden (PUT /2/tweets/:id/hidden); nothing else
// can, and nobody's posts can be deleted by the page.

export interface XConnectorOptions {
  baseUrl?: string | null;
  lookbackDays?: number;
  /** Conversations searched per poll; recent search only reaches back 7 days anyway. */
  maxConversations?: number;
  /** Conversations per search query (X caps a query's length). */
  conversationsPerQuery?: number;
}

const SEARCH_WINDOW_DAYS = 7;

/**
 * The account's name for links to its posts: the handle as verified ("@School", a profile URL).
 * A numeric handle is an account id, which X does not accept in a post's address; i/web works for any post.
 */
function xHandleOf(account: WatchedAccount): string {
  const name = account.handle.trim().replace(/^https?:\/\/[^/]+\//i, '').replace(/^@/, '').replace(/[/?#].*$/, '');
  return /^\w{1,15}$/.test(name) && !/^\d+$/.test(name) ? name : 'i/web';
}

/** RFC 3339 without milliseconds, as the X API expects for start_time. */
const xTime = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

interface ConversationCursor {
  /** Per conversation root: the newest reply id fully read. */
  marks: Record<string, string>;
  /** A query that stopped part-way, to resume exactly. */
  pending: { chunk: string; state: StreamState } | null;
}

function readConversations(v: unknown): ConversationCursor {
  const o = v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  const marks: Record<string, string> = {};
  if (o.marks && typeof o.marks === 'object') {
    for (const [k, m] of Object.entries(o.marks as Record<string, unknown>)) if (typeof m === 'string') marks[k] = m;
  }
  const p = o.pending as { chunk?: unknown; state?: unknown } | null | undefined;
  return { marks, pending: p && typeof p.chunk === 'string' ? { chunk: p.chunk, state: toStreamState(p.state) } : null };
}

export function createXConnector(opts: XConnectorOptions = {}): Connector {
  const baseUrl = (opts.baseUrl ?? X_DEFAULT_BASE_URL).replace(/\/+$/, '');
  const lookbackDays = opts.lookbackDays ?? DEFAULT_LOOKBACK_DAYS;
  const maxConversations = opts.maxConversations ?? 20;
  const perQuery = opts.conversationsPerQuery ?? 10;

  /** Runs one library call and turns whatever goes wrong into a clean ConnectorError. */
  function session(token: string, options: PollOptions | undefined, collector?: PollCollector) {
    const transport = new XTransport({ baseUrl, timeoutMs: options?.requestTimeoutMs, signal: options?.signal });
    const client: TwitterApi = createXClient(token, transport, baseUrl);
    const now = nowOf(options);
    return {
      client,
      now,
      async get(path: string, query: Record<string, string | undefined>, params?: Record<string, string>): Promise<XPage> {
        try {
          const clean = Object.fromEntries(Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined));
          const res = await client.v2.get<XPage>(path, clean, { fullResponse: true, ...(params ? { params } : {}) });
          collector?.noteRateLimit(parseXRateLimit(headerBag(res.headers)));
          if (!res.data || typeof res.data !== 'object') throw new ConnectorError('bad_response', 'X sent an answer that is not valid JSON');
          return res.data;
        } catch (err) {
          const e = xError(err, transport, now, token);
          if (e.kind === 'rate_limited') collector?.noteRateLimit({ remaining: 0, resetAt: e.details.retryAt ?? null });
          throw e;
        }
      },
      async call<T>(run: () => Promise<T>): Promise<T> {
        try {
          return await run();
        } catch (err) {
          throw xError(err, transport, now, token);
        }
      },
    };
  }

  async function verify(account: WatchedAccount, credentials: Credentials | null, options?: PollOptions) {
    return guarded([credentials?.token], async () => {
      const token = requireToken(credentials);
      const s = session(token, options);
      const me = (await s.get('users/me', { 'user.fields': 'username,name' })) as { data?: { id?: string; username?: string; name?: string } };
      const user = me.data;
      if (!user?.id || !user.username) throw new ConnectorError('bad_response', 'X did not say whose login this is');
      assertSameAccount(account, { id: user.id, handle: user.username });
      return { externalAccountId: user.id, handle: user.username, displayName: user.name ?? null, url: `https://x.com/${user.username}` };
    });
  }

  async function poll(account: WatchedAccount, cursor: Cursor, credentials: Credentials | null, options?: PollOptions) {
    return guarded([credentials?.token], async () => {
      const token = requireToken(credentials);
      const userId = requireAccountId(account);
      const collector = new PollCollector(options?.maxItems);
      const s = session(token, options, collector);
      const byOthers = (t: XTweet) => t.author_id !== userId;
      const pages = new Map<string, XPage>();

      // Mentions: X filters by since_id; a first poll reads back as far as the look-back window.
      const mentions = await collector.read<XTweet>(toStreamState(cursorPart(cursor, 'mentions')), {
        fetchPage: async ({ next, mark }) => {
          const page = await s.get(
            'users/:id/mentions',
            {
              max_results: '100',
              since_id: mark?.key,
              start_time: mark ? undefined : xTime(daysBefore(s.now, lookbackDays)),
              pagination_token: next ?? undefined,
              ...TWEET_QUERY,
            },
            { id: userId },
          );
          for (const t of page.data ?? []) pages.set(t.id, page);
          return { entries: page.data ?? [], next: page.meta?.next_token ?? null };
        },
        keyOf: (t) => t.id,
        idOf: (t) => t.id,
        serverFilters: true,
        maxPages: 5,
      });

      // Roots: the page's own recent posts that start a conversation (not its replies elsewhere).
      const own = await readOwnPosts(s, collector, userId, xHandleOf(account));
      const ownRoots = new Set((own ?? []).filter((t) => !t.conversation_id || t.conversation_id === t.id).map((t) => t.id));
      // Whether X lets the page hide this reply: its conversation is the page's. Known from the
      // page's recent roots, or when the reply answers the root itself and that root is the page's.
      const inOwnConversation = (t: XTweet) =>
        ownRoots.has(t.conversation_id ?? '') ||
        (t.in_reply_to_user_id === userId && t.referenced_tweets?.some((r) => r.type === 'replied_to' && r.id === t.conversation_id) === true);
      collector.add(mentions.entries.filter(byOthers).map((t) => tweetItem(t, pages.get(t.id) ?? {}, inOwnConversation(t))));

      const conversations = own
        ? await readConversationReplies(s, collector, userId, [...ownRoots], readConversations(cursorPart(cursor, 'conversations')), pages)
        : readConversations(cursorPart(cursor, 'conversations'));
      return collector.result({ mentions: mentions.state, conversations });
    });
  }

  /**
   * The page's own posts of the search window, also reported with their text so that a reply can be
   * shown with what it answers (id and text come with every post in X API v2 without asking); null
   * when the poll is closed or the read failed.
   */
  async function readOwnPosts(s: ReturnType<typeof session>, collector: PollCollector, userId: string, handle: string): Promise<XTweet[] | null> {
    if (!collector.open) return null;
    try {
      const page = await s.get(
        'users/:id/tweets',
        { max_results: '100', start_time: xTime(daysBefore(s.now, SEARCH_WINDOW_DAYS)), exclude: 'retweets', 'tweet.fields': 'conversation_id,created_at' },
        { id: userId },
      );
      const own = page.data ?? [];
      for (const t of own) {
        // A post without a readable time cannot be kept as context; it never counted as activity either.
        if (!t.created_at || Number.isNaN(Date.parse(t.created_at))) continue;
        // Not only conversation roots: a visitor may answer the page's own reply, which is then the parent.
        collector.addOwnPost({
          externalId: t.id,
          // X escapes &, < and > in post text as HTML entities.
          text: decodeEntities(t.text ?? ''),
          url: `https://x.com/${handle}/status/${t.id}`,
          createdAt: new Date(t.created_at).toISOString(),
        });
      }
      return own;
    } catch (err) {
      if (!(err instanceof ConnectorError)) throw err;
      collector.stop(err);
      return null;
    }
  }

  async function readConversationReplies(
    s: ReturnType<typeof session>,
    collector: PollCollector,
    userId: string,
    ownRoots: string[],
    conv: ConversationCursor,
    pages: Map<string, XPage>,
  ): Promise<ConversationCursor> {
    if (!collector.open) return conv;
    const roots = ownRoots.sort((a, b) => compareKeys(b, a)).slice(0, maxConversations);
    const marks: Record<string, string> = {};
    for (const r of roots) marks[r] = conv.marks[r] ?? r; // replies are always newer than their root
    let pending: ConversationCursor['pending'] = null;

    for (let i = 0; i < roots.length; i += perQuery) {
      const chunk = roots.slice(i, i + perQuery);
      const key = chunk.join(',');
      if (!collector.open) {
        if (conv.pending?.chunk === key) pending = conv.pending;
        continue;
      }
      const since = chunk.map((r) => marks[r]!).reduce((a, b) => (compareKeys(a, b) <= 0 ? a : b));
      const start = conv.pending?.chunk === key ? conv.pending.state : { ...EMPTY_STREAM, mark: { key: since, ids: [] } };
      const query = `(${chunk.map((r) => `conversation_id:${r}`).join(' OR ')}) -from:${userId} -is:retweet`;
      const run = await collector.read<XTweet>(start, {
        fetchPage: async ({ next, mark }) => {
          const page = await s.get('tweets/search/recent', {
            query,
            max_results: '100',
            since_id: mark?.key,
            next_token: next ?? undefined,
            ...TWEET_QUERY,
          });
          for (const t of page.data ?? []) pages.set(t.id, page);
          return { entries: page.data ?? [], next: page.meta?.next_token ?? null };
        },
        keyOf: (t) => t.id,
        idOf: (t) => t.id,
        // One query spans conversations read up to different points; each reply is judged by its own.
        isFresh: (t) => isAfter(t.id, t.id, { key: marks[t.conversation_id ?? ''] ?? since, ids: [] }),
        serverFilters: true,
        maxPages: 5,
      });
      collector.add(run.entries.filter((t) => t.author_id !== userId).map((t) => tweetItem(t, pages.get(t.id) ?? {}, true)));
      if (run.state.next === null && run.state.pending === null) {
        const newest = run.state.mark?.key;
        if (newest) for (const r of chunk) if (compareKeys(newest, marks[r]!) > 0) marks[r] = newest;
      } else {
        pending = { chunk: key, state: run.state };
      }
    }
    return { marks, pending };
  }

  async function hide(_account: WatchedAccount, externalId: string, credentials: Credentials | null, options?: PollOptions) {
    return guarded([credentials?.token], async () => {
      const s = session(requireToken(credentials), options);
      const res = await s.call(() => s.client.v2.hideReply(externalId, true));
      if (res?.data?.hidden !== true) throw new ConnectorError('bad_response', 'X did not confirm that the reply is hidden');
    });
  }

  async function unhide(_account: WatchedAccount, externalId: string, credentials: Credentials | null, options?: PollOptions) {
    return guarded([credentials?.token], async () => {
      const s = session(requireToken(credentials), options);
      const res = await s.call(() => s.client.v2.hideReply(externalId, false));
      if (res?.data?.hidden !== false) throw new ConnectorError('bad_response', 'X did not confirm that the reply is shown again');
    });
  }

  return {
    platform: 'x',
    capabilities: {
      verify: true,
      poll: true,
      hide: true,
      delete: false,
      hideKinds: ['reply'],
      deleteKinds: [],
      manualStepsKey: 'connector.x.manualSteps',
    },
    verify,
    poll,
    hide,
    unhide,
  };
}
