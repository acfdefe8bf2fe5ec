/**
 * `npm run bench`: runs every benchmark module in turn, one core, and prints one line per figure
 * (`name: value unit`). Add a benchmark by writing a module with `export async function run()`
 * and listing it here. `npm run bench -- queue` runs only the named ones.
 */
import * as decency from './decency-bench';
import * as queue from './queue-bench';

const benches: { name: string; run: () => Promise<void> }[] = [
  { name: 'decency', run: decency.run },
  { name: 'queue', run: queue.run },
];

const only = process.argv.slice(2);
for (const b of benches.filter((bench) => only.length === 0 || only.includes(bench.name))) {
  console.log(`# ${b.name}`);
  await b.run();
}
