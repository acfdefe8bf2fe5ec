/**
 * The moderation queue at scale. Part one: 1 000 000 items generated straight into a temporary
 * database through the real migrations (one transaction of prepared inserts; the full-text index
 * and the queue counters built once at the end), then the queue's methods called through the real back end
 * (dispatch, roles, the same SQL) many times each: p50 and p95 per kind of request.
 * Part two: the renderer's time to the first rows of a 100 000-item queue — the built app served in
 * browser mode (out/main/cli.js serve; built first when out/ is older than the sources) and opened
 * in Debian's Chromium by Playwright, from navigation to the first row on screen.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import type Sqlite from 'better-sqlite3';
import { createBackend, type Backend } from '../../electron/backend/backend';
import type { Actor } from '../../electron/services/context';
import type { Input, MethodName } from '../../shared/api/contract';
import { CATEGORY_INFO } from '../../shared/decency/categories';
import type { Category } from '../../shared/decency/types';
import { makeCorpus } from './corpus';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const ITEMS = Number(process.env.QUEUE_BENCH_ITEMS ?? 1_000_000);
const RENDER_ITEMS = Number(process.env.QUEUE_BENCH_RENDER_ITEMS ?? 100_000);
const PAGES = 30;
const silent = { info() {}, warn() {}, error() {} };

function report(name: string, value: number | string, unit: string): void {
  console.log(`${name}: ${value} ${unit}`);
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Sanne', 'Daan', 'Noor', 'Sem', 'Lotte', 'Milan', 'Emma', 'Lucas', 'Julia', 'Finn', 'Tess', 'Levi', 'Sophie', 'Mees', 'Anna', 'Bram', 'Eva', 'Thijs', 'Fleur', 'Jesse', 'Yara', 'Ayoub', 'Fatima', 'Mohammed', 'Sara', 'Kees', 'Marieke', 'Pieter', 'Ingrid', 'Joost'];
const LAST = ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Smits', 'de Graaf', 'van der Meer', 'El Amrani', 'Yilmaz', 'Kaya', 'Öztürk', 'Bouzid', 'van Dijk', 'Koster', 'Prins', 'Huisman'];
const PLATFORMS = ['instagram', 'facebook', 'x', 'mastodon', 'rss'] as const;
const KIND: Record<(typeof PLATFORMS)[number], string> = { instagram: 'comment', facebook: 'comment', x: 'reply', mastodon: 'mention', rss: 'feed_comment' };

function categoriesFor(severity: number, rnd: () => number): Category[] {
  const pool = (Object.keys(CATEGORY_INFO) as Category[]).filter((c) => CATEGORY_INFO[c].severity === severity);
  const first = pool[Math.floor(rnd() * pool.length)]!;
  return rnd() < 0.15 && severity > 1 ? [first, 'coarse_language'] : [first];
}

/** A school with PAGES live pages and `count` items, written straight into the store. */
function seed(sqlite: Sqlite.Database, count: number, now: number): void {
  const at = new Date(now).toISOString();
  sqlite.exec(`
    INSERT INTO settings (key, value, updated_at) VALUES ('school.name', '"CSG Benchmark"', '${at}');
    INSERT INTO people (id, name, email, created_at) VALUES
      (1, 'Olga Owner', 'olga@bench.nl', '${at}'), (2, 'Bert Backup', 'bert@bench.nl', '${at}'),
      (3, 'Mark Manager', 'mark@bench.nl', '${at}'), (4, 'Carla Communicatie', 'carla@bench.nl', '${at}');
    INSERT INTO person_roles (person_id, role) VALUES (1, 'eigenaar'), (2, 'eigenaar'), (3, 'leidinggevende'), (4, 'communicatie');
  `);
  const page = sqlite.prepare(
    `INSERT INTO pages (id, platform, handle, handle_key, display_name, purpose, audience, owner_id, backup_owner_id, manager_id, end_date, status, source, created_at, updated_at, activated_at)
     VALUES (?, ?, ?, ?, ?, 'Bench', 'publiek', ?, ?, 3, '2030-07-31', 'actief', 'import', ?, ?, ?)`,
  );
  for (let p = 1; p <= PAGES; p++) {
    const owner = p <= 3 ? 1 : 2;
    page.run(p, PLATFORMS[p % PLATFORMS.length], `page${p}`, `page${p}`, `Pagina ${p} - CSG Benchmark`, owner, owner === 1 ? 2 : 1, at, at, at);
  }
  const rnd = mulberry32(20_261_124);
  const texts = makeCorpus(50_000);
  const insert = sqlite.prepare(
    `INSERT INTO items (page_id, platform, external_id, kind, url, author_id, author_handle, author_name, text, created_at, fetched_at,
       parent_external_id, thread_external_id, has_media, media, flagged, severity, status)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, 0, '[]', ?, ?, ?)`,
  );
  const flag = sqlite.prepare('INSERT INTO item_flags (item_id, category) VALUES (?, ?)');
  const span = 2 * 365 * 86_400_000;
  // A bulk load builds the full-text index and the counters once at the end (as migrations 3 and 5
  // build them for existing rows) instead of row by row; the triggers are back before anyone reads.
  const triggers = sqlite.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name IN ('items_fts_insert', 'queue_counts_insert')").pluck().all() as string[];
  sqlite.transaction(() => {
    sqlite.exec('DROP TRIGGER items_fts_insert; DROP TRIGGER queue_counts_insert;');
    for (let i = 0; i < count; i++) {
      // Pages differ a lot in traffic: a few busy ones, a long tail.
      const p = 1 + Math.floor(PAGES * rnd() ** 2);
      const platform = PLATFORMS[p % PLATFORMS.length]!;
      const created = now - Math.floor(span * rnd() ** 0.7);
      const r = rnd();
      const severity = r < 0.7 ? 0 : r < 0.88 ? 1 : r < 0.97 ? 2 : 3;
      // Older items have mostly been decided; the recent month is where the open work is.
      const age = now - created;
      const status = age > 30 * 86_400_000 ? (rnd() < 0.97 ? 'afgehandeld' : 'in_behandeling') : rnd() < 0.6 ? 'nieuw' : rnd() < 0.5 ? 'in_behandeling' : 'afgehandeld';
      const name = `${FIRST[Math.floor(rnd() * FIRST.length)]} ${LAST[Math.floor(rnd() * LAST.length)]}`;
      const handle = `${name.toLowerCase().replace(/[^a-z]/g, '')}${Math.floor(rnd() * 500)}`;
      const iso = new Date(created).toISOString();
      const result = insert.run(
        p,
        platform,
        `b-${i}`,
        KIND[platform],
        `https://example.org/${platform}/${i}`,
        `u-${handle}`,
        handle,
        name,
        texts[i % texts.length],
        iso,
        iso,
        `t-${p}-${Math.floor(created / 3_600_000)}`,
        severity > 0 ? 1 : 0,
        severity,
        status,
      );
      if (severity > 0) for (const c of categoriesFor(severity, rnd)) flag.run(result.lastInsertRowid, c);
    }
    sqlite.exec(`
      INSERT INTO items_fts (items_fts) VALUES ('rebuild');
      DELETE FROM queue_counts;
      INSERT INTO queue_counts (page_id, status, severity, n) SELECT page_id, status, severity, count(*) FROM items GROUP BY page_id, status, severity;
    `);
    for (const sql of triggers) sqlite.exec(sql);
  })();
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function measure(name: string, times: number, fn: (i: number) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 5; i++) await fn(i);
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await fn(i);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  report(`${name}_p50_ms`, percentile(samples, 50).toFixed(2), 'ms');
  report(`${name}_p95_ms`, percentile(samples, 95).toFixed(2), 'ms');
}

function caller(backend: Backend, actor: Actor) {
  return async <M extends MethodName>(method: M, input: Input<M>) => {
    const result = await backend.invokeAs(actor, method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as { rows?: { id: number }[]; nextCursor?: string | null };
  };
}

async function queries(): Promise<void> {
  // QUEUE_BENCH_DIR keeps the generated database for another run (seeding takes a while).
  const keep = process.env.QUEUE_BENCH_DIR;
  const dir = keep ?? fs.mkdtempSync(path.join(os.tmpdir(), 'paginawacht-queue-bench-'));
  try {
    const now = Date.parse('2026-11-24T09:00:00.000Z');
    const seeded = keep !== undefined && fs.existsSync(path.join(dir, 'paginawacht.sqlite'));
    const backend = createBackend({ dataDir: dir, host: { transport: 'cli' }, logger: silent, clock: { now: () => new Date(now) } });
    if (!seeded) {
      const started = performance.now();
      seed(backend.store.sqlite, ITEMS, now);
      const seconds = (performance.now() - started) / 1000;
      report('queue_seed_items', ITEMS, 'items');
      report('queue_seed_items_per_s', Math.round(ITEMS / seconds), 'items/s');
    }
    report('queue_db_size_mb', Math.round(fs.statSync(backend.store.file).size / 1e6), 'MB');

    const office = caller(backend, { personId: 4, label: 'Carla Communicatie', roles: ['communicatie'], via: 'app' });
    const owner = caller(backend, { personId: 1, label: 'Olga Owner', roles: ['eigenaar'], via: 'app' });
    const REPS = Number(process.env.QUEUE_BENCH_REPS ?? 200);

    await measure('queue_default', REPS, () => office('queue.list', { view: 'all' }));
    await measure('queue_counts', REPS, () => office('queue.counts', {}));
    await measure('queue_mine', REPS, () => owner('queue.list', { view: 'mine' }));
    // Scrolling: the next screen from a cursor deep in the list costs what the first does.
    let cursor: string | null = null;
    for (let i = 0; i < 40; i++) cursor = (await office('queue.list', { view: 'all', cursor })).nextCursor ?? null;
    const deep = cursor;
    await measure('queue_default_deep', REPS, () => office('queue.list', { view: 'all', cursor: deep }));
    await measure('queue_newest', REPS, () => office('queue.list', { view: 'all', sort: 'newest' }));
    await measure('queue_filtered', REPS, (i) =>
      office('queue.list', { view: 'all', filter: { pageIds: [1 + (i % 5)], categories: ['insult', 'bullying'], severities: [1, 2, 3] } }),
    );
    await measure('queue_filtered_all_statuses', Math.round(REPS / 2), (i) =>
      office('queue.list', { view: 'all', filter: { platforms: ['instagram'], clauses: ['S5'], statuses: ['nieuw', 'in_behandeling', 'afgehandeld'], from: i % 2 ? '2026-01-01' : null } }),
    );
    const names = FIRST.flatMap((f) => LAST.slice(0, 4).map((l) => `${f} ${l}`));
    await measure('queue_search', REPS, (i) => office('queue.list', { view: 'all', filter: { search: names[i % names.length]!, statuses: ['nieuw', 'in_behandeling', 'afgehandeld'] } }));
    const words = ['sportdag', 'rooster', 'ouderavond', 'diploma', 'kluissleutel', 'bibliotheek'];
    await measure('queue_search_word', REPS, (i) => office('queue.list', { view: 'all', filter: { search: words[i % words.length]! } }));
    await measure('queue_search_common', Math.round(REPS / 4), () => office('queue.list', { view: 'all', filter: { search: 'de', statuses: ['nieuw', 'in_behandeling', 'afgehandeld'] } }));
    const ids = (await office('queue.list', { view: 'all', limit: 200 })).rows!.map((r) => r.id);
    await measure('queue_item', REPS, (i) => office('queue.get', { id: ids[i % ids.length]! }));
    await backend.close();
  } finally {
    if (!keep) fs.rmSync(dir, { recursive: true, force: true });
  }
}

// ——— part two: the renderer ————————————————————————————————————————————————————————————————

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

async function ensureBuilt(): Promise<void> {
  const built = [path.join(root, 'out/main/cli.js'), path.join(root, 'out/renderer/index.html')];
  const oldest = Math.min(...built.map((f) => (fs.existsSync(f) ? fs.statSync(f).mtimeMs : 0)));
  const sources = Math.max(...['renderer', 'electron', 'shared', 'db'].map((d) => newestMtime(path.join(root, d))));
  if (oldest > sources) return;
  console.log('# building the app first (out/ is older than the sources)');
  await new Promise<void>((resolve, reject) => {
    // Quiet unless it fails: the bench prints one line per figure.
    const p = spawn(process.execPath, [path.join(root, 'electron/launcher/build.js')], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    p.stdout!.on('data', (c) => (output += c));
    p.stderr!.on('data', (c) => (output += c));
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`build failed (${code}):\n${output}`))));
  });
}

async function firstScreen(): Promise<void> {
  const chromium = process.env.PAGINAWACHT_CHROMIUM ?? '/usr/bin/chromium';
  if (!fs.existsSync(chromium)) {
    console.log(`# queue_first_screen skipped: no Chromium at ${chromium} (set PAGINAWACHT_CHROMIUM)`);
    return;
  }
  await ensureBuilt();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paginawacht-render-bench-'));
  let child: ReturnType<typeof spawn> | null = null;
  try {
    const backend = createBackend({ dataDir: dir, host: { transport: 'cli' }, logger: silent });
    const now = Date.now();
    seed(backend.store.sqlite, RENDER_ITEMS, now);
    backend.desk.update({ personId: 4 });
    await backend.close();

    child = spawn(process.execPath, [path.join(root, 'out/main/cli.js'), '--data-dir', dir, 'serve', '--format', 'json', '--no-poll'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const line = await new Promise<string>((resolve) => readline.createInterface({ input: child!.stdout! }).once('line', resolve));
    const { url } = JSON.parse(line) as { url: string };
    const { chromium: pw } = await import('@playwright/test');
    const browser = await pw.launch({
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const runs: number[] = [];
    for (let i = 0; i < 4; i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      const start = performance.now();
      await page.goto(url);
      await page.locator('[role="listbox"] [role="option"]').first().waitFor({ state: 'visible', timeout: 60_000 });
      runs.push(performance.now() - start);
      await context.close();
    }
    await browser.close();
    report('queue_first_screen_100k_cold_ms', runs[0]!.toFixed(0), 'ms');
    const warm = runs.slice(1).sort((a, b) => a - b);
    report('queue_first_screen_100k_ms', warm[Math.floor(warm.length / 2)]!.toFixed(0), 'ms');
  } finally {
    child?.kill('SIGTERM');
    await new Promise((r) => (child ? child.once('exit', r) : r(null)));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  await queries();
  if (process.env.QUEUE_BENCH_RENDER !== '0') await firstScreen();
}
