import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRssConnector, feedUrlOf } from '../../electron/connectors/rss/connector';
import { entryItem } from '../../electron/connectors/rss/map';
import { postsFeedOf } from '../../electron/connectors/rss/own-authors';
import type { WatchedAccount } from '../../electron/connectors/types';
import { RssServer, type BlogPost } from './servers/rss-server';
import { expectConnectorError } from './support/errors';

let server: RssServer;
let post: BlogPost;
const feed = (path: string): WatchedAccount => ({ platform: 'rss', handle: `${server.baseUrl}${path}`, externalAccountId: null, url: null });

beforeEach(async () => {
  server = new RssServer();
  await server.start();
  post = server.addPost('open-dag', 'Open dag op zaterdag', 'Redactie', Date.now() - 86_400_000);
});

afterEach(async () => {
  await server.close();
});

describe('RSS/Atom connector', () => {
  it('knows where a WordPress blog keeps its posts feed', () => {
    expect(postsFeedOf('https://blog.school.nl/comments/feed/')).toBe('https://blog.school.nl/feed/');
    expect(postsFeedOf('https://blog.school.nl/comments/feed/atom/')).toBe('https://blog.school.nl/feed/');
    expect(postsFeedOf('https://school.nl/blog/open-dag/feed/')).toBe('https://school.nl/blog/feed/');
    expect(postsFeedOf('https://school.nl/?feed=comments-rss2')).toBe('https://school.nl/?feed=rss2');
    expect(postsFeedOf('https://alerts.example/feeds/123')).toBeNull();
    expect(feedUrlOf({ platform: 'rss', handle: '/comments/feed/', externalAccountId: null, url: null }, 'http://127.0.0.1:9/')).toBe('http://127.0.0.1:9/comments/feed/');
  });

  it('verifies a feed and reads its comments, marking those signed with the school’s own name', async () => {
    const c = createRssConnector();
    const a = server.addComment(post, 'Ouder van Sem', 'Is er <b>parkeergelegenheid</b>? &amp; hoe laat?', { at: Date.now() - 3_600_000 });
    const own = server.addComment(post, 'Redactie', 'Ja, achter de gymzaal.', { at: Date.now() - 3_000_000, parentId: a.id });
    const b = server.addComment(post, 'Oud-leerling', 'Mooie foto’s! <img src="https://blog.example/foto.jpg" alt="">', { at: Date.now() - 2_000_000 });
    const v = await c.verify(feed('/comments/feed/'), null);
    expect(v).toMatchObject({ externalAccountId: `${server.baseUrl}/comments/feed/`, displayName: 'Comments for CSG De Vliet – Blog' });
    const r = await c.poll(feed('/comments/feed/'), null, null);
    // A name is all a comment feed has, and anyone can type it: the poller keeps a comment signed
    // "Redactie" only when the decency engine flags it (tests/connectors/own-activity.test.ts).
    expect(r.items.map((i) => [i.externalId, i.signedAsPage === true])).toEqual([
      [server.commentLink(a), false],
      [server.commentLink(own), true],
      [server.commentLink(b), false],
    ]);
    expect(r.items[0]).toMatchObject({
      kind: 'feed_comment',
      text: 'Is er parkeergelegenheid? & hoe laat?',
      author: { name: 'Ouder van Sem' },
      parentExternalId: `${server.baseUrl}/open-dag/`,
      threadExternalId: `${server.baseUrl}/open-dag/`,
      hasMedia: false,
    });
    expect(r.items[2]).toMatchObject({ hasMedia: true, media: [{ type: 'photo', url: 'https://blog.example/foto.jpg' }] });
    expect((r.cursor as { ownAuthors: string[] }).ownAuthors).toEqual(['Redactie']);
    // The blog's own post comes along as context from its posts feed, named as its comments name it;
    // a comment, even one signed with the school's name, never.
    expect(r.ownPosts).toEqual([
      { externalId: `${server.baseUrl}/open-dag/`, text: 'Open dag op zaterdag', url: `${server.baseUrl}/open-dag/`, createdAt: new Date(Math.floor(post.date / 1000) * 1000).toISOString() },
    ]);
    expect(r.ownPosts?.[0]?.externalId).toBe(r.items[0]?.parentExternalId);
    expect(r.ownPosts?.filter((p) => r.items.some((i) => i.externalId === p.externalId))).toEqual([]);
  });

  it('asks conditionally, gets 304, and then only what is new, also a late-approved older comment', async () => {
    const c = createRssConnector({ revalidateMs: 3_600_000 });
    server.addComment(post, 'A', 'eerste', { at: Date.now() - 5_000_000 });
    const held = server.addComment(post, 'B', 'wacht op goedkeuring', { at: Date.now() - 6_000_000, approved: false });
    const first = await c.poll(feed('/comments/feed/'), null, null);
    expect(first.items).toHaveLength(1);
    const second = await c.poll(feed('/comments/feed/'), first.cursor, null);
    expect(second.items).toEqual([]);
    const cond = server.http.requestsTo('/comments/feed').at(-1)!;
    expect(cond.headers['if-none-match']).toMatch(/^"[0-9a-f]{32}"$/);
    expect(server.http.responses.at(-1)!.status).toBe(304);
    // Approving an older comment changes neither ETag nor Last-Modified (as in WordPress): 304.
    held.approved = true;
    const stale = await c.poll(feed('/comments/feed/'), second.cursor, null);
    expect(stale.items).toEqual([]);
    // The hourly unconditional fetch finds it.
    const later = await c.poll(feed('/comments/feed/'), stale.cursor, null, { now: new Date(Date.now() + 3_600_000) });
    expect(later.items.map((i) => i.text)).toEqual(['wacht op goedkeuring']);
    const fresh = server.addComment(post, 'C', 'nieuw');
    const third = await c.poll(feed('/comments/feed/'), later.cursor, null, { now: new Date(Date.now() + 3_700_000) });
    expect(third.items.map((i) => i.externalId)).toEqual([server.commentLink(fresh)]);
  });

  it('reads Atom comment feeds with thr:in-reply-to and per-post feeds', async () => {
    const c = createRssConnector();
    const a = server.addComment(post, 'A', 'vraag', { at: Date.now() - 100_000 });
    const b = server.addComment(post, 'B', 'antwoord op A', { parentId: a.id });
    const atom = await c.poll(feed('/comments/feed/atom/'), null, null);
    expect(atom.items.map((i) => [i.externalId, i.parentExternalId])).toEqual([
      [server.commentLink(a), `${server.baseUrl}/open-dag/`],
      [server.commentLink(b), server.commentLink(a)],
    ]);
    expect(atom.ownPosts?.map((p) => p.externalId)).toEqual([`${server.baseUrl}/open-dag/`]);
    const perPost = await c.poll(feed('/open-dag/feed/'), null, null);
    expect(perPost.items.map((i) => i.author.name)).toEqual(['A', 'B']);
  });

  it('names the post a comment answers by its link, also where WordPress’s Atom feed gives its guid', () => {
    // As WordPress writes thr:in-reply-to: the post's guid for a top-level comment, the parent
    // comment's guid and link for a reply.
    const top = entryItem(
      { id: 'https://blog.example/?p=12#comment-4', link: 'https://blog.example/open-dag/#comment-4', inReplyTo: { $: { ref: 'https://blog.example/?p=12', href: 'https://blog.example/open-dag/' } } },
      'https://blog.example/comments/feed/atom/',
      true,
      new Date().toISOString(),
    );
    expect(top).toMatchObject({ parentExternalId: 'https://blog.example/open-dag/', threadExternalId: 'https://blog.example/open-dag/' });
    const nested = entryItem(
      { id: 'https://blog.example/?p=12#comment-5', link: 'https://blog.example/open-dag/#comment-5', inReplyTo: { $: { ref: 'https://blog.example/?p=12#comment-4', href: 'https://blog.example/open-dag/#comment-4' } } },
      'https://blog.example/comments/feed/atom/',
      true,
      new Date().toISOString(),
    );
    expect(nested).toMatchObject({ parentExternalId: 'https://blog.example/?p=12#comment-4', threadExternalId: 'https://blog.example/open-dag/' });
  });

  it('reads mention feeds (web alerts): kind feed_mention, ids kept unique across feeds', async () => {
    const c = createRssConnector();
    server.addAlert('devliet', { id: '1234', title: 'Artikel over De Vliet', link: 'https://krant.example/artikel', html: 'CSG De Vliet wint prijs' });
    const r = await c.poll(feed('/alerts/devliet'), null, null);
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({ kind: 'feed_mention', externalId: `${server.baseUrl}/alerts/devliet#1234`, text: 'CSG De Vliet wint prijs', url: 'https://krant.example/artikel' });
  });

  it('says when more arrived than the feed shows, so comments may have been missed', async () => {
    const c = createRssConnector();
    for (let i = 0; i < 3; i++) server.addComment(post, `A${i}`, `eerst ${i}`, { at: Date.now() - 100_000 + i * 1000 });
    const first = await c.poll(feed('/comments/feed/'), null, null);
    expect(first.interruptedBy).toBeNull();
    // Twelve more before the next poll: WordPress shows only the newest ten.
    for (let i = 0; i < 12; i++) server.addComment(post, `B${i}`, `daarna ${i}`, { at: Date.now() - 50_000 + i * 1000 });
    const second = await c.poll(feed('/comments/feed/'), first.cursor, null, { now: new Date(Date.now() + 3_600_000) });
    expect(second.items).toHaveLength(10);
    expect(second.interruptedBy?.kind).toBe('gap');
    server.addComment(post, 'C', 'nog een', { at: Date.now() - 1_000 });
    const third = await c.poll(feed('/comments/feed/'), second.cursor, null, { now: new Date(Date.now() + 7_200_000) });
    expect(third.items.map((i) => i.text)).toEqual(['nog een']);
    expect(third.interruptedBy).toBeNull();
  });

  it('stops at maxItems and delivers the rest next time', async () => {
    const c = createRssConnector();
    server.perFeed = 50;
    for (let i = 0; i < 30; i++) server.addComment(post, `P${i}`, `reactie ${i}`, { at: Date.now() - (30 - i) * 1000 });
    const first = await c.poll(feed('/comments/feed/'), null, null, { maxItems: 20 });
    const second = await c.poll(feed('/comments/feed/'), first.cursor, null, { maxItems: 20 });
    const ids = [...first.items, ...second.items].map((i) => i.externalId);
    expect(first.items).toHaveLength(20);
    expect(new Set(ids).size).toBe(30);
  });

  it('refuses entity tricks, broken XML and huge feeds; honours Retry-After; decodes ISO-8859-1', async () => {
    const c = createRssConnector();
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">]><rss version="2.0"><channel><title>&lol2;</title></channel></rss>`;
    server.http.injectFault({ kind: 'reply', match: '/alerts/x', reply: { body: bomb, contentType: 'application/rss+xml' } });
    expect((await expectConnectorError(() => c.poll(feed('/alerts/x'), null, null))).message).toMatch(/declares its own XML entities/);
    const xxe = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>&xxe;</title></channel></rss>`;
    server.http.injectFault({ kind: 'reply', match: '/alerts/x', reply: { body: xxe, contentType: 'application/rss+xml' } });
    expect((await expectConnectorError(() => c.poll(feed('/alerts/x'), null, null))).kind).toBe('bad_response');
    server.http.injectFault({ kind: 'reply', match: '/alerts/x', reply: { body: '<rss version="2.0"><channel><item><title>kapot', contentType: 'application/rss+xml' } });
    expect((await expectConnectorError(() => c.poll(feed('/alerts/x'), null, null))).kind).toBe('bad_response');
    server.http.injectFault({ kind: 'huge', match: '/alerts/x', sizeBytes: 8 * 1024 * 1024 });
    expect((await expectConnectorError(() => c.poll(feed('/alerts/x'), null, null))).kind).toBe('too_large');
    server.http.injectFault({ kind: 'reply', match: '/alerts/x', reply: { status: 429, headers: { 'retry-after': '600' }, body: 'Slow down' } });
    const limited = await expectConnectorError(() => c.poll(feed('/alerts/x'), null, null));
    expect(limited.kind).toBe('rate_limited');
    expect(Math.abs(Date.parse(limited.details.retryAt!) - (Date.now() + 600_000))).toBeLessThan(5000);
    server.http.injectFault({ kind: 'reply', match: '/alerts/x', reply: { status: 503, headers: { 'retry-after': new Date(Date.now() + 60_000).toUTCString() }, body: 'onderhoud' } });
    const down = await expectConnectorError(() => c.poll(feed('/alerts/x'), null, null));
    expect(down.kind).toBe('server');
    expect(down.details.retryAt).not.toBeNull();
    server.http.injectFault({ kind: 'stall', match: '/alerts/x' });
    expect((await expectConnectorError(() => c.poll(feed('/alerts/x'), null, null, { requestTimeoutMs: 200 }))).kind).toBe('timeout');
    await new Promise((r) => setTimeout(r, 50));
    // The deadline closed the socket: the server no longer holds a connected, stalled request.
    expect(server.http.stalledCount).toBe(0);
    const latin1 = Buffer.from(`<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Caf\u00e9</title><item><guid>https://x.example/1</guid><title>Re\u00fcnie</title><description>Leuke re\u00fcnie, \u00e9\u00e9n keer per jaar</description></item></channel></rss>`, 'latin1');
    server.http.injectFault({ kind: 'reply', match: '/alerts/x', reply: { body: latin1, contentType: 'text/xml' } });
    const r = await c.poll(feed('/alerts/x'), null, null);
    expect(r.items[0]?.text).toBe('Leuke reünie, één keer per jaar');
  });

  it('keeps a private feed key out of error messages', async () => {
    const c = createRssConnector();
    server.http.injectFault({ kind: 'reply', match: '/alerts/prive', reply: { status: 500, body: 'fout' } });
    const e = await expectConnectorError(() => c.poll(feed('/alerts/prive?key=GEHEIM-sleutel-42'), null, null), 'GEHEIM-sleutel-42');
    expect(e.kind).toBe('server');
  });
});
