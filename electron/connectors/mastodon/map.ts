import { htmlToText } from '../text/html-to-text';
import type { ConnectorItem, OwnPost } from '../types';
import { timeKey } from '../paging/watermark';

export interface MastodonAccount {
  id: string;
  username?: string;
  acct?: string;
  display_name?: string;
  url?: string;
}

export interface MastodonStatus {
  id: string;
  created_at: string;
  in_reply_to_id?: string | null;
  in_reply_to_account_id?: string | null;
  spoiler_text?: string;
  visibility?: string;
  url?: string | null;
  uri?: string;
  content?: string;
  account: MastodonAccount;
  media_attachments?: { type?: string; url?: string | null; preview_url?: string | null }[];
  reblog?: MastodonStatus | null;
  quote?: unknown;
}

export interface MastodonNotification {
  id: string;
  type: string;
  created_at: string;
  status?: MastodonStatus | null;
}

function mediaType(t: string | undefined): ConnectorItem['media'][number]['type'] {
  if (t === 'image') return 'photo';
  if (t === 'video' || t === 'gifv') return 'video';
  if (t === 'audio') return 'audio';
  return 'other';
}

/** Plain text of a status; a content warning goes first, as the reader sees it before the text. */
function statusText(status: MastodonStatus): string {
  const body = htmlToText(status.content ?? '');
  const warning = status.spoiler_text?.trim();
  return warning ? `[${warning}]\n${body}` : body;
}

/** The kind follows from the status alone, so both routes (notification, context) agree on it. */
export function statusItem(status: MastodonStatus, threadId: string | null): ConnectorItem {
  const media = (status.media_attachments ?? []).map((m) => ({ type: mediaType(m.type), url: m.url ?? m.preview_url ?? null }));
  return {
    externalId: status.id,
    kind: status.in_reply_to_id ? 'reply' : 'mention',
    url: status.url ?? status.uri ?? null,
    author: {
      id: status.account.id,
      handle: status.account.acct ?? status.account.username ?? null,
      name: status.account.display_name || null,
    },
    text: statusText(status),
    createdAt: timeKey(status.created_at),
    parentExternalId: status.in_reply_to_id ?? null,
    threadExternalId: threadId,
    hasMedia: media.length > 0,
    media,
  };
}

/**
 * A status by the page itself, as context for the replies to it, in the same text as items get; null
 * when its time cannot be read (such a status never counted as the page's activity either).
 */
export function ownStatusPost(status: MastodonStatus): OwnPost | null {
  const createdAt = timeKey(status.created_at);
  if (Number.isNaN(Date.parse(createdAt))) return null;
  return { externalId: status.id, text: statusText(status), url: status.url ?? status.uri ?? null, createdAt };
}
