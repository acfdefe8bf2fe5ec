import fs from 'node:fs';
import path from 'node:path';
import type { ImportResult } from '../../../shared/api/imports';
import { CliError } from '../context';
import { EXIT } from '../exit-codes';

// Shared by `pages import` and `people import`: read the file, print the report, choose the exit code.

/** The file's text; `-` reads standard input. A file that cannot be read is a usage error. */
export function readInputFile(file: string): { text: string; name: string } {
  try {
    const text = file === '-' ? fs.readFileSync(0, 'utf8') : fs.readFileSync(file, 'utf8');
    return { text, name: file === '-' ? 'stdin' : path.basename(file) };
  } catch (error) {
    throw new CliError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`, EXIT.usage);
  }
}

export interface ImportCliOptions {
  validRows?: boolean;
  format?: 'text' | 'json';
  note?: string;
}

/**
 * Prints what happened, problems by line and column; throws exit code 1 when any row had a problem
 * (also when the valid rows were imported: the file was not clean, and a script should notice).
 */
export function reportImport(result: ImportResult, what: { file: string; noun: string; format: 'text' | 'json' }): void {
  if (what.format === 'json') {
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } else {
    const lines = [
      `${what.file}: ${result.rows} row(s); ${result.valid} to import, ${result.invalid} with problems${result.unchanged ? `, ${result.unchanged} already present and unchanged` : ''}.`,
      ...result.issues.map((i) => `  ${i.message}`),
    ];
    if (result.imported > 0) lines.push(`Imported ${result.imported} ${what.noun}.`);
    else if (result.issues.length && result.mode === 'all-or-nothing') {
      lines.push(
        `Nothing imported: fix the lines above${result.valid ? `, or run again with --valid-rows to import the ${result.valid} valid row(s)` : ''}.`,
      );
    } else lines.push('Nothing to import.');
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  if (result.issues.length) {
    const rows = new Set(result.issues.map((i) => i.line)).size;
    throw new CliError(`${rows} line(s) of ${what.file} have problems`, EXIT.failed);
  }
}
