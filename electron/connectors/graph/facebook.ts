import { PollCollector, cursorPart, guarded } from '../collector';
import {
  DEFAULT_LOOKBACK_DAYS,
  DEFAULT_MAX_ROOTS,
  DEFAULT_ROOT_WINDOW_DAYS,
  assertSameAccount,
  daysBefore,
  requireAccountId,
  requireToken,
  type WindowOptions,
} from '../common';
import { mergeRoots, toRoots, type Root } from '../paging/roots';
import { toStreamState } from '../paging/stream';
import { timeKey } from '../paging/watermark';
import { ConnectorError, type Connector, type Credentials, type PollOptions, type WatchedAccount } from '../types';
import { GRAPH_DEFAULT_BASE_URL, checkTokenExpiry, graphContext, graphList, graphRequest } from './client';
import { graphModeration } from './moderation';
import { fbCommentItem, fbOwnPost, fbPostItem } from './map';
import { FB_COMMENT_FIELDS, FB_POST_FIELDS, type FbComment, type FbPost } from './types';

// Facebook Pages: visitor posts and tags come from the page feed and /tagged; comments come from each
// of the page's own recent posts (filter=stream returns replies to comments too, newest first).

export interface GraphConnectorOptions extends WindowOptions {
  baseUrl?: string | null;
}

export function createFacebookConnector(opts: GraphConnectorOptions = {}): Connector {
  const baseUrl = opts.baseUrl ?? GRAPH_DEFAULT_BASE_URL;
  const lookbackDays = opts.lookbackDays ?? DEFAULT_LOOKBACK_DAYS;
  const rootWindowDays = opts.rootWindowDays ?? DEFAULT_ROOT_WINDOW_DAYS;
  const maxRoots = opts.maxRoots ?? DEFAULT_MAX_ROOTS;

  async function verify(account: WatchedAccount, credentials: Credentials | null, options?: PollOptions) {
    return guarded([credentials?.token], async () => {
      const ctx = graphContext(baseUrl, requireToken(credentials), options);
      const ref = account.externalAccountId ?? account.handle.trim().replace(/^@/, '');
      const page = (await graphRequest(ctx, 'GET', encodeURIComponent(ref), { fields: 'id,name,username,link' })) as {
        id?: string;
        name?: string;
        username?: string;
        link?: string;
      };
      // A Page token answers /me with the page itself; a personal token would answer with a person (O1).
      const me = (await graphRequest(ctx, 'GET', 'me', { fields: 'id,name' })) as { id?: string };
      if (!page.id || me.id !== page.id) {
        throw new ConnectorError(
          'forbidden',
          `This login is not a Page login for ${page.name ?? ref}; link the page with a Page access token`,
        );
      }
      assertSameAccount(account, { id: page.id, handle: page.username ?? page.id });
      return {
        externalAccountId: page.id,
        handle: page.username ?? page.id,
        displayName: page.name ?? null,
        url: page.link ?? `https://www.facebook.com/${page.id}`,
      };
    });
  }

  async function poll(account: WatchedAccount, cursor: Parameters<Connector['poll']>[1], credentials: Credentials | null, options?: PollOptions) {
    return guarded([credentials?.token], async () => {
      const token = requireToken(credentials);
      const pageId = requireAccountId(account);
      const collector = new PollCollector(options?.maxItems);
      const ctx = graphContext(baseUrl, token, options, collector);
      const floor = { key: daysBefore(ctx.now, lookbackDays).toISOString(), ids: [] };
      const byPage = (p: { from?: { id?: string } }) => p.from?.id === pageId;
      const postKey = (p: FbPost) => timeKey(p.created_time);

      const tagged = await collector.read<FbPost>(toStreamState(cursorPart(cursor, 'tagged')), {
        fetchPage: async ({ next }) => {
          const page = await graphList<FbPost>(ctx, `${pageId}/tagged`, { fields: FB_POST_FIELDS, limit: 25 }, next);
          return { entries: page.data, next: page.after };
        },
        keyOf: postKey,
        idOf: (p) => p.id,
        floor,
        serverFilters: false,
        maxPages: 4,
      });
      // Tags first: the page feed may list a post that tags the page too, and "tag" says more.
      collector.add(tagged.entries.filter((p) => !byPage(p)).map((p) => fbPostItem(p, 'tag')));

      const found: Root[] = [];
      const feed = await collector.read<FbPost>(toStreamState(cursorPart(cursor, 'feed')), {
        fetchPage: async ({ next }) => {
          const page = await graphList<FbPost>(ctx, `${pageId}/feed`, { fields: FB_POST_FIELDS, limit: 25 }, next);
          return { entries: page.data, next: page.after };
        },
        keyOf: postKey,
        idOf: (p) => p.id,
        floor,
        serverFilters: false,
        maxPages: 4,
      });
      for (const post of feed.entries) {
        if (byPage(post)) {
          found.push({ id: post.id, at: postKey(post) });
          // Kept with its text, so a comment can be shown with the post it answers.
          const own = fbOwnPost(post);
          if (own) collector.addOwnPost(own);
        } else collector.add([fbPostItem(post, 'visitor_post')]);
      }

      const roots = mergeRoots(toRoots(cursorPart(cursor, 'roots')), found, ctx.now, rootWindowDays, maxRoots);
      const perRoot = await collector.readPerRoot<FbComment>(
        roots,
        cursorPart(cursor, 'comments'),
        (root) => ({
          fetchPage: async ({ next }) => {
            const page = await graphList<FbComment>(
              ctx,
              `${root.id}/comments`,
              { fields: FB_COMMENT_FIELDS, filter: 'stream', order: 'reverse_chronological', limit: 50 },
              next,
            );
            return { entries: page.data, next: page.after };
          },
          keyOf: (c) => timeKey(c.created_time),
          idOf: (c) => c.id,
          serverFilters: false,
          maxPages: 5,
        }),
        (root, entries) => collector.add(entries.filter((c) => !byPage(c)).map((c) => fbCommentItem(c, root.id))),
      );

      const tokenCheckedAt = await checkTokenExpiry(ctx, collector, cursorPart(cursor, 'tokenCheckedAt'));
      return collector.result({ feed: feed.state, tagged: tagged.state, roots: perRoot.roots, comments: perRoot.states, tokenCheckedAt });
    });
  }


  return {
    platform: 'facebook',
    capabilities: {
      verify: true,
      poll: true,
      hide: true,
      delete: true,
      hideKinds: ['comment'],
      deleteKinds: ['comment', 'visitor_post'],
      manualStepsKey: 'connector.facebook.manualSteps',
    },
    verify,
    poll,
    ...graphModeration(baseUrl, 'is_hidden'),
  };
}
