import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMastodonConnector, instanceOf } from '../../electron/connectors/mastodon/connector';
import type { WatchedAccount } from '../../electron/connectors/types';
import { MastodonServer, type MastoAccountRecord } from './servers/mastodon-server';
import { expectConnectorError } from './support/errors';

const TOKEN = 'masto-token-SECRET-abcdef';
const samples = new URL('./fixtures/mastodon-gotosocial/', import.meta.url);
let server: MastodonServer;
let school: MastoAccountRecord;
let parent: MastoAccountRecord;
let account: WatchedAccount;

beforeEach(async () => {
  server = new MastodonServer();
  await server.start();
  school = server.addAccount('devliet', 'CSG De Vliet');
  parent = server.addAccount('ouder', 'Ouder van Noah');
  server.addToken(TOKEN, school.id);
  account = { platform: 'mastodon', handle: `@devliet@${server.host}`, externalAccountId: school.id, url: null };
});

afterEach(async () => {
  await server.close();
});

describe('Mastodon connector', () => {
  it('finds the server from the handle, and verifies the account', async () => {
    expect(instanceOf({ ...account, handle: '@school@mastodon.nl' })).toBe('https://mastodon.nl');
    const c = createMastodonConnector({ baseUrl: server.baseUrl });
    const v = await c.verify({ ...account, externalAccountId: null }, { token: TOKEN });
    expect(v).toMatchObject({ externalAccountId: school.id, handle: 'devliet', displayName: 'CSG De Vliet' });
    const err = await expectConnectorError(() => c.verify({ ...account, handle: '@iemand@elders.nl', externalAccountId: null }, { token: TOKEN }), TOKEN);
    expect(err.kind).toBe('forbidden');
    expect(c.capabilities).toMatchObject({ hide: false, delete: false, manualStepsKey: 'connector.mastodon.manualSteps' });
    expect(c.hide).toBeUndefined();
  });

  it('collects mentions and replies to the page’s posts, as plain text, without the page’s own', async () => {
    const c = createMastodonConnector({ baseUrl: server.baseUrl });
    const own = server.post(school, 'Open dag zaterdag! Vragen zijn welkom.');
    const r1 = server.post(parent, '@devliet is er parkeergelegenheid? <script>alert(1)</script> & meer', { replyTo: own.id });
    server.post(school, '@ouder ja, achter de gymzaal', { replyTo: r1.id });
    const r2 = server.post(server.addAccount('leerling', 'Noah'), 'haha kijk deze foto', { replyTo: r1.id, media: ['image'] });
    const m = server.post(parent, 'Bedankt @devliet voor het concert', { spoiler: 'lang bericht' });
    const dm = server.post(school, '@ouder uw zoon was vandaag ziek', { visibility: 'direct' });
    const first = await c.poll(account, null, { token: TOKEN });
    const byId = new Map(first.items.map((i) => [i.externalId, i]));
    expect([...byId.keys()].sort()).toEqual([r1.id, r2.id, m.id].sort());
    expect(byId.get(r1.id)).toMatchObject({ kind: 'reply', text: '@devliet is er parkeergelegenheid? <script>alert(1)</script> & meer', parentExternalId: own.id });
    expect(byId.get(r2.id)).toMatchObject({ kind: 'reply', threadExternalId: own.id, hasMedia: true, media: [{ type: 'photo' }] });
    expect(byId.get(m.id)).toMatchObject({ kind: 'mention', text: '[lang bericht]\nBedankt @devliet voor het concert' });
    expect(first.rateLimit).toMatchObject({ limit: 300 });
    // The page's own post comes along as context, as plain text with its address; never someone else's.
    expect(first.ownPosts).toContainEqual({
      externalId: own.id,
      text: 'Open dag zaterdag! Vragen zijn welkom.',
      url: `${server.baseUrl}/@devliet/${own.id}`,
      createdAt: new Date(own.created_at).toISOString(),
    });
    expect(first.ownPosts?.filter((p) => [r1.id, r2.id, m.id].includes(p.externalId))).toEqual([]);
    // A direct message of the page is a private conversation: its words are not kept.
    expect(first.ownPosts?.some((p) => p.externalId === dm.id)).toBe(false);

    const again = await c.poll(account, first.cursor, { token: TOKEN });
    expect(again.items).toEqual([]);
    const r3 = server.post(parent, 'nog een vraag', { replyTo: own.id });
    const later = await c.poll(account, again.cursor, { token: TOKEN });
    expect(later.items.map((i) => i.externalId)).toEqual([r3.id]);
    const notif = server.http.requestsTo('/api/v1/notifications').at(-1)!;
    expect(notif.query.getAll('types[]')).toEqual(['mention']);
    expect(notif.query.get('since_id')).not.toBeNull();
  });

  it('follows the Link header through many mentions and resumes a capped poll', async () => {
    const c = createMastodonConnector({ baseUrl: server.baseUrl });
    const t0 = Date.now() - 3_600_000;
    const made = Array.from({ length: 100 }, (_, i) => server.post(parent, `@devliet vraag ${i}`, { at: t0 + i * 1000 }));
    const first = await c.poll(account, null, { token: TOKEN }, { maxItems: 50 });
    expect(first.items.length).toBe(80);
    const second = await c.poll(account, first.cursor, { token: TOKEN }, { maxItems: 50 });
    const all = [...first.items, ...second.items].map((i) => i.externalId);
    expect(new Set(all).size).toBe(100);
    expect(all.sort()).toEqual(made.map((s) => s.id).sort());
    expect(server.http.requestsTo('/api/v1/notifications').some((r) => r.query.has('max_id'))).toBe(true);
  });

  it('a first poll stops at the look-back window instead of paging through years of mentions', async () => {
    const c = createMastodonConnector({ baseUrl: server.baseUrl });
    const long = Date.now() - 200 * 86_400_000;
    for (let i = 0; i < 400; i++) server.post(parent, `@devliet oud ${i}`, { at: long + i * 1000 });
    const fresh = server.post(parent, '@devliet jij bent een sukkel', { at: Date.now() - 60_000 });
    const first = await c.poll(account, null, { token: TOKEN });
    expect(first.items.map((i) => i.externalId)).toEqual([fresh.id]);
    // One page of 40 reaches an old mention, and that ends the run.
    expect(server.http.requestsTo('/api/v1/notifications')).toHaveLength(1);
    const newer = server.post(parent, '@devliet nog iets', { at: Date.now() - 1_000 });
    const second = await c.poll(account, first.cursor, { token: TOKEN });
    expect(second.items.map((i) => i.externalId)).toEqual([newer.id]);
    expect(server.http.requestsTo('/api/v1/notifications').at(-1)!.query.get('since_id')).not.toBeNull();
  });

  it('reads real GoToSocial answers (shared samples)', async () => {
    const c = createMastodonConnector({ baseUrl: server.baseUrl });
    const notifications = JSON.parse(readFileSync(new URL('notifications-mention.json', samples), 'utf8')) as unknown;
    const context = JSON.parse(readFileSync(new URL('context.json', samples), 'utf8')) as { descendants: { id: string; account: { id: string } }[] };
    const schoolId = context.descendants.find((s) => s.account.id !== '01M88CX2CZSMEZQWW50GFT0BCK')!.account.id;
    server.http.injectFault({ kind: 'reply', match: '/api/v1/notifications', reply: { body: notifications } });
    server.http.injectFault({ kind: 'reply', match: '/api/v1/accounts/', reply: { body: [] } });
    const r = await c.poll({ ...account, externalAccountId: schoolId }, null, { token: TOKEN }, { now: new Date('2026-11-24T05:00:00Z') });
    expect(r.items.map((i) => i.text)).toEqual(['Thanks @school for the great concert <3 & see you soon', '@school is parking available on site?']);
    expect(r.items[1]).toMatchObject({ kind: 'reply', parentExternalId: '01M85VGSFPQZ57PYVCP0G423TQ', author: { handle: 'parent' } });
  });

  it('waits for X-RateLimit-Reset on 429 and keeps what it had', async () => {
    const c = createMastodonConnector({ baseUrl: server.baseUrl });
    const own = server.post(school, 'Bericht');
    server.post(parent, 'reactie', { replyTo: own.id });
    server.post(parent, '@devliet hallo');
    server.budget(TOKEN).exhaust(1);
    const r = await c.poll(account, null, { token: TOKEN });
    expect(r.items).toHaveLength(1);
    expect(r.interruptedBy?.kind).toBe('rate_limited');
    expect(r.interruptedBy?.details.retryAt).toBe(new Date(server.budget(TOKEN).resetAt).toISOString());
  });
});
