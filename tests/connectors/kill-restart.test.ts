import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MastodonServer, type MastoAccountRecord, type MastoStatusRecord } from './servers/mastodon-server';
import { XServer, type XTweetRecord, type XUserRecord } from './servers/x-server';
import { SqliteStore } from './support/sqlite-store';

// A real poll in a child process against a real SQLite file, killed with SIGKILL at the worst
// moments: while a platform stalls mid-poll, and inside the commit transaction itself. After a
// restart nothing may be lost and nothing stored twice.

const child = fileURLToPath(new URL('./support/poll-child.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'pw-kill-'));
const dbPath = join(dir, 'paginawacht.db');
let x: XServer;
let masto: MastodonServer;
let fixtures: { root: XTweetRecord; own: MastoStatusRecord; xParent: XUserRecord; mParent: MastoAccountRecord };

function run(args: string[]): { proc: ChildProcess; lines: string[]; exited: Promise<number | null>; waitFor(re: RegExp): Promise<string> } {
  const proc = spawn(process.execPath, ['--import', 'tsx', child, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const waiters: { re: RegExp; resolve: (l: string) => void }[] = [];
  let buf = '';
  proc.stdout!.on('data', (d: Buffer) => {
    buf += d.toString();
    let i: number;
    while ((i = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, i);
      buf = buf.slice(i + 1);
      lines.push(line);
      for (const w of [...waiters]) if (w.re.test(line)) w.resolve(line);
    }
  });
  let err = '';
  proc.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  void exited.then((code) => {
    if (code !== 0 && code !== null) console.error(err);
  });
  return {
    proc,
    lines,
    exited,
    waitFor: (re) => {
      const seen = lines.find((l) => re.test(l));
      return seen ? Promise.resolve(seen) : new Promise((resolve) => waiters.push({ re, resolve }));
    },
  };
}

function counts(store: SqliteStore) {
  const all = store.items();
  return { total: all.length, distinct: new Set(all.map((i) => `${i.platform}|${i.externalId}`)).size, byPage: (p: string) => all.filter((i) => i.pageId === p).length };
}

beforeAll(async () => {
  x = new XServer();
  masto = new MastodonServer();
  await Promise.all([x.start(), masto.start()]);
  const xPage = x.addUser('DeVlietCollege', 'CSG De Vliet');
  const xParent = x.addUser('ouder', 'Ouder');
  x.addToken('x-token', xPage.id);
  const mSchool = masto.addAccount('devliet', 'CSG De Vliet');
  const mParent = masto.addAccount('ouder', 'Ouder');
  masto.addToken('m-token', mSchool.id);
  const root = x.post({ authorId: xPage.id, text: 'Open dag' });
  for (let i = 0; i < 5; i++) x.post({ authorId: xParent.id, text: `reactie ${i}`, replyTo: root.id });
  const own = masto.post(mSchool, 'Musical vanavond');
  for (let i = 0; i < 4; i++) masto.post(mParent, `@devliet vraag ${i}`, { replyTo: own.id });

  const store = new SqliteStore(dbPath);
  store.addPage({ id: 'a-x', platform: 'x', handle: 'DeVlietCollege', externalAccountId: xPage.id, baseUrl: x.baseUrl, intervalMs: 60_000, token: 'x-token' });
  store.addPage({ id: 'b-mastodon', platform: 'mastodon', handle: `@devliet@${masto.host}`, externalAccountId: mSchool.id, baseUrl: masto.baseUrl, intervalMs: 60_000, token: 'm-token' });
  store.close();
  fixtures = { root, own, xParent, mParent };
});

afterAll(async () => {
  await Promise.all([x.close(), masto.close()]);
  rmSync(dir, { recursive: true, force: true });
});

describe('kill -9 in the middle of a poll, then restart', () => {
  it('stores each page’s poll whole or not at all, and the restart fills the gap without doubles', async () => {
    masto.http.injectFault({ kind: 'stall', match: '/api/v1/statuses/', times: Infinity });
    const first = run([dbPath]);
    await first.waitFor(/^POLLED a-x ok 5$/);
    await masto.http.waitForRequest((r) => r.path.startsWith('/api/v1/statuses/'));
    first.proc.kill('SIGKILL');
    expect(await first.exited).toBeNull();

    let store = new SqliteStore(dbPath);
    expect(counts(store)).toMatchObject({ total: 5, distinct: 5 });
    expect(counts(store).byPage('b-mastodon')).toBe(0);
    expect(store.page('b-mastodon').cursor).toBeNull();
    store.close();

    masto.http.clearFaults();
    masto.http.releaseStalled();
    const f = fixtures;
    x.post({ authorId: f.xParent.id, text: 'nog een, sukkel', replyTo: f.root.id });
    const second = run([dbPath]);
    expect(await second.exited).toBe(0);
    store = new SqliteStore(dbPath);
    const c = counts(store);
    expect(c).toMatchObject({ total: 10, distinct: 10 });
    expect(c.byPage('a-x')).toBe(6);
    expect(c.byPage('b-mastodon')).toBe(4);
    expect(store.items().find((i) => i.text === 'nog een, sukkel')?.flags).toEqual(['coarse_language']);
    store.close();
  });

  it('a kill inside the commit transaction leaves the database as it was', async () => {
    const f = fixtures;
    for (let i = 0; i < 3; i++) masto.post(f.mParent, `@devliet nog een vraag ${i}`, { replyTo: f.own.id });
    let store = new SqliteStore(dbPath);
    const before = { items: counts(store).total, cursor: store.page('b-mastodon').cursor };
    store.close();

    const proc = run([dbPath, 'pause-in-commit']);
    expect(await proc.waitFor(/^IN_TX /)).toBe('IN_TX b-mastodon 3');
    proc.proc.kill('SIGKILL');
    await proc.exited;
    store = new SqliteStore(dbPath);
    expect(counts(store).total).toBe(before.items);
    expect(store.page('b-mastodon').cursor).toBe(before.cursor);
    store.close();

    const again = run([dbPath]);
    expect(await again.exited).toBe(0);
    store = new SqliteStore(dbPath);
    expect(counts(store)).toMatchObject({ total: before.items + 3, distinct: before.items + 3 });
    store.close();

    const idle = run([dbPath]);
    expect(await idle.exited).toBe(0);
    expect(idle.lines.some((l) => l.startsWith('DONE'))).toBe(true);
    store = new SqliteStore(dbPath);
    expect(counts(store).total).toBe(before.items + 3);
    store.close();
  });
});
