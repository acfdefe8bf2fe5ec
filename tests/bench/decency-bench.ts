/**
 * Decency engine throughput against leo-profanity (a plain word lookup) on the same generated
 * batch, one core, same process; then heap growth over a million items.
 *
 * leo-profanity is loaded with its default English dictionary plus the Dutch LDNOOBW list (single
 * words; from ../shared/data/decency/lexicons when present), so both sides look at Dutch and
 * English words. The two are measured in alternating rounds (the machine is shared, so load comes
 * and goes) and each side's median round is reported; the ratio is of those medians.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import leoProfanity from 'leo-profanity';
import leoProfanity18 from 'leo-profanity-1.8';
import { createEngine } from '../../shared/decency/index';
import { makeCorpus } from './corpus';

const BATCH = 200_000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const ROUND_MS = 700;

function report(name: string, value: number | string, unit: string): void {
  console.log(`${name}: ${value} ${unit}`);
}

/** Items per second over one round of at least ROUND_MS, starting where the last round stopped. */
function round(fn: (t: string) => boolean, texts: string[], from: { i: number }): number {
  let sink = 0;
  let items = 0;
  const start = performance.now();
  let elapsed = 0;
  let i = from.i;
  do {
    for (let k = 0; k < 5000; k++) {
      if (fn(texts[i] as string)) sink++;
      if (++i === texts.length) i = 0;
    }
    items += 5000;
    elapsed = performance.now() - start;
  } while (elapsed < ROUND_MS);
  from.i = i;
  if (sink < 0) console.log(sink);
  return (items / elapsed) * 1000;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

function forceGc(): () => void {
  setFlagsFromString('--expose_gc');
  const gc = runInNewContext('gc') as () => void;
  return gc;
}

export async function run(): Promise<void> {
  const texts = makeCorpus(BATCH);
  const engine = createEngine();

  const here = dirname(fileURLToPath(import.meta.url));
  const nlList = resolve(here, '../../../shared/data/decency/lexicons/ldnoobw-nl.txt');
  const nlWords = existsSync(nlList)
    ? readFileSync(nlList, 'utf8').split('\n').map((w) => w.trim()).filter((w) => w && !w.includes(' '))
    : [];
  for (const filter of [leoProfanity, leoProfanity18]) {
    filter.loadDictionary('en');
    filter.add(nlWords);
  }

  const ours = (t: string): boolean => engine.classify(t).flagged;
  const leo = (t: string): boolean => leoProfanity.check(t);
  const leo18 = (t: string): boolean => leoProfanity18.check(t);
  // Warm up all three on the whole batch so that none is measured while being compiled.
  for (const t of texts) ours(t);
  for (const t of texts) leo(t);
  for (const t of texts) leo18(t);
  const a: number[] = [];
  const b: number[] = [];
  const c: number[] = [];
  const pa = { i: 0 };
  const pb = { i: 0 };
  const pc = { i: 0 };
  for (let r = 0; r < ROUNDS; r++) {
    a.push(round(ours, texts, pa));
    b.push(round(leo, texts, pb));
    c.push(round(leo18, texts, pc));
  }
  const oursMed = median(a);
  const leoMed = median(b);
  const leo18Med = median(c);
  const ratios = a.map((x, i) => x / (b[i] as number));
  report('decency_items_per_s', Math.round(oursMed), 'items/s');
  report('leo_profanity_items_per_s', Math.round(leoMed), 'items/s');
  report('decency_vs_leo_ratio', (oursMed / leoMed).toFixed(2), 'x');
  report('decency_vs_leo_ratio_per_round', ratios.map((x) => x.toFixed(2)).join(' '), 'x');
  report('decency_us_per_item', (1e6 / oursMed).toFixed(2), 'µs');
  report('leo_profanity_1_8_items_per_s', Math.round(leo18Med), 'items/s');
  report('decency_vs_leo_1_8_ratio', (oursMed / leo18Med).toFixed(2), 'x');

  const gc = forceGc();
  gc();
  const before = process.memoryUsage().heapUsed;
  let flagged = 0;
  for (let i = 0; i < 1_000_000; i++) if (engine.classify(texts[i % texts.length] as string).flagged) flagged++;
  gc();
  const after = process.memoryUsage().heapUsed;
  report('decency_heap_growth_1m', ((after - before) / 1048576).toFixed(2), 'MB');
  report('decency_flagged_share', ((flagged / 1_000_000) * 100).toFixed(1), '%');
}
