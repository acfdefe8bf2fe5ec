import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFacebookConnector } from '../../electron/connectors/graph/facebook';
import { createInstagramConnector } from '../../electron/connectors/graph/instagram';
import type { WatchedAccount } from '../../electron/connectors/types';
import { GraphServer, type GraphPageRecord } from './servers/graph-server';
import { assertNoSecret, expectConnectorError } from './support/errors';

const TOKEN = 'EAAG-page-token-SECRET-987654';
let server: GraphServer;
let page: GraphPageRecord;
let fb: WatchedAccount;
let ig: WatchedAccount;
const minute = 60_000;

beforeEach(async () => {
  server = new GraphServer();
  await server.start();
  page = server.addPage('CSG De Vliet', 'csgdevliet', TOKEN, { username: 'csgdevliet', name: 'CSG De Vliet' });
  fb = { platform: 'facebook', handle: 'csgdevliet', externalAccountId: page.id, url: null };
  ig = { platform: 'instagram', handle: '@csgdevliet', externalAccountId: page.ig!.id, url: null };
});

afterEach(async () => {
  await server.close();
});

describe('Facebook Pages connector', () => {
  it('verifies with a Page token and refuses another page or a bad token', async () => {
    const c = createFacebookConnector({ baseUrl: server.baseUrl });
    expect(await c.verify({ ...fb, externalAccountId: null }, { token: TOKEN })).toEqual({
      externalAccountId: page.id,
      handle: 'csgdevliet',
      displayName: 'CSG De Vliet',
      url: 'https://www.facebook.com/csgdevliet',
    });
    const other = server.addPage('Andere School', 'andereschool', 'other-token-SECRET');
    const err = await expectConnectorError(() => c.verify({ ...fb, handle: 'andereschool', externalAccountId: null }, { token: TOKEN }), TOKEN);
    expect(err.kind).toBe('forbidden');
    expect(other.id).not.toBe(page.id);
    const bad = await expectConnectorError(() => c.verify(fb, { token: 'bogus-SECRET-token' }), 'bogus-SECRET-token');
    expect(bad.kind).toBe('auth');
    expect(bad.details.platformCode).toBe(190);
    // The token travels in the Authorization header, never in a URL.
    expect(server.http.requests.every((r) => !r.query.has('access_token') && r.headers.authorization === `Bearer ${r === server.http.requests.at(-1) ? 'bogus-SECRET-token' : TOKEN}`)).toBe(true);
  });

  it('collects comments on the page posts, visitor posts and tags; never the page itself', async () => {
    const c = createFacebookConnector({ baseUrl: server.baseUrl });
    const now = Date.now();
    const ouder = server.person('Marieke Jansen');
    const leerling = server.person('Daan de Boer');
    const own = server.post(page.id, { id: page.id, name: page.name }, 'Foto’s van de sportdag staan online!', { at: now - 60 * minute });
    const c1 = server.comment(own.id, ouder, 'Wat leuk, dank jullie wel!', { at: now - 50 * minute });
    server.comment(own.id, { id: page.id, name: page.name }, 'Graag gedaan!', { at: now - 45 * minute, parentId: c1.id });
    const c2 = server.comment(own.id, leerling, 'Hier nog een foto', { at: now - 40 * minute, parentId: c1.id, photo: true });
    const visitor = server.post(page.id, ouder, 'Is de school morgen open?', { at: now - 30 * minute });
    const tag = server.post(page.id, leerling, 'Met @CSG De Vliet naar Parijs', { at: now - 20 * minute, where: 'tagged', photo: true });
    const old = server.post(page.id, { id: page.id, name: page.name }, 'Oud bericht', { at: now - 40 * 86_400_000 });
    server.comment(old.id, ouder, 'Reactie op een oud bericht', { at: now - 10 * minute });

    const r = await c.poll(fb, null, { token: TOKEN });
    const byId = new Map(r.items.map((i) => [i.externalId, i]));
    expect([...byId.keys()].sort()).toEqual([c1.id, c2.id, visitor.id, tag.id].sort());
    expect(byId.get(c1.id)).toMatchObject({ kind: 'comment', parentExternalId: own.id, threadExternalId: own.id, author: { id: ouder.id, name: 'Marieke Jansen' } });
    expect(byId.get(c2.id)).toMatchObject({ kind: 'comment', parentExternalId: c1.id, hasMedia: true, media: [{ type: 'photo' }] });
    expect(byId.get(visitor.id)).toMatchObject({ kind: 'visitor_post', text: 'Is de school morgen open?' });
    expect(byId.get(tag.id)).toMatchObject({ kind: 'tag', hasMedia: true });
    expect(r.rateLimit?.usedPercent).toBeGreaterThanOrEqual(0);
    // The page's own post comes along as context, with its text and address; a visitor's or a tag never.
    expect(r.ownPosts).toContainEqual({
      externalId: own.id,
      text: 'Foto’s van de sportdag staan online!',
      url: `https://www.facebook.com/${own.id.replace('_', '/posts/')}`,
      createdAt: new Date(own.created_time).toISOString(),
    });
    const byOthers = new Set(server.posts.filter((p) => p.from.id !== page.id).map((p) => p.id));
    expect(r.ownPosts?.filter((p) => byOthers.has(p.externalId))).toEqual([]);
    const commentCalls = server.http.requests.filter((q) => q.path.endsWith('/comments'));
    expect(commentCalls.every((q) => q.query.get('filter') === 'stream' && q.query.get('order') === 'reverse_chronological')).toBe(true);
  });

  it('polls incrementally: new comments only, none lost in the same second, none doubled', async () => {
    const c = createFacebookConnector({ baseUrl: server.baseUrl });
    const at = Date.now() - 10 * minute;
    const own = server.post(page.id, { id: page.id, name: page.name }, 'Kerstviering', { at: at - minute });
    const a = server.comment(own.id, server.person('A'), 'eerste', { at });
    const first = await c.poll(fb, null, { token: TOKEN });
    expect(first.items.map((i) => i.externalId)).toEqual([a.id]);
    // Same second as the last one seen: Graph times have whole seconds only.
    const b = server.comment(own.id, server.person('B'), 'tweede, zelfde seconde', { at });
    const d = server.comment(own.id, server.person('C'), 'derde', { at: at + 2000 });
    const second = await c.poll(fb, first.cursor, { token: TOKEN });
    expect(second.items.map((i) => i.externalId).sort()).toEqual([b.id, d.id].sort());
    const third = await c.poll(fb, second.cursor, { token: TOKEN });
    expect(third.items).toEqual([]);
  });

  it('pages through many comments and resumes a capped poll where it stopped', async () => {
    const c = createFacebookConnector({ baseUrl: server.baseUrl });
    const t0 = Date.now() - 5 * 3_600_000;
    const own = server.post(page.id, { id: page.id, name: page.name }, 'Uitslag verkiezing leerlingenraad', { at: t0 });
    const made = Array.from({ length: 130 }, (_, i) => server.comment(own.id, server.person(`P${i}`), `reactie ${i}`, { at: t0 + (i + 1) * 1000 }));
    const first = await c.poll(fb, null, { token: TOKEN }, { maxItems: 60 });
    expect(first.items.length).toBeGreaterThanOrEqual(60);
    expect(first.items.length).toBeLessThan(130);
    const second = await c.poll(fb, first.cursor, { token: TOKEN }, { maxItems: 60 });
    const third = await c.poll(fb, second.cursor, { token: TOKEN }, { maxItems: 60 });
    const all = [...first.items, ...second.items, ...third.items].map((i) => i.externalId);
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual(made.map((m) => m.id).sort());
  });

  it('skips a post deleted since it was seen instead of stopping the poll', async () => {
    const c = createFacebookConnector({ baseUrl: server.baseUrl });
    const own1 = server.post(page.id, { id: page.id, name: page.name }, 'een', { at: Date.now() - 5 * minute });
    const own2 = server.post(page.id, { id: page.id, name: page.name }, 'twee', { at: Date.now() - 4 * minute });
    const first = await c.poll(fb, null, { token: TOKEN });
    server.posts.splice(server.posts.indexOf(own1), 1);
    const x = server.comment(own2.id, server.person('X'), 'nog steeds hier');
    const second = await c.poll(fb, first.cursor, { token: TOKEN });
    expect(second.interruptedBy).toBeNull();
    expect(second.items.map((i) => i.externalId)).toEqual([x.id]);
    expect((second.cursor as { roots: { id: string }[] }).roots.map((r) => r.id)).toEqual([own2.id]);
  });

  it('hides with is_hidden=true and deletes with DELETE', async () => {
    const c = createFacebookConnector({ baseUrl: server.baseUrl });
    const own = server.post(page.id, { id: page.id, name: page.name }, 'Ouderavond');
    const bad = server.comment(own.id, server.person('Troll'), 'rotschool');
    const worse = server.comment(own.id, server.person('Troll'), 'nog erger');
    await c.hide!(fb, bad.id, { token: TOKEN });
    await c.delete!(fb, worse.id, { token: TOKEN });
    expect(server.moderation.map((m) => [m.method, m.id, m.params])).toEqual([
      ['POST', bad.id, { is_hidden: 'true' }],
      ['DELETE', worse.id, {}],
    ]);
    expect(bad.is_hidden).toBe(true);
    expect(server.comments.find((x) => x.id === worse.id)).toBeUndefined();
    const gone = await expectConnectorError(() => c.delete!(fb, worse.id, { token: TOKEN }), TOKEN);
    expect(gone.kind).toBe('not_found');
  });

  it('reads the usage headers and turns #80001 into a wait until access returns', async () => {
    const c = createFacebookConnector({ baseUrl: server.baseUrl });
    server.pageBudget(page.id).exhaust(0);
    const err = await expectConnectorError(() => c.poll(fb, null, { token: TOKEN }), TOKEN);
    expect(err.kind).toBe('rate_limited');
    expect(err.details.platformCode).toBe(80001);
    const wait = Date.parse(err.details.retryAt!) - Date.now();
    expect(wait).toBeGreaterThan(50 * minute);
    expect(wait).toBeLessThanOrEqual(61 * minute);
  });

  it('reports broken answers plainly, without the token', async () => {
    const c = createFacebookConnector({ baseUrl: server.baseUrl });
    server.http.injectFault({ kind: 'malformed', match: (r) => r.path.endsWith('/feed') || r.path.endsWith('/tagged') });
    expect((await expectConnectorError(() => c.poll(fb, null, { token: TOKEN }), TOKEN)).kind).toBe('bad_response');
    server.http.injectFault({ kind: 'reply', reply: { status: 500, body: { error: { message: `Unknown error ${TOKEN}`, type: 'OAuthException', code: 2 } } } });
    const e = await expectConnectorError(() => c.poll(fb, null, { token: TOKEN }), TOKEN);
    expect(e.kind).toBe('server');
    server.http.injectFault({ kind: 'slow', delayMs: 2000 });
    expect((await expectConnectorError(() => c.verify(fb, { token: TOKEN }, { requestTimeoutMs: 300 }), TOKEN)).kind).toBe('timeout');
    assertNoSecret(await c.poll(fb, null, { token: TOKEN }), TOKEN);
  });
});

describe('Instagram connector', () => {
  it('verifies through the page’s linked Instagram professional account', async () => {
    const c = createInstagramConnector({ baseUrl: server.baseUrl });
    expect(await c.verify({ ...ig, externalAccountId: null }, { token: TOKEN })).toEqual({
      externalAccountId: page.ig!.id,
      handle: 'csgdevliet',
      displayName: 'CSG De Vliet',
      url: 'https://www.instagram.com/csgdevliet/',
    });
    const err = await expectConnectorError(() => c.verify({ ...ig, handle: 'iemand_anders', externalAccountId: null }, { token: TOKEN }), TOKEN);
    expect(err.kind).toBe('forbidden');
  });

  it('collects comments and replies on own media and media the account is tagged in', async () => {
    const c = createInstagramConnector({ baseUrl: server.baseUrl });
    const me = { id: page.ig!.id, username: 'csgdevliet' };
    const sanne = { id: '17841499', username: 'sanne.2b' };
    const post = server.igPost(me, 'Musical generale repetitie 🎭', { at: Date.now() - 60 * minute });
    const c1 = server.igComment(post.id, sanne, 'Jullie waren geweldig!!', { at: Date.now() - 50 * minute });
    server.igComment(post.id, me, 'Dank je Sanne!', { at: Date.now() - 45 * minute, parentId: c1.id });
    const c2 = server.igComment(post.id, { id: '17841500', username: 'ouder.ahmed' }, '@sanne.2b helemaal mee eens', { at: Date.now() - 40 * minute, parentId: c1.id });
    const tagged = server.igPost(sanne, 'Op kamp met de klas', { tagged: [me.id], at: Date.now() - 30 * minute });

    const first = await c.poll(ig, null, { token: TOKEN });
    const byId = new Map(first.items.map((i) => [i.externalId, i]));
    expect([...byId.keys()].sort()).toEqual([c1.id, c2.id, tagged.id].sort());
    expect(byId.get(c2.id)).toMatchObject({ kind: 'comment', parentExternalId: c1.id, threadExternalId: post.id, author: { handle: 'ouder.ahmed' } });
    expect(byId.get(tagged.id)).toMatchObject({ kind: 'tag', hasMedia: true, author: { handle: 'sanne.2b' } });
    // The account's own media come along as context, with caption and permalink; media it is tagged in never.
    expect(first.ownPosts).toEqual([
      { externalId: post.id, text: 'Musical generale repetitie 🎭', url: `https://www.instagram.com/p/${post.id}/`, createdAt: new Date(post.timestamp).toISOString() },
    ]);

    const c3 = server.igComment(post.id, sanne, 'nog eentje', { parentId: c1.id });
    const second = await c.poll(ig, first.cursor, { token: TOKEN });
    expect(second.items.map((i) => i.externalId)).toEqual([c3.id]);
  });

  it('hides with hide=true and deletes with DELETE', async () => {
    const c = createInstagramConnector({ baseUrl: server.baseUrl });
    const me = { id: page.ig!.id, username: 'csgdevliet' };
    const post = server.igPost(me, 'Open dag');
    const x = server.igComment(post.id, { id: '1', username: 'troll' }, 'lelijk');
    const y = server.igComment(post.id, { id: '1', username: 'troll' }, 'lelijker');
    await c.hide!(ig, x.id, { token: TOKEN });
    await c.delete!(ig, y.id, { token: TOKEN });
    expect(server.moderation.map((m) => [m.method, m.id, m.params])).toEqual([
      ['POST', x.id, { hide: 'true' }],
      ['DELETE', y.id, {}],
    ]);
    expect(x.hidden).toBe(true);
  });
});
