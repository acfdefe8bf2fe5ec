import { createHash } from 'node:crypto';
import { MockServer, type RecordedRequest, type Reply } from './base';

// A local blog that serves feeds the way WordPress does (checked against a real WordPress 6.1, see
// tests/connectors/wordpress.test.ts): the posts feed, the comments feed (RSS 2.0 and Atom with
// thr:in-reply-to), per-post comment feeds, ETag/Last-Modified with 304 answers, the last ten
// comments only, and a self link without the port. Also "web alert" feeds mentioning the school.

export interface BlogPost {
  id: number;
  slug: string;
  title: string;
  author: string;
  date: number;
}

export interface BlogComment {
  id: number;
  postId: number;
  author: string;
  html: string;
  date: number;
  approved: boolean;
  parentId: number | null;
}

export interface AlertEntry {
  id: string;
  title: string;
  link: string;
  html: string;
  date: number;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const cdata = (s: string) => `<![CDATA[${s.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
const rfc822 = (ms: number) => new Date(ms).toUTCString().replace('GMT', '+0000');
const iso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
const stripTags = (html: string) => html.replace(/<[^>]*>/g, '');

export class RssServer {
  readonly http = new MockServer('rss');
  readonly posts: BlogPost[] = [];
  readonly comments: BlogComment[] = [];
  readonly alerts = new Map<string, AlertEntry[]>();
  title = 'CSG De Vliet – Blog';
  perFeed = 10;
  private seq = 0;

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

  addPost(slug: string, title: string, author: string, at?: number): BlogPost {
    const p = { id: ++this.seq, slug, title, author, date: at ?? this.now() };
    this.posts.push(p);
    return p;
  }

  addComment(post: BlogPost, author: string, html: string, opts: { at?: number; approved?: boolean; parentId?: number } = {}): BlogComment {
    const c = { id: ++this.seq, postId: post.id, author, html, date: opts.at ?? this.now(), approved: opts.approved ?? true, parentId: opts.parentId ?? null };
    this.comments.push(c);
    return c;
  }

  addAlert(feed: string, entry: Omit<AlertEntry, 'date'> & { date?: number }): void {
    const list = this.alerts.get(feed) ?? [];
    list.push({ ...entry, date: entry.date ?? this.now() });
    this.alerts.set(feed, list);
  }

  /** The address WordPress gives a comment: post permalink plus #comment-N. */
  commentLink(c: BlogComment): string {
    const post = this.posts.find((p) => p.id === c.postId)!;
    return `${this.baseUrl}/${post.slug}/#comment-${c.id}`;
  }

  private visible(postId?: number): BlogComment[] {
    return this.comments
      .filter((c) => c.approved && (postId === undefined || c.postId === postId))
      .sort((a, b) => b.date - a.date || b.id - a.id)
      .slice(0, this.perFeed);
  }

  private selfLink(path: string): string {
    // WordPress builds the self link from the home URL without the port (seen on a real install).
    return `http://127.0.0.1${path}`;
  }

  private rss(title: string, link: string, selfPath: string, items: string[], lastBuild: number): string {
    return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
\txmlns:content="http://purl.org/rss/1.0/modules/content/"
\txmlns:dc="http://purl.org/dc/elements/1.1/"
\txmlns:atom="http://www.w3.org/2005/Atom"
\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
\t>
<channel>
\t<title>
\t${esc(title)}\t</title>
\t<atom:link href="${esc(this.selfLink(selfPath))}" rel="self" type="application/rss+xml" />
\t<link>${esc(link)}</link>
\t<description></description>
\t<lastBuildDate>${rfc822(lastBuild)}</lastBuildDate>
\t<sy:updatePeriod>
\thourly\t</sy:updatePeriod>
\t<generator>https://wordpress.org/?v=6.1.9</generator>
${items.join('\n')}
</channel>
</rss>
`;
  }

  private commentItem(c: BlogComment, perPost: boolean): string {
    const post = this.posts.find((p) => p.id === c.postId)!;
    const title = perPost ? `By: ${c.author}` : `Comment on ${post.title} by ${c.author}`;
    return `\t<item>
\t\t<title>
\t\t${esc(title)}\t\t</title>
\t\t<link>${esc(this.commentLink(c))}</link>

\t\t<dc:creator>${cdata(c.author)}</dc:creator>
\t\t<pubDate>${rfc822(c.date)}</pubDate>
\t\t<guid isPermaLink="false">${esc(this.commentLink(c))}</guid>
\t\t\t\t\t<description>${cdata(stripTags(c.html))}</description>
\t\t\t<content:encoded>${cdata(`<p>${c.html}</p>\n`)}</content:encoded>
\t\t</item>`;
  }

  private atom(items: BlogComment[]): string {
    const entries = items.map((c) => {
      const post = this.posts.find((p) => p.id === c.postId)!;
      const parent = c.parentId ? this.comments.find((x) => x.id === c.parentId) : null;
      const replyTo = parent ? this.commentLink(parent) : `${this.baseUrl}/${post.slug}/`;
      return `\t<entry>
\t\t<title>
\t\t${esc(`Comment on ${post.title} by ${c.author}`)}\t\t</title>
\t\t<link rel="alternate" href="${esc(this.commentLink(c))}" type="text/html" />
\t\t<author>
\t\t\t<name>${esc(c.author)}</name>
\t\t</author>
\t\t<id>${esc(this.commentLink(c))}</id>
\t\t<updated>${iso(c.date)}</updated>
\t\t<published>${iso(c.date)}</published>
\t\t<content type="html" xml:base="${esc(this.commentLink(c))}">${cdata(`<p>${c.html}</p>\n`)}</content>
\t\t<thr:in-reply-to ref="${esc(replyTo)}" href="${esc(replyTo)}" type="text/html" />
\t</entry>`;
    });
    const updated = items[0]?.date ?? this.now();
    return `<?xml version="1.0" encoding="UTF-8" ?><feed
\txmlns="http://www.w3.org/2005/Atom"
\txml:lang="nl-NL"
\txmlns:thr="http://purl.org/syndication/thread/1.0"
\t>
\t<title type="text">
\tComments for ${esc(this.title)}\t</title>
\t<updated>${iso(updated)}</updated>
\t<link rel="alternate" type="text/html" href="${esc(this.baseUrl)}" />
\t<link rel="self" type="application/atom+xml" href="${esc(this.baseUrl)}/comments/feed/atom/" />
\t<id>${esc(this.baseUrl)}/comments/feed/atom/</id>
${entries.join('\n')}
</feed>
`;
  }

  /**
   * ETag and Last-Modified as WordPress makes them (WP::send_headers): both come from the newest
   * comment's date only, so approving an older held comment changes neither and still gets a 304.
   */
  private conditional(req: RecordedRequest, body: string, lastModified: number, contentType: string): Reply {
    const lm = new Date(Math.floor(lastModified / 1000) * 1000).toUTCString();
    const etag = `"${createHash('md5').update(lm).digest('hex')}"`;
    const headers = { etag, 'last-modified': lm };
    const inm = req.headers['if-none-match'];
    const ims = req.headers['if-modified-since'];
    const imsOk = !!ims && Date.parse(String(ims)) >= Date.parse(lm);
    const etagOk = !!inm && inm === etag;
    if (inm && ims ? imsOk && etagOk : imsOk || etagOk) return { status: 304, headers };
    return { status: 200, headers, body, contentType };
  }

  private routes(): void {
    const h = this.http;
    const rssType = 'application/rss+xml; charset=UTF-8';
    const newest = (list: { date: number }[]) => list.reduce((m, x) => Math.max(m, x.date), 0) || this.now();

    h.route('GET', '/feed', (req) => {
      const posts = [...this.posts].sort((a, b) => b.date - a.date).slice(0, this.perFeed);
      const items = posts.map(
        (p) => `\t<item>
\t\t<title>${esc(p.title)}</title>
\t\t<link>${esc(`${this.baseUrl}/${p.slug}/`)}</link>
\t\t<dc:creator>${cdata(p.author)}</dc:creator>
\t\t<pubDate>${rfc822(p.date)}</pubDate>
\t\t<guid isPermaLink="false">${esc(`${this.baseUrl}/?p=${p.id}`)}</guid>
\t\t<description>${cdata(p.title)}</description>
\t</item>`,
      );
      return this.conditional(req, this.rss(this.title, this.baseUrl, '/feed/', items, newest(posts)), newest(posts), rssType);
    });

    h.route('GET', '/comments/feed', (req) => {
      const list = this.visible();
      const body = this.rss(`Comments for ${this.title}`, this.baseUrl, '/comments/feed/', list.map((c) => this.commentItem(c, false)), newest(list));
      return this.conditional(req, body, newest(list), rssType);
    });

    h.route('GET', '/comments/feed/atom', (req) => {
      const list = this.visible();
      return this.conditional(req, this.atom(list), newest(list), 'application/atom+xml; charset=UTF-8');
    });

    h.route('GET', '/alerts/:name', (req, p) => {
      const list = [...(this.alerts.get(p.name ?? '') ?? [])].sort((a, b) => b.date - a.date).slice(0, 50);
      const items = list.map(
        (e) => `\t<item>
\t\t<title>${esc(e.title)}</title>
\t\t<link>${esc(e.link)}</link>
\t\t<pubDate>${rfc822(e.date)}</pubDate>
\t\t<guid isPermaLink="false">${esc(e.id)}</guid>
\t\t<description>${esc(e.html)}</description>
\t</item>`,
      );
      const body = this.rss(`Alert: ${p.name}`, `${this.baseUrl}/alerts/${p.name}`, `/alerts/${p.name}`, items, newest(list));
      return this.conditional(req, body, newest(list), rssType);
    });

    h.route('GET', '/:slug/feed', (req, p) => {
      const post = this.posts.find((x) => x.slug === p.slug);
      if (!post) return { status: 404, body: '<html><body>Niet gevonden</body></html>', contentType: 'text/html' };
      const list = this.visible(post.id);
      const body = this.rss(`Comments on: ${post.title}`, `${this.baseUrl}/${post.slug}/`, `/${post.slug}/feed/`, list.map((c) => this.commentItem(c, true)), newest(list));
      return this.conditional(req, body, newest(list), rssType);
    });
  }
}
