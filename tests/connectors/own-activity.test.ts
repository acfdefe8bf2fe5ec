import { afterEach, describe, expect, it } from 'vitest';
import { createXConnector } from '../../electron/connectors/x/connector';
import { createFacebookConnector } from '../../electron/connectors/graph/facebook';
import { createInstagramConnector } from '../../electron/connectors/graph/instagram';
import { createMastodonConnector } from '../../electron/connectors/mastodon/connector';
import { createRssConnector } from '../../electron/connectors/rss/connector';
import { createPoller } from '../../electron/backend/poller';
import { startDemo, type Demo } from '../../electron/backend/demo';
import { ownActivityOf } from '../../db/activity';
import { XServer } from './servers/x-server';
import { GraphServer } from './servers/graph-server';
import { MastodonServer } from './servers/mastodon-server';
import { RssServer } from './servers/rss-server';
import { startTestBackend, type TestBackend } from '../helpers/backend';

// The page's own activity (for the inactivity reminder, B3): each connector reports the newest post by
// the page itself that it saw, and says nothing where it saw none. Only the Graph API tells when a
// token expires; elsewhere nothing is invented.

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});
const day = 86_400_000;

describe('own activity per connector', () => {
  it('X: the page’s own tweets of the last week', async () => {
    const server = new XServer();
    await server.start();
    closers.push(() => server.close());
    const page = server.addUser('DeVliet', 'CSG De Vliet');
    const parent = server.addUser('ouder', 'Ouder');
    server.addToken('x-token-SECRET-1', page.id);
    const c = createXConnector({ baseUrl: server.baseUrl });
    const account = { platform: 'x' as const, handle: '@DeVliet', externalAccountId: page.id, url: null };
    server.post({ authorId: parent.id, text: '@DeVliet hallo' });
    expect((await c.poll(account, null, { token: 'x-token-SECRET-1' })).ownLastPostAt).toBeNull();
    const own = server.post({ authorId: page.id, text: 'Sportdag morgen!', createdAt: Date.now() - 2 * day });
    server.post({ authorId: page.id, text: 'Nog ouder', createdAt: Date.now() - 3 * day });
    const r = await c.poll(account, null, { token: 'x-token-SECRET-1' });
    expect(r.ownLastPostAt).toBe(own.created_at);
    expect(r.credentialsExpireAt).toBeUndefined();
  });

  it('Facebook: the page’s own posts in its feed; the token expiry only where debug_token answers', async () => {
    const server = new GraphServer();
    await server.start();
    closers.push(() => server.close());
    const page = server.addPage('CSG De Vliet', 'csgdevliet', 'EAAG-SECRET-1', { username: 'csgdevliet', name: 'CSG De Vliet' });
    const c = createFacebookConnector({ baseUrl: server.baseUrl });
    const fb = { platform: 'facebook' as const, handle: 'csgdevliet', externalAccountId: page.id, url: null };
    const post = server.post(page.id, { id: page.id, name: page.name }, 'Ouderavond dinsdag', { at: Date.now() - 5 * day });
    server.post(page.id, server.person('Bezoeker'), 'Vraag over de ouderavond');
    const first = await c.poll(fb, null, { token: 'EAAG-SECRET-1' });
    expect(first.ownLastPostAt).toBe(new Date(post.created_time).toISOString());
    // A Page token may not inspect itself: the platform did not say, so nothing is stored.
    expect(first.credentialsExpireAt).toBeUndefined();
    server.tokenExpiry.set('EAAG-SECRET-1', { expiresAt: 0, dataAccessExpiresAt: Math.floor(Date.parse('2027-02-01T00:00:00Z') / 1000) });
    // Asked at most once a day: the cursor remembers when.
    const second = await c.poll(fb, first.cursor, { token: 'EAAG-SECRET-1' });
    expect(second.credentialsExpireAt).toBeUndefined();
    const fresh = await c.poll(fb, null, { token: 'EAAG-SECRET-1' });
    expect(fresh.credentialsExpireAt).toBe('2027-02-01T00:00:00.000Z');
    expect(JSON.stringify(fresh)).not.toContain('EAAG-SECRET-1');
  });

  it('Instagram: the account’s own media', async () => {
    const server = new GraphServer();
    await server.start();
    closers.push(() => server.close());
    const page = server.addPage('CSG De Vliet', 'csgdevliet', 'EAAG-SECRET-2', { username: 'csgdevliet', name: 'CSG De Vliet' });
    const media = server.igPost({ id: page.ig!.id, username: 'csgdevliet' }, 'Schoolreis', { at: Date.now() - day });
    const c = createInstagramConnector({ baseUrl: server.baseUrl });
    const r = await c.poll({ platform: 'instagram', handle: '@csgdevliet', externalAccountId: page.ig!.id, url: null }, null, { token: 'EAAG-SECRET-2' });
    expect(r.ownLastPostAt).toBe(new Date(media.timestamp).toISOString());
  });

  it('Mastodon: the account’s own statuses', async () => {
    const server = new MastodonServer();
    await server.start();
    closers.push(() => server.close());
    const school = server.addAccount('devliet', 'CSG De Vliet');
    server.addToken('masto-SECRET-1', school.id);
    const own = server.post(school, 'Techniekavond!', { at: Date.now() - 4 * day });
    const c = createMastodonConnector({ baseUrl: server.baseUrl });
    const r = await c.poll({ platform: 'mastodon', handle: `@devliet@${server.host}`, externalAccountId: school.id, url: null }, null, { token: 'masto-SECRET-1' });
    expect(r.ownLastPostAt).toBe(new Date(own.created_at).toISOString());
  });

  it('Blog: the newest post, or an own reply in the comment feed; a mention feed knows nothing', async () => {
    const server = new RssServer();
    await server.start();
    closers.push(() => server.close());
    const at = Date.now() - 6 * day;
    const post = server.addPost('open-dag', 'Open dag', 'Redactie', at);
    server.addComment(post, 'Ouder', 'Vraag', { at: at + 3_600_000 });
    const reply = server.addComment(post, 'Redactie', 'Antwoord', { at: at + 7_200_000 });
    const c = createRssConnector();
    const r = await c.poll({ platform: 'rss', handle: `${server.baseUrl}/comments/feed/`, externalAccountId: null, url: null }, null, null);
    expect(r.ownLastPostAt).toBe(new Date(Math.floor(reply.date / 1000) * 1000).toISOString());
    server.addAlert('school', { id: 'alert-1', title: 'Vermelding', link: 'https://nieuws.example/1', html: 'De Vliet in het nieuws' });
    const alert = await c.poll({ platform: 'rss', handle: `${server.baseUrl}/alerts/school`, externalAccountId: null, url: null }, null, null);
    expect(alert.ownLastPostAt).toBeNull();
  });
});

describe('own activity stored by the poll', () => {
  let t: TestBackend | null = null;
  let demo: Demo | null = null;
  afterEach(async () => {
    await demo?.stop();
    await t?.close();
    demo = null;
    t = null;
  });

  it('lands in page_connections in the poll’s transaction', async () => {
    t = startTestBackend();
    t.clock.set(new Date().toISOString());
    demo = await startDemo(t.backend, { intervalMs: 0, seed: 7 });
    demo.traffic.step(20);
    const poller = createPoller(t.backend, { label: 'test', jobs: [] });
    await poller.runOnce();
    await poller.stop();
    const pages = await t.backend.store.db.selectFrom('pages').select(['id', 'platform']).execute();
    const known = [];
    for (const p of pages) if ((await ownActivityOf(t.backend.store.db, p.id)).ownLastPostAt) known.push(p.platform);
    // The demo school posts on its own pages; at least the platforms whose own posts the demo carries.
    expect(known.length).toBeGreaterThan(0);
  });

  it('keeps a blog comment signed with the school’s own name only when something is wrong with it', async () => {
    t = startTestBackend();
    t.clock.set(new Date().toISOString());
    demo = await startDemo(t.backend, { intervalMs: 0, seed: 7 });
    const rss = demo.traffic.servers.rss;
    const post = rss.addPost('ondertekend', 'Open podium', 'Redactie', Date.now() - 3_600_000);
    rss.addComment(post, 'Redactie', 'Bedankt voor jullie vragen, tot zaterdag!', { at: Date.now() - 60_000 });
    rss.addComment(post, 'Redactie', 'Jij bent echt een vieze sukkel', { at: Date.now() - 30_000 });
    const poller = createPoller(t.backend, { label: 'test', jobs: [] });
    await poller.runOnce();
    await poller.stop();
    const signed = await t.backend.store.db.selectFrom('items').select(['text', 'flagged']).where('author_name', '=', 'Redactie').execute();
    expect(signed).toEqual([{ text: 'Jij bent echt een vieze sukkel', flagged: 1 }]);
  });
});
