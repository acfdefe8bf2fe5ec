/** Confusion counts and the scores the eval prints; shared by every set. */
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

export function score(gold: readonly number[], pred: readonly number[]): Scores {
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

export const fmt = (x: number): string => x.toFixed(3);
