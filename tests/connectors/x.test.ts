import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createXConnector } from '../../electron/connectors/x/connector';
import type { WatchedAccount } from '../../electron/connectors/types';
import { OpenApiValidator, type OpenApiDoc } from './openapi/validate';
import { XServer, type XUserRecord } from './servers/x-server';
import { assertNoSecret, expectConnectorError } from './support/errors';

const TOKEN = 'x-user-token-SECRET-123456';
const spec = JSON.parse(readFileSync(new URL('./fixtures/x/x-api-v2-openapi.json', import.meta.url), 'utf8')) as OpenApiDoc;
const OPERATIONS: Record<string, string> = {
  'GET /2/users/me': '/2/users/me',
  'GET /2/users/:id/mentions': '/2/users/{id}/mentions',
  'GET /2/users/:id/tweets': '/2/users/{id}/tweets',
  'GET /2/tweets/search/recent': '/2/tweets/search/recent',
  'PUT /2/tweets/:tweet_id/hidden': '/2/tweets/{tweet_id}/hidden',
};

let server: XServer;
let page: XUserRecord;
let parent: XUserRecord;
let student: XUserRecord;
let account: WatchedAccount;

/** Every response the server sent must match X's OpenAPI description of that operation. */
function validateAll(): void {
  const v = new OpenApiValidator(spec);
  let checked = 0;
  for (const r of server.http.responses) {
    if (!r.route) continue;
    const path = OPERATIONS[r.route];
    if (!path) continue;
    const method = r.route.split(' ')[0]!;
    const schema =
      r.status === 200
        ? v.responseSchema(path, method, '200')
        : v.responseSchema(path, method, 'default', r.contentType.startsWith('application/problem+json') ? 'application/problem+json' : 'application/json');
    const errors = v.validate(r.body, schema);
    expect(errors, `${r.route} ${r.status}`).toEqual([]);
    checked++;
  }
  expect(checked).toBeGreaterThan(0);
}

beforeEach(async () => {
  server = new XServer();
  await server.start();
  page = server.addUser('DeVlietCollege', 'CSG De Vliet');
  parent = server.addUser('ouder_van_sem', 'Marieke Jansen');
  student = server.addUser('sanne_2b', 'Sanne');
  server.addToken(TOKEN, page.id);
  account = { platform: 'x', handle: '@DeVlietCollege', externalAccountId: page.id, url: null };
});

afterEach(async () => {
  await server.close();
});

describe('X connector', () => {
  it('verifies the account the token belongs to, and refuses a token of another account', async () => {
    const c = createXConnector({ baseUrl: server.baseUrl });
    const v = await c.verify({ ...account, externalAccountId: null }, { token: TOKEN });
    expect(v).toEqual({ externalAccountId: page.id, handle: 'DeVlietCollege', displayName: 'CSG De Vliet', url: 'https://x.com/DeVlietCollege' });
    const err = await expectConnectorError(() => c.verify({ ...account, handle: '@AndereSchool', externalAccountId: null }, { token: TOKEN }), TOKEN);
    expect(err.kind).toBe('forbidden');
    const bad = await expectConnectorError(() => c.verify(account, { token: 'wrong-token-SECRET' }), 'wrong-token-SECRET');
    expect(bad.kind).toBe('auth');
    validateAll();
  });

  it('collects mentions, replies and quotes by others, never the page itself, with authors and media', async () => {
    const c = createXConnector({ baseUrl: server.baseUrl });
    const root = server.post({ authorId: page.id, text: 'Open dag zaterdag van 10 tot 14 uur!' });
    const reply = server.post({ authorId: parent.id, text: '@DeVlietCollege Is er ook parkeergelegenheid?', replyTo: root.id });
    server.post({ authorId: page.id, text: '@ouder_van_sem Ja, achter de gymzaal.', replyTo: reply.id });
    const nested = server.post({ authorId: student.id, text: 'Ik kom ook &amp; neem mijn zus mee <3', replyTo: reply.id, media: ['photo'] });
    const quote = server.post({ authorId: student.id, text: 'Kom allemaal! https://x.com/DeVlietCollege/status/' + root.id, quoteOf: root.id });
    const mention = server.post({ authorId: parent.id, text: 'Complimenten aan @devlietcollege voor het concert' });
    server.post({ authorId: parent.id, text: 'Iets heel anders zonder vermelding' });
    // A reply in someone else's thread that mentions the page: X will not let the page hide it.
    const elsewhere = server.post({ authorId: parent.id, text: 'Wie gaat er naar de open dag?' });
    const replyElsewhere = server.post({ authorId: student.id, text: 'Vraag het @DeVlietCollege', replyTo: elsewhere.id });
    // X escapes &, < and > in post text, the page's own posts too.
    const ownAmp = server.post({ authorId: page.id, text: 'Kom &amp; kijk &lt;3' });

    const r = await c.poll(account, null, { token: TOKEN });
    const byId = new Map(r.items.map((i) => [i.externalId, i]));
    expect([...byId.keys()].sort()).toEqual([reply.id, nested.id, mention.id, replyElsewhere.id].sort());
    expect(byId.get(replyElsewhere.id)).toMatchObject({ kind: 'mention', parentExternalId: elsewhere.id, threadExternalId: elsewhere.id });
    expect(byId.get(reply.id)).toMatchObject({ kind: 'reply', parentExternalId: root.id, threadExternalId: root.id, author: { id: parent.id, handle: 'ouder_van_sem', name: 'Marieke Jansen' } });
    expect(byId.get(nested.id)).toMatchObject({ kind: 'reply', text: 'Ik kom ook & neem mijn zus mee <3', hasMedia: true, media: [{ type: 'photo' }] });
    expect(byId.get(mention.id)).toMatchObject({ kind: 'mention', parentExternalId: null, url: `https://x.com/ouder_van_sem/status/${mention.id}` });
    // The quote is not a reply in the conversation and does not mention the page: X does not report it here.
    expect(byId.has(quote.id)).toBe(false);
    expect(r.items.every((i) => i.author.id !== page.id)).toBe(true);
    expect(r.rateLimit?.remaining).toBeGreaterThan(0);
    // The page's own posts come along as context, with their text and address, and only the page's.
    expect(r.ownPosts).toContainEqual({ externalId: root.id, text: 'Open dag zaterdag van 10 tot 14 uur!', url: `https://x.com/DeVlietCollege/status/${root.id}`, createdAt: root.created_at });
    expect(r.ownPosts?.find((p) => p.externalId === ownAmp.id)?.text).toBe('Kom & kijk <3');
    const byOthers = new Set(server.tweets.filter((t) => t.author_id !== page.id).map((t) => t.id));
    expect(r.ownPosts?.filter((p) => byOthers.has(p.externalId))).toEqual([]);
    validateAll();
  });

  it('calls a reply in an older conversation of the page a reply only where X lets the page hide it', async () => {
    const c = createXConnector({ baseUrl: server.baseUrl });
    const oldRoot = server.post({ authorId: page.id, text: 'Inschrijving geopend', createdAt: Date.now() - 10 * 86_400_000 });
    const direct = server.post({ authorId: parent.id, text: '@DeVlietCollege tot wanneer?', replyTo: oldRoot.id });
    const deeper = server.post({ authorId: student.id, text: '@ouder_van_sem @DeVlietCollege tot vrijdag', replyTo: direct.id });
    const r = await c.poll(account, null, { token: TOKEN });
    const byId = new Map(r.items.map((i) => [i.externalId, i]));
    // The root is past the search window: a direct answer to it is known to be in the page's own
    // conversation; a deeper one cannot be told apart from a thread elsewhere, so it is not offered for hiding.
    expect(byId.get(direct.id)?.kind).toBe('reply');
    expect(byId.get(deeper.id)?.kind).toBe('mention');
  });

  it('polls incrementally with since_id: a second poll brings only what is new', async () => {
    const c = createXConnector({ baseUrl: server.baseUrl });
    const root = server.post({ authorId: page.id, text: 'Sportdag!' });
    server.post({ authorId: parent.id, text: 'Leuk!', replyTo: root.id });
    const first = await c.poll(account, null, { token: TOKEN });
    expect(first.items).toHaveLength(1);
    const again = await c.poll(account, first.cursor, { token: TOKEN });
    expect(again.items).toHaveLength(0);
    const later = server.post({ authorId: student.id, text: 'Wanneer is de uitslag?', replyTo: root.id });
    const m = server.post({ authorId: student.id, text: '@DeVlietCollege wanneer is de uitslag?' });
    const second = await c.poll(account, again.cursor, { token: TOKEN });
    expect(second.items.map((i) => i.externalId).sort()).toEqual([later.id, m.id].sort());
    await c.poll(account, second.cursor, { token: TOKEN });
    const sinceIds = server.http.requestsTo('/2/users/').filter((q) => q.path.endsWith('/mentions')).map((q) => q.query.get('since_id'));
    // Until the first mention there is nothing to be "since"; after it, X filters for us.
    expect(sinceIds[0]).toBeNull();
    expect(sinceIds.at(-1)).toBe(m.id);
    validateAll();
  });

  it('pages through a burst, stops at maxItems and resumes without gaps or doubles', async () => {
    const c = createXConnector({ baseUrl: server.baseUrl });
    const base = Date.now() - 3_600_000;
    const posted = Array.from({ length: 250 }, (_, i) => server.post({ authorId: parent.id, text: `@DeVlietCollege vraag ${i}`, createdAt: base + i * 1000 }));
    const first = await c.poll(account, null, { token: TOKEN }, { maxItems: 120 });
    expect(first.items.length).toBe(200);
    const second = await c.poll(account, first.cursor, { token: TOKEN }, { maxItems: 120 });
    const all = [...first.items, ...second.items].map((i) => i.externalId);
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual(posted.map((t) => t.id).sort());
    const third = await c.poll(account, second.cursor, { token: TOKEN });
    expect(third.items).toHaveLength(0);
    validateAll();
  });

  it('retried after a server error half-way, delivers the rest and nothing twice', async () => {
    const c = createXConnector({ baseUrl: server.baseUrl });
    const base = Date.now() - 3_600_000;
    const posted = Array.from({ length: 250 }, (_, i) => server.post({ authorId: parent.id, text: `@DeVlietCollege vraag ${i}`, createdAt: base + i * 1000 }));
    server.http.injectFault({ kind: 'reply', match: (r) => r.path.endsWith('/mentions') && r.query.has('pagination_token'), reply: { status: 503, contentType: 'application/problem+json', body: { title: 'Service Unavailable', detail: 'Service Unavailable', type: 'about:blank', status: 503 } } });
    const first = await c.poll(account, null, { token: TOKEN });
    expect(first.items).toHaveLength(100);
    expect(first.interruptedBy?.kind).toBe('server');
    const retry = await c.poll(account, first.cursor, { token: TOKEN });
    expect(retry.interruptedBy).toBeNull();
    const all = [...first.items, ...retry.items].map((i) => i.externalId);
    expect(new Set(all).size).toBe(250);
    expect(all.sort()).toEqual(posted.map((t) => t.id).sort());
  });

  it('searches the conversations the page started, ten per query, and each from its own point', async () => {
    const c = createXConnector({ baseUrl: server.baseUrl });
    const roots = Array.from({ length: 12 }, (_, i) => server.post({ authorId: page.id, text: `Bericht ${i}`, createdAt: Date.now() - (12 - i) * 60_000 }));
    for (const r of roots) server.post({ authorId: parent.id, text: 'Mooi!', replyTo: r.id });
    const first = await c.poll(account, null, { token: TOKEN });
    expect(first.items).toHaveLength(12);
    const searches = server.http.requestsTo('/2/tweets/search/recent');
    expect(searches).toHaveLength(2);
    expect(searches[0]!.query.get('query')).toMatch(/^\(conversation_id:\d+( OR conversation_id:\d+){9}\) -from:\d+ -is:retweet$/);
    server.post({ authorId: student.id, text: 'Nog een reactie', replyTo: roots[0]!.id });
    const second = await c.poll(account, first.cursor, { token: TOKEN });
    expect(second.items.map((i) => i.text)).toEqual(['Nog een reactie']);
    validateAll();
  });

  it('hides a reply with PUT /2/tweets/:id/hidden and reports a refusal plainly', async () => {
    const c = createXConnector({ baseUrl: server.baseUrl });
    const root = server.post({ authorId: page.id, text: 'Schoolreis' });
    const reply = server.post({ authorId: student.id, text: 'lelijke reactie', replyTo: root.id });
    await c.hide!(account, reply.id, { token: TOKEN });
    expect(server.hideCalls).toEqual([{ tweetId: reply.id, hidden: true, userId: page.id }]);
    const put = server.http.requests.find((r) => r.method === 'PUT')!;
    expect(JSON.parse(put.body)).toEqual({ hidden: true });
    expect(put.headers.authorization).toBe(`Bearer ${TOKEN}`);

    const elsewhere = server.post({ authorId: parent.id, text: 'Eigen draad' });
    const replyElsewhere = server.post({ authorId: student.id, text: 'reactie', replyTo: elsewhere.id });
    const err = await expectConnectorError(() => c.hide!(account, replyElsewhere.id, { token: TOKEN }), TOKEN);
    expect(err.kind).toBe('forbidden');
    expect(err.message).toMatch(/conversations you do not own/);
    expect(c.capabilities).toMatchObject({ hide: true, delete: false, hideKinds: ['reply'] });
    validateAll();
  });

  it('turns a 429 into rate_limited with the reset time from x-rate-limit-reset', async () => {
    const c = createXConnector({ baseUrl: server.baseUrl });
    const b = server.budget('GET /2/users/:id/mentions', TOKEN);
    b.exhaust(0);
    const err = await expectConnectorError(() => c.poll(account, null, { token: TOKEN }), TOKEN);
    expect(err.kind).toBe('rate_limited');
    expect(err.details.retryAt).toBe(new Date(Math.ceil(b.resetAt / 1000) * 1000).toISOString());
    validateAll();
  });

  it('keeps what was read when the budget runs out half-way, and says so', async () => {
    const c = createXConnector({ baseUrl: server.baseUrl });
    const root = server.post({ authorId: page.id, text: 'Rapport' });
    server.post({ authorId: parent.id, text: '@DeVlietCollege vraag' });
    server.post({ authorId: parent.id, text: 'reactie', replyTo: root.id });
    server.budget('GET /2/tweets/search/recent', TOKEN).exhaust(0);
    const r = await c.poll(account, null, { token: TOKEN });
    expect(r.items).toHaveLength(1);
    expect(r.interruptedBy?.kind).toBe('rate_limited');
    expect(r.rateLimit?.remaining).toBe(0);
    const conv = (r.cursor as { conversations: { marks: Record<string, string> } }).conversations;
    expect(conv.marks[root.id]).toBe(root.id);
  });

  it('closes the socket when an answer does not come in time', async () => {
    const c = createXConnector({ baseUrl: server.baseUrl });
    server.http.injectFault({ kind: 'stall', match: '/2/users/me' });
    const t0 = Date.now();
    const err = await expectConnectorError(() => c.verify(account, { token: TOKEN }, { requestTimeoutMs: 200 }), TOKEN);
    expect(err.kind).toBe('timeout');
    expect(Date.now() - t0).toBeLessThan(2000);
    // The server sees the client go away: the stalled request's socket is closed.
    await new Promise((r) => setTimeout(r, 50));
    expect(server.http.stalledCount).toBe(0);
  });

  it('reports broken, cut-off, huge and failing answers in plain words without the token', async () => {
    const c = createXConnector({ baseUrl: server.baseUrl });
    server.http.injectFault({ kind: 'malformed', match: '/2/users/me' });
    expect((await expectConnectorError(() => c.verify(account, { token: TOKEN }), TOKEN)).kind).toBe('bad_response');
    server.http.injectFault({ kind: 'truncate', match: '/2/users/me' });
    expect((await expectConnectorError(() => c.verify(account, { token: TOKEN }), TOKEN)).kind).toBe('network');
    server.http.injectFault({ kind: 'huge', match: '/2/users/me', sizeBytes: 6 * 1024 * 1024 });
    expect((await expectConnectorError(() => c.verify(account, { token: TOKEN }), TOKEN)).kind).toBe('too_large');
    server.http.injectFault({ kind: 'reply', match: '/2/users/me', reply: { status: 503, headers: { 'retry-after': '120' }, body: { title: 'Service Unavailable', detail: `echo ${TOKEN}`, type: 'about:blank' }, contentType: 'application/problem+json' } });
    const e503 = await expectConnectorError(() => c.verify(account, { token: TOKEN }), TOKEN);
    expect(e503.kind).toBe('server');
    expect(e503.details.retryAt).not.toBeNull();
    expect(e503.message).toContain('[verborgen]');
    server.http.injectFault({ kind: 'reset', match: '/2/users/me' });
    expect((await expectConnectorError(() => c.verify(account, { token: TOKEN }), TOKEN)).kind).toBe('network');
    const poll = await c.poll(account, null, { token: TOKEN });
    assertNoSecret(poll, TOKEN);
  });
});
