import type { ConnectedPlatform } from '../../../electron/connectors/index';
import { GraphServer, type FbPostRecord, type GraphPageRecord, type IgMediaRecord } from '../servers/graph-server';
import { MastodonServer, type MastoAccountRecord, type MastoStatusRecord } from '../servers/mastodon-server';
import { RssServer, type BlogPost } from '../servers/rss-server';
import { XServer, type XTweetRecord, type XUserRecord } from '../servers/x-server';
import { Rng } from './rng';
import { SCHOOL_POSTS, SCHOOL_REPLIES, makeComment, type DemoCategory, type Visitor } from './templates';

// The sandbox behind `paginawacht demo`: all local platform servers, one demo school with a page on
// each platform, and a steady, seeded stream of Dutch comments by others (most harmless, some not).
// The lead creates the school and its pages from `pages` and points the connectors at `env`.

export const DEMO_SCHOOL = 'CSG De Vliet';

export interface DemoPage {
  /** Stable key for the lead's fixtures, e.g. "x", "facebook", "blog". */
  key: string;
  platform: ConnectedPlatform;
  /** What the owner would type when linking the page (handle, page name or feed URL). */
  handle: string;
  externalAccountId: string | null;
  displayName: string;
  url: string | null;
  /** The token to store in the (demo) keychain; null for feeds. */
  token: string | null;
  /** The base URL to give getConnector for this page. */
  baseUrl: string;
  /** A polling interval that shows activity without waiting long. */
  intervalMs: number;
}

export interface DemoOptions {
  /** Same seed, same story (default 20_240_901). */
  seed?: number;
  /** Mean time between new comments; 0 = no timer, call step() yourself (tests). */
  intervalMs?: number;
  /** Comments already there when the demo starts, spread over the last hours. */
  backlog?: number;
  /** Fixed ports, e.g. to keep URLs stable across restarts; 0 = any free port. */
  ports?: Partial<Record<'x' | 'graph' | 'mastodon' | 'rss', number>>;
}

export interface DemoEvent {
  at: string;
  pageKey: string;
  category: DemoCategory;
  text: string;
  author: string;
  photo: boolean;
}

export interface DemoTraffic {
  baseUrls: { x: string; graph: string; mastodon: string; rss: string };
  /** PAGINAWACHT_<PLATFORM>_BASE_URL for every platform, to hand to the app or CLI. */
  env: Record<string, string>;
  pages: DemoPage[];
  /** Adds `n` comments now (what the timer does). */
  step(n?: number): DemoEvent[];
  /** Everything sent so far, with the category it was written as (for checking the flags). */
  events: DemoEvent[];
  servers: { x: XServer; graph: GraphServer; mastodon: MastodonServer; rss: RssServer };
  stop(): Promise<void>;
}

const PAGE_WEIGHTS = { facebook: 32, instagram: 28, x: 14, mastodon: 8, blog: 12, alerts: 6 } as const;
type PageKey = keyof typeof PAGE_WEIGHTS;

export async function startDemoTraffic(options: DemoOptions = {}): Promise<DemoTraffic> {
  const rng = new Rng(options.seed ?? 20_240_901);
  const x = new XServer();
  const graph = new GraphServer();
  const mastodon = new MastodonServer();
  const rss = new RssServer();
  await Promise.all([x.start(options.ports?.x), graph.start(options.ports?.graph), mastodon.start(options.ports?.mastodon), rss.start(options.ports?.rss)]);
  const now = Date.now();
  const hoursAgo = (h: number) => now - h * 3_600_000;

  // --- the school's accounts -------------------------------------------------------------------
  const xSchool = x.addUser('DeVlietCollege', DEMO_SCHOOL);
  x.addToken('demo-x-token', xSchool.id);
  const xUsers = new Map<string, XUserRecord>();
  const xUser = (v: Visitor) => xUsers.get(v.handle) ?? (xUsers.set(v.handle, x.addUser(v.handle.slice(0, 15), v.name)), xUsers.get(v.handle)!);

  const fbPage: GraphPageRecord = graph.addPage(DEMO_SCHOOL, 'csgdevliet', 'demo-graph-token', { username: 'csgdevliet', name: DEMO_SCHOOL });
  const fbSelf = { id: fbPage.id, name: fbPage.name };
  const igSelf = { id: fbPage.ig!.id, username: fbPage.ig!.username };
  const fbPeople = new Map<string, { id: string; name: string }>();
  const fbPerson = (v: Visitor) => fbPeople.get(v.handle) ?? (fbPeople.set(v.handle, graph.person(v.name)), fbPeople.get(v.handle)!);
  const igPerson = (v: Visitor) => ({ id: `ig-${fbPerson(v).id}`, username: v.handle.replace(/_/g, '.') });

  const mSchool = mastodon.addAccount('devliet', DEMO_SCHOOL);
  mastodon.addToken('demo-mastodon-token', mSchool.id);
  const mPeople = new Map<string, MastoAccountRecord>();
  const mPerson = (v: Visitor) => mPeople.get(v.handle) ?? (mPeople.set(v.handle, mastodon.addAccount(v.handle, v.name)), mPeople.get(v.handle)!);

  rss.title = `${DEMO_SCHOOL} – Blog`;

  // --- the school's own recent posts (the roots that comments attach to) ------------------------
  const xRoots: XTweetRecord[] = [];
  const fbRoots: FbPostRecord[] = [];
  const igRoots: IgMediaRecord[] = [];
  const mRoots: MastoStatusRecord[] = [];
  const blogPosts: BlogPost[] = [];
  SCHOOL_POSTS.forEach((text, i) => {
    const at = hoursAgo(48 - i * 7);
    xRoots.push(x.post({ authorId: xSchool.id, text, createdAt: at }));
    fbRoots.push(graph.post(fbPage.id, fbSelf, text, { at, photo: i % 2 === 0 }));
    igRoots.push(graph.igPost(igSelf, text, { at }));
    mRoots.push(mastodon.post(mSchool, text, { at }));
    blogPosts.push(rss.addPost(`bericht-${i + 1}`, text.split(/[.!:]/)[0]!.slice(0, 60), 'Redactie', at));
  });

  // --- one comment on one page -------------------------------------------------------------------
  const events: DemoEvent[] = [];
  function comment(at: number): DemoEvent {
    const key = rng.weighted<PageKey>(PAGE_WEIGHTS);
    const c = makeComment(rng);
    const schoolAnswers = c.category === 'harmless' && rng.chance(0.15);
    switch (key) {
      case 'x': {
        const root = rng.pick(xRoots);
        const tweet = rng.chance(0.6)
          ? x.post({ authorId: xUser(c.author).id, text: `@DeVlietCollege ${c.text}`, replyTo: root.id, createdAt: at, media: c.photo ? ['photo'] : [] })
          : x.post({ authorId: xUser(c.author).id, text: `${c.text} @DeVlietCollege`, createdAt: at, media: c.photo ? ['photo'] : [] });
        if (schoolAnswers) x.post({ authorId: xSchool.id, text: `@${xUser(c.author).username} ${rng.pick(SCHOOL_REPLIES)}`, replyTo: tweet.id, createdAt: at + 1000 });
        break;
      }
      case 'facebook': {
        if (rng.chance(0.12)) graph.post(fbPage.id, fbPerson(c.author), c.text, { at, photo: c.photo });
        else if (rng.chance(0.05)) graph.post(fbPage.id, fbPerson(c.author), `${c.text} — met ${DEMO_SCHOOL}`, { at, where: 'tagged', photo: c.photo });
        else {
          const root = rng.pick(fbRoots);
          const earlier = graph.comments.filter((k) => k.postId === root.id && !k.parentId);
          const parent = earlier.length && rng.chance(0.3) ? rng.pick(earlier) : null;
          const made = graph.comment(root.id, fbPerson(c.author), c.text, { at, photo: c.photo, ...(parent ? { parentId: parent.id } : {}) });
          if (schoolAnswers) graph.comment(root.id, fbSelf, rng.pick(SCHOOL_REPLIES), { at: at + 1000, parentId: made.id });
        }
        break;
      }
      case 'instagram': {
        if (c.photo || rng.chance(0.05)) graph.igPost(igPerson(c.author), c.text, { at, tagged: [igSelf.id] });
        else {
          const root = rng.pick(igRoots);
          const made = graph.igComment(root.id, igPerson(c.author), c.text, { at });
          if (schoolAnswers) graph.igComment(root.id, igSelf, rng.pick(SCHOOL_REPLIES), { at: at + 1000, parentId: made.id });
        }
        break;
      }
      case 'mastodon': {
        const made = rng.chance(0.6)
          ? mastodon.post(mPerson(c.author), `@devliet ${c.text}`, { replyTo: rng.pick(mRoots).id, at, media: c.photo ? ['image'] : [] })
          : mastodon.post(mPerson(c.author), `${c.text} @devliet`, { at, media: c.photo ? ['image'] : [] });
        if (schoolAnswers) mastodon.post(mSchool, `@${made.account.username} ${rng.pick(SCHOOL_REPLIES)}`, { replyTo: made.id, at: at + 1000 });
        break;
      }
      case 'blog': {
        const post = rng.pick(blogPosts);
        const html = c.photo ? `${escapeHtml(c.text)}<br><img src="https://blog.example/uploads/foto-${events.length}.jpg" alt="">` : escapeHtml(c.text);
        const made = rss.addComment(post, c.author.name, html, { at });
        if (schoolAnswers) rss.addComment(post, 'Redactie', rng.pick(SCHOOL_REPLIES), { at: at + 1000, parentId: made.id });
        break;
      }
      case 'alerts': {
        const n = events.length;
        rss.addAlert('devliet', { id: `alert-${n}`, title: `${DEMO_SCHOOL} genoemd op een forum`, link: `https://forum.example/topic/${1000 + n}`, html: escapeHtml(c.text), date: at });
        break;
      }
    }
    const event: DemoEvent = { at: new Date(at).toISOString(), pageKey: key, category: c.category, text: c.text, author: c.author.name, photo: c.photo };
    events.push(event);
    return event;
  }

  const backlog = options.backlog ?? 25;
  for (let i = 0; i < backlog; i++) comment(now - (backlog - i) * 4 * 60_000);

  // --- the steady stream -----------------------------------------------------------------------
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const interval = options.intervalMs ?? 8_000;
  const schedule = () => {
    if (stopped || interval <= 0) return;
    timer = setTimeout(() => {
      comment(Date.now());
      schedule();
    }, Math.round(interval * (0.5 + rng.next())));
    timer.unref();
  };
  schedule();

  const baseUrls = { x: x.baseUrl, graph: graph.baseUrl, mastodon: mastodon.baseUrl, rss: rss.baseUrl };
  const pages: DemoPage[] = [
    { key: 'x', platform: 'x', handle: '@DeVlietCollege', externalAccountId: xSchool.id, displayName: DEMO_SCHOOL, url: 'https://x.com/DeVlietCollege', token: 'demo-x-token', baseUrl: baseUrls.x, intervalMs: 15_000 },
    { key: 'facebook', platform: 'facebook', handle: 'csgdevliet', externalAccountId: fbPage.id, displayName: DEMO_SCHOOL, url: 'https://www.facebook.com/csgdevliet', token: 'demo-graph-token', baseUrl: baseUrls.graph, intervalMs: 15_000 },
    { key: 'instagram', platform: 'instagram', handle: '@csgdevliet', externalAccountId: igSelf.id, displayName: DEMO_SCHOOL, url: 'https://www.instagram.com/csgdevliet/', token: 'demo-graph-token', baseUrl: baseUrls.graph, intervalMs: 15_000 },
    { key: 'mastodon', platform: 'mastodon', handle: `@devliet@${mastodon.host}`, externalAccountId: mSchool.id, displayName: DEMO_SCHOOL, url: `${baseUrls.mastodon}/@devliet`, token: 'demo-mastodon-token', baseUrl: baseUrls.mastodon, intervalMs: 20_000 },
    { key: 'blog', platform: 'rss', handle: `${baseUrls.rss}/comments/feed/`, externalAccountId: `${baseUrls.rss}/comments/feed/`, displayName: `Reacties op ${DEMO_SCHOOL} – Blog`, url: baseUrls.rss, token: null, baseUrl: baseUrls.rss, intervalMs: 30_000 },
    { key: 'alerts', platform: 'rss', handle: `${baseUrls.rss}/alerts/devliet`, externalAccountId: `${baseUrls.rss}/alerts/devliet`, displayName: `Webalert: ${DEMO_SCHOOL}`, url: null, token: null, baseUrl: baseUrls.rss, intervalMs: 60_000 },
  ];

  return {
    baseUrls,
    env: {
      PAGINAWACHT_X_BASE_URL: baseUrls.x,
      PAGINAWACHT_GRAPH_BASE_URL: baseUrls.graph,
      PAGINAWACHT_MASTODON_BASE_URL: baseUrls.mastodon,
      PAGINAWACHT_RSS_BASE_URL: baseUrls.rss,
    },
    pages,
    events,
    servers: { x, graph, mastodon, rss },
    step(n = 1) {
      return Array.from({ length: n }, () => comment(Date.now()));
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await Promise.all([x.close(), graph.close(), mastodon.close(), rss.close()]);
    },
  };
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
