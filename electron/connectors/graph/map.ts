import type { ConnectorItem, OwnPost } from '../types';
import { timeKey } from '../paging/watermark';
import type { FbAttachment, FbComment, FbPost, IgComment, IgMedia } from './types';

function fbMedia(att: FbAttachment | undefined): ConnectorItem['media'] {
  if (!att) return [];
  const t = (att.media_type ?? att.type ?? '').toLowerCase();
  // Links and shares carry no picture of anyone, so they do not count as media for consent (A6).
  if (!t || t === 'link' || t === 'share' || t === 'note' || t === 'event') return [];
  const type = t.includes('video') ? 'video' : t.includes('photo') || t.includes('album') || t.includes('image') || t.includes('sticker') ? 'photo' : 'other';
  return [{ type, url: att.media?.image?.src ?? att.url ?? null }];
}

export function fbPostItem(post: FbPost, kind: 'visitor_post' | 'tag'): ConnectorItem {
  const media = (post.attachments?.data ?? []).flatMap(fbMedia);
  return {
    externalId: post.id,
    kind,
    url: post.permalink_url ?? `https://www.facebook.com/${post.id}`,
    author: { id: post.from?.id ?? '', handle: null, name: post.from?.name ?? null },
    text: post.message ?? '',
    createdAt: timeKey(post.created_time),
    parentExternalId: null,
    threadExternalId: post.id,
    hasMedia: media.length > 0,
    media,
  };
}

/**
 * A post by the page itself, as context for the comments under it; null when its time cannot be read
 * (such a post never counted as the page's activity either).
 */
export function fbOwnPost(post: FbPost): OwnPost | null {
  const createdAt = timeKey(post.created_time);
  if (Number.isNaN(Date.parse(createdAt))) return null;
  return { externalId: post.id, text: post.message ?? '', url: post.permalink_url ?? `https://www.facebook.com/${post.id}`, createdAt };
}

export function fbCommentItem(comment: FbComment, postId: string): ConnectorItem {
  const media = fbMedia(comment.attachment);
  return {
    externalId: comment.id,
    kind: 'comment',
    url: comment.permalink_url ?? `https://www.facebook.com/${comment.id}`,
    author: { id: comment.from?.id ?? '', handle: null, name: comment.from?.name ?? null },
    text: comment.message ?? '',
    createdAt: timeKey(comment.created_time),
    parentExternalId: comment.parent?.id ?? postId,
    threadExternalId: postId,
    hasMedia: media.length > 0,
    media,
  };
}

function igMediaType(t: string | undefined): 'photo' | 'video' | 'other' {
  const u = (t ?? '').toUpperCase();
  return u === 'VIDEO' || u === 'REELS' ? 'video' : u === 'IMAGE' || u === 'CAROUSEL_ALBUM' ? 'photo' : 'other';
}

export function igTagItem(media: IgMedia): ConnectorItem {
  const handle = media.username ?? null;
  return {
    externalId: media.id,
    kind: 'tag',
    url: media.permalink ?? null,
    // The tags edge names the poster only by username; that is the id we have.
    author: { id: handle ?? '', handle, name: null },
    text: media.caption ?? '',
    createdAt: timeKey(media.timestamp),
    parentExternalId: null,
    threadExternalId: media.id,
    hasMedia: true,
    media: [{ type: igMediaType(media.media_type), url: media.media_url ?? null }],
  };
}

/** The account's own media, as context for the comments under it; null when its time cannot be read. */
export function igOwnPost(media: IgMedia): OwnPost | null {
  const createdAt = timeKey(media.timestamp);
  if (Number.isNaN(Date.parse(createdAt))) return null;
  return { externalId: media.id, text: media.caption ?? '', url: media.permalink ?? null, createdAt };
}

export function igCommentItem(comment: IgComment, mediaId: string, permalink: string | null): ConnectorItem {
  const handle = comment.from?.username ?? comment.username ?? null;
  return {
    externalId: comment.id,
    kind: 'comment',
    url: permalink ? `${permalink.replace(/\/?$/, '/')}c/${comment.id}/` : null,
    author: { id: comment.from?.id ?? handle ?? '', handle, name: null },
    text: comment.text ?? '',
    createdAt: timeKey(comment.timestamp),
    parentExternalId: comment.parent_id ?? mediaId,
    threadExternalId: mediaId,
    hasMedia: false,
    media: [],
  };
}
