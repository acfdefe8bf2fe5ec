/**
 * Honest OLID figure: 5-fold out-of-fold. Every row is scored by a model that never saw it, and
 * the decision threshold for each outer fold is chosen by an inner 3-fold split of that fold's
 * training rows only. Rules are fixed code and apply to every row as they would in the app.
 */
import { createEngine } from '../../shared/decency/index';
import { modelFeatures } from '../../shared/decency/engine';
import { bestThreshold, folds, predict, train } from './linear';

export const OUTER_FOLDS = 5;
const INNER_FOLDS = 3;
const SEED = 20240917;

export function featureRows(texts: string[]): { xs: Int32Array[]; rules: number[] } {
  const rulesOnly = createEngine(undefined, { model: null });
  const xs = texts.map((t) => modelFeatures(rulesOnly, t));
  const rules = texts.map((t) => (rulesOnly.classify(t).flagged ? 1 : 0));
  return { xs, rules };
}

export function chooseThreshold(xs: Int32Array[], ys: number[], rules: number[], seed: number): number {
  const inner = folds(ys, INNER_FOLDS, seed);
  const probs = new Array<number>(ys.length).fill(0);
  for (let f = 0; f < INNER_FOLDS; f++) {
    const tr = ys.map((_, i) => i).filter((i) => inner[i] !== f);
    const m = train(tr.map((i) => xs[i] as Int32Array), tr.map((i) => ys[i] as number));
    ys.forEach((_, i) => {
      if (inner[i] === f) probs[i] = predict(m, xs[i] as Int32Array);
    });
  }
  return bestThreshold(ys, rules, probs);
}

export function olidOutOfFold(rows: { text: string; flag: number }[]): { pred: number[]; cats: string[][]; folds: number } {
  const ys = rows.map((r) => r.flag);
  const { xs, rules } = featureRows(rows.map((r) => r.text));
  const outer = folds(ys, OUTER_FOLDS, SEED);
  const pred = new Array<number>(ys.length).fill(0);
  const cats: string[][] = rows.map(() => []);
  for (let f = 0; f < OUTER_FOLDS; f++) {
    const tr = ys.map((_, i) => i).filter((i) => outer[i] !== f);
    const trX = tr.map((i) => xs[i] as Int32Array);
    const trY = tr.map((i) => ys[i] as number);
    const threshold = chooseThreshold(trX, trY, tr.map((i) => rules[i] as number), SEED + f);
    const model = { ...train(trX, trY), threshold };
    const engine = createEngine(undefined, { model });
    ys.forEach((_, i) => {
      if (outer[i] !== f) return;
      const r = engine.classify(rows[i]!.text);
      pred[i] = r.flagged ? 1 : 0;
      cats[i] = r.categories;
    });
  }
  return { pred, cats, folds: OUTER_FOLDS };
}
