import { z } from 'zod';
import { optionalText } from './common';

// CSV imports (pages and people) share one shape: check first, then import all-or-nothing or only
// the valid rows. Problems are reported by line (as a spreadsheet numbers them) and column.

/** About 20 000 rows; a bigger file is not a list of a school's accounts or staff. */
export const MAX_IMPORT_CHARS = 5_000_000;

export const importIssueSchema = z.object({
  /** 1-based line of the file where the record starts; 1 is the header. */
  line: z.number().int().min(1),
  /** CSV column name (e.g. `owner_email`), or empty for the row or file as a whole. */
  field: z.string(),
  /** Catalogue key under `imports.errors`, e.g. `personUnknown`. */
  code: z.string(),
  /** English, for the CLI and logs. */
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
  /** The offending cell as found (shown as text, never evaluated). */
  value: z.string(),
});
export type ImportIssue = z.infer<typeof importIssueSchema>;

export const importReportSchema = z.object({
  delimiter: z.enum([',', ';']).nullable(),
  /** Data rows found (the header not counted). */
  rows: z.number().int(),
  /** Rows that would be imported. */
  valid: z.number().int(),
  /** Rows that change nothing because the same record already exists (people import). */
  unchanged: z.number().int(),
  /** Rows with at least one problem. */
  invalid: z.number().int(),
  issues: z.array(importIssueSchema),
});
export type ImportReport = z.infer<typeof importReportSchema>;

export const importResultSchema = importReportSchema.extend({
  /** Records written; 0 when the file had problems and the mode was all-or-nothing. */
  imported: z.number().int(),
  mode: z.enum(['all-or-nothing', 'valid-rows']),
});
export type ImportResult = z.infer<typeof importResultSchema>;

const csv = z.string().max(MAX_IMPORT_CHARS);

export const importPreviewInput = z.object({ csv, fileName: optionalText(255) }).strict();

export const importInput = z
  .object({
    csv,
    fileName: optionalText(255),
    /** `all-or-nothing` imports nothing when any row has a problem; `valid-rows` imports the rest. */
    mode: z.enum(['all-or-nothing', 'valid-rows']).default('all-or-nothing'),
    /** Recorded in the audit log with the import; for pages also the reason stored on "doorlopend" rows. */
    note: optionalText(500),
  })
  .strict();
