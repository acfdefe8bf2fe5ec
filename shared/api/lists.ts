import { z } from 'zod';
import { method } from './define';
import { empty, idSchema, isoDateTime, optionalText } from './common';
import { CATEGORIES } from '../decency/types';
import { FlagWordSchema } from '../decency/lists';

// The school's word lists for the decency engine (kept by the communications office), versioned:
// each save is a new version, and every flag records the version it was made with.

const listsBody = z
  .object({
    flagWords: z.array(FlagWordSchema).max(5000),
    allowWords: z.array(z.string()).max(5000),
    publicContacts: z.array(z.string()).max(500),
    staffNames: z.array(z.string()).max(5000),
  })
  .strict();

export const listsVersionSchema = z.object({
  id: idSchema,
  version: z.string(),
  createdAt: isoDateTime,
  createdByLabel: z.string(),
  note: z.string(),
});

const spanSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  rule: z.string(),
  category: z.enum(CATEGORIES),
  nl: z.string(),
  en: z.string(),
});

export const decencyResultSchema = z.object({
  flagged: z.boolean(),
  severity: z.number().int().min(0).max(3),
  categories: z.array(z.enum(CATEGORIES)),
  clauses: z.array(z.string()),
  spans: z.array(spanSchema),
  engineVersion: z.string(),
  listVersion: z.string(),
});

export const listsMethods = {
  'lists.get': method(
    empty,
    z.object({
      engineVersion: z.string(),
      current: listsVersionSchema.extend({ lists: listsBody }).nullable(),
    }),
  ),
  'lists.history': method(empty, z.array(listsVersionSchema)),
  /** Saves the lists as a new version (communications office). Validated like the engine does. */
  'lists.save': method(z.object({ lists: listsBody, note: optionalText(500) }).strict(), listsVersionSchema),
  /** Classifies a sample text with the current lists: the live preview beside the editor. */
  'lists.try': method(z.object({ text: z.string().max(5000), hasMedia: z.boolean().default(false) }).strict(), decencyResultSchema),
  /** Re-classifies stored items with the current lists in the background (a new classification each). */
  'lists.recheck': method(z.object({ scope: z.enum(['open', 'all']) }).strict(), z.object({ started: z.boolean(), total: z.number().int() })),
};
