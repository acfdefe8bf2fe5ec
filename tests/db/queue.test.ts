import Sqlite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../db/migrate';
import { MIGRATIONS } from '../../db/migrations';
import { TUNING, compareKeys, countCells, ftsQuery, queuePage, type QueueFilter, type QueuePage as QueuePageResult, type QueueSort } from '../../db/queue';
import { Rng } from '../connectors/demo/rng';
import { BASE_TIME, addItems, moderationSchool, type ModerationSchool } from '../helpers/moderation';

// The queue's views, order, keyset paging, filters and counts, on a real database.

let s: ModerationSchool | null = null;
afterEach(async () => {
  await s?.t.close();
  s = null;
});

async function school() {
  s = await moderationSchool();
  return s;
}

describe('queue views and roles', () => {
  it('shows owners their pages, the office everything, and managers what was escalated to them and their team’s pages', async () => {
    const s = await school();
    await addItems(s, s.page.id, [{ text: 'Olga 1' }, { text: 'Olga 2', categories: ['insult'] }]);
    await addItems(s, s.otherPage.id, [{ text: 'Otto 1' }]);
    const texts = async (actor: typeof s.owner, view: 'mine' | 'escalated' | 'team' | 'all') =>
      (await s.t.as(actor, 'queue.list', { view })).rows.map((r) => r.snippet).sort();

    expect(await texts(s.owner, 'mine')).toEqual(['Olga 1', 'Olga 2']);
    expect(await texts(s.backup, 'mine')).toEqual(['Olga 1', 'Olga 2', 'Otto 1']);
    expect(await texts(s.otherOwner, 'mine')).toEqual(['Otto 1']);
    expect(await texts(s.comms, 'all')).toEqual(['Olga 1', 'Olga 2', 'Otto 1']);
    expect(await texts(s.board, 'all')).toEqual(['Olga 1', 'Olga 2', 'Otto 1']);
    expect(await texts(s.manager, 'escalated')).toEqual([]);
    expect(await texts(s.manager, 'mine')).toEqual([]);
    // The line manager sees the pages they manage (a derailment alert's items, say), to look at.
    expect(await texts(s.manager, 'team')).toEqual(['Olga 1', 'Olga 2']);
    expect(await texts(s.otherManager, 'team')).toEqual(['Otto 1']);
    expect(await texts(s.owner, 'team')).toEqual([]);
    const [first] = (await s.t.as(s.manager, 'queue.list', { view: 'team' })).rows;
    const decided = await s.t.as(s.manager, 'decisions.decide', { itemIds: [first!.id], decision: 'keep' });
    expect(decided.results[0]).toMatchObject({ ok: false, error: { code: 'forbidden', key: 'decisions.errors.notYourPage' } });

    const refused = await s.t.tryAs(s.owner, 'queue.list', { view: 'all' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toMatchObject({ code: 'forbidden', key: 'queue.errors.viewNotAllowed' });

    const counts = await s.t.as(s.owner, 'queue.counts', {});
    expect(counts.views).toEqual(['mine']);
    expect(counts.mine).toEqual({ open: 2, urgent: 0 });
    expect((await s.t.as(s.manager, 'queue.counts', {})).views).toEqual(['escalated', 'team']);
    expect((await s.t.as(s.manager, 'queue.counts', {})).team).toEqual({ open: 2, urgent: 0 });
    expect((await s.t.as(s.comms, 'queue.counts', {})).all).toEqual({ open: 3, urgent: 0 });
  });

  it('does not show an item to someone without a stake in its page', async () => {
    const s = await school();
    const [id] = await addItems(s, s.page.id, [{ text: 'Alleen voor Olga' }]);
    const other = await s.t.tryAs(s.otherOwner, 'queue.get', { id: id! });
    expect(other.ok).toBe(false);
    if (!other.ok) expect(other.error.code).toBe('not_found');
    expect((await s.t.as(s.manager, 'queue.get', { id: id! })).text).toBe('Alleen voor Olga');
  });
});

describe('order and keyset paging', () => {
  it('orders by severity, then oldest first, and pages through everything once', async () => {
    const s = await school();
    const specs = Array.from({ length: 57 }, (_, i) => ({
      text: `item ${i}`,
      minute: (i * 37) % 101,
      categories: i % 5 === 0 ? (['threat'] as const) : i % 3 === 0 ? (['insult'] as const) : ([] as const),
    }));
    await addItems(s, s.page.id, specs.map((x) => ({ ...x, categories: [...x.categories] })));
    const seen: { severity: number; createdAt: string; id: number }[] = [];
    let cursor: string | null = null;
    let first = true;
    do {
      const page: Awaited<ReturnType<typeof s.t.as<'queue.list'>>> = await s.t.as(s.owner, 'queue.list', { view: 'mine', cursor, limit: 10 });
      if (first) expect(page.total).toBe(57);
      first = false;
      seen.push(...page.rows.map((r) => ({ severity: r.severity, createdAt: r.createdAt, id: r.id })));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(57);
    expect(new Set(seen.map((r) => r.id)).size).toBe(57);
    const sorted = [...seen].sort((a, b) => b.severity - a.severity || a.createdAt.localeCompare(b.createdAt) || a.id - b.id);
    expect(seen).toEqual(sorted);

    const newest = await s.t.as(s.owner, 'queue.list', { view: 'mine', sort: 'newest', limit: 200 });
    const times = newest.rows.map((r) => r.createdAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('merges pages and statuses for a person with several pages', async () => {
    const s = await school();
    await addItems(s, s.page.id, [{ text: 'a', minute: 5, categories: ['insult'] }, { text: 'b', minute: 1 }]);
    await addItems(s, s.otherPage.id, [{ text: 'c', minute: 3, categories: ['insult'] }, { text: 'd', minute: 0 }]);
    const rows = (await s.t.as(s.backup, 'queue.list', { view: 'mine', limit: 1 })).rows;
    expect(rows.map((r) => r.snippet)).toEqual(['c']);
    const all = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof s.t.as<'queue.list'>>> = await s.t.as(s.backup, 'queue.list', { view: 'mine', limit: 1, cursor });
      all.push(...page.rows.map((r) => r.snippet));
      cursor = page.nextCursor;
    } while (cursor);
    expect(all).toEqual(['c', 'a', 'd', 'b']);
  });
});

describe('filters', () => {
  it('filters by page, platform, category, clause, severity, status, date and words', async () => {
    const s = await school();
    await addItems(s, s.page.id, [
      { text: 'Je bent een sukkel', categories: ['insult'], minute: 0, author: 'Kees' },
      { text: 'Ik weet waar je woont, Straatweg 12', categories: ['personal_data', 'threat'], minute: 60 * 24, author: 'Anoniem' },
      { text: 'Mooie foto van de sportdag!', minute: 60 * 48, author: 'Marieke' },
      { text: 'Wat een café-avond, geweldig', minute: 60 * 49, author: 'Jan' },
    ]);
    await addItems(s, s.otherPage.id, [{ text: 'Sukkels allemaal', categories: ['insult'], minute: 10 }]);
    const list = async (filter: Record<string, unknown>, view: 'mine' | 'all' = 'all') =>
      (await s.t.as(s.comms, 'queue.list', { view, filter })).rows.map((r) => r.snippet);

    expect(await list({ pageIds: [s.otherPage.id] })).toEqual(['Sukkels allemaal']);
    expect((await list({ platforms: ['instagram'] })).length).toBe(5);
    expect((await list({ platforms: ['facebook'] })).length).toBe(0);
    expect(await list({ categories: ['threat'] })).toEqual(['Ik weet waar je woont, Straatweg 12']);
    expect(await list({ clauses: ['A3'] })).toEqual(['Ik weet waar je woont, Straatweg 12']);
    expect((await list({ clauses: ['A10'] })).length).toBe(3);
    expect(await list({ clauses: ['B1'] })).toEqual([]);
    expect(await list({ categories: ['insult'], clauses: ['S5'] })).toEqual([]);
    expect(await list({ severities: [3] })).toEqual(['Ik weet waar je woont, Straatweg 12']);
    expect((await list({ severities: [0] })).sort()).toEqual(['Mooie foto van de sportdag!', 'Wat een café-avond, geweldig']);
    // Days are the school's (Europe/Amsterdam): minute 0 is 24-11 09:00 there, minute 1440 is 25-11.
    expect((await list({ from: '2026-11-25', to: '2026-11-25' }))).toEqual(['Ik weet waar je woont, Straatweg 12']);
    expect((await list({ from: '2026-11-26' })).length).toBe(2);
    // Full-text: words anywhere, prefixes, accents folded, the author's name too.
    expect(await list({ search: 'sukkel' })).toEqual(['Je bent een sukkel', 'Sukkels allemaal']);
    expect(await list({ search: 'cafe' })).toEqual(['Wat een café-avond, geweldig']);
    expect(await list({ search: 'marieke' })).toEqual(['Mooie foto van de sportdag!']);
    expect(await list({ search: 'weet woont' })).toEqual(['Ik weet waar je woont, Straatweg 12']);
    expect(await list({ search: '"); DROP TABLE items; --' })).toEqual([]);
    expect(await list({ search: 'sukkel', pageIds: [s.page.id] })).toEqual(['Je bent een sukkel']);

    // Status: decided items leave the default (open) view and stay findable.
    const [first] = (await s.t.as(s.comms, 'queue.list', { view: 'all', filter: { search: 'sportdag' } })).rows;
    await s.t.as(s.owner, 'decisions.decide', { itemIds: [first!.id], decision: 'keep' });
    expect(await list({ search: 'sportdag' })).toEqual([]);
    expect(await list({ search: 'sportdag', statuses: ['afgehandeld'] })).toEqual(['Mooie foto van de sportdag!']);
  });

  it('turns what people type into a safe FTS5 query', () => {
    expect(ftsQuery('  jan   de ')).toBe('"jan" "de"');
    expect(ftsQuery('"a" OR b* sukkel')).toBe('"a" "OR" "b" "sukkel"*');
    expect(ftsQuery('sanne de vries')).toBe('"sanne" "de" "vries"*');
    expect(ftsQuery('***')).toBeNull();
    expect(ftsQuery('@devliet #sportdag')).toBe('"@devliet" "#sportdag"*');
  });
});

describe('every way of finding a screen gives the same answer', () => {
  it('matches a plain filter-and-sort of all items, for random filters, both orders, through every path', async () => {
    const s = await school();
    const rng = new Rng(77);
    const words = ['sportdag', 'rooster', 'ouderavond', 'kantine', 'mentor', 'huiswerk'];
    const cats = ['insult', 'threat', 'spam', 'coarse_language'] as const;
    const specs = Array.from({ length: 320 }, (_, i) => ({
      text: `${rng.pick(words)} ${rng.pick(words)} bericht ${i}`,
      minute: rng.int(0, 5000),
      categories: rng.chance(0.45) ? [rng.pick(cats)] : [],
    }));
    const ids = [
      ...(await addItems(s, s.page.id, specs.slice(0, 200))),
      ...(await addItems(s, s.otherPage.id, specs.slice(200))),
    ];
    const sqlite = s.t.backend.store.sqlite;
    for (const id of ids) if (rng.chance(0.5)) sqlite.prepare("UPDATE items SET status = ? WHERE id = ?").run(rng.chance(0.7) ? 'afgehandeld' : 'in_behandeling', id);
    const all = sqlite
      .prepare("SELECT i.id, i.page_id AS pageId, i.status, i.severity, i.created_at AS createdAt, i.text, (SELECT group_concat(category) FROM item_flags f WHERE f.item_id = i.id) AS cats FROM items i")
      .all() as { id: number; pageId: number; status: string; severity: number; createdAt: string; text: string; cats: string | null }[];

    const saved = { ...TUNING };
    // Defaults (small sets: looked up); large sets kept while reading the streams; over the scan
    // budget (a search falls back to its newest matches, a category to a per-row check); few matches kept.
    const tunings = [
      {},
      { lookupMax: 5, categoryCap: 10 },
      { lookupMax: 5, categoryCap: 10, scanBudget: 50 },
      { searchCap: 30 },
      { searchCap: 30, lookupMax: 5 },
      { searchCap: 30, lookupMax: 5, scanBudget: 50 },
    ];
    try {
      for (const [t, tuning] of tunings.entries()) {
        Object.assign(TUNING, saved, tuning);
        for (let round = 0; round < 12; round++) {
          const statuses = rng.chance(0.5) ? (['nieuw', 'in_behandeling'] as const) : (['nieuw', 'in_behandeling', 'afgehandeld'] as const);
          const filter: QueueFilter = {
            statuses: [...statuses],
            severities: rng.chance(0.3) ? [1, 2, 3] : [0, 1, 2, 3],
            pageIds: rng.chance(0.3) ? [s.page.id] : rng.chance(0.3) ? [s.page.id, s.otherPage.id] : null,
            categories: rng.chance(0.4) ? [rng.pick(cats), rng.pick(cats)] : null,
            from: rng.chance(0.2) ? new Date(BASE_TIME + 1000 * 60_000).toISOString() : null,
            to: null,
            search: rng.chance(0.4) ? ftsQuery(rng.pick(words)) : null,
            itemIds: null,
          };
          const word = filter.search ? words.find((w) => filter.search!.includes(w))! : null;
          const sort: QueueSort = rng.chance(0.5) ? 'severity' : 'newest';
          let expected = all
            .filter((r) => filter.statuses.includes(r.status as never) && filter.severities.includes(r.severity))
            .filter((r) => !filter.pageIds || filter.pageIds.includes(r.pageId))
            .filter((r) => !filter.categories || (r.cats ?? '').split(',').some((c) => filter.categories!.includes(c)))
            .filter((r) => !filter.from || r.createdAt >= filter.from)
            .filter((r) => !word || r.text.split(' ').includes(word))
            .sort((a, b) => compareKeys(sort, a, b));
          const got: number[] = [];
          let cursor: string | null = null;
          let first: QueuePageResult | null = null;
          do {
            const page: QueuePageResult = queuePage(sqlite, filter, sort, cursor, 7);
            first ??= page;
            got.push(...page.keys.map((k) => k.id));
            cursor = page.next;
          } while (cursor);
          if (first!.truncated) {
            // Only the newest matches were searched: the result is those, in order.
            const newest = new Set(expected.map((r) => r.id).sort((a, b) => b - a).slice(0, Math.max(TUNING.searchCap, TUNING.lookupMax)));
            expect(got.every((id) => newest.has(id))).toBe(true);
            expected = expected.filter((r) => got.includes(r.id));
          }
          expect(got, `tuning ${t}, round ${round}: ${JSON.stringify({ filter, sort })}`).toEqual(expected.map((r) => r.id));
          if (first!.total !== null && first!.totalExact && !first!.truncated) expect(first!.total).toBe(expected.length);
        }
      }
    } finally {
      Object.assign(TUNING, saved);
    }
  });
});

describe('counters', () => {
  it('keeps the per-page, status and severity counts true through inserts, decisions, re-checks and deletes', async () => {
    const s = await school();
    const ids = await addItems(s, s.page.id, [{ categories: ['threat'] }, {}, { categories: ['insult'] }]);
    const sqlite = s.t.backend.store.sqlite;
    const truth = () =>
      sqlite.prepare('SELECT page_id AS pageId, status, severity, count(*) AS n FROM items GROUP BY 1, 2, 3 ORDER BY 1, 2, 3').all();
    const counters = () => countCells(sqlite, null).sort((a, b) => a.pageId - b.pageId || a.status.localeCompare(b.status) || a.severity - b.severity);
    expect(counters()).toEqual(truth());
    await s.t.as(s.owner, 'decisions.decide', { itemIds: [ids[1]!], decision: 'keep' });
    sqlite.prepare('UPDATE items SET severity = 1 WHERE id = ?').run(ids[2]);
    expect(counters()).toEqual(truth());
    sqlite.prepare('DELETE FROM items WHERE id = ?').run(ids[1]);
    expect(counters()).toEqual(truth());
  });
});

describe('migration 5', () => {
  it('fills the counters from items already stored', () => {
    const db = new Sqlite(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, 4), { file: ':memory:' });
    db.exec(`
      INSERT INTO people (id, name, email, created_at) VALUES (1, 'O', 'o@x.nl', 't'), (2, 'B', 'b@x.nl', 't'), (3, 'M', 'm@x.nl', 't');
      INSERT INTO pages (id, platform, handle, handle_key, display_name, purpose, audience, owner_id, backup_owner_id, manager_id, end_date, status, source, created_at, updated_at)
        VALUES (1, 'x', 'a', 'a', 'A', 'p', 'publiek', 1, 2, 3, '2027-01-01', 'actief', 'request', 't', 't');
      INSERT INTO items (page_id, platform, external_id, kind, author_id, text, created_at, fetched_at, severity, status)
        VALUES (1, 'x', 'e1', 'reply', 'u', 'a', 't', 't', 3, 'nieuw'), (1, 'x', 'e2', 'reply', 'u', 'b', 't', 't', 3, 'nieuw'), (1, 'x', 'e3', 'reply', 'u', 'c', 't', 't', 0, 'afgehandeld');
    `);
    migrate(db, MIGRATIONS, { file: ':memory:' });
    expect(countCells(db, null).sort((a, b) => a.severity - b.severity)).toEqual([
      { pageId: 1, status: 'afgehandeld', severity: 0, n: 1 },
      { pageId: 1, status: 'nieuw', severity: 3, n: 2 },
    ]);
  });
});

describe('query plans', () => {
  function plan(sql: string, ...params: unknown[]): string {
    return (s!.t.backend.store.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join(' | ');
  }

  it('reads each stream from an index range in order, without sorting', async () => {
    await school();
    const all = plan(
      "SELECT i.id, i.severity, i.created_at FROM items AS i WHERE i.status = ? AND i.severity = ? AND (i.created_at, i.id) > (?, ?) ORDER BY i.created_at, i.id LIMIT ?",
      'nieuw', 3, '2026', 1, 50,
    );
    expect(all).toMatch(/USING (COVERING )?INDEX items_queue \(status=\? AND severity=\? AND created_at>\?\)/);
    expect(all).not.toMatch(/TEMP B-TREE/);
    const byPage = plan(
      'SELECT i.id, i.severity, i.created_at FROM items AS i WHERE i.page_id = ? AND i.status = ? AND i.severity = ? ORDER BY i.created_at DESC, i.id DESC LIMIT ?',
      1, 'nieuw', 3, 50,
    );
    expect(byPage).toMatch(/USING (COVERING )?INDEX items_by_page \(page_id=\? AND status=\? AND severity=\?\)/);
    expect(byPage).not.toMatch(/TEMP B-TREE/);
  });

  it('drives a search from the full-text index and a candidate list by rowid', async () => {
    await school();
    expect(plan('SELECT rowid FROM items_fts WHERE items_fts MATCH ? ORDER BY rowid DESC LIMIT ?', '"x"*', 10)).toMatch(/VIRTUAL TABLE INDEX/);
    const candidates = plan(
      'SELECT i.id FROM json_each(?) AS c CROSS JOIN items AS i ON i.id = c.value WHERE i.status IN (SELECT value FROM json_each(?)) ORDER BY i.severity DESC, i.created_at, i.id LIMIT ?',
      '[1]', '["nieuw"]', 10,
    );
    expect(candidates).toMatch(/SEARCH i USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    // A large candidate set is matched while reading the population's index, not looked up one by one.
    const scan = plan(
      'SELECT i.id, i.severity, i.created_at, count(*) OVER () FROM items AS i WHERE i.status IN (SELECT value FROM json_each(?)) AND i.severity IN (SELECT value FROM json_each(?)) AND +i.id IN (SELECT value FROM json_each(?)) ORDER BY i.severity DESC, i.created_at, i.id LIMIT ?',
      '["nieuw"]', '[0,1,2,3]', '[1,2]', 10,
    );
    expect(scan).toMatch(/SEARCH i USING COVERING INDEX items_queue \(status=\? AND severity=\?\)/);
    expect(scan).not.toMatch(/INTEGER PRIMARY KEY/);
    expect(plan('SELECT count(*) FROM items WHERE page_id = ? AND created_at >= ? AND created_at < ?', 1, 'a', 'b')).toMatch(/COVERING INDEX items_page_time/);
    expect(plan('SELECT DISTINCT item_id FROM item_flags WHERE category IN (SELECT value FROM json_each(?)) LIMIT ?', '["x"]', 5)).toMatch(/item_flags_by_category/);
  });

  it('answers the repository directly for the default view with the counters', async () => {
    const s = await school();
    await addItems(s, s.page.id, [{ categories: ['threat'] }, {}]);
    const filter: QueueFilter = { statuses: ['nieuw', 'in_behandeling'], severities: [0, 1, 2, 3], pageIds: null, categories: null, from: null, to: null, search: null, itemIds: null };
    const page = queuePage(s.t.backend.store.sqlite, filter, 'severity', null, 1);
    expect(page.keys).toHaveLength(1);
    expect(page.keys[0]!.severity).toBe(3);
    expect(page.total).toBe(2);
    expect(page.next).toMatch(/^3\|/);
  });
});
