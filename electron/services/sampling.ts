// The spot check's draw (O1): a stratified random sample, reproducible from a recorded seed.
//
// - Strata are pages. The population is handed in sorted by (page, item id), so the same data give
//   the same input order on any machine.
// - Allocation: `proportional` gives each page its share of the sample size by the largest-remainder
//   method (ties to the lower page id), so a page with few items may get none; `equal` gives every
//   page the same number, and what a small page cannot fill goes to the others.
// - Within a page: a partial Fisher–Yates shuffle driven by mulberry32, seeded from the recorded seed
//   mixed with the page id. Each page's draw depends only on the seed and that page's items, so adding
//   a page to the selection does not change what the others draw.
//
// Same seed + same parameters + same data → the same sample (tested).

export const SAMPLING_ALGORITHM = 'mulberry32-stratified-v1';

export interface PopulationItem {
  itemId: number;
  pageId: number;
}

export interface SampleSpec {
  size: number | null;
  rate: number | null;
  allocation: 'proportional' | 'equal';
}

/** mulberry32: a small, well-distributed 32-bit generator; returns floats in [0, 1). */
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

/** MurmurHash3's finaliser over the seed and the stratum: independent streams per page. */
export function streamSeed(seed: number, stratum: number): number {
  let h = (seed ^ Math.imul(stratum >>> 0, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** How many items the whole sample holds: the size (capped by the population) or the rate's share (at least one). */
export function sampleTotal(population: number, spec: Pick<SampleSpec, 'size' | 'rate'>): number {
  if (population === 0) return 0;
  if (spec.size !== null) return Math.min(spec.size, population);
  if (spec.rate !== null) return Math.min(population, Math.max(1, Math.round(spec.rate * population)));
  throw new Error('A sample needs a size or a rate');
}

/** Items per stratum. `strata` in page-id order; the result has the same keys. */
export function allocate(strata: readonly { key: number; size: number }[], total: number, mode: SampleSpec['allocation']): Map<number, number> {
  const out = new Map(strata.map((s) => [s.key, 0]));
  const population = strata.reduce((n, s) => n + s.size, 0);
  if (total <= 0 || population === 0) return out;
  if (mode === 'proportional') {
    const quotas = strata.map((s) => ({ key: s.key, size: s.size, quota: (total * s.size) / population }));
    let given = 0;
    for (const q of quotas) {
      const base = Math.floor(q.quota);
      out.set(q.key, base);
      given += base;
    }
    const byRemainder = [...quotas].sort((a, b) => b.quota - Math.floor(b.quota) - (a.quota - Math.floor(a.quota)) || a.key - b.key);
    for (const q of byRemainder) {
      if (given >= total) break;
      if (out.get(q.key)! < q.size) {
        out.set(q.key, out.get(q.key)! + 1);
        given++;
      }
    }
    return out;
  }
  let remaining = Math.min(total, population);
  while (remaining > 0) {
    const open = strata.filter((s) => out.get(s.key)! < s.size);
    if (!open.length) break;
    const per = Math.max(1, Math.floor(remaining / open.length));
    for (const s of open) {
      const add = Math.min(per, s.size - out.get(s.key)!, remaining);
      out.set(s.key, out.get(s.key)! + add);
      remaining -= add;
      if (remaining === 0) break;
    }
  }
  return out;
}

/** `k` distinct entries of `list`, chosen by a partial Fisher–Yates shuffle with `random`. */
export function choose<T>(list: readonly T[], k: number, random: () => number): T[] {
  const a = [...list];
  const n = a.length;
  const take = Math.min(k, n);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(random() * (n - i));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a.slice(0, take);
}

export interface DrawResult {
  /** In review order: by page, then by item id (oldest first). */
  sample: PopulationItem[];
  strata: { pageId: number; population: number; sample: number }[];
}

/** The stratified draw. `population` must be sorted by (pageId, itemId); `seed` is an unsigned 32-bit integer. */
export function drawSample(population: readonly PopulationItem[], spec: SampleSpec, seed: number): DrawResult {
  const byPage = new Map<number, PopulationItem[]>();
  for (const item of population) {
    const list = byPage.get(item.pageId);
    if (list) list.push(item);
    else byPage.set(item.pageId, [item]);
  }
  const strata = [...byPage.entries()].sort(([a], [b]) => a - b).map(([key, items]) => ({ key, size: items.length }));
  const allocation = allocate(strata, sampleTotal(population.length, spec), spec.allocation);
  const sample: PopulationItem[] = [];
  for (const { key } of strata) {
    const items = byPage.get(key)!;
    const chosen = choose(items, allocation.get(key) ?? 0, mulberry32(streamSeed(seed, key)));
    sample.push(...chosen.sort((a, b) => a.itemId - b.itemId));
  }
  return { sample, strata: strata.map((s) => ({ pageId: s.key, population: s.size, sample: allocation.get(s.key) ?? 0 })) };
}

/** Reads a seed as it is recorded and shown: decimal text of an unsigned 32-bit integer. */
export function parseSeed(seed: string): number {
  const n = Number(seed);
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new RangeError('A seed is a whole number from 0 to 4294967295');
  return n;
}
