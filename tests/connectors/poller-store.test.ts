import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createPoller } from '../../electron/backend/poller';
import { startDemo, type Demo } from '../../electron/backend/demo';
import { currentLease } from '../../db/poller-lease';
import { listStoredItems } from '../../db/items';
import { startTestBackend, type TestBackend } from '../helpers/backend';

// The real poller on the real store, against the local platform servers of the sandbox: what the
// connectors fetch lands in the database with its flags, once, and only for approved, live pages.

let t: TestBackend | null = null;
let demo: Demo | null = null;

afterEach(async () => {
  await demo?.stop();
  await t?.close();
  demo = null;
  t = null;
});

async function demoSchool(backlog = 12) {
  t = startTestBackend();
  // The clock of the test backend is fixed; the demo servers use real time, so give the backend real time.
  t.clock.set(new Date().toISOString());
  demo = await startDemo(t.backend, { intervalMs: 0, seed: 7 });
  if (backlog) demo.traffic.step(backlog);
  return { t, demo };
}

describe('poller on the real store', () => {
  it('stores every item by others once, with its classification, and never the school’s own posts', async () => {
    const { t, demo } = await demoSchool();
    const poller = createPoller(t.backend, { label: 'test' });
    const first = await poller.runOnce();
    expect(first).toHaveLength(demo.traffic.pages.length);
    expect(first.filter((r) => r.outcome !== 'ok')).toEqual([]);

    const items = await listStoredItems(t.backend.store.db, { limit: 10_000 });
    // 25 backlog comments from startDemoTraffic plus the 12 stepped ones: one item each, the school's replies left out.
    expect(items).toHaveLength(demo.traffic.events.length);
    for (const event of demo.traffic.events) {
      const plain = event.text.replace(/\s+/g, ' ');
      expect(items.some((i) => i.text.replace(/\s+/g, ' ').includes(plain)), event.text).toBe(true);
    }
    expect(items.every((i) => i.classification !== null && i.classification.engineVersion.length > 0)).toBe(true);
    expect(items.some((i) => i.author.name === 'CSG De Vliet' || i.author.handle === 'DeVlietCollege')).toBe(false);

    // Polling again fetches nothing new and stores nothing twice.
    const again = await poller.runOnce();
    expect(again.every((r) => r.outcome === 'ok')).toBe(true);
    expect(await listStoredItems(t.backend.store.db, { limit: 10_000 })).toHaveLength(items.length);

    // New comments arrive with the next poll.
    demo.traffic.step(5);
    await poller.runOnce();
    expect(await listStoredItems(t.backend.store.db, { limit: 10_000 })).toHaveLength(demo.traffic.events.length);
    await poller.stop();
  });

  it('flags harmful demo comments and leaves most harmless ones alone', async () => {
    const { t, demo } = await demoSchool(40);
    const poller = createPoller(t.backend, { label: 'test' });
    await poller.runOnce();
    await poller.stop();
    const items = await listStoredItems(t.backend.store.db, { limit: 10_000 });
    const byText = (text: string) => items.find((i) => i.text.includes(text));
    const harmful = demo.traffic.events.filter((e) => e.category !== 'harmless');
    const caught = harmful.filter((e) => byText(e.text)?.flagged);
    expect(caught.length / harmful.length).toBeGreaterThan(0.7);
  });

  it('polls nothing before approval, and nothing while another desk holds the poller', async () => {
    const { t, demo } = await demoSchool(0);
    const db = t.backend.store.db;
    // Take one page back to "goedgekeurd": it must not be polled.
    const [first] = await db.selectFrom('pages').select('id').orderBy('id').limit(1).execute();
    await db.updateTable('pages').set({ status: 'goedgekeurd' }).where('id', '=', first!.id).execute();
    const a = createPoller(t.backend, { label: 'desk A' });
    const reports = await a.runOnce();
    expect(reports.map((r) => r.pageId)).not.toContain(String(first!.id));
    expect(reports).toHaveLength(demo.traffic.pages.length - 1);
    expect((await currentLease(db))?.label).toBe('desk A');

    const b = createPoller(t.backend, { label: 'desk B' });
    expect(await b.runOnce()).toEqual([]);
    await a.stop();
    expect((await b.runOnce()).length).toBe(demo.traffic.pages.length - 1);
    await b.stop();
  });

  it('keeps tokens out of the database file and the log', async () => {
    const { t } = await demoSchool(3);
    const poller = createPoller(t.backend, { label: 'test' });
    await poller.runOnce();
    await poller.stop();
    t.backend.store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const files = [path.join(t.dataDir, 'paginawacht.sqlite'), path.join(t.dataDir, 'logs', 'paginawacht.log')].filter((f) => fs.existsSync(f));
    for (const file of files) {
      const bytes = fs.readFileSync(file).toString('latin1');
      for (const token of ['demo-x-token', 'demo-graph-token', 'demo-mastodon-token']) expect(bytes.includes(token), `${token} in ${file}`).toBe(false);
    }
    const secrets = fs.statSync(path.join(t.dataDir, 'secrets', 'credentials.json'));
    expect(secrets.mode & 0o077).toBe(0);
  });
});
