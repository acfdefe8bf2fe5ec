/**
 * Decency engine throughput against leo-profanity (a plain word lookup) on the same generated
 * batch, one core, same process; then heap growth over a million items.
 *
 * leo-profanity is loaded with its default English dictionary plus the Dutch LDNOOBW list (single
 * words; from ../shared/data/decency/lexicons when present), so both sides look at Dutch and
 * English words.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import leoProfanity from 'leo-profanity';
import { createEngine } from '../../shared/decency/index';
import { makeCorpus } from './corpus';

const BATCH = 200_000;
const MIN_MS = 1500;

function report(name: string, value: number | string, unit: string): void {
  console.log(`${name}: ${value} ${unit}`);
}

function throughput(fn: (t: string) => unknown, texts: string[]): number {
  let sink = 0;
  for (let i = 0; i < Math.min(20_000, texts.length); i++) if (fn(texts[i] as string)) sink++;
  let items = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (const t of texts) if (fn(t)) sink++;
    items += texts.length;
    elapsed = performance.now() - start;
  } while (elapsed < MIN_MS);
  if (sink < 0) console.log(sink);
  return (items / elapsed) * 1000;
}

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
  leoProfanity.loadDictionary('en');
  if (existsSync(nlList)) {
    leoProfanity.add(readFileSync(nlList, 'utf8').split('\n').map((w) => w.trim()).filter((w) => w && !w.includes(' ')));
  }

  const ours = throughput((t) => engine.classify(t).flagged, texts);
  const leo = throughput((t) => leoProfanity.check(t), texts);
  report('decency_items_per_s', Math.round(ours), 'items/s');
  report('leo_profanity_items_per_s', Math.round(leo), 'items/s');
  report('decency_vs_leo_ratio', (ours / leo).toFixed(2), 'x');
  report('decency_us_per_item', (1e6 / ours).toFixed(2), 'µs');

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
