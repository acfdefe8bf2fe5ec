import { createHash } from 'node:crypto';
import { htmlToText } from '../text/html-to-text';
import type { ConnectorItem, OwnPost } from '../types';

export interface FeedEntry {
  guid?: unknown;
  id?: unknown;
  link?: string;
  title?: string;
  creator?: string;
  author?: unknown;
  isoDate?: string;
  content?: string;
  'content:encoded'?: string;
  summary?: string;
  enclosure?: { url?: string; type?: string };
  inReplyTo?: { $?: { ref?: string; href?: string } };
}

const isHttp = (u: string | undefined | null): boolean => !!u && /^https?:\/\//i.test(u);

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  // xml2js gives `{ _: text, $: attrs }` for elements with attributes (e.g. <guid isPermaLink="false">).
  if (v && typeof v === 'object' && typeof (v as { _?: unknown })._ === 'string') return ((v as { _: string })._).trim() || null;
  return null;
}

export function entryAuthor(entry: FeedEntry): string | null {
  return str(entry.creator) ?? str(entry.author) ?? (entry.author && typeof entry.author === 'object' ? str((entry.author as { name?: unknown[] }).name?.[0]) : null);
}

/**
 * The entry's id, unique across all feeds: guids that are not URLs (a bare "1234") are prefixed with
 * the feed's address, because the store is unique on (platform, id) across every school page.
 */
export function entryId(entry: FeedEntry, feedKey: string): string {
  const own = str(entry.guid) ?? str(entry.id) ?? (isHttp(entry.link) ? (entry.link ?? null) : null);
  if (own) return isHttp(own) || own.startsWith('urn:') || own.startsWith('tag:') ? own : `${feedKey}#${own}`;
  const digest = createHash('sha256')
    .update(`${entry.title ?? ''}\n${entry.isoDate ?? ''}\n${entry.content ?? ''}`)
    .digest('hex')
    .slice(0, 32);
  return `${feedKey}#sha256:${digest}`;
}

function mediaOf(entry: FeedEntry, html: string): ConnectorItem['media'] {
  const media: ConnectorItem['media'] = [];
  const enc = entry.enclosure;
  if (enc?.url) {
    const t = (enc.type ?? '').toLowerCase();
    media.push({ type: t.startsWith('image') ? 'photo' : t.startsWith('video') ? 'video' : t.startsWith('audio') ? 'audio' : 'other', url: isHttp(enc.url) ? (enc.url ?? null) : null });
  }
  for (const m of html.matchAll(/<img\b[^>]*?\bsrc\s*=\s*["']([^"']+)["']/gi)) media.push({ type: 'photo', url: isHttp(m[1]) ? (m[1] ?? null) : null });
  return media;
}

export function entryItem(entry: FeedEntry, feedKey: string, commentFeed: boolean, fallbackTime: string): ConnectorItem {
  const html = entry['content:encoded'] ?? entry.content ?? entry.summary ?? '';
  const link = isHttp(entry.link) ? (entry.link ?? null) : null;
  const isComment = commentFeed || !!entry.inReplyTo || /#comment-/i.test(link ?? '');
  const post = link && /#comment-/i.test(link) ? link.replace(/#.*$/, '') : null;
  const replyTo = entry.inReplyTo?.$;
  // WordPress's Atom comment feed names the post a top-level comment answers by its guid ("?p=12"),
  // its RSS comment feed only by its link. When the comment answers the very post it sits under, name
  // that post by its link, so both feeds agree with each other and with the own posts (entryPost).
  const answersPost = post !== null && replyTo?.href === post;
  const name = entryAuthor(entry);
  const media = mediaOf(entry, html);
  return {
    externalId: entryId(entry, feedKey),
    kind: isComment ? 'feed_comment' : 'feed_mention',
    url: link,
    author: { id: name ?? '', handle: null, name },
    text: htmlToText(html) || htmlToText(entry.title ?? ''),
    createdAt: entry.isoDate && !Number.isNaN(Date.parse(entry.isoDate)) ? new Date(entry.isoDate).toISOString() : fallbackTime,
    parentExternalId: answersPost ? post : (replyTo?.ref ?? post),
    threadExternalId: post ?? replyTo?.href?.replace(/#.*$/, '') ?? null,
    hasMedia: media.length > 0,
    media,
  };
}

/**
 * A post of the blog's own posts feed, as context for its comments. Named by its link, because that
 * is all a comment feed says of the post a comment sits under (entryItem's parent and thread); null
 * without a web link or a readable date.
 */
export function entryPost(entry: FeedEntry): OwnPost | null {
  const link = isHttp(entry.link) ? (entry.link ?? null) : null;
  if (!link || !entry.isoDate || Number.isNaN(Date.parse(entry.isoDate))) return null;
  const title = htmlToText(entry.title ?? '');
  const body = htmlToText(entry['content:encoded'] ?? entry.content ?? entry.summary ?? '');
  // Some feeds repeat the title as the summary; the owner needs to read it only once.
  const text = [title, body === title ? '' : body].filter(Boolean).join('\n\n');
  return { externalId: link, text, url: link, createdAt: new Date(entry.isoDate).toISOString() };
}
