import type { OwnPost, PollOptions } from '../types';
import { fetchFeed, parseFeed } from './feed';
import { entryAuthor, entryPost } from './map';

// A WordPress comment feed names authors, not accounts; replies by the school's own staff carry the
// same names as the blog's posts. So the posts feed next to a comment feed tells whose comments are
// the page's own. Mention feeds (web alerts) have no such neighbour and need no exclusion.

/** The posts feed beside a WordPress comments feed, or null when the address is not one. */
export function postsFeedOf(feedUrl: string): string | null {
  let u: URL;
  try {
    u = new URL(feedUrl);
  } catch {
    return null;
  }
  const feedParam = u.searchParams.get('feed');
  if (feedParam && /^comments-/.test(feedParam)) {
    const posts = new URL(u.origin + u.pathname);
    posts.searchParams.set('feed', 'rss2');
    return posts.toString();
  }
  if (feedParam === 'rss2' && u.searchParams.has('p')) return `${u.origin}${u.pathname}?feed=rss2`;
  const all = /^(.*)\/comments\/feed(?:\/(?:rss2|atom|rss|rdf))?\/?$/.exec(u.pathname);
  if (all) return `${u.origin}${all[1]}/feed/`;
  const perPost = /^(.*)\/[^/]+\/feed(?:\/(?:rss2|atom|rss|rdf))?\/?$/.exec(u.pathname);
  if (perPost) return `${u.origin}${perPost[1]}/feed/`;
  return null;
}

/** Author names of the blog's posts; null when they could not be read (keep what was known). */
export async function discoverOwnAuthors(feedUrl: string, options: PollOptions | undefined, now: Date): Promise<string[] | null> {
  return (await discoverOwnPosts(feedUrl, options, now)).authors;
}

/**
 * The blog's own posts: their authors (null when unreadable), the newest post's date (null when
 * unknown) — the blog's own activity, for the inactivity reminder — and the posts themselves, as
 * context for the comments under them (empty when unreadable).
 */
export async function discoverOwnPosts(
  feedUrl: string,
  options: PollOptions | undefined,
  now: Date,
): Promise<{ authors: string[] | null; newestAt: string | null; posts: OwnPost[] }> {
  const postsUrl = postsFeedOf(feedUrl);
  if (!postsUrl) return { authors: [], newestAt: null, posts: [] };
  try {
    const fetched = await fetchFeed(postsUrl, null, options, now);
    if (fetched.notModified) return { authors: null, newestAt: null, posts: [] };
    const feed = await parseFeed(fetched.xml, postsUrl);
    const dates = feed.entries.map((e) => (e.isoDate && !Number.isNaN(Date.parse(e.isoDate)) ? new Date(e.isoDate).toISOString() : null)).filter((d): d is string => !!d);
    return {
      authors: [...new Set(feed.entries.map(entryAuthor).filter((n): n is string => !!n))],
      newestAt: dates.length ? dates.reduce((a, b) => (a > b ? a : b)) : null,
      posts: feed.entries.map(entryPost).filter((p): p is OwnPost => !!p),
    };
  } catch {
    return { authors: null, newestAt: null, posts: [] };
  }
}
