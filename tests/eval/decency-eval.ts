/**
 * `npm run eval`: scores the decency engine on the labelled development sets in
 * ../shared/data/decency/dev (override with PAGINAWACHT_DECENCY_DATA). Prints precision, recall,
 * F1 and macro-F1 per set, recall per category, and the rows it gets wrong.
 *
 * Options: --all (print every wrong row), --set NAME (only sets whose file name contains NAME).
 * The labelled sets are read at evaluation time only; the app never ships or needs them.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine } from '../../shared/decency/index';
import type { DecencyEngine } from '../../shared/decency/index';
import { olidOutOfFold } from './olid-oof';
import type { Row } from './rows';
import { loadRows } from './rows';

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = process.env.PAGINAWACHT_DECENCY_DATA ?? resolve(here, '../../../shared/data/decency/dev');
const args = process.argv.slice(2);
const showAll = args.includes('--all');
const only = args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined;

const SETS: { file: string; name: string; target?: number }[] = [
  { file: 'mhc-nl-dev.jsonl', name: 'Multilingual HateCheck NL (dev)', target: 0.92 },
  { file: 'hatecheck-en.jsonl', name: 'HateCheck EN', target: 0.9 },
  { file: 'olid-en-train.jsonl', name: 'OLID train (EN)', target: 0.78 },
  { file: 'school-nl-dev.jsonl', name: 'School-page scenarios NL (dev)' },
];

export interface Scores {
  n: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
  macroF1: number;
}

export function score(gold: number[], pred: number[]): Scores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  gold.forEach((g, i) => {
    const p = pred[i];
    if (g === 1 && p === 1) tp++;
    else if (g === 0 && p === 1) fp++;
    else if (g === 1) fn++;
    else tn++;
  });
  const f = (a: number, b: number, c: number): number => (2 * a === 0 ? 0 : (2 * a) / (2 * a + b + c));
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = f(tp, fp, fn);
  const f1neg = f(tn, fn, fp);
  return { n: gold.length, tp, fp, fn, tn, precision, recall, f1, macroF1: (f1 + f1neg) / 2 };
}

const pct = (x: number): string => x.toFixed(3);

function report(name: string, rows: Row[], pred: number[], cats: string[][], target?: number, label = ''): Scores {
  const s = score(rows.map((r) => r.flag), pred);
  const status = target === undefined ? '' : s.macroF1 >= target ? `  target ≥ ${target}: PASS` : `  target ≥ ${target}: FAIL`;
  console.log(`\n== ${name}${label} — ${rows.length} rows`);
  console.log(`precision ${pct(s.precision)}  recall ${pct(s.recall)}  F1 ${pct(s.f1)}  macro-F1 ${pct(s.macroF1)}${status}`);
  console.log(`tp ${s.tp}  fp ${s.fp}  fn ${s.fn}  tn ${s.tn}`);
  const byCat = new Map<string, [number, number]>();
  rows.forEach((r, i) => {
    if (r.flag !== 1 || !r.category) return;
    const v = byCat.get(r.category) ?? [0, 0];
    v[1]++;
    if (pred[i] === 1) v[0]++;
    byCat.set(r.category, v);
  });
  console.log('recall per category: ' + [...byCat.entries()].map(([c, [h, n]]) => `${c} ${h}/${n} (${pct(h / n)})`).join(', '));
  const byFunc = new Map<string, [number, number]>();
  rows.forEach((r, i) => {
    const fn = r.meta?.functionality;
    if (typeof fn !== 'string') return;
    const v = byFunc.get(fn) ?? [0, 0];
    v[1]++;
    if (pred[i] === r.flag) v[0]++;
    byFunc.set(fn, v);
  });
  if (byFunc.size > 0) {
    console.log('accuracy per functionality: ' + [...byFunc.entries()].sort().map(([f, [h, n]]) => `${f} ${h}/${n}`).join(', '));
  }
  const wrong = rows.map((r, i) => ({ r, p: pred[i] as number, c: cats[i] ?? [] })).filter((x) => x.p !== x.r.flag);
  const limit = showAll ? wrong.length : 25;
  console.log(`wrong rows: ${wrong.length}${wrong.length > limit ? ` (first ${limit}; --all for every row)` : ''}`);
  for (const w of wrong.slice(0, limit)) {
    const fn = typeof w.r.meta?.functionality === 'string' ? ` [${w.r.meta.functionality}]` : '';
    const why = w.p === 1 ? `FP ${w.c.join('+')}` : `FN want ${w.r.category}`;
    console.log(`  ${w.r.id}${fn} ${why}: ${w.r.text.replace(/\s+/g, ' ').slice(0, 160)}`);
  }
  return s;
}

function classifyAll(engine: DecencyEngine, rows: Row[]): { pred: number[]; cats: string[][] } {
  const pred: number[] = [];
  const cats: string[][] = [];
  for (const r of rows) {
    const res = engine.classify(r.text, {});
    pred.push(res.flagged ? 1 : 0);
    cats.push(res.categories);
  }
  return { pred, cats };
}

function main(): void {
  if (!existsSync(dataDir)) {
    console.error(`decency dev data not found at ${dataDir} (set PAGINAWACHT_DECENCY_DATA)`);
    process.exit(2);
  }
  const engine = createEngine();
  const summary: string[] = [];
  for (const set of SETS) {
    if (only && !set.file.includes(only)) continue;
    const file = join(dataDir, set.file);
    if (!existsSync(file)) {
      console.log(`\n== ${set.name}: ${set.file} missing, skipped`);
      continue;
    }
    const rows = loadRows(file);
    const { pred, cats } = classifyAll(engine, rows);
    if (set.file.startsWith('olid')) {
      const rulesEngine = createEngine(undefined, { model: null });
      const r = classifyAll(rulesEngine, rows);
      const rulesOnly = report(set.name, rows, r.pred, r.cats, undefined, ' — rules only (no model)');
      summary.push(`${set.name} rules only: macro-F1 ${pct(rulesOnly.macroF1)}`);
      const inSample = score(rows.map((x) => x.flag), pred);
      console.log(`\n(${set.name} with the shipped model, which was trained on these very rows: macro-F1 ${pct(inSample.macroF1)} — in-sample, NOT a fair figure)`);
      summary.push(`${set.name} shipped model, in-sample (inflated, for reference only): macro-F1 ${pct(inSample.macroF1)}`);
      const oof = olidOutOfFold(rows, engine);
      if (oof) {
        const s = report(set.name, rows, oof.pred, oof.cats, set.target, ` — rules + model, ${oof.folds}-fold out-of-fold (honest headline)`);
        summary.push(`${set.name} rules + model, out-of-fold (HEADLINE): macro-F1 ${pct(s.macroF1)} (target ${set.target})`);
      }
      continue;
    }
    const s = report(set.name, rows, pred, cats, set.target);
    summary.push(`${set.name}: macro-F1 ${pct(s.macroF1)}${set.target ? ` (target ${set.target})` : ''}`);
  }
  console.log('\n== Summary');
  for (const line of summary) console.log(line);
}

main();
