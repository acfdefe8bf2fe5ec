/**
 * `npm run eval`: scores the decency engine on the labelled development sets in
 * ../shared/data/decency/dev (override with PAGINAWACHT_DECENCY_DATA) and on the held-out
 * school-page sets kept in this repository (tests/eval/heldout, and the demo templates). Prints
 * precision, recall, F1 and macro-F1 per set, recall per category, the false-positive rate on
 * harmless comments, and the rows it gets wrong.
 *
 * Options: --all (print every wrong row), --set NAME (only sets whose name contains NAME).
 * The labelled dev sets are read at evaluation time only; the app never ships or needs them.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine } from '../../shared/decency/index';
import { classifyRows, demoRows, heldoutEngine, loadFresh, loadHeldout } from './heldout';
import { olidOutOfFold } from './olid-oof';
import { report } from './report';
import { loadRows } from './rows';
import { fmt, score } from './score';

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

function devSets(summary: string[]): void {
  if (!existsSync(dataDir)) {
    console.error(`decency dev data not found at ${dataDir} (set PAGINAWACHT_DECENCY_DATA); dev sets skipped`);
    return;
  }
  const engine = createEngine();
  for (const set of SETS) {
    if (only && !set.file.includes(only) && !set.name.includes(only)) continue;
    const file = join(dataDir, set.file);
    if (!existsSync(file)) {
      console.log(`\n== ${set.name}: ${set.file} missing, skipped`);
      continue;
    }
    const rows = loadRows(file);
    const shipped = classifyRows(engine, rows);
    if (set.file.startsWith('olid')) {
      const rulesOnly = report(set.name, rows, classifyRows(createEngine(undefined, { model: null }), rows), { label: ' — rules only (no model)', showAll });
      const oof = olidOutOfFold(rows);
      const s = report(set.name, rows, oof, { target: set.target, label: ` — rules + model, ${oof.folds}-fold out-of-fold (HONEST HEADLINE)`, showAll });
      summary.push(`${set.name} rules + model, ${oof.folds}-fold out-of-fold (HEADLINE): macro-F1 ${fmt(s.macroF1)} (target ${set.target})`);
      summary.push(`${set.name} rules only: macro-F1 ${fmt(rulesOnly.macroF1)}`);
      const inSample = score(rows.map((x) => x.flag), shipped.pred);
      summary.push(`  footnote: shipped model on the rows it was trained on (in-sample, inflated, NOT a fair figure): macro-F1 ${fmt(inSample.macroF1)}`);
      continue;
    }
    const s = report(set.name, rows, shipped, { target: set.target, showAll });
    summary.push(`${set.name}: macro-F1 ${fmt(s.macroF1)}${set.target ? ` (target ${set.target})` : ''}`);
  }
}

function heldoutSets(summary: string[]): void {
  const engine = heldoutEngine();
  const sets = [
    { name: 'Held-out school pages (tests/eval/heldout, not dev data)', rows: loadHeldout() },
    { name: 'Fresh held-out school pages (written after the rule work)', rows: loadFresh() },
    { name: 'Demo templates (tests/connectors/demo, held out)', rows: demoRows() },
  ];
  for (const set of sets) {
    if (only && !set.name.toLowerCase().includes(only.toLowerCase())) continue;
    const s = report(set.name, set.rows, classifyRows(engine, set.rows), { showAll });
    summary.push(`${set.name}: P ${fmt(s.precision)} R ${fmt(s.recall)} F1 ${fmt(s.f1)} macro-F1 ${fmt(s.macroF1)}, ` +
      `false positives on harmless ${s.fp}/${s.fp + s.tn} (${(100 * s.fp / Math.max(1, s.fp + s.tn)).toFixed(1)}%)`);
  }
}

const summary: string[] = [];
devSets(summary);
heldoutSets(summary);
console.log('\n== Summary');
for (const line of summary) console.log(line);
