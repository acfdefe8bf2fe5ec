import { Budget, MockServer, bearer, type RecordedRequest, type Reply } from './base';

// A local Graph API for Facebook Pages and Instagram (with Facebook Login): page and IG user nodes,
// /feed, /tagged, /comments (filter=stream, order), /media, /tags, hiding (is_hidden / hide) and
// deleting. Field selection (`fields=a,b{c}`), cursor paging (`paging.cursors.after` + `next`),
// OAuthException errors with codes, and the X-App-Usage / X-Business-Use-Case-Usage headers.

export interface FbFromRecord {
  id: string;
  name: string;
}

export interface FbPostRecord {
  id: string;
  pageId: string;
  from: FbFromRecord;
  message: string;
  created_time: string;
  /** Where it lives: on the page (own or visitor post), or elsewhere tagging the page. */
  where: 'page' | 'tagged';
  photo: boolean;
}

export interface FbCommentRecord {
  id: string;
  postId: string;
  from: FbFromRecord;
  message: string;
  created_time: string;
  parentId: string | null;
  is_hidden: boolean;
  photo: boolean;
}

export interface IgMediaRecord {
  id: string;
  ownerId: string;
  username: string;
  caption: string;
  timestamp: string;
  media_type: 'IMAGE' | 'VIDEO' | 'CAROUSEL_ALBUM';
  /** IG user ids tagged in it (the tags edge). */
  tagged: string[];
}

export interface IgCommentRecord {
  id: string;
  mediaId: string;
  from: { id: string; username: string };
  text: string;
  timestamp: string;
  parentId: string | null;
  hidden: boolean;
}

export interface GraphPageRecord {
  id: string;
  name: string;
  username: string;
  token: string;
  ig: { id: string; username: string; name: string } | null;
}

export interface GraphModeration {
  method: 'POST' | 'DELETE';
  id: string;
  params: Record<string, string>;
  pageId: string;
}

/** Graph times: "2026-11-24T04:02:44+0000". */
export const graphTime = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, '+0000');

type FieldTree = Map<string, FieldTree | null>;

export function parseFields(spec: string): FieldTree {
  const tree: FieldTree = new Map();
  let i = 0;
  const parse = (into: FieldTree) => {
    let name = '';
    while (i < spec.length) {
      const ch = spec[i++]!;
      if (ch === '{') {
        const sub: FieldTree = new Map();
        parse(sub);
        into.set(name.trim(), sub);
        name = '';
      } else if (ch === '}') {
        if (name.trim()) into.set(name.trim(), null);
        return;
      } else if (ch === ',') {
        if (name.trim()) into.set(name.trim(), null);
        name = '';
      } else name += ch;
    }
    if (name.trim()) into.set(name.trim(), null);
  };
  parse(tree);
  return tree;
}

function pick(obj: Record<string, unknown>, fields: FieldTree | null, dflt: string[]): Record<string, unknown> {
  const wanted = fields ?? new Map(dflt.map((f) => [f, null]));
  const out: Record<string, unknown> = {};
  for (const [name, sub] of wanted) {
    const v = obj[name];
    if (v === undefined) continue;
    if (sub && v && typeof v === 'object' && !Array.isArray(v)) {
      const inner = v as Record<string, unknown>;
      out[name] = Array.isArray(inner.data)
        ? { ...inner, data: (inner.data as Record<string, unknown>[]).map((d) => pick(d, sub, [])) }
        : pick(inner, sub, []);
    } else out[name] = v;
  }
  if (!('id' in out) && obj.id !== undefined) out.id = obj.id;
  return out;
}

function oauthError(status: number, code: number, message: string, type = 'OAuthException', subcode?: number): Reply {
  return {
    status,
    body: { error: { message, type, code, ...(subcode ? { error_subcode: subcode } : {}), fbtrace_id: 'AbCdEfGhIjK' } },
  };
}

export class GraphServer {
  readonly http = new MockServer('graph');
  readonly pages = new Map<string, GraphPageRecord>();
  readonly posts: FbPostRecord[] = [];
  readonly comments: FbCommentRecord[] = [];
  readonly igMedia: IgMediaRecord[] = [];
  readonly igComments: IgCommentRecord[] = [];
  readonly moderation: GraphModeration[] = [];
  readonly budgets = new Map<string, Budget>();
  private seq = 0;
  /** What debug_token answers per token (unset: it refuses, as Graph does for a Page token without an app). */
  readonly tokenExpiry = new Map<string, { expiresAt: number; dataAccessExpiresAt: number }>();
  /** Calls per page per hour before the Business Use Case limit answers #80001. */
  pageCallLimit = 4800;

  constructor(readonly now: () => number = Date.now) {
    this.routes();
  }

  get baseUrl(): string {
    return this.http.baseUrl;
  }

  start(port = 0): Promise<string> {
    return this.http.start(port);
  }

  close(): Promise<void> {
    return this.http.close();
  }

  private id(prefix: string): string {
    this.seq++;
    return `${prefix}${String(this.seq).padStart(6, '0')}`;
  }

  addPage(name: string, username: string, token: string, ig?: { username: string; name: string }): GraphPageRecord {
    const page: GraphPageRecord = {
      id: this.id('1048576'),
      name,
      username,
      token,
      ig: ig ? { id: this.id('178414'), ...ig } : null,
    };
    this.pages.set(page.id, page);
    return page;
  }

  person(name: string): FbFromRecord {
    return { id: this.id('1000'), name };
  }

  post(pageId: string, from: FbFromRecord, message: string, opts: { at?: number; where?: 'page' | 'tagged'; photo?: boolean } = {}): FbPostRecord {
    const p: FbPostRecord = {
      id: `${pageId}_${this.id('9')}`,
      pageId,
      from,
      message,
      created_time: graphTime(opts.at ?? this.now()),
      where: opts.where ?? 'page',
      photo: opts.photo ?? false,
    };
    this.posts.push(p);
    return p;
  }

  comment(postId: string, from: FbFromRecord, message: string, opts: { at?: number; parentId?: string; photo?: boolean } = {}): FbCommentRecord {
    const c: FbCommentRecord = {
      id: `${postId.split('_')[1]}_${this.id('5')}`,
      postId,
      from,
      message,
      created_time: graphTime(opts.at ?? this.now()),
      parentId: opts.parentId ?? null,
      is_hidden: false,
      photo: opts.photo ?? false,
    };
    this.comments.push(c);
    return c;
  }

  igPost(owner: { id: string; username: string }, caption: string, opts: { at?: number; tagged?: string[]; type?: IgMediaRecord['media_type'] } = {}): IgMediaRecord {
    const m: IgMediaRecord = {
      id: this.id('179000'),
      ownerId: owner.id,
      username: owner.username,
      caption,
      timestamp: graphTime(opts.at ?? this.now()),
      media_type: opts.type ?? 'IMAGE',
      tagged: opts.tagged ?? [],
    };
    this.igMedia.push(m);
    return m;
  }

  igComment(mediaId: string, from: { id: string; username: string }, text: string, opts: { at?: number; parentId?: string } = {}): IgCommentRecord {
    const c: IgCommentRecord = { id: this.id('178000'), mediaId, from, text, timestamp: graphTime(opts.at ?? this.now()), parentId: opts.parentId ?? null, hidden: false };
    this.igComments.push(c);
    return c;
  }

  pageBudget(pageId: string): Budget {
    let b = this.budgets.get(pageId);
    if (!b) {
      b = new Budget(this.pageCallLimit, 3_600_000, this.now);
      this.budgets.set(pageId, b);
    }
    return b;
  }

  // ---- JSON views -----------------------------------------------------------------------------

  private postJson(p: FbPostRecord): Record<string, unknown> {
    return {
      id: p.id,
      message: p.message,
      created_time: p.created_time,
      from: p.from,
      permalink_url: `https://www.facebook.com/${p.id.replace('_', '/posts/')}`,
      ...(p.photo ? { attachments: { data: [{ media_type: 'photo', url: `https://www.facebook.com/photo/${p.id}`, media: { image: { src: `https://scontent.example/${p.id}.jpg`, height: 720, width: 960 } } }] } } : {}),
    };
  }

  private commentJson(c: FbCommentRecord): Record<string, unknown> {
    return {
      id: c.id,
      message: c.message,
      created_time: c.created_time,
      from: c.from,
      is_hidden: c.is_hidden,
      permalink_url: `https://www.facebook.com/${c.postId.replace('_', '/posts/')}?comment_id=${c.id}`,
      ...(c.parentId ? { parent: { id: c.parentId, message: '', created_time: c.created_time } } : {}),
      ...(c.photo ? { attachment: { type: 'photo', url: `https://www.facebook.com/photo/${c.id}`, media: { image: { src: `https://scontent.example/${c.id}.jpg` } } } } : {}),
    };
  }

  private igMediaJson(m: IgMediaRecord): Record<string, unknown> {
    return {
      id: m.id,
      caption: m.caption,
      timestamp: m.timestamp,
      media_type: m.media_type,
      media_url: `https://scontent.cdninstagram.example/${m.id}.jpg`,
      permalink: `https://www.instagram.com/p/${m.id}/`,
      username: m.username,
    };
  }

  private igCommentJson(c: IgCommentRecord, fields: FieldTree | null): Record<string, unknown> {
    const replies = this.igComments.filter((r) => r.parentId === c.id).sort((a, b) => a.timestamp.localeCompare(b.timestamp));
    const base: Record<string, unknown> = {
      id: c.id,
      text: c.text,
      timestamp: c.timestamp,
      username: c.from.username,
      from: c.from,
      hidden: c.hidden,
      like_count: 0,
      media: { id: c.mediaId },
      ...(c.parentId ? { parent_id: c.parentId } : {}),
    };
    const sub = fields?.get('replies');
    if (sub !== undefined && replies.length) base.replies = { data: replies.map((r) => this.igCommentJson(r, sub)) };
    return base;
  }

  // ---- plumbing -------------------------------------------------------------------------------

  private list(req: RecordedRequest, rows: Record<string, unknown>[], dflt: string[], headers: Record<string, string>): Reply {
    const fields = req.query.get('fields');
    const tree = fields ? parseFields(fields) : null;
    const limit = Math.min(100, Math.max(1, Number(req.query.get('limit') ?? 25)));
    const after = req.query.get('after');
    const offset = after ? Number(/^o(\d+)$/.exec(Buffer.from(after, 'base64url').toString())?.[1] ?? NaN) : 0;
    if (!Number.isFinite(offset)) return oauthError(400, 100, 'Invalid parameter', 'OAuthException', 33);
    const slice = rows.slice(offset, offset + limit).map((r) => pick(r, tree, dflt));
    const cursor = (n: number) => Buffer.from(`o${n}`).toString('base64url');
    const paging: Record<string, unknown> = { cursors: { before: cursor(offset), after: cursor(offset + slice.length) } };
    if (offset + slice.length < rows.length) {
      const next = new URL(`${this.baseUrl}${req.path}`);
      for (const [k, v] of req.query) if (k !== 'after') next.searchParams.set(k, v);
      next.searchParams.set('after', cursor(offset + slice.length));
      paging.next = next.toString();
    }
    return { headers, body: { data: slice, ...(slice.length || offset ? { paging } : {}) } };
  }

  /** Token check and budget; the page the token belongs to, or the refusal. */
  private gate(req: RecordedRequest): { page: GraphPageRecord; headers: Record<string, string> } | Reply {
    const token = bearer(req);
    const page = [...this.pages.values()].find((p) => p.token === token);
    if (!page) return oauthError(400, 190, 'Invalid OAuth access token - Cannot parse access token');
    const b = this.pageBudget(page.id);
    const ok = b.take();
    const pct = Math.min(100, Math.round((b.used / b.limit) * 100));
    const regain = ok ? 0 : Math.ceil((b.resetAt - this.now()) / 60_000);
    const headers = {
      'x-app-usage': JSON.stringify({ call_count: Math.floor(pct / 4), total_cputime: 1, total_time: 1 }),
      'x-business-use-case-usage': JSON.stringify({
        [page.id]: [{ type: 'pages', call_count: pct, total_cputime: Math.floor(pct / 2), total_time: Math.floor(pct / 2), estimated_time_to_regain_access: regain }],
      }),
    };
    if (!ok) return { ...oauthError(400, 80001, 'There have been too many calls to this Page account. Wait a bit and try again. For more info, please refer to https://developers.facebook.com/docs/graph-api/overview/rate-limiting.'), headers };
    return { page, headers };
  }

  private owns(page: GraphPageRecord, id: string): boolean {
    return id === page.id || id === page.ig?.id || id.startsWith(`${page.id}_`);
  }

  private routes(): void {
    const h = this.http;
    const byTime = (a: { created_time?: string; timestamp?: string }, b: typeof a) => (b.created_time ?? b.timestamp ?? '').localeCompare(a.created_time ?? a.timestamp ?? '');

    // Token inspection: the expiry a test set with tokenExpiry (seconds since 1970; 0 = never).
    h.route('GET', '/:ver/debug_token', (req) => {
      const g = this.gate(req);
      if (!('page' in g)) return g;
      const input = req.query.get('input_token');
      const page = [...this.pages.values()].find((x) => x.token === input);
      if (!page) return oauthError(400, 190, 'Invalid OAuth access token - Cannot parse access token');
      const expiry = this.tokenExpiry.get(page.token);
      if (expiry === undefined) return oauthError(400, 100, '(#100) You must provide an app access token, or a user access token that is an owner or developer of the app');
      return { headers: g.headers, body: { data: { is_valid: true, type: 'PAGE', expires_at: expiry.expiresAt, data_access_expires_at: expiry.dataAccessExpiresAt } } };
    });

    h.route('GET', '/:ver/:id/feed', (req, p) => {
      const g = this.gate(req);
      if (!('page' in g)) return g;
      if (p.id !== g.page.id) return oauthError(403, 10, '(#10) This endpoint requires the pages_read_engagement permission', 'OAuthException');
      const rows = this.posts.filter((x) => x.pageId === p.id && x.where === 'page').sort(byTime).map((x) => this.postJson(x));
      return this.list(req, rows, ['id', 'message', 'created_time'], g.headers);
    });

    h.route('GET', '/:ver/:id/tagged', (req, p) => {
      const g = this.gate(req);
      if (!('page' in g)) return g;
      const rows = this.posts.filter((x) => x.pageId === p.id && x.where === 'tagged').sort(byTime).map((x) => this.postJson(x));
      return this.list(req, rows, ['id', 'message', 'created_time'], g.headers);
    });

    h.route('GET', '/:ver/:id/comments', (req, p) => {
      const g = this.gate(req);
      if (!('page' in g)) return g;
      const fbPost = this.posts.find((x) => x.id === p.id);
      if (fbPost) {
        const stream = req.query.get('filter') === 'stream';
        const order = req.query.get('order') ?? 'chronological';
        let rows = this.comments.filter((c) => c.postId === p.id && (stream || c.parentId === null));
        rows = rows.sort((a, b) => a.created_time.localeCompare(b.created_time) || a.id.localeCompare(b.id));
        if (order === 'reverse_chronological') rows.reverse();
        return this.list(req, rows.map((c) => this.commentJson(c)), ['id', 'message', 'created_time'], g.headers);
      }
      const media = this.igMedia.find((m) => m.id === p.id);
      if (media) {
        const tree = req.query.get('fields') ? parseFields(req.query.get('fields')!) : null;
        // Instagram promises no order; newest first is what it mostly does.
        const rows = this.igComments.filter((c) => c.mediaId === p.id && c.parentId === null).sort(byTime).map((c) => this.igCommentJson(c, tree));
        return this.list(req, rows, ['id', 'text', 'timestamp'], g.headers);
      }
      return oauthError(400, 100, `Unsupported get request. Object with ID '${p.id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`, 'GraphMethodException', 33);
    });

    h.route('GET', '/:ver/:id/media', (req, p) => {
      const g = this.gate(req);
      if (!('page' in g)) return g;
      const rows = this.igMedia.filter((m) => m.ownerId === p.id).sort(byTime).map((m) => this.igMediaJson(m));
      return this.list(req, rows, ['id'], g.headers);
    });

    h.route('GET', '/:ver/:id/tags', (req, p) => {
      const g = this.gate(req);
      if (!('page' in g)) return g;
      const rows = this.igMedia.filter((m) => m.tagged.includes(p.id ?? '')).sort(byTime).map((m) => this.igMediaJson(m));
      return this.list(req, rows, ['id'], g.headers);
    });

    h.route('GET', '/:ver/:id', (req, p) => {
      const g = this.gate(req);
      if (!('page' in g)) return g;
      const tree = req.query.get('fields') ? parseFields(req.query.get('fields')!) : null;
      const id = p.id === 'me' ? g.page.id : decodeURIComponent(p.id ?? '');
      const page = [...this.pages.values()].find((x) => x.id === id || x.username.toLowerCase() === id.toLowerCase());
      if (page) {
        const json = {
          id: page.id,
          name: page.name,
          username: page.username,
          link: `https://www.facebook.com/${page.username}`,
          ...(page.ig ? { instagram_business_account: { id: page.ig.id, username: page.ig.username, name: page.ig.name } } : {}),
        };
        return { headers: g.headers, body: pick(json, tree, ['id', 'name']) };
      }
      const ig = [...this.pages.values()].find((x) => x.ig?.id === id)?.ig;
      if (ig) return { headers: g.headers, body: pick({ ...ig }, tree, ['id']) };
      return oauthError(400, 100, `Unsupported get request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`, 'GraphMethodException', 33);
    });

    const params = (req: RecordedRequest) => {
      const out: Record<string, string> = {};
      for (const [k, v] of req.query) out[k] = v;
      for (const [k, v] of new URLSearchParams(req.body)) out[k] = v;
      delete out.access_token;
      return out;
    };

    h.route('POST', '/:ver/:id', (req, p) => {
      const g = this.gate(req);
      if (!('page' in g)) return g;
      const args = params(req);
      const fb = this.comments.find((c) => c.id === p.id);
      const ig = this.igComments.find((c) => c.id === p.id);
      const target = fb ? this.posts.find((x) => x.id === fb.postId) : ig ? this.igMedia.find((m) => m.id === ig.mediaId) : undefined;
      const ownerOk = fb ? target && 'pageId' in target && target.pageId === g.page.id : ig ? target && 'ownerId' in target && target.ownerId === g.page.ig?.id : false;
      if (!fb && !ig) return oauthError(400, 100, `Unsupported post request. Object with ID '${p.id}' does not exist`, 'GraphMethodException', 33);
      if (!ownerOk) return oauthError(403, 200, '(#200) Permissions error', 'OAuthException');
      if (fb && args.is_hidden !== undefined) fb.is_hidden = args.is_hidden === 'true';
      else if (ig && args.hide !== undefined) ig.hidden = args.hide === 'true';
      else return oauthError(400, 100, '(#100) No matching parameters to update', 'OAuthException');
      this.moderation.push({ method: 'POST', id: p.id ?? '', params: args, pageId: g.page.id });
      return { headers: g.headers, body: { success: true } };
    });

    h.route('DELETE', '/:ver/:id', (req, p) => {
      const g = this.gate(req);
      if (!('page' in g)) return g;
      const fbI = this.comments.findIndex((c) => c.id === p.id);
      const igI = this.igComments.findIndex((c) => c.id === p.id);
      const postI = this.posts.findIndex((x) => x.id === p.id && x.pageId === g.page.id && x.where === 'page');
      if (fbI < 0 && igI < 0 && postI < 0) return oauthError(400, 100, `Unsupported delete request. Object with ID '${p.id}' does not exist`, 'GraphMethodException', 33);
      if (fbI >= 0 && !this.owns(g.page, this.comments[fbI]!.postId)) return oauthError(403, 200, '(#200) Permissions error');
      if (fbI >= 0) this.comments.splice(fbI, 1);
      if (igI >= 0) this.igComments.splice(igI, 1);
      if (postI >= 0) this.posts.splice(postI, 1);
      this.moderation.push({ method: 'DELETE', id: p.id ?? '', params: params(req), pageId: g.page.id });
      return { headers: g.headers, body: { success: true } };
    });
  }
}
