import type Sqlite from 'better-sqlite3';
import type { ItemStatus } from './schema-moderation';

// The moderation queue's hot path: which items, in which order, one screen at a time, over a million
// items. Written as prepared statements on the SQLite handle (README, "Data layer": measured hot
// paths may), everything else in moderation goes through Kysely.
//
// Order: severity (high first), then age (oldest first), then id — or newest first. Paging is by
// keyset (the last row's sort key), never OFFSET, so the 2 000th screen costs what the first does.
//
// How a screen is found:
// - Without a search or a category filter, the query is split into "streams", one per (page,
//   status, severity): each is one range of the items_queue / items_by_page index, already in
//   created_at order, read from the cursor with LIMIT, merged here. Severity bands are read high to
//   low and reading stops when the screen is full: the default view reads ~limit index entries
//   whatever the table size. A very common category is checked per row while reading the streams.
// - A search, a not-too-common category or the escalated view first collect their candidates. Up to
//   `lookupMax` of them are looked up by rowid; more are matched while reading the population's
//   index in one statement (open items, one page: small); in a large population a search looks at
//   its newest `lookupMax` matches, says so, and every later screen does the same.

/**
 * Where one way of finding a screen gets cheaper than another, measured on 1 000 000 items
 * (tests/bench/queue-bench.ts). Tests lower them to walk every path on small data.
 */
export const TUNING = {
  /** A search considers at most this many matches, newest first (and says so). */
  searchCap: 50_000,
  /** A category with more items than this is checked per row instead of listed first. */
  categoryCap: 20_000,
  /** Candidate sets up to this size are looked up row by row (a rowid lookup each). */
  lookupMax: 5_000,
  /** Larger sets are matched against the population (counters) while it is at most this big. */
  scanBudget: 100_000,
  /** Counts that cannot come from the counters are counted up to here ("1 000+"). */
  countCap: 1_000,
};

export type QueueSort = 'severity' | 'newest';

export interface QueueFilter {
  statuses: readonly ItemStatus[];
  severities: readonly number[];
  /** null: every page. */
  pageIds: readonly number[] | null;
  /** Items carrying any of these categories; null: any item. */
  categories: readonly string[] | null;
  /** created_at in [from, to); ISO text. */
  from: string | null;
  to: string | null;
  /** An FTS5 query (see `ftsQuery`); null: no search. */
  search: string | null;
  /** Only these items (the "escalated to me" view); null: no such restriction. */
  itemIds: readonly number[] | null;
}

export interface QueueKey {
  id: number;
  severity: number;
  createdAt: string;
}

export interface QueuePage {
  keys: QueueKey[];
  /** The cursor for the next screen; null at the end. */
  next: string | null;
  /** Matching items; exact unless `totalExact` is false (then "at least"). Only on the first screen. */
  total: number | null;
  totalExact: boolean;
  /** A search matched very many items: only the newest of them were considered. */
  truncated: boolean;
}

export interface CountCell {
  pageId: number;
  status: ItemStatus;
  severity: number;
  n: number;
}

// ——— prepared statements, one per distinct SQL text ———————————————————————————————————————

const cache = new WeakMap<Sqlite.Database, Map<string, Sqlite.Statement>>();

function prepared(sqlite: Sqlite.Database, sql: string): Sqlite.Statement {
  let statements = cache.get(sqlite);
  if (!statements) cache.set(sqlite, (statements = new Map()));
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = sqlite.prepare(sql)));
  return statement;
}

// ——— cursor —————————————————————————————————————————————————————————————————————————————

/** `…|n` marks a search that looks only at its newest matches, so every later screen does too. */
export function encodeCursor(key: QueueKey, newestOnly = false): string {
  return `${key.severity}|${key.createdAt}|${key.id}${newestOnly ? '|n' : ''}`;
}

export function decodeCursor(cursor: string | null): (QueueKey & { newestOnly: boolean }) | null {
  if (!cursor) return null;
  const m = /^([0-3])\|([0-9T:.\-+Z]{10,40})\|(\d{1,15})(\|n)?$/.exec(cursor);
  if (!m) return null;
  return { severity: Number(m[1]), createdAt: m[2]!, id: Number(m[3]), newestOnly: m[4] !== undefined };
}

/** Sort order as a comparison of two keys (negative: a comes first). */
export function compareKeys(sort: QueueSort, a: QueueKey, b: QueueKey): number {
  if (sort === 'severity') {
    if (a.severity !== b.severity) return b.severity - a.severity;
    if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
    return a.id - b.id;
  }
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return b.id - a.id;
}

// ——— search ——————————————————————————————————————————————————————————————————————————————

/**
 * What a person typed, as an FTS5 query: every word must occur in the text or the author's name or
 * handle. The last word may also be the start of a longer one (searching as you type: "sukkel" finds
 * "sukkels") when it has four letters or more; the others match whole words. A prefix makes FTS5
 * visit every indexed word that starts with it — thousands for a first name, with all the handles
 * that begin with one — so it is kept to where it helps. Quotes are doubled: nothing typed is syntax.
 */
export function ftsQuery(input: string): string | null {
  const words = input
    .normalize('NFC')
    .split(/[\s"]+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}@#]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w.length > 0)
    .slice(0, 10);
  if (!words.length) return null;
  return words.map((w, i) => `"${w.replace(/"/g, '""')}"${i === words.length - 1 && [...w].length >= 4 ? '*' : ''}`).join(' ');
}

// ——— filters as SQL ————————————————————————————————————————————————————————————————————————

interface Where {
  sql: string[];
  params: unknown[];
}

/** Conditions every path shares (besides status, severity and page, which the streams fix). */
function commonWhere(filter: QueueFilter, options: { categories: boolean }): Where {
  const sql: string[] = [];
  const params: unknown[] = [];
  if (filter.from) {
    sql.push('i.created_at >= ?');
    params.push(filter.from);
  }
  if (filter.to) {
    sql.push('i.created_at < ?');
    params.push(filter.to);
  }
  if (options.categories && filter.categories) {
    sql.push('EXISTS (SELECT 1 FROM item_flags f WHERE f.item_id = i.id AND f.category IN (SELECT value FROM json_each(?)))');
    params.push(JSON.stringify(filter.categories));
  }
  return { sql, params };
}

function setWhere(filter: QueueFilter): Where {
  const sql = ['i.status IN (SELECT value FROM json_each(?))', 'i.severity IN (SELECT value FROM json_each(?))'];
  const params: unknown[] = [JSON.stringify(filter.statuses), JSON.stringify(filter.severities)];
  if (filter.pageIds) {
    sql.push('i.page_id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.pageIds));
  }
  return { sql, params };
}

function keysetWhere(sort: QueueSort, cursor: QueueKey | null): Where {
  if (!cursor) return { sql: [], params: [] };
  if (sort === 'newest') return { sql: ['(i.created_at, i.id) < (?, ?)'], params: [cursor.createdAt, cursor.id] };
  return {
    sql: ['(i.severity < ? OR (i.severity = ? AND (i.created_at, i.id) > (?, ?)))'],
    params: [cursor.severity, cursor.severity, cursor.createdAt, cursor.id],
  };
}

const ORDER: Record<QueueSort, string> = {
  severity: 'i.severity DESC, i.created_at, i.id',
  newest: 'i.created_at DESC, i.id DESC',
};

// ——— candidates ————————————————————————————————————————————————————————————————————————————

interface Candidates {
  /** The items that can match (a search, a not-too-common category, the escalated view); null: any. */
  ids: number[] | null;
  truncated: boolean;
  /** The category filter is already satisfied by `ids` (no per-row check needed). */
  categoriesDone: boolean;
}

function intersect(a: number[] | null, b: number[]): number[] {
  if (!a) return b;
  const set = new Set(b);
  return a.filter((id) => set.has(id));
}

/** Collects the sets that can drive the query; a very common category stays a per-row condition. */
function collectCandidates(sqlite: Sqlite.Database, filter: QueueFilter): Candidates {
  let ids: number[] | null = filter.itemIds ? [...filter.itemIds] : null;
  let truncated = false;
  let categoriesDone = false;
  if (filter.search) {
    // Newest first, so a search that matches very many items considers the recent ones.
    const found = prepared(sqlite, 'SELECT rowid FROM items_fts WHERE items_fts MATCH ? ORDER BY rowid DESC LIMIT ?')
      .pluck()
      .all(filter.search, TUNING.searchCap + 1) as number[];
    if (found.length > TUNING.searchCap) {
      found.length = TUNING.searchCap;
      truncated = true;
    }
    ids = intersect(ids, found);
  }
  if (filter.categories) {
    const json = JSON.stringify(filter.categories);
    const found = prepared(sqlite, 'SELECT DISTINCT item_id FROM item_flags WHERE category IN (SELECT value FROM json_each(?)) LIMIT ?')
      .pluck()
      .all(json, TUNING.categoryCap + 1) as number[];
    if (found.length <= TUNING.categoryCap) {
      ids = intersect(ids, found);
      categoriesDone = true;
    }
  }
  return { ids, truncated, categoriesDone };
}

/**
 * One pass over the candidates (a rowid lookup each, a few µs on a large file): filtered in SQL,
 * ordered and cut to a screen here. `newestOnly`: these are a search's newest matches only.
 */
function candidatePage(sqlite: Sqlite.Database, filter: QueueFilter, c: Candidates, sort: QueueSort, cursor: QueueKey | null, limit: number, newestOnly = false): QueuePage {
  const set = setWhere(filter);
  const common = commonWhere(filter, { categories: !c.categoriesDone });
  // CROSS JOIN keeps the candidate list as the outer loop: one rowid lookup per candidate.
  const rows = prepared(
    sqlite,
    `SELECT i.id, i.severity, i.created_at FROM json_each(?) AS c CROSS JOIN items AS i ON i.id = c.value WHERE ${[...set.sql, ...common.sql].join(' AND ')}`,
  )
    .raw()
    .all(JSON.stringify(c.ids), ...set.params, ...common.params) as [number, number, string][];
  const keys = rows.map(([id, severity, createdAt]) => ({ id, severity, createdAt }));
  keys.sort((a, b) => compareKeys(sort, a, b));
  const from = cursor ? keys.findIndex((k) => compareKeys(sort, k, cursor) > 0) : 0;
  const rest = from < 0 ? [] : keys.slice(from, from + limit + 1);
  return page(rest, limit, cursor ? null : keys.length, true, c.truncated || newestOnly, newestOnly);
}

function page(keys: QueueKey[], limit: number, total: number | null, totalExact: boolean, truncated: boolean, newestOnly = false): QueuePage {
  const more = keys.length > limit;
  if (more) keys.length = limit;
  return { keys, next: more && keys.length ? encodeCursor(keys[keys.length - 1]!, newestOnly) : null, total, totalExact, truncated };
}

// ——— streams ————————————————————————————————————————————————————————————————————————————————

function streamSql(sort: QueueSort, byPage: boolean, after: boolean, common: Where): string {
  const dir = sort === 'newest' ? 'DESC' : '';
  const cmp = sort === 'newest' ? '<' : '>';
  const where = [...(byPage ? ['i.page_id = ?'] : []), 'i.status = ?', 'i.severity = ?', ...(after ? [`(i.created_at, i.id) ${cmp} (?, ?)`] : []), ...common.sql];
  return `SELECT i.id, i.severity, i.created_at FROM items AS i WHERE ${where.join(' AND ')} ORDER BY i.created_at ${dir}, i.id ${dir} LIMIT ?`;
}

interface Stream {
  pageId: number | null;
  status: string;
  severity: number;
}

/** Up to `want` keys of one stream after `after`, in order: one index range, read with LIMIT. */
function readStream(sqlite: Sqlite.Database, sort: QueueSort, s: Stream, after: QueueKey | null, common: Where, want: number): QueueKey[] {
  const sql = streamSql(sort, s.pageId !== null, after !== null, common);
  const params: unknown[] = [...(s.pageId !== null ? [s.pageId] : []), s.status, s.severity, ...(after ? [after.createdAt, after.id] : []), ...common.params, want];
  return (prepared(sqlite, sql).raw().all(...params) as [number, number, string][]).map(([id, severity, createdAt]) => ({ id, severity, createdAt }));
}

function streamsOf(filter: QueueFilter, severity: number): Stream[] {
  const pages: (number | null)[] = filter.pageIds ? [...filter.pageIds] : [null];
  return pages.flatMap((pageId) => filter.statuses.map((status) => ({ pageId, status, severity })));
}

/** Without candidates: the streams merged, severity bands one after another, stopping when full. */
function streamPage(sqlite: Sqlite.Database, filter: QueueFilter, c: Candidates, sort: QueueSort, cursor: QueueKey | null, limit: number): QueuePage {
  const common = commonWhere(filter, { categories: !c.categoriesDone });
  const want = limit + 1;
  const out: QueueKey[] = [];
  const severities = [...new Set(filter.severities)].sort((a, b) => b - a);
  if (sort === 'severity') {
    for (const severity of severities) {
      if (cursor && severity > cursor.severity) continue;
      const after = cursor && severity === cursor.severity ? cursor : null;
      const band = streamsOf(filter, severity).flatMap((s) => readStream(sqlite, sort, s, after, common, want - out.length));
      band.sort((a, b) => compareKeys(sort, a, b));
      out.push(...band.slice(0, want - out.length));
      if (out.length >= want) break;
    }
  } else {
    for (const severity of severities) out.push(...streamsOf(filter, severity).flatMap((s) => readStream(sqlite, sort, s, cursor, common, want)));
    out.sort((a, b) => compareKeys(sort, a, b));
    out.length = Math.min(out.length, want);
  }
  let total: number | null = null;
  let exact = true;
  if (!cursor) {
    if ((!filter.categories || c.categoriesDone) && !filter.from && !filter.to) {
      total = countFromCounters(sqlite, filter);
    } else {
      const set = setWhere(filter);
      total = (
        prepared(sqlite, `SELECT count(*) AS n FROM (SELECT 1 FROM items AS i WHERE ${[...set.sql, ...common.sql].join(' AND ')} LIMIT ?)`).get(
          ...set.params,
          ...common.params,
          TUNING.countCap + 1,
        ) as { n: number }
      ).n;
      if (total > TUNING.countCap) {
        total = TUNING.countCap;
        exact = false;
      }
    }
  }
  return page(out, limit, total, exact, c.truncated);
}

/**
 * A large candidate set against a small population (the open items, one page): read the population
 * from its index and keep the candidates, in one statement. The unary + keeps SQLite from driving
 * the query by the candidate list (a lookup per candidate is what this path avoids).
 */
function scanPage(sqlite: Sqlite.Database, filter: QueueFilter, c: Candidates, sort: QueueSort, cursor: QueueKey | null, limit: number): QueuePage {
  const set = setWhere(filter);
  const common = commonWhere(filter, { categories: !c.categoriesDone });
  const keyset = keysetWhere(sort, cursor);
  const ids = JSON.stringify(c.ids);
  const where = [...set.sql, ...common.sql, '+i.id IN (SELECT value FROM json_each(?))', ...keyset.sql];
  // count(*) OVER () counts every matching row before LIMIT: the first screen's total in the same pass.
  const rows = prepared(sqlite, `SELECT i.id, i.severity, i.created_at, count(*) OVER () FROM items AS i WHERE ${where.join(' AND ')} ORDER BY ${ORDER[sort]} LIMIT ?`)
    .raw()
    .all(...set.params, ...common.params, ids, ...keyset.params, limit + 1) as [number, number, string, number][];
  const total = cursor ? null : (rows[0]?.[3] ?? 0);
  return page(rows.map(([id, severity, createdAt]) => ({ id, severity, createdAt })), limit, total, true, c.truncated);
}

// ——— the entry points ————————————————————————————————————————————————————————————————————

/** One screen of the queue: the keys of up to `limit` items after `cursor`, in the given order. */
export function queuePage(sqlite: Sqlite.Database, filter: QueueFilter, sort: QueueSort, cursor: string | null, limit: number): QueuePage {
  const after = decodeCursor(cursor);
  const empty: QueuePage = { keys: [], next: null, total: cursor ? null : 0, totalExact: true, truncated: false };
  if (!filter.statuses.length || !filter.severities.length || filter.pageIds?.length === 0 || filter.itemIds?.length === 0) return empty;
  const c = collectCandidates(sqlite, filter);
  if (!c.ids) return streamPage(sqlite, filter, c, sort, after, limit);
  if (!c.ids.length) return { ...empty, truncated: c.truncated };
  const newest = () => candidatePage(sqlite, filter, { ...c, ids: [...c.ids!].sort((a, b) => b - a).slice(0, TUNING.lookupMax) }, sort, after, limit, true);
  if (after?.newestOnly && filter.search) return newest();
  if (c.ids.length <= TUNING.lookupMax) return candidatePage(sqlite, filter, c, sort, after, limit);
  if (countFromCounters(sqlite, filter) <= TUNING.scanBudget) return scanPage(sqlite, filter, c, sort, after, limit);
  // Many candidates in a large population. A search looks at its newest `lookupMax` matches and says
  // so (the cursor carries that, so every later screen does the same); a common category is checked
  // per row; the escalated view's list is never cut.
  if (filter.search) return newest();
  if (filter.itemIds) return candidatePage(sqlite, filter, c, sort, after, limit);
  return streamPage(sqlite, filter, { ...c, categoriesDone: false }, sort, after, limit);
}

/** Items per page, status and severity, from the counters the triggers keep. */
export function countCells(sqlite: Sqlite.Database, pageIds: readonly number[] | null): CountCell[] {
  const sql = pageIds
    ? 'SELECT page_id, status, severity, n FROM queue_counts WHERE page_id IN (SELECT value FROM json_each(?)) AND n > 0'
    : 'SELECT page_id, status, severity, n FROM queue_counts WHERE n > 0';
  const rows = (pageIds ? prepared(sqlite, sql).all(JSON.stringify(pageIds)) : prepared(sqlite, sql).all()) as {
    page_id: number;
    status: ItemStatus;
    severity: number;
    n: number;
  }[];
  return rows.map((r) => ({ pageId: r.page_id, status: r.status, severity: r.severity, n: r.n }));
}

function countFromCounters(sqlite: Sqlite.Database, filter: QueueFilter): number {
  const statuses = new Set<string>(filter.statuses);
  const severities = new Set(filter.severities);
  return countCells(sqlite, filter.pageIds)
    .filter((c) => statuses.has(c.status) && severities.has(c.severity))
    .reduce((sum, c) => sum + c.n, 0);
}

export interface QueueRowRecord {
  id: number;
  pageId: number;
  platform: string;
  kind: string;
  authorName: string | null;
  authorHandle: string | null;
  snippet: string;
  createdAt: string;
  severity: number;
  status: ItemStatus;
  hasMedia: boolean;
  categories: string[];
  openEscalation: string | null;
  answeredEscalation: boolean;
  lastDecision: string | null;
}

/** What a list row shows, for the keys of one screen, in the keys' order. */
export function queueRows(sqlite: Sqlite.Database, ids: readonly number[]): QueueRowRecord[] {
  if (!ids.length) return [];
  const rows = prepared(
    sqlite,
    `SELECT i.id, i.page_id, i.platform, i.kind, i.author_name, i.author_handle, substr(i.text, 1, 280) AS snippet,
            i.created_at, i.severity, i.status, i.has_media,
            (SELECT group_concat(f.category) FROM item_flags f WHERE f.item_id = i.id) AS categories,
            (SELECT e.kind FROM escalations e WHERE e.item_id = i.id AND e.status = 'open' ORDER BY e.id DESC LIMIT 1) AS open_escalation,
            EXISTS (SELECT 1 FROM escalations e WHERE e.item_id = i.id AND e.status = 'answered') AS answered,
            (SELECT d.decision FROM item_decisions d WHERE d.item_id = i.id ORDER BY d.id DESC LIMIT 1) AS last_decision
       FROM json_each(?) AS c CROSS JOIN items AS i ON i.id = c.value`,
  ).all(JSON.stringify(ids)) as {
    id: number;
    page_id: number;
    platform: string;
    kind: string;
    author_name: string | null;
    author_handle: string | null;
    snippet: string;
    created_at: string;
    severity: number;
    status: ItemStatus;
    has_media: number;
    categories: string | null;
    open_escalation: string | null;
    answered: number;
    last_decision: string | null;
  }[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    return [
      {
        id: r.id,
        pageId: r.page_id,
        platform: r.platform,
        kind: r.kind,
        authorName: r.author_name,
        authorHandle: r.author_handle,
        snippet: r.snippet.replace(/\s+/g, ' ').trim(),
        createdAt: r.created_at,
        severity: r.severity,
        status: r.status,
        hasMedia: r.has_media === 1,
        categories: r.categories ? r.categories.split(',').sort() : [],
        openEscalation: r.open_escalation,
        answeredEscalation: r.answered === 1,
        lastDecision: r.last_decision,
      },
    ];
  });
}

/** Items with an open escalation addressed to this person (or, for O3, to the board). */
export function escalatedItemIds(sqlite: Sqlite.Database, personId: number, board: boolean): number[] {
  const mine = prepared(sqlite, "SELECT DISTINCT item_id FROM escalations WHERE to_person_id = ? AND status = 'open'").pluck().all(personId) as number[];
  if (!board) return mine;
  const toBoard = prepared(sqlite, "SELECT DISTINCT item_id FROM escalations WHERE kind = 'O3' AND status = 'open'").pluck().all() as number[];
  return [...new Set([...mine, ...toBoard])];
}
