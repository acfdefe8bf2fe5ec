// B5, "threatens to derail": when does a page (or one of its threads) get more than it usually does?
//
// The rule compares the last WINDOW of a page with its own baseline — the BASELINE before that window,
// counted from when Paginawacht first saw the page — as a Poisson rate per window. A small prior
// (PRIOR_* per window, weighing PRIOR_WINDOWS windows) keeps a page with little history from alarming
// on its first busy hour and lets the baseline take over as history grows. An alert needs all three:
// - a minimum count (a handful of comments is never a derailment, whatever the rate),
// - a ratio over the usual rate (a busy page's ordinary peak is not one),
// - a Poisson tail probability small enough that steady traffic almost never reaches it. Real comment
//   traffic is burstier than Poisson (replies cluster after a post), and the check runs after every
//   poll, so the thresholds are strict: 1e-5 for flagged items, 1e-6 for volume. Tested on generated
//   steady traffic (no alarm) and generated bursts (each one alarm) in tests/db/derailment.test.ts.
// Two kinds: `flagged` (a burst of flagged items) and `volume` (a burst of items overall; only once a
// page has a day of history, since a new page's first day tells nothing about its usual rate).

export const WINDOW_MS = 30 * 60_000;
export const BASELINE_MS = 14 * 86_400_000;
export const MIN_HISTORY_FOR_VOLUME_MS = 86_400_000;

export const RULE = {
  flagged: { min: 5, ratio: 4, tail: 1e-5, prior: 0.25 },
  volume: { min: 15, ratio: 4, tail: 1e-6, prior: 2 },
  priorWindows: 8,
  /** A thread holding this share of the window's flagged items makes the alert about that thread. */
  threadShare: 0.6,
} as const;

/** ln(k!) by summing logs: exact enough for the counts a window holds. */
function logFactorial(k: number): number {
  let s = 0;
  for (let i = 2; i <= k; i++) s += Math.log(i);
  return s;
}

/** P(X ≥ n) for X ~ Poisson(λ), computed in log space so large counts and small rates do not underflow. */
export function poissonTail(n: number, lambda: number): number {
  if (n <= 0) return 1;
  if (lambda <= 0) return 0;
  // 1 − P(X ≤ n−1); when that is close to 1, sum the upper terms directly instead.
  const logL = Math.log(lambda);
  const term = (k: number) => Math.exp(-lambda + k * logL - logFactorial(k));
  if (n > lambda) {
    let sum = 0;
    let logT = -lambda + n * logL - logFactorial(n);
    for (let k = n; k < n + 1000; k++) {
      const t = Math.exp(logT);
      sum += t;
      if (t < sum * 1e-15) break;
      logT += logL - Math.log(k + 1);
    }
    return Math.min(1, sum);
  }
  let cdf = 0;
  for (let k = 0; k < n; k++) cdf += term(k);
  return Math.max(0, 1 - cdf);
}

export interface TrafficFacts {
  /** Items and flagged items in the window just ended. */
  window: { items: number; flagged: number };
  /** Items and flagged items in the baseline before it. */
  baseline: { items: number; flagged: number };
  /** How long the baseline really covers (ms): at most BASELINE_MS, less for a page seen recently. */
  baselineMs: number;
  windowMs: number;
}

export interface Verdict {
  kind: 'volume' | 'flagged';
  count: number;
  expected: number;
  tail: number;
}

/** The usual count for one window: the baseline rate, smoothed towards the prior. */
export function expectedPerWindow(count: number, baselineMs: number, windowMs: number, prior: number): number {
  const windows = Math.max(0, baselineMs) / windowMs;
  return (count + prior * RULE.priorWindows) / (windows + RULE.priorWindows);
}

/** The alerts this window deserves (none, one or both kinds). */
export function judge(facts: TrafficFacts): Verdict[] {
  const out: Verdict[] = [];
  const flaggedExpected = expectedPerWindow(facts.baseline.flagged, facts.baselineMs, facts.windowMs, RULE.flagged.prior);
  const f = facts.window.flagged;
  if (f >= RULE.flagged.min && f >= RULE.flagged.ratio * flaggedExpected) {
    const tail = poissonTail(f, flaggedExpected);
    if (tail < RULE.flagged.tail) out.push({ kind: 'flagged', count: f, expected: flaggedExpected, tail });
  }
  if (facts.baselineMs >= MIN_HISTORY_FOR_VOLUME_MS) {
    const expected = expectedPerWindow(facts.baseline.items, facts.baselineMs, facts.windowMs, RULE.volume.prior);
    const n = facts.window.items;
    if (n >= RULE.volume.min && n >= RULE.volume.ratio * expected) {
      const tail = poissonTail(n, expected);
      if (tail < RULE.volume.tail) out.push({ kind: 'volume', count: n, expected, tail });
    }
  }
  return out;
}
