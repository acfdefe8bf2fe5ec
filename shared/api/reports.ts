import { z } from 'zod';
import { method } from './define';
import { empty, idSchema, isoDateTime } from './common';
import { pageStatusSchema, platformSchema } from './pages';
import { fileExportSchema, reminderRuleSchema } from './reminders';

// Overzicht: what the communications office and the board need to steer — per page and over time.
// Counts only: no item texts, no authors. Periods are school weeks (Monday) or months, Europe/Amsterdam.

export const reportQuerySchema = z
  .object({
    from: z.string().trim().max(20),
    to: z.string().trim().max(20),
    granularity: z.enum(['week', 'month']).default('week'),
    /** Empty: every page. */
    pageIds: z.array(idSchema).max(500).default([]),
  })
  .strict();
export type ReportQuery = z.infer<typeof reportQuerySchema>;

const counts = z.record(z.string(), z.number().int());

export const reportBucketSchema = z.object({
  /** First day of the week (Monday) or month, YYYY-MM-DD. */
  start: z.string(),
  items: z.number().int(),
  flagged: z.number().int(),
  byCategory: counts,
  decided: z.number().int(),
  /** Median hours from flag (the item stored with its flags) to the first decision; null when none. */
  medianResponseHours: z.number().nullable(),
  escalations: z.number().int(),
  incidents: z.number().int(),
});
export type ReportBucket = z.infer<typeof reportBucketSchema>;

export const reportPageSchema = z.object({
  page: z.object({ id: idSchema, displayName: z.string(), platform: platformSchema, status: pageStatusSchema }),
  items: z.number().int(),
  flagged: z.number().int(),
  byCategory: counts,
  decided: z.number().int(),
  medianResponseHours: z.number().nullable(),
  escalations: z.number().int(),
  incidents: z.number().int(),
  openReminders: z.number().int(),
  overdueReminders: z.number().int(),
});
export type ReportPage = z.infer<typeof reportPageSchema>;

export const reportSchema = z.object({
  query: reportQuerySchema,
  generatedAt: isoDateTime,
  schoolName: z.string(),
  totals: z.object({
    items: z.number().int(),
    flagged: z.number().int(),
    decided: z.number().int(),
    medianResponseHours: z.number().nullable(),
    escalations: z.number().int(),
    incidents: z.number().int(),
  }),
  buckets: z.array(reportBucketSchema),
  categories: z.array(z.object({ category: z.string(), count: z.number().int() })),
  pages: z.array(reportPageSchema),
  pagesByStatus: z.array(z.object({ status: pageStatusSchema, count: z.number().int() })),
  escalationsByKind: z.array(z.object({ kind: z.string(), count: z.number().int() })),
  incidentsByStatus: z.array(z.object({ status: z.string(), count: z.number().int() })),
  reminders: z.object({
    open: z.number().int(),
    overdue: z.number().int(),
    byRule: z.array(z.object({ rule: reminderRuleSchema, open: z.number().int(), overdue: z.number().int() })),
  }),
  spotChecks: z.object({ count: z.number().int(), sampled: z.number().int(), reviewed: z.number().int(), notInOrder: z.number().int() }),
  retention: z.object({ retentionDays: z.number().int(), lastPurgeAt: isoDateTime.nullable(), lastPurgeItems: z.number().int().nullable() }),
});
export type Report = z.infer<typeof reportSchema>;

export const reportsMethods = {
  'reports.overview': method(reportQuerySchema, reportSchema),
  /** CSV (per period and per page) or a printable, self-contained HTML page with the charts. */
  'reports.export': method(
    reportQuerySchema.extend({ format: z.enum(['csv', 'html']), table: z.enum(['pages', 'periods']).default('pages') }),
    fileExportSchema,
  ),
};

/**
 * One colour per category for every chart (app and printed report), chosen to stay apart for the
 * common colour-vision deficiencies (Okabe–Ito based); charts always name the category beside it.
 */
export const CATEGORY_COLORS: Record<string, string> = {
  coarse_language: '#E69F00',
  insult: '#D55E00',
  bullying: '#CC79A7',
  threat: '#A4262C',
  stalking: '#7A3E9D',
  defamation: '#8C564B',
  hate: '#000000',
  sexual: '#F0A3C8',
  personal_data: '#0072B2',
  self_harm: '#009E73',
  spam: '#999999',
  media_consent: '#56B4E9',
};

// ——— Retention (Bewaartermijn) ———

export const retentionStatusSchema = z.object({
  retentionDays: z.number().int(),
  /** Items created before this instant are purged (except those in an open incident). */
  cutoff: isoDateTime,
  /** Items past the cutoff now: purged at the next run. */
  due: z.number().int(),
  /** Past the cutoff but kept as evidence of an incident that is not closed. */
  keptForIncidents: z.number().int(),
  lastPurge: z.object({ at: isoDateTime, items: z.number().int(), cutoff: isoDateTime }).nullable(),
});

export const retentionMethods = {
  'retention.status': method(empty, retentionStatusSchema),
  /** Runs the purge now (communications office, admin); the background job does it every six hours. */
  'retention.purge': method(empty, z.object({ items: z.number().int(), keptForIncidents: z.number().int(), cutoff: isoDateTime })),
};
