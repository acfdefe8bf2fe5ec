import { afterEach, describe, expect, it } from 'vitest';
import { getConnector } from '../../electron/connectors/index';
import type { ConnectorItem, Cursor } from '../../electron/connectors/types';
import { startDemoTraffic, type DemoTraffic } from './demo/traffic';

let demo: DemoTraffic | null = null;

afterEach(async () => {
  await demo?.stop();
  demo = null;
});

async function pollAll(d: DemoTraffic, cursors: Map<string, Cursor>): Promise<Map<string, ConnectorItem[]>> {
  const out = new Map<string, ConnectorItem[]>();
  for (const page of d.pages) {
    const c = getConnector(page.platform, { baseUrl: page.baseUrl });
    const account = { platform: page.platform, handle: page.handle, externalAccountId: page.externalAccountId, url: page.url };
    const r = await c.poll(account, cursors.get(page.key) ?? null, page.token ? { token: page.token } : null);
    cursors.set(page.key, r.cursor);
    out.set(page.key, r.items);
  }
  return out;
}

describe('demo sandbox traffic', () => {
  it('starts every platform, verifies every demo page, and the connectors see the backlog', async () => {
    demo = await startDemoTraffic({ intervalMs: 0, backlog: 40, seed: 7 });
    for (const page of demo.pages) {
      const v = await getConnector(page.platform, { baseUrl: page.baseUrl }).verify(
        { platform: page.platform, handle: page.handle, externalAccountId: null, url: page.url },
        page.token ? { token: page.token } : null,
      );
      if (page.platform !== 'rss') expect(v.externalAccountId).toBe(page.externalAccountId);
    }
    const cursors = new Map<string, Cursor>();
    const first = await pollAll(demo, cursors);
    const total = [...first.values()].reduce((n, l) => n + l.length, 0);
    // Every comment written as a visitor arrives once; the school's own answers never do.
    expect(total).toBe(demo.events.length);
    const texts = [...first.values()].flat().map((i) => i.text);
    expect(texts.some((t) => /Dank je wel voor je bericht|Goede vraag: de informatieavond|Fijn om te horen/.test(t))).toBe(false);
    expect(new Set(demo.events.map((e) => e.category)).size).toBeGreaterThan(4);
    expect(demo.events.filter((e) => e.category === 'harmless').length).toBeGreaterThan(demo.events.length / 2);

    const more = demo.step(15);
    const second = await pollAll(demo, cursors);
    expect([...second.values()].reduce((n, l) => n + l.length, 0)).toBe(more.length);
    expect(Object.keys(demo.env).sort()).toEqual(['PAGINAWACHT_GRAPH_BASE_URL', 'PAGINAWACHT_MASTODON_BASE_URL', 'PAGINAWACHT_RSS_BASE_URL', 'PAGINAWACHT_X_BASE_URL']);
  });

  it('tells the same story for the same seed', async () => {
    const a = await startDemoTraffic({ intervalMs: 0, backlog: 10, seed: 99 });
    const b = await startDemoTraffic({ intervalMs: 0, backlog: 10, seed: 99 });
    try {
      const strip = (d: DemoTraffic) => d.events.map((e) => [e.pageKey, e.category, e.text, e.author]);
      expect(strip(a)).toEqual(strip(b));
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });

  it('keeps a steady stream going on its own timer', async () => {
    demo = await startDemoTraffic({ intervalMs: 40, backlog: 0 });
    await new Promise((r) => setTimeout(r, 400));
    expect(demo.events.length).toBeGreaterThanOrEqual(3);
  });
});
