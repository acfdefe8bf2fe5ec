/**
 * Experiment bench for the OLID model (not part of `npm run eval`): computes, once per row, the
 * rules' verdict, the model's gate and the words the model reads, then measures variants by the
 * same honest protocol as olid-oof.ts (5-fold out-of-fold, threshold from an inner 3-fold split).
 *
 *   npx tsx tests/eval/olid-lab.ts   (prints the rules-only and shipped-protocol figures)
 *
 * Variants (features: lab-features.ts; training options; gates; decisions with parameters chosen
 * on the inner folds) are run from small scripts that import oof() and transfer().
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine } from '../../shared/decency/index';
import { FeatureBuffer, WordSeq, extractFeatures } from '../../shared/decency/model/features';
import type { ModelGate } from '../../shared/decency/model/olid-model';
import { modelMaySpeak } from '../../shared/decency/model/olid-model';
import { Verdict } from '../../shared/decency/prefilter';
import { personalNumbers } from '../../shared/decency/personal-data/detect';
import { Findings } from '../../shared/decency/findings';
import { folds, predict, train } from './linear';
import type { TrainOptions } from './linear';
import { loadRows } from './rows';
import { score } from './score';

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = process.env.PAGINAWACHT_DECENCY_DATA ?? resolve(here, '../../../shared/data/decency/dev');

export interface Probe {
  y: number;
  text: string;
  rules: number;
  sev: number;
  cats: string[];
  en: boolean;
  gate: ModelGate | null;
  seq: WordSeq;
}

/** Replicates Engine.classify up to the model, keeping what the model would see. */
export function probeAll(texts: string[], ys: number[]): Probe[] {
  const eng = createEngine(undefined, { model: null }) as any;
  const out: Probe[] = [];
  texts.forEach((text, i) => {
    const res = eng.classify(text);
    const rules = res.flagged ? 1 : 0;
    const pre = eng.prefilter;
    const seq = new WordSeq();
    let en = false;
    let gate: ModelGate | null = null;
    const v = pre.check(text);
    let done = false;
    if (v !== Verdict.MAYBE) {
      const f = new Findings();
      f.reset();
      if (v === Verdict.CLEAN || personalNumbers(text, pre.digits, f, eng.contacts)) {
        en = pre.enWords > pre.nlWords;
        gate = pre.gate();
        copySeq(pre.seq, seq);
        done = true;
      }
    }
    if (!done) {
      const an = eng.analysisFor(undefined);
      an.run(text, null);
      en = an.enWords > an.nlWords;
      an.wordSeq(seq);
      gate = an.modelGate();
    }
    out.push({ y: ys[i] as number, text, rules, sev: res.severity, cats: res.categories.slice(), en, gate, seq });
  });
  return out;
}

function copySeq(a: WordSeq, b: WordSeq): void {
  b.reset();
  for (let i = 0; i < a.n; i++) b.add(a.buf, a.start[i] as number, a.len[i] as number, a.hash[i] as number, a.from[i] as number, a.to[i] as number);
  b.roles = a.roles;
  b.caps = a.caps;
}

export type Featurizer = (p: Probe) => Int32Array;
export const baseFeatures: Featurizer = (p) => {
  const b = new FeatureBuffer();
  extractFeatures(p.seq, b);
  return b.idx.slice(0, b.n);
};

export type GateFn = (p: Probe) => boolean;
export const shippedGate: GateFn = (p) => p.en && p.seq.n > 0 && p.rules === 0 && modelMaySpeak(p.gate as ModelGate);

export function macro(ys: number[], pred: number[]): number {
  return score(ys, pred).macroF1;
}

export type Params = Record<string, number>;
export interface Variant {
  feats?: Featurizer;
  opts?: TrainOptions;
  /** Number of models averaged (different seeds). */
  bag?: number;
  gate?: GateFn;
  /** The decision for one row given the model's probability; params chosen on inner folds. */
  decide?: (p: Probe, prob: number, q: Params, open: boolean) => number;
  grid?: Params[];
  /** Threshold chosen as olid-oof.ts does (rules OR p >= t, gate not in view). */
  legacyT?: boolean;
}

export const tGrid = (lo = 0.2, hi = 0.9, step = 0.01): Params[] => {
  const out: Params[] = [];
  for (let t = lo; t <= hi + 1e-9; t += step) out.push({ t: Number(t.toFixed(3)) });
  return out;
};
export const shippedDecide = (p: Probe, prob: number, q: Params, open: boolean): number => (p.rules === 1 || (open && prob >= (q.t as number)) ? 1 : 0);

const SEED = 20240917;

export function trainBag(xs: Int32Array[], ys: number[], v: Variant): (x: Int32Array) => number {
  const n = v.bag ?? 1;
  const models = Array.from({ length: n }, (_, k) => train(xs, ys, { ...v.opts, seed: (v.opts?.seed ?? 42) + k * 1000 }));
  if (n === 1) return (x) => predict(models[0]!, x);
  // Averaging weights = averaging logits: one model at run time.
  const w = new Float32Array(models[0]!.weights.length);
  let bias = 0;
  for (const m of models) {
    for (let i = 0; i < w.length; i++) w[i] = (w[i] as number) + (m.weights[i] as number) / n;
    bias += m.bias / n;
  }
  const avg = { weights: w, bias, threshold: 0.5 };
  return (x) => predict(avg, x);
}

function choose(ps: Probe[], probs: number[], open: boolean[], grid: Params[], decide: NonNullable<Variant['decide']>): Params {
  const ys = ps.map((p) => p.y);
  let best = grid[0] as Params;
  let bestS = -1;
  for (const q of grid) {
    const s = macro(ys, ps.map((p, i) => decide(p, probs[i] as number, q, open[i] as boolean)));
    if (s > bestS) {
      bestS = s;
      best = q;
    }
  }
  return best;
}

/** Honest OOF: returns combined macro-F1, model-alone macro-F1 and the OOF probabilities. */
export function oof(ps: Probe[], v: Variant): { combined: number; alone: number; probs: number[]; pred: number[]; qs: Params[] } {
  const feats = v.feats ?? baseFeatures;
  const gate = v.gate ?? shippedGate;
  const decide = v.decide ?? shippedDecide;
  const grid = v.grid ?? tGrid();
  const xs = ps.map(feats);
  const ys = ps.map((p) => p.y);
  const open = ps.map(gate);
  const outer = folds(ys, 5, SEED);
  const probs = new Array<number>(ys.length).fill(0);
  const pred = new Array<number>(ys.length).fill(0);
  const predAlone = new Array<number>(ys.length).fill(0);
  const qs: Params[] = [];
  for (let f = 0; f < 5; f++) {
    const tr = ys.map((_, i) => i).filter((i) => outer[i] !== f);
    const trY = tr.map((i) => ys[i] as number);
    const trX = tr.map((i) => xs[i] as Int32Array);
    const trP = tr.map((i) => ps[i] as Probe);
    const inner = folds(trY, 3, SEED + f);
    const ip = new Array<number>(tr.length).fill(0);
    for (let g = 0; g < 3; g++) {
      const itr = tr.map((_, j) => j).filter((j) => inner[j] !== g);
      const m = trainBag(itr.map((j) => trX[j] as Int32Array), itr.map((j) => trY[j] as number), v);
      tr.forEach((_, j) => {
        if (inner[j] === g) ip[j] = m(trX[j] as Int32Array);
      });
    }
    const q = v.legacyT
      ? choose(trP, ip, trP.map(() => true), tGrid(), shippedDecide)
      : choose(trP, ip, tr.map((i) => open[i] as boolean), grid, decide);
    const qAlone = choose(trP, ip, trP.map(() => true), tGrid(), (_p, prob, qq) => (prob >= (qq.t as number) ? 1 : 0));
    qs.push(q);
    const m = trainBag(trX, trY, v);
    ys.forEach((_, i) => {
      if (outer[i] !== f) return;
      const p = m(xs[i] as Int32Array);
      probs[i] = p;
      pred[i] = decide(ps[i]!, p, q, open[i] as boolean);
      predAlone[i] = p >= (qAlone.t as number) ? 1 : 0;
    });
  }
  return { combined: macro(ys, pred), alone: macro(ys, predAlone), probs, pred, qs };
}

export function loadProbes(file: string): Probe[] {
  const rows = loadRows(join(dataDir, file));
  return probeAll(rows.map((r) => r.text), rows.map((r) => r.flag));
}

/** A full-data model applied to other sets (HateCheck), combined the way the engine does. */
export function transfer(train_: Probe[], tests: Probe[][], v: Variant, q: Params): number[] {
  const feats = v.feats ?? baseFeatures;
  const gate = v.gate ?? shippedGate;
  const decide = v.decide ?? shippedDecide;
  const m = trainBag(train_.map(feats), train_.map((p) => p.y), v);
  return tests.map((test) => macro(test.map((p) => p.y), test.map((p) => decide(p, m(feats(p)), q, gate(p)))));
}

if (process.argv[1] && process.argv[1].endsWith('olid-lab.ts')) {
  if (!existsSync(dataDir)) throw new Error('no data');
  const t0 = Date.now();
  const olid = loadProbes('olid-en-train.jsonl');
  console.log(`probed ${olid.length} rows in ${Date.now() - t0} ms`);
  const ys = olid.map((p) => p.y);
  console.log('rules only', macro(ys, olid.map((p) => p.rules)).toFixed(4));
  const r = oof(olid, { legacyT: true });
  console.log('baseline combined', r.combined.toFixed(4), 'alone', r.alone.toFixed(4), 'qs', JSON.stringify(r.qs));
}
