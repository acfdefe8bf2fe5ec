import { PollCollector, cursorPart, guarded } from '../collector';
import {
  DEFAULT_LOOKBACK_DAYS,
  DEFAULT_MAX_ROOTS,
  DEFAULT_ROOT_WINDOW_DAYS,
  assertSameAccount,
  daysBefore,
  nowOf,
  requireAccountId,
  requireToken,
  type WindowOptions,
} from '../common';
import { toStreamState } from '../paging/stream';
import { isAfter, laterMark, markOf, timeKey, type Watermark } from '../paging/watermark';
import { ConnectorError, type Connector, type Credentials, type PollOptions, type WatchedAccount } from '../types';
import { mastodonRequest, maxIdOf, type MastodonContext } from './client';
import { ownStatusPost, statusItem, type MastodonNotification, type MastodonStatus } from './map';

// Mastodon: mentions come as notifications; replies to the page's own recent posts come from each
// post's context. Mastodon has no way for a page to hide or delete what others reply (only report,
// block or mute), which the UI says through `manualStepsKey`.

export interface MastodonConnectorOptions extends WindowOptions {
  /** One instance for every account (tests, sandbox); otherwise each account's own instance. */
  baseUrl?: string | null;
}

/** "@school@mastodon.nl" or a profile URL gives the instance to talk to. */
export function instanceOf(account: WatchedAccount): string {
  const handle = account.handle.trim().replace(/^@/, '');
  const at = handle.indexOf('@');
  if (at > 0) return `https://${handle.slice(at + 1)}`;
  if (account.url) {
    try {
      return new URL(account.url).origin;
    } catch {
      // fall through
    }
  }
  throw new ConnectorError('rejected', `Cannot tell the Mastodon server of ${account.handle}; write it as @name@server`);
}

export function createMastodonConnector(opts: MastodonConnectorOptions = {}): Connector {
  const lookbackDays = opts.lookbackDays ?? DEFAULT_LOOKBACK_DAYS;
  const rootWindowDays = opts.rootWindowDays ?? DEFAULT_ROOT_WINDOW_DAYS;
  const maxRoots = opts.maxRoots ?? DEFAULT_MAX_ROOTS;

  function context(account: WatchedAccount, token: string, options: PollOptions | undefined, collector?: PollCollector): MastodonContext {
    return {
      baseUrl: (opts.baseUrl ?? instanceOf(account)).replace(/\/+$/, ''),
      token,
      now: nowOf(options),
      signal: options?.signal,
      timeoutMs: options?.requestTimeoutMs,
      onRateLimit: (r) => collector?.noteRateLimit(r),
    };
  }

  async function verify(account: WatchedAccount, credentials: Credentials | null, options?: PollOptions) {
    return guarded([credentials?.token], async () => {
      const ctx = context(account, requireToken(credentials), options);
      const me = (await mastodonRequest(ctx, 'GET', '/api/v1/accounts/verify_credentials')).json as {
        id?: string;
        username?: string;
        acct?: string;
        display_name?: string;
        url?: string;
      };
      if (!me.id || !me.username) throw new ConnectorError('bad_response', 'The server did not say whose login this is');
      assertSameAccount(account, { id: me.id, handle: me.username });
      return { externalAccountId: me.id, handle: me.acct ?? me.username, displayName: me.display_name || null, url: me.url ?? null };
    });
  }

  async function poll(account: WatchedAccount, cursor: Parameters<Connector['poll']>[1], credentials: Credentials | null, options?: PollOptions) {
    return guarded([credentials?.token], async () => {
      const token = requireToken(credentials);
      const accountId = requireAccountId(account);
      const collector = new PollCollector(options?.maxItems);
      const ctx = context(account, token, options, collector);
      const notBefore = daysBefore(ctx.now, lookbackDays).toISOString();

      const mentions = await collector.read<MastodonNotification>(toStreamState(cursorPart(cursor, 'mentions')), {
        fetchPage: async ({ next, mark }) => {
          const query: [string, string][] = [
            ['types[]', 'mention'],
            ['limit', '40'],
          ];
          if (mark) query.push(['since_id', mark.key]);
          if (next) query.push(['max_id', next]);
          const answer = await mastodonRequest(ctx, 'GET', '/api/v1/notifications', query);
          const list = Array.isArray(answer.json) ? (answer.json as MastodonNotification[]) : [];
          return { entries: list, next: list.length > 0 ? maxIdOf(answer.links.next) : null };
        },
        keyOf: (n) => n.id,
        idOf: (n) => n.id,
        // A first poll reads back only as far as the look-back window.
        isFresh: (n, mark) => (mark ? isAfter(n.id, n.id, mark) : timeKey(n.created_at) >= notBefore),
        serverFilters: true,
        firstReadEndsAtOld: true,
        maxPages: 5,
      });
      const mentionStatuses = mentions.entries
        .filter((n) => n.type === 'mention' && n.status && n.status.account?.id !== accountId)
        .map((n) => n.status as MastodonStatus);
      collector.add(mentionStatuses.map((s) => statusItem(s, null)));

      const replies = await readReplies(ctx, collector, accountId, cursorPart(cursor, 'replies'));
      return collector.result({ mentions: mentions.state, replies });
    });
  }

  /**
   * The page's own recent, public-facing posts and, per post, the newest reply seen. Contexts are not
   * paged, so each is read whole and compared with that mark.
   */
  async function readReplies(ctx: MastodonContext, collector: PollCollector, accountId: string, stored: unknown) {
    const marks: Record<string, Watermark> = {};
    const old = stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
    if (!collector.open) return old;
    let own: MastodonStatus[];
    try {
      const answer = await mastodonRequest(ctx, 'GET', `/api/v1/accounts/${encodeURIComponent(accountId)}/statuses`, [
        ['limit', '40'],
        ['exclude_reblogs', 'true'],
      ]);
      own = Array.isArray(answer.json) ? (answer.json as MastodonStatus[]) : [];
      for (const s of own) {
        // A reblog is someone else's post; the server may send some despite exclude_reblogs.
        if (s.reblog) continue;
        // A direct message is activity, but its words are a private conversation: not kept.
        if (s.visibility === 'direct') {
          collector.noteOwnPost(s.created_at);
          continue;
        }
        const post = ownStatusPost(s);
        if (post) collector.addOwnPost(post);
      }
    } catch (err) {
      if (!(err instanceof ConnectorError)) throw err;
      collector.stop(err);
      return old;
    }
    const cutoff = daysBefore(ctx.now, rootWindowDays).toISOString();
    const roots = own.filter((s) => !s.reblog && timeKey(s.created_at) >= cutoff).slice(0, maxRoots);
    for (const root of roots) {
      const before = old[root.id];
      const mark = before && typeof before === 'object' ? (before as Watermark) : null;
      if (!collector.open) {
        if (mark) marks[root.id] = mark;
        continue;
      }
      try {
        const answer = await mastodonRequest(ctx, 'GET', `/api/v1/statuses/${encodeURIComponent(root.id)}/context`);
        const descendants = ((answer.json as { descendants?: unknown })?.descendants ?? []) as MastodonStatus[];
        if (!Array.isArray(descendants)) throw new ConnectorError('bad_response', 'The server sent a thread without replies list');
        const fresh = descendants.filter((s) => isAfter(s.id, s.id, mark) && s.account?.id !== accountId);
        collector.add(fresh.map((s) => statusItem(s, root.id)));
        const seen = laterMark(mark, markOf(descendants, (s) => s.id, (s) => s.id));
        if (seen) marks[root.id] = seen;
      } catch (err) {
        if (!(err instanceof ConnectorError)) throw err;
        // A post deleted since it was listed: skip it rather than hold up the whole page.
        if (err.kind === 'not_found') continue;
        collector.stop(err);
        if (mark) marks[root.id] = mark;
      }
    }
    return marks;
  }

  return {
    platform: 'mastodon',
    capabilities: {
      verify: true,
      poll: true,
      hide: false,
      delete: false,
      hideKinds: [],
      deleteKinds: [],
      manualStepsKey: 'connector.mastodon.manualSteps',
    },
    verify,
    poll,
  };
}
