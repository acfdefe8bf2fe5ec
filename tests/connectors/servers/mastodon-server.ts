import { Budget, MockServer, bearer, type RecordedRequest, type Reply } from './base';

// A local Mastodon API (the shapes also match GoToSocial's, see shared/platform-samples): verify
// credentials, mention notifications with since_id/max_id/min_id and Link paging, an account's
// statuses, a status's context. Rate limits are X-RateLimit-* with an ISO reset time, 300 per 5 min.

export interface MastoAccountRecord {
  id: string;
  username: string;
  display_name: string;
}

export interface MastoStatusRecord {
  id: string;
  account: MastoAccountRecord;
  text: string;
  created_at: string;
  in_reply_to_id: string | null;
  in_reply_to_account_id: string | null;
  mentions: MastoAccountRecord[];
  media: ('image' | 'video')[];
  spoiler_text: string;
  visibility: 'public' | 'unlisted' | 'private' | 'direct';
}

interface NotificationRecord {
  id: string;
  type: 'mention';
  created_at: string;
  forAccountId: string;
  status: MastoStatusRecord;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const cmp = (a: string, b: string) => (BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0);

export class MastodonServer {
  readonly http = new MockServer('mastodon');
  readonly accounts = new Map<string, MastoAccountRecord>();
  readonly statuses: MastoStatusRecord[] = [];
  readonly notifications: NotificationRecord[] = [];
  readonly tokens = new Map<string, string>();
  private readonly budgets = new Map<string, Budget>();
  private seq = 0;
  private accountSeq = 0;
  limitPerWindow = 300;

  constructor(readonly now: () => number = Date.now) {
    this.routes();
  }

  get baseUrl(): string {
    return this.http.baseUrl;
  }

  get host(): string {
    return new URL(this.baseUrl).host;
  }

  start(port = 0): Promise<string> {
    return this.http.start(port);
  }

  close(): Promise<void> {
    return this.http.close();
  }

  /** Mastodon ids: milliseconds shifted left 16 bits plus a sequence, so they sort by time. */
  private nextId(at: number): string {
    this.seq = (this.seq + 1) % 65536;
    return ((BigInt(at) << 16n) | BigInt(this.seq)).toString();
  }

  addAccount(username: string, displayName: string): MastoAccountRecord {
    const a = { id: String(109_000_000_000_000_000n + BigInt(++this.accountSeq)), username, display_name: displayName };
    this.accounts.set(a.id, a);
    return a;
  }

  addToken(token: string, accountId: string): void {
    this.tokens.set(token, accountId);
  }

  budget(token: string): Budget {
    let b = this.budgets.get(token);
    if (!b) {
      b = new Budget(this.limitPerWindow, 5 * 60_000, this.now);
      this.budgets.set(token, b);
    }
    return b;
  }

  post(account: MastoAccountRecord, text: string, opts: { replyTo?: string; at?: number; media?: ('image' | 'video')[]; spoiler?: string; visibility?: MastoStatusRecord['visibility'] } = {}): MastoStatusRecord {
    const at = opts.at ?? this.now();
    const parent = opts.replyTo ? this.statuses.find((s) => s.id === opts.replyTo) : undefined;
    const mentions = [...this.accounts.values()].filter((a) => new RegExp(`(^|\\s)@${a.username}\\b`, 'i').test(text));
    const s: MastoStatusRecord = {
      id: this.nextId(at),
      account,
      text,
      created_at: new Date(at).toISOString(),
      in_reply_to_id: parent?.id ?? null,
      in_reply_to_account_id: parent?.account.id ?? null,
      mentions,
      media: opts.media ?? [],
      spoiler_text: opts.spoiler ?? '',
      visibility: opts.visibility ?? 'public',
    };
    this.statuses.push(s);
    for (const m of mentions) {
      if (m.id === account.id) continue;
      this.notifications.push({ id: this.nextId(at), type: 'mention', created_at: s.created_at, forAccountId: m.id, status: s });
    }
    return s;
  }

  accountJson(a: MastoAccountRecord): Record<string, unknown> {
    const url = `${this.baseUrl}/@${a.username}`;
    return {
      id: a.id,
      username: a.username,
      acct: a.username,
      display_name: a.display_name,
      locked: false,
      bot: false,
      created_at: '2024-01-01T00:00:00.000Z',
      note: '',
      url,
      avatar: `${this.baseUrl}/avatars/original/missing.png`,
      avatar_static: `${this.baseUrl}/avatars/original/missing.png`,
      header: `${this.baseUrl}/headers/original/missing.png`,
      header_static: `${this.baseUrl}/headers/original/missing.png`,
      followers_count: 0,
      following_count: 0,
      statuses_count: this.statuses.filter((s) => s.account.id === a.id).length,
      last_status_at: null,
      emojis: [],
      fields: [],
    };
  }

  statusJson(s: MastoStatusRecord): Record<string, unknown> {
    let html = escapeHtml(s.text);
    for (const m of s.mentions) {
      html = html.replace(
        new RegExp(`@${m.username}\\b`, 'i'),
        `<span class="h-card"><a href="${this.baseUrl}/@${m.username}" class="u-url mention">@<span>${m.username}</span></a></span>`,
      );
    }
    return {
      id: s.id,
      created_at: s.created_at,
      edited_at: null,
      in_reply_to_id: s.in_reply_to_id,
      in_reply_to_account_id: s.in_reply_to_account_id,
      sensitive: !!s.spoiler_text,
      spoiler_text: s.spoiler_text,
      visibility: s.visibility,
      language: 'nl',
      uri: `${this.baseUrl}/users/${s.account.username}/statuses/${s.id}`,
      url: `${this.baseUrl}/@${s.account.username}/${s.id}`,
      replies_count: this.statuses.filter((x) => x.in_reply_to_id === s.id).length,
      reblogs_count: 0,
      favourites_count: 0,
      favourited: false,
      reblogged: false,
      muted: false,
      bookmarked: false,
      pinned: false,
      content: `<p>${html.replace(/\n/g, '<br />')}</p>`,
      reblog: null,
      application: { name: 'Web', website: null },
      account: this.accountJson(s.account),
      media_attachments: s.media.map((type, i) => ({
        id: `${s.id}${i}`,
        type,
        url: `${this.baseUrl}/system/media/${s.id}-${i}.${type === 'image' ? 'jpg' : 'mp4'}`,
        preview_url: `${this.baseUrl}/system/media/${s.id}-${i}-small.jpg`,
        remote_url: null,
        description: null,
        blurhash: null,
      })),
      mentions: s.mentions.map((m) => ({ id: m.id, username: m.username, url: `${this.baseUrl}/@${m.username}`, acct: m.username })),
      tags: [],
      emojis: [],
      card: null,
      poll: null,
    };
  }

  private gate(req: RecordedRequest): { accountId: string; headers: Record<string, string> } | Reply {
    const token = bearer(req);
    const accountId = token ? this.tokens.get(token) : undefined;
    if (!token || !accountId) return { status: 401, body: { error: 'The access token is invalid' } };
    const b = this.budget(token);
    const ok = b.take();
    const headers = {
      'x-ratelimit-limit': String(b.limit),
      'x-ratelimit-remaining': String(b.remaining),
      'x-ratelimit-reset': new Date(b.resetAt).toISOString(),
    };
    if (!ok) return { status: 429, headers, body: { error: 'Too many requests' } };
    return { accountId, headers };
  }

  /** Mastodon's paging: newest first, since_id/max_id/min_id, limit, and a Link header. */
  private paged<T extends { id: string }>(req: RecordedRequest, all: T[], path: string, render: (x: T) => unknown, headers: Record<string, string>): Reply {
    const q = req.query;
    const limit = Math.min(80, Math.max(1, Number(q.get('limit') ?? 40)));
    let list = [...all].sort((a, b) => cmp(b.id, a.id));
    const since = q.get('since_id');
    const max = q.get('max_id');
    const min = q.get('min_id');
    if (since) list = list.filter((x) => cmp(x.id, since) > 0);
    if (max) list = list.filter((x) => cmp(x.id, max) < 0);
    let page: T[];
    if (min) {
      // min_id: the page right after min_id, still sent newest first.
      const after = list.filter((x) => cmp(x.id, min) > 0);
      page = after.slice(Math.max(0, after.length - limit));
    } else page = list.slice(0, limit);
    const out = { ...headers };
    if (page.length) {
      const keep = [...q].filter(([k]) => !['max_id', 'min_id', 'since_id'].includes(k));
      const link = (extra: [string, string]) => {
        const u = new URL(`${this.baseUrl}${path}`);
        for (const [k, v] of [...keep, extra]) u.searchParams.append(k, v);
        return u.toString();
      };
      out.link = `<${link(['max_id', page[page.length - 1]!.id])}>; rel="next", <${link(['min_id', page[0]!.id])}>; rel="prev"`;
    }
    return { headers: out, body: page.map(render) };
  }

  private routes(): void {
    const h = this.http;
    h.route('GET', '/api/v1/accounts/verify_credentials', (req) => {
      const g = this.gate(req);
      if (!('accountId' in g)) return g;
      return { headers: g.headers, body: { ...this.accountJson(this.accounts.get(g.accountId)!), source: { privacy: 'public', sensitive: false, language: 'nl', note: '', fields: [] } } };
    });

    h.route('GET', '/api/v1/notifications', (req) => {
      const g = this.gate(req);
      if (!('accountId' in g)) return g;
      const types = req.query.getAll('types[]');
      const mine = this.notifications.filter((n) => n.forAccountId === g.accountId && (types.length === 0 || types.includes(n.type)));
      return this.paged(req, mine, '/api/v1/notifications', (n) => ({
        id: n.id,
        type: n.type,
        created_at: n.created_at,
        account: this.accountJson(n.status.account),
        status: this.statusJson(n.status),
      }), g.headers);
    });

    h.route('GET', '/api/v1/accounts/:id/statuses', (req, p) => {
      const g = this.gate(req);
      if (!('accountId' in g)) return g;
      if (!this.accounts.has(p.id ?? '')) return { status: 404, body: { error: 'Record not found' } };
      const list = this.statuses.filter((s) => s.account.id === p.id && (req.query.get('exclude_replies') !== 'true' || !s.in_reply_to_id));
      return this.paged(req, list, `/api/v1/accounts/${p.id}/statuses`, (s) => this.statusJson(s), g.headers);
    });

    h.route('GET', '/api/v1/statuses/:id/context', (req, p) => {
      const g = this.gate(req);
      if (!('accountId' in g)) return g;
      const s = this.statuses.find((x) => x.id === p.id);
      if (!s) return { status: 404, body: { error: 'Record not found' } };
      const ancestors: MastoStatusRecord[] = [];
      for (let cur = s; cur.in_reply_to_id; ) {
        const parent = this.statuses.find((x) => x.id === cur.in_reply_to_id);
        if (!parent) break;
        ancestors.unshift(parent);
        cur = parent;
      }
      const descendants: MastoStatusRecord[] = [];
      const walk = (id: string) => {
        for (const child of this.statuses.filter((x) => x.in_reply_to_id === id).sort((a, b) => cmp(a.id, b.id))) {
          descendants.push(child);
          walk(child.id);
        }
      };
      walk(s.id);
      const visible = (x: MastoStatusRecord) => x.visibility !== 'direct';
      return { headers: g.headers, body: { ancestors: ancestors.filter(visible).map((x) => this.statusJson(x)), descendants: descendants.filter(visible).map((x) => this.statusJson(x)) } };
    });
  }
}
