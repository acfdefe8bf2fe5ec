import { Budget, MockServer, bearer, type RecordedRequest, type Reply } from './base';

// A local X API v2 for the endpoints Paginawacht uses, with the documented shapes (checked against
// X's OpenAPI description in the tests): users/me, the mentions timeline, a user's posts, recent
// search with a subset of the query language, and hiding replies. Errors are Problem objects,
// budgets are per endpoint and token with x-rate-limit-* headers, and 429 when spent.

const TWITTER_EPOCH = 1288834974657n;
const WINDOW_MS = 15 * 60_000;
const SEARCH_WINDOW_MS = 7 * 86_400_000;

export interface XUserRecord {
  id: string;
  username: string;
  name: string;
}

export interface XMediaRecord {
  media_key: string;
  type: 'photo' | 'video' | 'animated_gif';
  url?: string;
  preview_image_url?: string;
}

export interface XTweetRecord {
  id: string;
  text: string;
  author_id: string;
  conversation_id: string;
  created_at: string;
  in_reply_to_user_id?: string;
  referenced_tweets?: { type: 'replied_to' | 'quoted'; id: string }[];
  media: XMediaRecord[];
  hidden: boolean;
}

export interface XPostInput {
  authorId: string;
  text: string;
  replyTo?: string;
  quoteOf?: string;
  media?: ('photo' | 'video')[];
  createdAt?: number;
}

export interface XHideCall {
  tweetId: string;
  hidden: boolean;
  userId: string;
}

const LIMITS: Record<string, number> = {
  'GET /2/users/me': 75,
  'GET /2/users/:id/mentions': 180,
  'GET /2/users/:id/tweets': 900,
  'GET /2/tweets/search/recent': 450,
  'PUT /2/tweets/:tweet_id/hidden': 50,
};

const DEFAULT_TWEET_FIELDS = ['id', 'text', 'edit_history_tweet_ids'];

function problem(status: number, title: string, detail: string, type = 'about:blank'): Reply {
  return { status, contentType: 'application/problem+json', body: { title, detail, type, status } };
}

function invalid(message: string, parameters: Record<string, string[]>): Reply {
  return {
    status: 400,
    contentType: 'application/problem+json',
    body: {
      errors: [{ parameters, message }],
      title: 'Invalid Request',
      detail: 'One or more parameters to your request was invalid.',
      type: 'https://api.twitter.com/2/problems/invalid-request',
    },
  };
}

const cmpId = (a: string, b: string) => (BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0);
const encodeToken = (id: string) => Buffer.from(`after:${id}`).toString('base64url');
const decodeToken = (t: string) => /^after:(\d+)$/.exec(Buffer.from(t, 'base64url').toString('utf8'))?.[1] ?? null;

// --- a subset of X's query language: terms, -negation, OR, parentheses (AND binds tighter) ---------
type Pred = (t: XTweetRecord) => boolean;
export function parseQuery(query: string, users: Map<string, XUserRecord>): Pred {
  const tokens = query.match(/\(|\)|-?"[^"]*"|[^\s()]+/g) ?? [];
  let i = 0;
  const term = (raw: string): Pred => {
    const neg = raw.startsWith('-');
    const word = neg ? raw.slice(1) : raw;
    const [op, ...rest] = word.split(':');
    const value = rest.join(':');
    let p: Pred;
    if (op === 'conversation_id' && value) p = (t) => t.conversation_id === value;
    else if (op === 'from' && value) p = (t) => t.author_id === value || users.get(t.author_id)?.username.toLowerCase() === value.toLowerCase();
    else if (op === 'is' && value === 'retweet') p = () => false;
    else if (op === 'is' && value === 'reply') p = (t) => !!t.referenced_tweets?.some((r) => r.type === 'replied_to');
    else {
      const needle = word.replace(/^"|"$/g, '').toLowerCase();
      p = (t) => t.text.toLowerCase().includes(needle);
    }
    return neg ? (t) => !p(t) : p;
  };
  const primary = (): Pred => {
    const tok = tokens[i++];
    if (tok === '(') {
      const e = orExpr();
      if (tokens[i] === ')') i++;
      return e;
    }
    return term(tok ?? '');
  };
  const andExpr = (): Pred => {
    const parts: Pred[] = [primary()];
    while (i < tokens.length && tokens[i] !== ')' && tokens[i] !== 'OR') parts.push(primary());
    return (t) => parts.every((p) => p(t));
  };
  const orExpr = (): Pred => {
    const parts: Pred[] = [andExpr()];
    while (tokens[i] === 'OR') {
      i++;
      parts.push(andExpr());
    }
    return (t) => parts.some((p) => p(t));
  };
  return orExpr();
}

export class XServer {
  readonly http = new MockServer('x');
  readonly users = new Map<string, XUserRecord>();
  readonly tweets: XTweetRecord[] = [];
  readonly tokens = new Map<string, string>();
  readonly hideCalls: XHideCall[] = [];
  private readonly budgets = new Map<string, Budget>();
  private seq = 0n;
  private mediaSeq = 0;

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

  private nextId(at: number): string {
    this.seq = (this.seq + 1n) % 4096n;
    return (((BigInt(at) - TWITTER_EPOCH) << 22n) | (1n << 12n) | this.seq).toString();
  }

  addUser(username: string, name: string): XUserRecord {
    const user = { id: String(1_000_000_000 + this.users.size * 7919 + 13), username, name };
    this.users.set(user.id, user);
    return user;
  }

  addToken(token: string, userId: string): void {
    this.tokens.set(token, userId);
  }

  post(input: XPostInput): XTweetRecord {
    const at = input.createdAt ?? this.now();
    const id = this.nextId(at);
    const parent = input.replyTo ? this.tweets.find((t) => t.id === input.replyTo) : undefined;
    const refs: XTweetRecord['referenced_tweets'] = [];
    if (input.replyTo) refs.push({ type: 'replied_to', id: input.replyTo });
    if (input.quoteOf) refs.push({ type: 'quoted', id: input.quoteOf });
    const tweet: XTweetRecord = {
      id,
      text: input.text,
      author_id: input.authorId,
      conversation_id: parent?.conversation_id ?? id,
      created_at: new Date(at).toISOString(),
      ...(parent ? { in_reply_to_user_id: parent.author_id } : {}),
      ...(refs.length ? { referenced_tweets: refs } : {}),
      media: (input.media ?? []).map((type) => {
        const key = `3_${++this.mediaSeq}`;
        return type === 'photo'
          ? { media_key: key, type, url: `https://pbs.twimg.com/media/demo${this.mediaSeq}.jpg` }
          : { media_key: key, type, preview_image_url: `https://pbs.twimg.com/ext_tw_video_thumb/demo${this.mediaSeq}.jpg` };
      }),
      hidden: false,
    };
    this.tweets.push(tweet);
    return tweet;
  }

  budget(route: string, token: string): Budget {
    const key = `${route}|${token}`;
    let b = this.budgets.get(key);
    if (!b) {
      b = new Budget(LIMITS[route] ?? 300, WINDOW_MS, this.now);
      this.budgets.set(key, b);
    }
    return b;
  }

  /** Auth and budget for one request; a Reply when it must be refused. */
  private gate(route: string, req: RecordedRequest): { userId: string; headers: Record<string, string> } | Reply {
    const token = bearer(req);
    const userId = token ? this.tokens.get(token) : undefined;
    if (!token || !userId) return problem(401, 'Unauthorized', 'Unauthorized');
    const b = this.budget(route, token);
    const ok = b.take();
    const headers = {
      'x-rate-limit-limit': String(b.limit),
      'x-rate-limit-remaining': String(b.remaining),
      'x-rate-limit-reset': String(Math.ceil(b.resetAt / 1000)),
    };
    if (!ok) return { ...problem(429, 'Too Many Requests', 'Too Many Requests'), headers };
    return { userId, headers };
  }

  private shape(tweets: XTweetRecord[], q: URLSearchParams, nextToken: string | null) {
    const fields = new Set([...DEFAULT_TWEET_FIELDS, ...(q.get('tweet.fields')?.split(',') ?? [])]);
    const expansions = new Set(q.get('expansions')?.split(',') ?? []);
    const mediaFields = new Set(q.get('media.fields')?.split(',') ?? []);
    const data = tweets.map((t) => {
      const full: Record<string, unknown> = {
        id: t.id,
        text: t.text,
        edit_history_tweet_ids: [t.id],
        author_id: t.author_id,
        conversation_id: t.conversation_id,
        created_at: t.created_at,
        in_reply_to_user_id: t.in_reply_to_user_id,
        referenced_tweets: t.referenced_tweets,
        attachments: t.media.length ? { media_keys: t.media.map((m) => m.media_key) } : undefined,
      };
      return Object.fromEntries(Object.entries(full).filter(([k, v]) => fields.has(k) && v !== undefined));
    });
    const includes: Record<string, unknown[]> = {};
    if (expansions.has('author_id')) {
      const ids = [...new Set(tweets.map((t) => t.author_id))];
      const users = ids.map((id) => this.users.get(id)).filter((u): u is XUserRecord => !!u);
      if (users.length) includes.users = users.map((u) => ({ id: u.id, name: u.name, username: u.username }));
    }
    if (expansions.has('attachments.media_keys')) {
      const media = tweets.flatMap((t) => t.media);
      if (media.length) {
        includes.media = media.map((m) =>
          Object.fromEntries(Object.entries(m).filter(([k]) => k === 'media_key' || k === 'type' || mediaFields.has(k))),
        );
      }
    }
    const meta: Record<string, unknown> = { result_count: tweets.length };
    if (tweets.length) {
      meta.newest_id = tweets[0]!.id;
      meta.oldest_id = tweets[tweets.length - 1]!.id;
    }
    if (nextToken) meta.next_token = nextToken;
    return { ...(data.length ? { data } : {}), ...(Object.keys(includes).length ? { includes } : {}), meta };
  }

  /** Newest first, with since_id/until_id/start_time/end_time, and token paging. */
  private page(list: XTweetRecord[], q: URLSearchParams, tokenParam: string, min: number, max: number, dflt: number): Reply | { tweets: XTweetRecord[]; next: string | null } {
    const maxResults = Number(q.get('max_results') ?? dflt);
    if (!Number.isInteger(maxResults) || maxResults < min || maxResults > max) {
      return invalid(`The \`max_results\` query parameter value [${q.get('max_results')}] is not between ${min} and ${max}`, { max_results: [String(q.get('max_results'))] });
    }
    let out = [...list].sort((a, b) => cmpId(b.id, a.id));
    const since = q.get('since_id');
    const until = q.get('until_id');
    const start = q.get('start_time');
    const end = q.get('end_time');
    if (since) out = out.filter((t) => cmpId(t.id, since) > 0);
    if (until) out = out.filter((t) => cmpId(t.id, until) < 0);
    if (start) out = out.filter((t) => Date.parse(t.created_at) >= Date.parse(start));
    if (end) out = out.filter((t) => Date.parse(t.created_at) <= Date.parse(end));
    const token = q.get(tokenParam);
    if (token) {
      const after = decodeToken(token);
      if (!after) return invalid(`The \`${tokenParam}\` query parameter value [${token}] is not valid`, { [tokenParam]: [token] });
      out = out.filter((t) => cmpId(t.id, after) < 0);
    }
    const pageTweets = out.slice(0, maxResults);
    const next = out.length > maxResults ? encodeToken(pageTweets[pageTweets.length - 1]!.id) : null;
    return { tweets: pageTweets, next };
  }

  private routes(): void {
    const h = this.http;
    h.route('GET', '/2/users/me', (req) => {
      const g = this.gate('GET /2/users/me', req);
      if (!('userId' in g)) return g;
      const u = this.users.get(g.userId)!;
      return { headers: g.headers, body: { data: { id: u.id, name: u.name, username: u.username } } };
    });

    h.route('GET', '/2/users/:id/mentions', (req, p) => {
      const g = this.gate('GET /2/users/:id/mentions', req);
      if (!('userId' in g)) return g;
      const user = this.users.get(p.id ?? '');
      if (!user) return problem(404, 'Not Found Error', `Could not find user with id: [${p.id}].`, 'https://api.twitter.com/2/problems/resource-not-found');
      const mention = new RegExp(`(^|[^\\w])@${user.username}\\b`, 'i');
      const r = this.page(this.tweets.filter((t) => mention.test(t.text)), req.query, 'pagination_token', 5, 100, 10);
      if (!('tweets' in r)) return r;
      return { headers: g.headers, body: this.shape(r.tweets, req.query, r.next) };
    });

    h.route('GET', '/2/users/:id/tweets', (req, p) => {
      const g = this.gate('GET /2/users/:id/tweets', req);
      if (!('userId' in g)) return g;
      const r = this.page(this.tweets.filter((t) => t.author_id === p.id), req.query, 'pagination_token', 5, 100, 10);
      if (!('tweets' in r)) return r;
      return { headers: g.headers, body: this.shape(r.tweets, req.query, r.next) };
    });

    h.route('GET', '/2/tweets/search/recent', (req) => {
      const g = this.gate('GET /2/tweets/search/recent', req);
      if (!('userId' in g)) return g;
      const query = req.query.get('query');
      if (!query) return invalid('The `query` query parameter can not be empty', { query: [''] });
      if (query.length > 512) return invalid('The `query` query parameter value is too long', { query: [query] });
      const since = req.query.get('since_id');
      const oldest = this.now() - SEARCH_WINDOW_MS;
      if (since && Number((BigInt(since) >> 22n) + TWITTER_EPOCH) < oldest) {
        return invalid(`Invalid 'since_id':'${since}'. 'since_id' must be a tweet id created after the start of the last 7 days.`, { since_id: [since] });
      }
      const pred = parseQuery(query, this.users);
      const recent = this.tweets.filter((t) => Date.parse(t.created_at) >= oldest && pred(t));
      // Recent search pages with next_token (pagination_token is accepted as an alias).
      const q = new URLSearchParams(req.query);
      if (!q.get('next_token') && q.get('pagination_token')) q.set('next_token', q.get('pagination_token')!);
      const r = this.page(recent, q, 'next_token', 10, 100, 10);
      if (!('tweets' in r)) return r;
      return { headers: g.headers, body: this.shape(r.tweets, req.query, r.next) };
    });

    h.route('PUT', '/2/tweets/:tweet_id/hidden', (req, p) => {
      const g = this.gate('PUT /2/tweets/:tweet_id/hidden', req);
      if (!('userId' in g)) return g;
      let body: { hidden?: unknown };
      try {
        body = JSON.parse(req.body) as { hidden?: unknown };
      } catch {
        return invalid('The request body is not valid JSON', { hidden: [] });
      }
      if (typeof body.hidden !== 'boolean') return invalid('The `hidden` field is required and must be a boolean', { hidden: [String(body.hidden)] });
      const tweet = this.tweets.find((t) => t.id === p.tweet_id);
      if (!tweet) return problem(404, 'Not Found Error', `Could not find tweet with id: [${p.tweet_id}].`, 'https://api.twitter.com/2/problems/resource-not-found');
      const root = this.tweets.find((t) => t.id === tweet.conversation_id);
      if (!root || root.author_id !== g.userId || tweet.id === root.id) {
        return problem(403, 'Forbidden', 'You cannot hide or unhide replies to conversations you do not own.');
      }
      tweet.hidden = body.hidden;
      this.hideCalls.push({ tweetId: tweet.id, hidden: body.hidden, userId: g.userId });
      return { headers: g.headers, body: { data: { hidden: body.hidden } } };
    });
  }
}
