/**
 * Logistic regression over hashed sparse features (AdaGrad, L2), deterministic: a seeded shuffle
 * and a fixed number of epochs, so the same data always gives the same weights.
 */
import { FEATURE_BITS } from '../../shared/decency/model/features';
import type { LinearModel } from '../../shared/decency/model/olid-model';

export interface TrainOptions {
  epochs?: number;
  rate?: number;
  l2?: number;
  seed?: number;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function train(xs: Int32Array[], ys: number[], opts: TrainOptions = {}): LinearModel {
  const { epochs = 10, rate = 0.02, l2 = 1e-5, seed = 42 } = opts;
  const size = 1 << FEATURE_BITS;
  const w = new Float32Array(size);
  const g2 = new Float32Array(size).fill(1e-8);
  let bias = 0;
  let bg2 = 1e-8;
  const rand = mulberry32(seed);
  const order = xs.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const r of order) {
      const x = xs[r] as Int32Array;
      let z = bias;
      for (let k = 0; k < x.length; k++) z += w[x[k] as number] as number;
      const p = 1 / (1 + Math.exp(-z));
      const err = p - (ys[r] as number);
      for (let k = 0; k < x.length; k++) {
        const f = x[k] as number;
        const g = err + l2 * (w[f] as number) * size * 1e-3;
        g2[f] = (g2[f] as number) + g * g;
        w[f] = (w[f] as number) - (rate * g) / Math.sqrt(g2[f] as number);
      }
      bg2 += err * err;
      bias -= (rate * err) / Math.sqrt(bg2);
    }
  }
  return { weights: w, bias, threshold: 0.5 };
}

export function predict(model: LinearModel, x: Int32Array): number {
  let z = model.bias;
  for (let k = 0; k < x.length; k++) z += model.weights[x[k] as number] as number;
  return 1 / (1 + Math.exp(-z));
}

/** Stratified, seeded fold assignment. */
export function folds(ys: number[], k: number, seed: number): number[] {
  const rand = mulberry32(seed);
  const out = new Array<number>(ys.length).fill(0);
  for (const label of [0, 1]) {
    const idx = ys.map((y, i) => (y === label ? i : -1)).filter((i) => i >= 0);
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [idx[i], idx[j]] = [idx[j] as number, idx[i] as number];
    }
    idx.forEach((row, n) => (out[row] = n % k));
  }
  return out;
}

/** Best decision threshold for macro-F1 of (rules OR model ≥ t), given held-out probabilities. */
export function bestThreshold(ys: number[], rules: number[], probs: number[]): number {
  let best = 0.5;
  let bestScore = -1;
  for (let t = 0.2; t <= 0.9001; t += 0.02) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let tn = 0;
    ys.forEach((y, i) => {
      const p = rules[i] === 1 || (probs[i] as number) >= t ? 1 : 0;
      if (y && p) tp++;
      else if (!y && p) fp++;
      else if (y) fn++;
      else tn++;
    });
    const f1 = (2 * tp) / (2 * tp + fp + fn);
    const f0 = (2 * tn) / (2 * tn + fn + fp);
    const s = (f1 + f0) / 2;
    if (s > bestScore) {
      bestScore = s;
      best = Number(t.toFixed(2));
    }
  }
  return best;
}
