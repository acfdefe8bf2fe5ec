import { decodeEntities } from '../text/html-to-text';
import type { ConnectorItem } from '../types';

export interface XTweet {
  id: string;
  text: string;
  author_id?: string;
  conversation_id?: string;
  created_at?: string;
  in_reply_to_user_id?: string;
  referenced_tweets?: { type: string; id: string }[];
  attachments?: { media_keys?: string[] };
}

export interface XUser {
  id: string;
  username: string;
  name?: string;
}

export interface XMedia {
  media_key?: string;
  type: string;
  url?: string;
  preview_image_url?: string;
}

export interface XPage {
  data?: XTweet[];
  includes?: { users?: XUser[]; media?: XMedia[] };
  meta?: { next_token?: string; newest_id?: string; result_count?: number };
}

export const TWEET_QUERY = {
  'tweet.fields': 'author_id,conversation_id,created_at,in_reply_to_user_id,referenced_tweets,attachments',
  expansions: 'author_id,attachments.media_keys',
  'user.fields': 'username,name',
  'media.fields': 'type,url,preview_image_url',
} as const;

/**
 * 'reply' only for a reply in a conversation the page started: those are the ones X lets the page
 * hide. A reply in someone else's thread that mentions the page is a mention to the page, and a
 * quote (its own conversation) can be neither hidden nor deleted by the page.
 */
export function tweetKind(t: XTweet, inOwnConversation: boolean): ConnectorItem['kind'] {
  const refs = t.referenced_tweets ?? [];
  if (refs.some((r) => r.type === 'replied_to')) return inOwnConversation ? 'reply' : 'mention';
  if (refs.some((r) => r.type === 'quoted')) return 'quote';
  return 'mention';
}

export function tweetItem(t: XTweet, page: XPage, inOwnConversation: boolean): ConnectorItem {
  const user = page.includes?.users?.find((u) => u.id === t.author_id);
  const media = (t.attachments?.media_keys ?? []).map((key) => {
    const m = page.includes?.media?.find((x) => x.media_key === key);
    const type: ConnectorItem['media'][number]['type'] =
      m?.type === 'photo' ? 'photo' : m?.type === 'video' || m?.type === 'animated_gif' ? 'video' : 'other';
    return { type, url: m?.url ?? m?.preview_image_url ?? null };
  });
  return {
    externalId: t.id,
    kind: tweetKind(t, inOwnConversation),
    url: `https://x.com/${user?.username ?? 'i/web'}/status/${t.id}`,
    author: { id: t.author_id ?? '', handle: user?.username ?? null, name: user?.name ?? null },
    // X escapes &, < and > in post text as HTML entities.
    text: decodeEntities(t.text),
    createdAt: t.created_at ? new Date(t.created_at).toISOString() : new Date(0).toISOString(),
    parentExternalId: t.referenced_tweets?.find((r) => r.type === 'replied_to')?.id ?? null,
    threadExternalId: t.conversation_id ?? null,
    hasMedia: media.length > 0,
    media,
  };
}
