import fs from 'node:fs';
import type { Command } from 'commander';
import { currentListVersion } from '../../../db/decency-lists';
import { openStore } from '../../../db/store';
import { SchoolListsSchema, type SchoolLists } from '../../../shared/decency/index';
import { dataPaths, resolveDataDir } from '../../backend/paths';
import { CliError, type GlobalOptions } from '../context';
import { EXIT } from '../exit-codes';
import { runClassify } from './classify';

export interface ClassifyCliOptions {
  in?: string;
  out?: string;
  builtin?: boolean;
}

/** The school's current word lists when this data folder has a database; the built-in lexicon otherwise. */
async function schoolLists(global: GlobalOptions): Promise<SchoolLists | undefined> {
  let file: string;
  try {
    file = dataPaths(resolveDataDir(global.dataDir)).database;
  } catch {
    return undefined;
  }
  if (!fs.existsSync(file)) return undefined;
  const store = openStore({ file });
  try {
    const current = await currentListVersion(store.db);
    const parsed = current ? SchoolListsSchema.safeParse(current.lists) : null;
    return parsed?.success ? parsed.data : undefined;
  } finally {
    await store.close();
  }
}

/**
 * `paginawacht classify`: JSONL in (`{"id","text"}`, optional `"media": true`), JSONL out
 * (`{"id","flagged","severity","categories","clauses","spans"}`). A malformed line is reported on
 * stderr with its number and the rest goes on; exit code 1 when any line failed.
 */
export async function classify(global: GlobalOptions, options: ClassifyCliOptions): Promise<void> {
  const input = options.in ? fs.createReadStream(options.in) : process.stdin;
  const output = options.out ? fs.createWriteStream(options.out) : process.stdout;
  const opened = new Promise<void>((resolve, reject) => {
    if (!options.in) return resolve();
    (input as fs.ReadStream).once('open', () => resolve());
    (input as fs.ReadStream).once('error', (e) => reject(new CliError(`Cannot read ${options.in}: ${e.message}`, EXIT.usage)));
  });
  await opened;
  const lists = options.builtin ? undefined : await schoolLists(global);
  const { lines, failed } = await runClassify({ input, output, errors: process.stderr, ...(lists ? { lists } : {}) });
  if (options.out) await new Promise<void>((resolve) => (output as fs.WriteStream).end(resolve));
  if (failed > 0) {
    process.stderr.write(`${failed} of ${lines} lines could not be classified.\n`);
    process.exitCode = EXIT.failed;
  }
}

export function registerClassify(program: Command, global: () => GlobalOptions): void {
  program
    .command('classify')
    .description('Classify JSONL lines {"id","text"[, "media": true]} with the decency engine; one JSONL result per line')
    .option('--in <file>', 'read from this file (default: stdin)')
    .option('--out <file>', 'write to this file (default: stdout)')
    .option('--builtin', "use only the built-in lexicon, not the school's word lists from the data folder")
    .action(async (options: ClassifyCliOptions) => classify(global(), options));
}
