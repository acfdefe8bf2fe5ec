import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { ImportIssue } from '../../shared/api/imports';
import { looksLikeFormula } from '../../shared/api/pages';

// CSV as schools actually have it: from Excel (Dutch Excel writes `;`, often with a UTF-8 BOM and
// CRLF), from Google Sheets or LibreOffice (`,`), quoted fields with line breaks. Cells are data,
// never formulas: what would run as a formula in a spreadsheet is neutralised on the way out.

export interface CsvRecord {
  /** 1-based line where the record starts, as a text editor or spreadsheet counts. */
  line: number;
  /** Cells by lower-cased column name, trimmed, with the export's formula guard undone. */
  cells: Record<string, string>;
}

export type CsvParseResult =
  | { ok: true; delimiter: ',' | ';'; columns: string[]; records: CsvRecord[] }
  | { ok: false; delimiter: ',' | ';' | null; issues: ImportIssue[] };

/** The delimiter of the header line: whichever of `;` and `,` occurs more often outside quotes. */
export function detectDelimiter(text: string): ',' | ';' {
  let inQuotes = false;
  let commas = 0;
  let semicolons = 0;
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && ch === '\n') break;
    else if (!inQuotes && ch === ',') commas++;
    else if (!inQuotes && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/** An exported cell "'=1+1" comes back as the text "=1+1": the apostrophe was our guard, not data. */
function unguard(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function fileIssue(code: string, message: string, line = 1, params: Record<string, string | number> = {}, field = '', value = ''): ImportIssue {
  return { line, field, code, message, params, value };
}

/**
 * Parses a CSV file with a header row. Columns are matched by name (any order, any case); a missing
 * or unknown column is a problem of the whole file, reported on line 1. Rows with the wrong number of
 * cells are reported by the caller through `cellCount`.
 */
export function parseCsv(
  raw: string,
  expected: readonly string[],
  options: { optional?: readonly string[] } = {},
): CsvParseResult & { cellCounts?: Map<number, number> } {
  // Line breaks are normalised first: csv-parse counts a CRLF as two lines, and a spreadsheet as one.
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.trim()) return { ok: false, delimiter: null, issues: [fileIssue('emptyFile', 'The file is empty')] };
  const delimiter = detectDelimiter(text);
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    parsed = parse(text, { delimiter, info: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, bom: true }) as never;
  } catch (error) {
    const e = error as { message?: string; lines?: number };
    return {
      ok: false,
      delimiter,
      issues: [fileIssue('csvSyntax', `The file is not valid CSV: ${e.message ?? 'unreadable'}`, Math.max(1, e.lines ?? 1))],
    };
  }
  const [header, ...rows] = parsed;
  if (!header) return { ok: false, delimiter, issues: [fileIssue('emptyFile', 'The file is empty')] };
  const columns = header.record.map((c) => c.trim().toLowerCase().replace(/\s+/g, '_'));
  const issues: ImportIssue[] = [];
  const optional = new Set(options.optional ?? []);
  for (const column of expected) {
    if (!columns.includes(column) && !optional.has(column)) {
      issues.push(fileIssue('missingColumn', `Column ${column} is missing from the header`, 1, { column }, column));
    }
  }
  const seen = new Set<string>();
  for (const column of columns) {
    if (!expected.includes(column)) issues.push(fileIssue('unknownColumn', `Unknown column "${column}"`, 1, { column }, column, column));
    else if (seen.has(column)) issues.push(fileIssue('duplicateColumn', `Column ${column} appears twice`, 1, { column }, column, column));
    seen.add(column);
  }
  if (issues.length) return { ok: false, delimiter, issues };

  const cellCounts = new Map<number, number>();
  const records = rows.map(({ record, info }) => {
    // info.lines is where the record ends; line breaks inside quoted cells tell where it started.
    const inner = record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
    const line = info.lines - inner;
    cellCounts.set(line, record.length);
    const cells: Record<string, string> = {};
    columns.forEach((column, i) => {
      cells[column] = unguard((record[i] ?? '').trim());
    });
    return { line, cells };
  });
  return { ok: true, delimiter, columns, records, cellCounts };
}

/** Prefixes an apostrophe where a spreadsheet would otherwise run the cell as a formula (CSV injection). */
export function neutralise(cell: string): string {
  return looksLikeFormula(cell) ? `'${cell}` : cell;
}

export function toCsv(columns: readonly string[], rows: readonly Record<string, string | null>[]): string {
  const records = rows.map((row) => Object.fromEntries(columns.map((c) => [c, neutralise(row[c] ?? '')])));
  return stringify(records, { header: true, columns: [...columns], record_delimiter: '\r\n', quoted_match: /[\r\n"]/ });
}

/** Reported per row, after the column checks. */
export function cellCountIssue(line: number, found: number, expected: number): ImportIssue | null {
  if (found === expected) return null;
  return {
    line,
    field: '',
    code: 'columnCount',
    message: `Line ${line} has ${found} cells; the header has ${expected}`,
    params: { found, expected },
    value: '',
  };
}

export { looksLikeFormula };
