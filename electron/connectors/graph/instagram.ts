import { PollCollector, cursorPart, guarded } from '../collector';
import {
  DEFAULT_LOOKBACK_DAYS,
  DEFAULT_MAX_ROOTS,
  DEFAULT_ROOT_WINDOW_DAYS,
  assertSameAccount,
  daysBefore,
  normaliseHandle,
  requireAccountId,
  requireToken,
} from '../common';
import { mergeRoots, toRoots, type Root } from '../paging/roots';
import { toStreamState } from '../paging/stream';
import { timeKey } from '../paging/watermark';
import { ConnectorError, type Connector, type Credentials, type PollOptions, type WatchedAccount } from '../types';
import { GRAPH_DEFAULT_BASE_URL, checkTokenExpiry, graphContext, graphList, graphRequest } from './client';
import type { GraphConnectorOptions } from './facebook';
import { graphModeration } from './moderation';
import { igCommentItem, igOwnPost, igTagItem } from './map';
import { IG_COMMENT_FIELDS, IG_MEDIA_FIELDS, IG_TAG_FIELDS, type IgComment, type IgMedia } from './types';

// Instagram professional accounts through the Graph API (Instagram API with Facebook Login):
// comments and replies on the account's own recent media, and media the account is tagged in.
// The comments edge promises no order, so each watched media's comments are read in full and
// compared with what was seen; school posts rarely carry more than a few pages of comments.

export function createInstagramConnector(opts: GraphConnectorOptions = {}): Connector {
  const baseUrl = opts.baseUrl ?? GRAPH_DEFAULT_BASE_URL;
  const lookbackDays = opts.lookbackDays ?? DEFAULT_LOOKBACK_DAYS;
  const rootWindowDays = opts.rootWindowDays ?? DEFAULT_ROOT_WINDOW_DAYS;
  const maxRoots = opts.maxRoots ?? DEFAULT_MAX_ROOTS;

  async function verify(account: WatchedAccount, credentials: Credentials | null, options?: PollOptions) {
    return guarded([credentials?.token], async () => {
      const ctx = graphContext(baseUrl, requireToken(credentials), options);
      const me = (await graphRequest(ctx, 'GET', 'me', { fields: 'id,name,instagram_business_account{id,username,name}' })) as {
        instagram_business_account?: { id?: string; username?: string; name?: string };
      };
      const ig = me.instagram_business_account;
      if (!ig?.id || !ig.username) {
        throw new ConnectorError('forbidden', 'No Instagram professional account is linked to the Facebook page of this login');
      }
      assertSameAccount(account, { id: ig.id, handle: ig.username });
      return { externalAccountId: ig.id, handle: ig.username, displayName: ig.name ?? null, url: `https://www.instagram.com/${ig.username}/` };
    });
  }

  async function poll(account: WatchedAccount, cursor: Parameters<Connector['poll']>[1], credentials: Credentials | null, options?: PollOptions) {
    return guarded([credentials?.token], async () => {
      const token = requireToken(credentials);
      const igId = requireAccountId(account);
      const ownName = normaliseHandle(account.handle);
      const collector = new PollCollector(options?.maxItems);
      const ctx = graphContext(baseUrl, token, options, collector);
      const floor = { key: daysBefore(ctx.now, lookbackDays).toISOString(), ids: [] };
      const isOwn = (c: { from?: { id?: string; username?: string }; username?: string }) =>
        c.from?.id === igId || normaliseHandle(c.from?.username ?? c.username ?? '') === ownName;
      const mediaKey = (m: IgMedia) => timeKey(m.timestamp);

      const media = await collector.read<IgMedia>(toStreamState(cursorPart(cursor, 'media')), {
        fetchPage: async ({ next }) => {
          const page = await graphList<IgMedia>(ctx, `${igId}/media`, { fields: IG_MEDIA_FIELDS, limit: 25 }, next);
          return { entries: page.data, next: page.after };
        },
        keyOf: mediaKey,
        idOf: (m) => m.id,
        floor,
        serverFilters: false,
        maxPages: 4,
      });
      const found: Root[] = media.entries.map((m) => ({ id: m.id, at: mediaKey(m), url: m.permalink ?? null }));
      for (const m of media.entries) {
        // Kept with its caption, so a comment can be shown with the post it answers.
        const own = igOwnPost(m);
        if (own) collector.addOwnPost(own);
      }

      const tags = await collector.read<IgMedia>(toStreamState(cursorPart(cursor, 'tags')), {
        fetchPage: async ({ next }) => {
          const page = await graphList<IgMedia>(ctx, `${igId}/tags`, { fields: IG_TAG_FIELDS, limit: 25 }, next);
          return { entries: page.data, next: page.after };
        },
        keyOf: mediaKey,
        idOf: (m) => m.id,
        floor,
        serverFilters: false,
        maxPages: 4,
      });
      collector.add(tags.entries.filter((m) => !isOwn({ username: m.username })).map(igTagItem));

      const roots = mergeRoots(toRoots(cursorPart(cursor, 'roots')), found, ctx.now, rootWindowDays, maxRoots);
      const perRoot = await collector.readPerRoot<IgComment>(
        roots,
        cursorPart(cursor, 'comments'),
        (root) => ({
          fetchPage: async ({ next }) => {
            const page = await graphList<IgComment>(ctx, `${root.id}/comments`, { fields: IG_COMMENT_FIELDS, limit: 50 }, next);
            const flat = page.data.flatMap((c) => [c, ...(c.replies?.data ?? []).map((r) => ({ ...r, parent_id: r.parent_id ?? c.id }))]);
            return { entries: flat, next: page.after };
          },
          keyOf: (c) => timeKey(c.timestamp),
          idOf: (c) => c.id,
          // No promised order: never stop at an old comment, read the list to its end.
          serverFilters: true,
          maxPages: 5,
        }),
        (root, entries) => collector.add(entries.filter((c) => !isOwn(c)).map((c) => igCommentItem(c, root.id, root.url ?? null))),
      );

      const tokenCheckedAt = await checkTokenExpiry(ctx, collector, cursorPart(cursor, 'tokenCheckedAt'));
      return collector.result({ media: media.state, tags: tags.state, roots: perRoot.roots, comments: perRoot.states, tokenCheckedAt });
    });
  }


  return {
    platform: 'instagram',
    capabilities: {
      verify: true,
      poll: true,
      hide: true,
      delete: true,
      hideKinds: ['comment'],
      deleteKinds: ['comment'],
      manualStepsKey: 'connector.instagram.manualSteps',
    },
    verify,
    poll,
    ...graphModeration(baseUrl, 'hide'),
  };
}
