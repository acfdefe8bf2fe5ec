import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getConnector } from '../../electron/connectors/index';
import { ConnectorError, type Connector, type PollResult } from '../../electron/connectors/types';
import { backoffDelay } from '../../electron/scheduler/backoff';
import { createScheduler } from '../../electron/scheduler/index';
import type { SchedulerPage } from '../../electron/scheduler/types';
import { XServer } from './servers/x-server';
import { assertNoSecret } from './support/errors';
import { FakeClock, flush } from './support/fake-clock';
import { SqliteStore } from './support/sqlite-store';

let dir: string;
let store: SqliteStore;
let clock: FakeClock;

function item(id: string, text = `tekst ${id}`) {
  return {
    externalId: id,
    kind: 'comment' as const,
    url: null,
    author: { id: 'u1', handle: 'u1', name: null },
    text,
    createdAt: new Date(0).toISOString(),
    parentExternalId: null,
    threadExternalId: null,
    hasMedia: false,
    media: [],
  };
}

/** A connector whose polls the test scripts one by one. */
function scripted(platform: Connector['platform'], steps: ((signal: AbortSignal | undefined) => Promise<PollResult>)[]) {
  const calls: { cursor: unknown; options: unknown }[] = [];
  const connector: Connector = {
    platform,
    capabilities: { verify: false, poll: true, hide: false, delete: false, hideKinds: [], deleteKinds: [], manualStepsKey: null },
    verify: () => Promise.reject(new Error('unused')),
    poll: (_a, cursor, _c, options) => {
      calls.push({ cursor, options });
      const step = steps.shift();
      if (!step) return Promise.resolve({ items: [], cursor, rateLimit: null });
      return step(options?.signal);
    },
  };
  return { connector, calls };
}

function addPage(id: string, platform: SchedulerPage['platform'] = 'facebook', intervalMs = 300_000) {
  store.addPage({ id, platform, handle: id, externalAccountId: `ext-${id}`, baseUrl: null, intervalMs, token: `token-${id}` });
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pw-sched-'));
  store = new SqliteStore(join(dir, 'db.sqlite'));
  clock = new FakeClock();
});

afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('scheduler', () => {
  it('polls due pages, passes items with their flags and the cursor to the store in one commit', async () => {
    addPage('p1');
    const { connector } = scripted('facebook', [async () => ({ items: [item('a', 'kut school'), item('b')], cursor: { n: 1 }, rateLimit: null })]);
    const s = createScheduler<string[]>({ store, clock, random: () => 0.5, connectorFor: () => connector, classify: (i) => (i.text.includes('kut') ? ['coarse_language'] : []) });
    const [report] = await s.runOnce();
    expect(report).toMatchObject({ pageId: 'p1', outcome: 'ok', fetched: 2, inserted: 2, nextPollAt: new Date(clock.now() + 300_000).toISOString() });
    expect(store.items().map((i) => [i.externalId, i.flags])).toEqual([
      ['a', ['coarse_language']],
      ['b', []],
    ]);
    expect(store.loadCursor('p1')).toEqual({ n: 1 });
    expect(store.page('p1')).toMatchObject({ last_success_at: new Date(clock.now()).toISOString(), consecutive_failures: 0, last_error: null });
    // Not due again before its interval.
    expect(await s.runOnce()).toEqual([]);
  });

  it('backs off exponentially with jitter after errors, and resets after a success', async () => {
    addPage('p1');
    const boom = () => Promise.reject(new ConnectorError('server', 'The platform has a problem of its own (HTTP 502)', { status: 502 }));
    const { connector } = scripted('facebook', [boom, boom, boom, async () => ({ items: [], cursor: null, rateLimit: null })]);
    const random = () => 1;
    const s = createScheduler<string[]>({ store, clock, random, connectorFor: () => connector, classify: () => [] });
    const waits: number[] = [];
    for (let i = 0; i < 3; i++) {
      const [r] = await s.runOnce();
      expect(r?.outcome).toBe('failed');
      const wait = Date.parse(r!.nextPollAt) - clock.now();
      waits.push(wait);
      await clock.advance(wait);
    }
    expect(waits).toEqual([30_000, 60_000, 120_000]);
    const page = store.page('p1');
    expect(page.consecutive_failures).toBe(3);
    expect(JSON.parse(String(page.last_error))).toMatchObject({ kind: 'server', key: 'poll.error.server', nl: expect.stringContaining('storing'), en: expect.stringContaining('problem') });
    const [ok] = await s.runOnce();
    expect(ok?.outcome).toBe('ok');
    expect(store.page('p1').consecutive_failures).toBe(0);
    // Jitter: half fixed, half random.
    expect(backoffDelay(2, () => 0)).toBe(30_000);
    expect(backoffDelay(40, () => 1)).toBe(3_600_000);
  });

  it('on 429 waits until the reset, and holds back the other pages of that platform meanwhile', async () => {
    addPage('p1', 'x');
    addPage('p2', 'x');
    addPage('p3', 'facebook');
    const resetAt = new Date(clock.now() + 10 * 60_000).toISOString();
    const x = scripted('x', [() => Promise.reject(new ConnectorError('rate_limited', 'too many', { status: 429, retryAt: resetAt }))]);
    const fb = scripted('facebook', []);
    const s = createScheduler<string[]>({ store, clock, random: () => 0, maxConcurrent: 1, connectorFor: (p) => (p.platform === 'x' ? x.connector : fb.connector), classify: () => [] });
    const reports = await s.runOnce();
    expect(reports.map((r) => [r.pageId, r.outcome])).toEqual([
      ['p1', 'failed'],
      ['p2', 'skipped'],
      ['p3', 'ok'],
    ]);
    expect(reports[0]!.nextPollAt).toBe(resetAt);
    expect(reports[1]!.nextPollAt).toBe(resetAt);
    expect(store.page('p1').consecutive_failures).toBe(0);
    expect(await s.runOnce()).toEqual([]);
    await clock.advance(10 * 60_000);
    const after = await s.runOnce();
    expect(after.map((r) => [r.pageId, r.outcome]).sort()).toEqual([
      ['p1', 'ok'],
      ['p2', 'ok'],
      ['p3', 'ok'],
    ]);
  });

  it('holds back only the pages that share the spent budget: one Mastodon server, or Facebook and Instagram together', async () => {
    const add = (id: string, platform: SchedulerPage['platform'], handle: string) =>
      store.addPage({ id, platform, handle, externalAccountId: `ext-${id}`, baseUrl: null, intervalMs: 300_000, token: `token-${id}` });
    add('m1', 'mastodon', '@school@mastodon.nl');
    add('m2', 'mastodon', '@school2@mastodon.nl');
    add('m3', 'mastodon', '@school@social.example');
    add('f1', 'facebook', 'schoolpagina');
    add('i1', 'instagram', 'school_insta');
    const resetAt = new Date(clock.now() + 10 * 60_000).toISOString();
    const limited = () => Promise.reject(new ConnectorError('rate_limited', 'too many', { status: 429, retryAt: resetAt }));
    const mastodon = scripted('mastodon', [limited]);
    const graph = scripted('facebook', [limited]);
    const s = createScheduler<string[]>({
      store,
      clock,
      random: () => 0,
      maxConcurrent: 1,
      connectorFor: (p) => (p.platform === 'mastodon' ? mastodon.connector : graph.connector),
      classify: () => [],
    });
    const outcome = new Map((await s.runOnce()).map((r) => [r.pageId, r.outcome]));
    expect(Object.fromEntries(outcome)).toEqual({ m1: 'failed', m2: 'skipped', m3: 'ok', f1: 'failed', i1: 'skipped' });
  });

  it('reads the budget from a successful poll and stops before it is spent', async () => {
    addPage('p1', 'mastodon', 60_000);
    addPage('p2', 'mastodon', 60_000);
    const resetAt = new Date(clock.now() + 5 * 60_000).toISOString();
    const m = scripted('mastodon', [async () => ({ items: [], cursor: null, rateLimit: { remaining: 2, resetAt, limit: 300 } })]);
    const s = createScheduler<string[]>({ store, clock, random: () => 0, maxConcurrent: 1, connectorFor: () => m.connector, classify: () => [] });
    const reports = await s.runOnce();
    expect(reports.map((r) => r.outcome)).toEqual(['ok', 'skipped']);
    expect(reports[1]!.error?.kind).toBe('rate_limited');
  });

  it('stores a part-way poll and shows why it stopped', async () => {
    addPage('p1');
    const { connector } = scripted('facebook', [
      async () => ({ items: [item('a')], cursor: { half: true }, rateLimit: null, interruptedBy: new ConnectorError('timeout', 'No complete answer within 20 s') }),
    ]);
    const s = createScheduler<string[]>({ store, clock, random: () => 0, connectorFor: () => connector, classify: () => [] });
    const [r] = await s.runOnce();
    expect(r).toMatchObject({ outcome: 'partial', fetched: 1 });
    expect(store.loadCursor('p1')).toEqual({ half: true });
    expect(JSON.parse(String(store.page('p1').last_error))).toMatchObject({ kind: 'timeout', detail: 'No complete answer within 20 s' });
    expect(store.page('p1').consecutive_failures).toBe(1);
  });

  it('stores nothing when the classifier fails, and says so in plain words', async () => {
    addPage('p1');
    const { connector } = scripted('facebook', [async () => ({ items: [item('a')], cursor: { n: 1 }, rateLimit: null })]);
    const s = createScheduler<string[]>({ store, clock, random: () => 0, connectorFor: () => connector, classify: () => { throw new Error('engine broke on secret text'); } });
    const [r] = await s.runOnce();
    expect(r?.error).toMatchObject({ kind: 'internal', key: 'poll.error.internal' });
    expect(r?.error?.detail).not.toContain('secret');
    expect(store.items()).toEqual([]);
    expect(store.loadCursor('p1')).toBeNull();
  });

  it('keeps at most maxConcurrent polls, and maxPerPlatform per platform, under way', async () => {
    for (const id of ['a1', 'a2', 'a3']) addPage(id, 'x');
    for (const id of ['b1', 'b2']) addPage(id, 'facebook');
    let running = 0;
    let peak = 0;
    const perPlatform = new Map<string, number>();
    let peakPerPlatform = 0;
    const slow = (platform: string) => async (): Promise<PollResult> => {
      running++;
      perPlatform.set(platform, (perPlatform.get(platform) ?? 0) + 1);
      peak = Math.max(peak, running);
      peakPerPlatform = Math.max(peakPerPlatform, perPlatform.get(platform)!);
      await new Promise((r) => setTimeout(r, 20));
      running--;
      perPlatform.set(platform, perPlatform.get(platform)! - 1);
      return { items: [], cursor: null, rateLimit: null };
    };
    const connectorFor = (p: SchedulerPage) => scripted(p.platform, [slow(p.platform)]).connector;
    const s = createScheduler<string[]>({ store, clock, connectorFor, classify: () => [], maxConcurrent: 3, maxPerPlatform: 2 });
    const reports = await s.runOnce();
    expect(reports).toHaveLength(5);
    expect(peak).toBe(3);
    expect(peakPerPlatform).toBe(2);
  });

  it('cancels a poll that outlives its deadline and reports a timeout', async () => {
    addPage('p1');
    const hang = (signal: AbortSignal | undefined) =>
      new Promise<PollResult>((_r, reject) => signal?.addEventListener('abort', () => reject(new ConnectorError('aborted', 'cancelled'))));
    const { connector } = scripted('facebook', [hang]);
    const s = createScheduler<string[]>({ store, clock, random: () => 0, connectorFor: () => connector, classify: () => [], pollTimeoutMs: 60_000 });
    const done = s.runOnce();
    await flush();
    await clock.advance(60_000);
    const [r] = await done;
    expect(r?.error?.kind).toBe('timeout');
    expect(r?.error?.detail).toMatch(/longer than 60 s/);
  });

  it('keeps what a poll read before its deadline, and calls the cut a timeout', async () => {
    addPage('p1');
    const partial = (signal: AbortSignal | undefined) =>
      new Promise<PollResult>((resolve) =>
        signal?.addEventListener('abort', () =>
          resolve({ items: [item('early')], cursor: { at: 'early' }, rateLimit: null, interruptedBy: new ConnectorError('aborted', 'cancelled') }),
        ),
      );
    const { connector } = scripted('facebook', [partial]);
    const s = createScheduler<string[]>({ store, clock, random: () => 0, connectorFor: () => connector, classify: () => [], pollTimeoutMs: 60_000 });
    const done = s.runOnce();
    await flush();
    await clock.advance(60_000);
    const [r] = await done;
    expect(r).toMatchObject({ outcome: 'partial', fetched: 1, inserted: 1 });
    expect(r?.error?.kind).toBe('timeout');
    expect(r?.error?.detail).toMatch(/longer than 60 s/);
  });

  it('stores a poll that says some may have been missed, shows it, and keeps the normal interval', async () => {
    addPage('p1');
    const gap = () => Promise.resolve<PollResult>({ items: [item('g1')], cursor: { at: 'g' }, rateLimit: null, interruptedBy: new ConnectorError('gap', 'All 10 entries are new') });
    const { connector } = scripted('facebook', [gap]);
    const s = createScheduler<string[]>({ store, clock, random: () => 0, connectorFor: () => connector, classify: () => [] });
    const [r] = await s.runOnce();
    expect(r).toMatchObject({ outcome: 'ok', inserted: 1, error: { kind: 'gap', key: 'poll.error.gap' } });
    expect(Date.parse(r!.nextPollAt) - clock.now()).toBe(300_000);
  });

  it('runs as a loop with start/stop on the injected clock', async () => {
    addPage('p1', 'facebook', 120_000);
    let polls = 0;
    const connector: Connector = { ...scripted('facebook', []).connector, poll: async (_a, cursor) => { polls++; return { items: [item(`i${polls}`)], cursor, rateLimit: null }; } };
    const s = createScheduler<string[]>({ store, clock, random: () => 0, connectorFor: () => connector, classify: () => [], tickMs: 5_000 });
    s.start();
    await clock.advance(0);
    await s.idle();
    expect(polls).toBe(1);
    await clock.advance(60_000);
    expect(polls).toBe(1);
    await clock.advance(65_000);
    await s.idle();
    expect(polls).toBe(2);
    await s.stop();
    await clock.advance(600_000);
    expect(polls).toBe(2);
    expect(store.items()).toHaveLength(2);
  });

  it('runs real connectors against a local server, and no token reaches the stored health', async () => {
    const x = new XServer();
    await x.start();
    try {
      const user = x.addUser('DeVlietCollege', 'CSG De Vliet');
      x.addToken('x-SECRET-token-42', user.id);
      store.addPage({ id: 'x1', platform: 'x', handle: 'DeVlietCollege', externalAccountId: user.id, baseUrl: x.baseUrl, intervalMs: 60_000, token: 'x-SECRET-token-42' });
      x.post({ authorId: '42', text: '@DeVlietCollege hallo' });
      const s = createScheduler<string[]>({ store, clock, connectorFor: (p) => getConnector(p.platform, { baseUrl: p.baseUrl ?? null }), classify: () => [] });
      const [ok] = await s.runOnce({ force: true });
      expect(ok).toMatchObject({ outcome: 'ok', fetched: 1 });
      x.http.injectFault({ kind: 'reply', match: '/2/users/', reply: { status: 403, contentType: 'application/problem+json', body: { title: 'Forbidden', detail: 'token x-SECRET-token-42 lacks scope', type: 'about:blank', status: 403 } } });
      const [bad] = await s.runOnce({ force: true });
      expect(bad?.error?.kind).toBe('forbidden');
      assertNoSecret(store.page('x1').last_error, 'x-SECRET-token-42');
      assertNoSecret(bad, 'x-SECRET-token-42');
    } finally {
      await x.close();
    }
  });
});
