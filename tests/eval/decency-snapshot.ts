/**
 * Regression snapshot for performance work on the decency engine: every output field (flagged,
 * severity, categories, clauses, spans with their explanations, versions) for every text of the
 * dev sets (read from ../shared/data/decency/dev, never copied), the held-out sets, the demo
 * templates, the benchmark corpus, and a seeded shuffle of dev-set words (mixtures no real
 * comment has, which probe the engine's shortcuts harder than real text does).
 *
 *   npx tsx tests/eval/decency-snapshot.ts write /tmp/decency-snapshot.jsonl
 *   npx tsx tests/eval/decency-snapshot.ts compare /tmp/decency-snapshot.jsonl
 *
 * `--engine PATH` reads another copy of shared/decency/index.ts (e.g. the committed one, checked
 * out elsewhere) to make the reference. The snapshot lives outside the repository: it holds the
 * dev sets' texts.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { DecencyContext, DecencyEngine } from '../../shared/decency/index';
import { makeCorpus } from '../bench/corpus';
import { DEMO_LISTS, HELDOUT_LISTS, demoRows, loadFresh, loadHeldout } from './heldout';
import { loadRows } from './rows';

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = process.env.PAGINAWACHT_DECENCY_DATA ?? resolve(here, '../../../shared/data/decency/dev');
const DEV = ['mhc-nl-dev.jsonl', 'hatecheck-en.jsonl', 'olid-en-train.jsonl', 'school-nl-dev.jsonl'];
const CORPUS = 200_000;

/** School lists with flag and allow phrases (one with a prefix slot), staff names and contacts. */
const LISTS_PHRASES = {
  version: 'snapshot-1',
  flagWords: [
    { term: 'sloeber', category: 'insult', severity: 1 },
    { term: 'stomme school', category: 'coarse_language' },
    { term: 'rot op', category: 'insult', severity: 2 },
    { term: 'loser', category: 'bullying' },
  ],
  allowWords: ['kutweer', 'ziek goed', 'dood gaan', 'killing'],
  publicContacts: ['0318-641200', 'info@school.nl'],
  staffNames: ['Henk Zwart', 'Karin de Vries', 'Mila'],
};
const LISTS_PREFIX = {
  version: 'snapshot-2',
  flagWords: [
    { term: 'stom* docent', category: 'insult' },
    { term: 'kanker*', category: 'coarse_language', severity: 2 },
    { term: 'haat', category: 'bullying' },
  ],
  allowWords: ['afgemaakt'],
};
const SHUFFLED = 60_000;

type Create = (lists?: unknown, options?: { model?: null }) => DecencyEngine;


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

/** Texts of 1–16 pieces drawn from the dev words, with the punctuation and casing real text has. */
function shuffled(texts: string[], n: number): string[] {
  const rand = mulberry32(7);
  const pieces: string[] = [];
  for (const t of texts) for (const p of t.split(/\s+/)) if (p) pieces.push(p);
  const joins = [' ', ' ', ' ', ' ', ', ', '. ', '! ', '? ', ' - ', ' "', '" ', '\n', ' :) ', ' 😂 '];
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const k = 1 + Math.floor(rand() * 16);
    let s = '';
    for (let j = 0; j < k; j++) {
      let p = pieces[Math.floor(rand() * pieces.length)] as string;
      const r = rand();
      if (r < 0.08) p = p.toUpperCase();
      else if (r < 0.16) p = p.charAt(0).toUpperCase() + p.slice(1);
      else if (r < 0.3) p = p.toLowerCase();
      s += (j === 0 ? '' : joins[Math.floor(rand() * joins.length)]) + p;
    }
    out.push(s);
  }
  return out;
}

async function snapshot(enginePath: string): Promise<string[]> {
  const mod = (await import(pathToFileURL(resolve(enginePath)).href)) as { createEngine: Create };
  const lines: string[] = [];
  const put = (set: string, engine: DecencyEngine, text: string, ctx?: DecencyContext): void => {
    lines.push(JSON.stringify({ set, text, ctx, r: engine.classify(text, ctx) }));
  };
  const corpus = makeCorpus(CORPUS);
  // First the built-in engine alone; the engines made later (school lists with phrases) change
  // state the lexicons share, so it is run again after them.
  const plain = mod.createEngine();
  for (const text of corpus.slice(0, 20_000)) put('corpus:alone', plain, text);
  const rulesOnly = mod.createEngine(undefined, { model: null });
  const heldout = mod.createEngine(HELDOUT_LISTS);
  const demo = mod.createEngine(DEMO_LISTS);
  const phrases = mod.createEngine(LISTS_PHRASES);
  for (const text of corpus.slice(0, 20_000)) put('corpus:phrases-first', phrases, text);
  const prefix = mod.createEngine(LISTS_PREFIX);
  const devTexts: string[] = [];
  if (existsSync(dataDir)) {
    for (const f of DEV) {
      const file = join(dataDir, f);
      if (!existsSync(file)) continue;
      for (const row of loadRows(file)) {
        devTexts.push(row.text);
        put(f, plain, row.text);
        put(f + ':rules', rulesOnly, row.text);
        put(f + ':heldout', heldout, row.text);
      }
    }
  } else console.error(`dev data not found at ${dataDir}: dev sets skipped`);
  for (const [name, rows] of [['heldout', loadHeldout()], ['fresh', loadFresh()], ['demo', demoRows()]] as const) {
    for (const row of rows) {
      const media = row.meta?.media === true;
      put(name, heldout, row.text, { hasMedia: media });
      put(name + ':demo', demo, row.text, { hasMedia: media, page: 'CSG Rivierenland', knownNames: ['Sanne de Wit', 'Yusuf'] });
      put(name + ':plain', plain, row.text);
      put(name + ':phrases', phrases, row.text, { page: 'Het Rivierenland College', knownNames: ['Bram'] });
    }
  }
  for (let i = 0; i < corpus.length; i++) {
    const text = corpus[i] as string;
    put('corpus', plain, text);
    if (i % 10 === 1) put('corpus:phrases', phrases, text);
    if (i % 10 === 2) put('corpus:prefix', prefix, text);
    if (i % 10 === 0) put('corpus:heldout', heldout, text, i % 20 === 0 ? { hasMedia: true } : { page: '@csgrivierenland' });
  }
  for (const text of shuffled(devTexts.concat(corpus.slice(0, 2000)), SHUFFLED)) {
    put('shuffled', plain, text);
    put('shuffled:heldout', heldout, text);
    put('shuffled:phrases', phrases, text);
    put('shuffled:prefix', prefix, text);
  }
  return lines;
}

const [mode, file] = process.argv.slice(2);
const engineArg = process.argv.indexOf('--engine');
const enginePath = engineArg > 0 ? (process.argv[engineArg + 1] as string) : join(here, '../../shared/decency/index.ts');
if ((mode !== 'write' && mode !== 'compare') || !file) {
  console.error('usage: decency-snapshot.ts write|compare FILE [--engine PATH]');
  process.exit(2);
}
const lines = await snapshot(enginePath);
if (mode === 'write') {
  writeFileSync(file, lines.join('\n') + '\n');
  console.log(`wrote ${lines.length} results to ${file}`);
} else {
  const want = readFileSync(file, 'utf8').split('\n').filter((l) => l);
  let diffs = 0;
  if (want.length !== lines.length) console.log(`count differs: snapshot ${want.length}, now ${lines.length}`);
  for (let i = 0; i < Math.min(want.length, lines.length); i++) {
    if (want[i] === lines[i]) continue;
    if (++diffs <= 10) console.log(`- ${want[i]}\n+ ${lines[i]}`);
  }
  console.log(diffs === 0 && want.length === lines.length ? `identical: ${lines.length} results` : `${diffs} results differ`);
  if (diffs > 0 || want.length !== lines.length) process.exit(1);
}
