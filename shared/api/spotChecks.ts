import { z } from 'zod';
import { method } from './define';
import { idSchema, isoDateTime, optionalText } from './common';
import { platformSchema } from './pages';
import { fileExportSchema } from './reminders';

// Spot checks (Steekproef, protocol O1): the school does not watch everyone; an officer
// (functionaris) reviews a random sample of what landed on the school's own official pages. The
// sample is stratified per page, drawn with a seeded generator whose seed is recorded, so anyone can
// draw it again from the same data and get the same items. Only the officer draws and reviews; the
// board and the communications office read the results.

export const ALLOCATIONS = ['proportional', 'equal'] as const;

export const spotCheckParamsSchema = z
  .object({
    /** Period by the items' own dates, YYYY-MM-DD, both days included (school time). */
    from: z.string().trim().max(20),
    to: z.string().trim().max(20),
    /** Empty: every official page. */
    pageIds: z.array(idSchema).max(500).default([]),
    /** Either a number of items or a share of them (0 < rate ≤ 1). */
    size: z.number().int().min(1).max(5000).nullable().default(null),
    rate: z.number().gt(0).max(1).nullable().default(null),
    /** proportional: each page in proportion to its items; equal: the same number per page. */
    allocation: z.enum(ALLOCATIONS).default('proportional'),
  })
  .strict();
export type SpotCheckParams = z.infer<typeof spotCheckParamsSchema>;

export const stratumSchema = z.object({
  page: z.object({ id: idSchema, displayName: z.string(), platform: platformSchema }),
  population: z.number().int(),
  sample: z.number().int(),
  reviewed: z.number().int(),
  notInOrder: z.number().int(),
});

export const spotCheckSummarySchema = z.object({
  id: idSchema,
  createdAt: isoDateTime,
  createdBy: z.string(),
  seed: z.string(),
  algorithm: z.string(),
  params: spotCheckParamsSchema,
  population: z.number().int(),
  sampleSize: z.number().int(),
  reviewed: z.number().int(),
  inOrder: z.number().int(),
  notInOrder: z.number().int(),
  note: z.string(),
});
export type SpotCheckSummary = z.infer<typeof spotCheckSummarySchema>;

export const VERDICTS = ['in_orde', 'niet_in_orde'] as const;

export const spotCheckItemSchema = z.object({
  id: idSchema,
  position: z.number().int(),
  itemRef: z.number().int(),
  /** False once the retention purge removed the item: its verdict stays. */
  stored: z.boolean(),
  page: z.object({ id: idSchema, displayName: z.string() }),
  createdAt: isoDateTime,
  /** The item itself, for the officer only; null for readers of the results. */
  item: z
    .object({
      kind: z.string(),
      url: z.string().nullable(),
      author: z.string(),
      text: z.string(),
      flagged: z.boolean(),
      severity: z.number().int(),
      categories: z.array(z.string()),
    })
    .nullable(),
  verdict: z.enum(VERDICTS).nullable(),
  clause: z.string().nullable(),
  note: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  reviewedAt: isoDateTime.nullable(),
});
export type SpotCheckItem = z.infer<typeof spotCheckItemSchema>;

export const spotCheckSchema = spotCheckSummarySchema.extend({
  strata: z.array(stratumSchema),
  items: z.array(spotCheckItemSchema),
  /** The person asking may review (the officer). */
  canReview: z.boolean(),
});
export type SpotCheck = z.infer<typeof spotCheckSchema>;

export const spotChecksMethods = {
  'spotChecks.list': method(z.object({}).strict(), z.array(spotCheckSummarySchema)),
  /** The pages a spot check may draw from: the school's official pages (approved at some point). */
  'spotChecks.pages': method(
    z.object({}).strict(),
    z.array(z.object({ id: idSchema, displayName: z.string(), platform: platformSchema, items: z.number().int() })),
  ),
  /** What a draw with these parameters would take from where, without drawing. */
  'spotChecks.preview': method(spotCheckParamsSchema, z.object({ population: z.number().int(), sampleSize: z.number().int(), strata: z.array(stratumSchema) })),
  'spotChecks.draw': method(
    spotCheckParamsSchema.extend({
      /** To draw a recorded sample again; otherwise a new random seed. */
      seed: z.string().trim().regex(/^\d{1,10}$/).nullable().default(null),
      note: optionalText(1000),
    }),
    spotCheckSchema,
  ),
  'spotChecks.get': method(z.object({ id: idSchema }).strict(), spotCheckSchema),
  'spotChecks.review': method(
    z
      .object({
        id: idSchema,
        itemId: idSchema,
        verdict: z.enum(VERDICTS),
        clause: z.string().trim().max(4).nullable().default(null),
        note: optionalText(2000),
      })
      .strict(),
    spotCheckSchema,
  ),
  /** Draws again from the recorded seed and parameters and compares with the stored sample. */
  'spotChecks.verify': method(
    z.object({ id: idSchema }).strict(),
    z.object({ same: z.boolean(), expected: z.number().int(), matching: z.number().int(), purged: z.number().int() }),
  ),
  'spotChecks.report': method(z.object({ id: idSchema, format: z.enum(['csv', 'html']) }).strict(), fileExportSchema),
};
