import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { createEngine } from '../../../shared/decency/index';
import type { SchoolLists, SchoolListsInput } from '../../../shared/decency/index';

export interface ClassifyOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  errors: NodeJS.WritableStream;
  /** The school's word lists (validated with SchoolListsSchema); built-in lexicon only if absent. */
  lists?: SchoolListsInput | SchoolLists;
}

/**
 * The streaming core of `paginawacht classify`: reads JSONL lines `{"id","text"}` (optional
 * `"media": true`), writes one JSONL result per input line, and reports a malformed line on
 * `errors` with its line number without stopping. Memory stays constant: reading pauses while the
 * output is over its high-water mark, so a slow consumer never makes lines pile up.
 *
 * Returns how many non-blank lines were read and how many of them failed.
 */
export async function runClassify(opts: ClassifyOptions): Promise<{ lines: number; failed: number }> {
  const engine = createEngine(opts.lists);
  const rl = createInterface({ input: opts.input, crlfDelay: Infinity, terminal: false });
  let lineNo = 0;
  let lines = 0;
  let failed = 0;
  let waiting = false;

  const onDrain = (): void => {
    waiting = false;
    rl.resume();
  };

  rl.on('line', (line) => {
    lineNo++;
    if (line.trim() === '') return;
    lines++;
    const parsed = parseLine(line);
    if (typeof parsed === 'string') {
      failed++;
      opts.errors.write(`line ${lineNo}: ${parsed}\n`);
      return;
    }
    const r = engine.classify(parsed.text, { hasMedia: parsed.media });
    const ok = opts.output.write(
      JSON.stringify({ id: parsed.id, flagged: r.flagged, severity: r.severity, categories: r.categories, clauses: r.clauses, spans: r.spans }) + '\n',
    );
    if (!ok && !waiting) {
      waiting = true;
      rl.pause();
      opts.output.once('drain', onDrain);
    }
  });

  await once(rl, 'close');
  // Resolve only once everything written so far has been handed on: callers may exit right after.
  await new Promise<void>((resolve) => opts.output.write('', () => resolve()));
  return { lines, failed };
}

/** A valid input line, or the reason it is not one. */
function parseLine(line: string): { id: string | number; text: string; media: boolean } | string {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (e) {
    return `invalid JSON (${(e as Error).message})`;
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return 'expected a JSON object';
  const o = v as Record<string, unknown>;
  if (typeof o.id !== 'string' && typeof o.id !== 'number') return 'missing "id" (string or number)';
  if (typeof o.text !== 'string') return 'missing "text" (string)';
  if (o.media !== undefined && typeof o.media !== 'boolean') return '"media" must be true or false';
  return { id: o.id, text: o.text, media: o.media === true };
}
