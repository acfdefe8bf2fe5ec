import type { Row } from './rows';
import type { Scores } from './score';
import { fmt, score } from './score';

export interface Predictions {
  pred: number[];
  cats: string[][];
}

/**
 * Prints one set's scores: P/R/F1/macro-F1, recall per category (flagged at all, and flagged with
 * the labelled category), accuracy per HateCheck functionality, the false-positive rate per kind of
 * harmless comment when rows carry `meta.kind`, and the rows it gets wrong.
 */
export function report(name: string, rows: Row[], p: Predictions, opts: { target?: number; label?: string; showAll?: boolean } = {}): Scores {
  const { pred, cats } = p;
  const s = score(rows.map((r) => r.flag), pred);
  const status = opts.target === undefined ? '' : s.macroF1 >= opts.target ? `  target ≥ ${opts.target}: PASS` : `  target ≥ ${opts.target}: FAIL`;
  console.log(`\n== ${name}${opts.label ?? ''} — ${rows.length} rows`);
  console.log(`precision ${fmt(s.precision)}  recall ${fmt(s.recall)}  F1 ${fmt(s.f1)}  macro-F1 ${fmt(s.macroF1)}${status}`);
  console.log(`tp ${s.tp}  fp ${s.fp}  fn ${s.fn}  tn ${s.tn}  false-positive rate on harmless ${fmt(s.fp / Math.max(1, s.fp + s.tn))}`);
  const byCat = new Map<string, [number, number, number]>();
  rows.forEach((r, i) => {
    if (r.flag !== 1 || !r.category) return;
    const v = byCat.get(r.category) ?? [0, 0, 0];
    v[2]++;
    if (pred[i] === 1) v[0]++;
    if (cats[i]?.includes(r.category)) v[1]++;
    byCat.set(r.category, v);
  });
  console.log('recall per category (flagged / with that category): ' +
    [...byCat.entries()].map(([c, [h, exact, n]]) => `${c} ${h}/${n}${exact !== h ? ` (${exact} exact)` : ''}`).join(', '));
  const byKind = new Map<string, [number, number]>();
  rows.forEach((r, i) => {
    const kind = r.meta?.kind;
    if (r.flag !== 0 || typeof kind !== 'string') return;
    const v = byKind.get(kind) ?? [0, 0];
    v[1]++;
    if (pred[i] === 1) v[0]++;
    byKind.set(kind, v);
  });
  if (byKind.size > 0) {
    console.log('false positives per kind of harmless comment: ' + [...byKind.entries()].map(([k, [f, n]]) => `${k} ${f}/${n}`).join(', '));
  }
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
  const limit = opts.showAll ? wrong.length : 25;
  console.log(`wrong rows: ${wrong.length}${wrong.length > limit ? ` (first ${limit}; --all for every row)` : ''}`);
  for (const w of wrong.slice(0, limit)) {
    const fn = typeof w.r.meta?.functionality === 'string' ? ` [${w.r.meta.functionality}]` : '';
    const why = w.p === 1 ? `FP ${w.c.join('+')}` : `FN want ${w.r.category}`;
    console.log(`  ${w.r.id}${fn} ${why}: ${w.r.text.replace(/\s+/g, ' ').slice(0, 160)}`);
  }
  return s;
}
