import type { PlatformId } from '../../shared/platforms/catalogue';

/**
 * One thing someone else put on a school page: a mention, tag, reply, comment or visitor post.
 * Connectors return only items by others; the page's own posts never reach the store.
 */
export interface ConnectorItem {
  /** The platform's own id; (platform, externalId) is unique in the store. */
  externalId: string;
  kind: 'mention' | 'reply' | 'quote' | 'comment' | 'visitor_post' | 'tag' | 'feed_comment' | 'feed_mention';
  url: string | null;
  author: { id: string; handle: string | null; name: string | null };
  text: string;
  /** ISO 8601, UTC. */
  createdAt: string;
  /** The post or comment this one answers, if any (platform id). */
  parentExternalId: string | null;
  /** The conversation / thread root (platform id), if the platform has one. */
  threadExternalId: string | null;
  hasMedia: boolean;
  /** References only; media is never downloaded unless a person asks for it. */
  media: { type: 'photo' | 'video' | 'audio' | 'other'; url: string | null }[];
  /**
   * Signed with a name the page itself publishes under, where the platform has only names (RSS/Atom
   * comment feeds) and a visitor can type any name. Such an item is the page's own reply when there
   * is nothing wrong with it; the poller keeps it only when the decency engine flags it.
   */
  signedAsPage?: boolean;
}

/**
 * A post by the page itself that others reply to or comment under (a conversation root). Stored, so
 * the owner sees what a reply answers; never an item, never flagged.
 */
export interface OwnPost {
  /** The platform's own id: what items name as their parent or thread. */
  externalId: string;
  /** Plain text (the platform's HTML or entities already turned into text). */
  text: string;
  url: string | null;
  /** ISO 8601, UTC. */
  createdAt: string;
}

/** The account a connector watches, as the pages register knows it. */
export interface WatchedAccount {
  platform: PlatformId;
  /** Handle, page id or feed URL, as linked by the owner. */
  handle: string;
  /** Platform id of the account once verified (e.g. X user id, Graph page id). */
  externalAccountId: string | null;
  url: string | null;
  /**
   * Names under which the page itself publishes, for platforms without account ids in their items
   * (RSS/Atom comment feeds): items by these names are the page's own and are left out.
   */
  ownAuthorNames?: readonly string[];
}

export interface Credentials {
  /** Bearer / access token; never logged, never stored in the database in clear. */
  token: string;
}

export interface VerifiedAccount {
  externalAccountId: string;
  handle: string;
  displayName: string | null;
  url: string | null;
}

/** Opaque, JSON-serialisable; stored with the page in the same transaction as the items. */
export type Cursor = Record<string, unknown> | null;

export interface RateLimitState {
  /** Requests left in the current window, when the platform says so. */
  remaining: number | null;
  /** ISO time when the window resets, when the platform says so. */
  resetAt: string | null;
  /** Requests allowed per window, when the platform says so. */
  limit?: number | null;
  /** Share of the budget used, 0–100+, for platforms that report usage instead of counts (Graph API). */
  usedPercent?: number | null;
}

export interface PollResult {
  items: ConnectorItem[];
  cursor: Cursor;
  rateLimit: RateLimitState | null;
  /**
   * Set when the poll stopped part-way (rate limit, timeout, server error) after fetching something:
   * `items` and `cursor` then cover exactly what was fetched, so storing them is safe, and the next
   * poll carries on from there. A poll that fetched nothing throws instead.
   */
  interruptedBy?: ConnectorError | null;
  /**
   * The newest post by the page itself that this poll saw (ISO), for the inactivity reminder (B3);
   * null or absent when it saw none or the platform does not show them.
   */
  ownLastPostAt?: string | null;
  /** The page's own posts this poll saw (conversation roots), for an item's context. */
  ownPosts?: OwnPost[];
  /**
   * When the platform says the stored credentials stop working (ISO); null when it says they do
   * not expire; absent when it did not say (only the Graph API does, through debug_token).
   */
  credentialsExpireAt?: string | null;
}

export interface PollOptions {
  signal?: AbortSignal;
  /** Upper bound on items fetched in one poll; the cursor lets the next poll carry on. */
  maxItems?: number;
  /** The scheduler's clock, for look-back windows on a first poll; defaults to the real time. */
  now?: Date;
  /** Deadline per HTTP request (headers and body together); the socket is closed when it passes. */
  requestTimeoutMs?: number;
}

export interface ConnectorCapabilities {
  verify: boolean;
  poll: boolean;
  hide: boolean;
  delete: boolean;
  /** Which item kinds `hide` works on (e.g. X hides replies in the page's own conversations only). */
  hideKinds: readonly ConnectorItem['kind'][];
  /** Which item kinds `delete` works on. */
  deleteKinds: readonly ConnectorItem['kind'][];
  /** Message-catalogue key explaining what the owner must do by hand where hide/delete are missing. */
  manualStepsKey: string | null;
}

export interface Connector {
  platform: PlatformId;
  capabilities: ConnectorCapabilities;
  verify(account: WatchedAccount, credentials: Credentials | null, options?: PollOptions): Promise<VerifiedAccount>;
  poll(account: WatchedAccount, cursor: Cursor, credentials: Credentials | null, options?: PollOptions): Promise<PollResult>;
  hide?(account: WatchedAccount, externalId: string, credentials: Credentials | null, options?: PollOptions): Promise<void>;
  delete?(account: WatchedAccount, externalId: string, credentials: Credentials | null, options?: PollOptions): Promise<void>;
  /** Undoes `hide` where the platform allows it (the moderation queue's undo). */
  unhide?(account: WatchedAccount, externalId: string, credentials: Credentials | null, options?: PollOptions): Promise<void>;
}

export type ConnectorErrorKind =
  | 'rate_limited'
  | 'auth'
  | 'not_found'
  | 'forbidden'
  | 'network'
  | 'timeout'
  | 'server'
  | 'bad_response'
  | 'too_large'
  | 'unsupported'
  /** The platform refused the request as malformed (HTTP 400/422): a setting is probably wrong. */
  | 'rejected'
  /** The caller cancelled (the scheduler is stopping). */
  | 'aborted'
  /**
   * Not a failure: the poll worked, but more arrived since the last one than the platform's list
   * shows (a blog feed holds only its newest comments), so some may have been missed.
   */
  | 'gap';

/**
 * A connector failure in plain words; `retryAt` is set when the platform said when to come back.
 * The message never contains a token or a URL's query string (where private feed keys live), and
 * the error keeps no reference to the HTTP library's request object (which holds the auth header).
 */
export class ConnectorError extends Error {
  override name = 'ConnectorError';
  constructor(
    public readonly kind: ConnectorErrorKind,
    message: string,
    public readonly details: { status?: number; retryAt?: string | null; platformCode?: string | number } = {},
  ) {
    super(message);
  }
}
