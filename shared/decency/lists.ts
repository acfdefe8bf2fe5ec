import { z } from 'zod';
import { CATEGORIES } from './types';

/**
 * The word lists the communications office keeps in the app. Validated here so the app, the API
 * and the CLI reject the same malformed lists; versioned so every flag can say which lists it was
 * made with.
 */
const term = z
  .string()
  .trim()
  .min(2, 'at least 2 characters')
  .max(80, 'at most 80 characters')
  .refine((s) => /[\p{L}\p{N}]/u.test(s), 'must contain a letter or digit');

/** Categories a school can attach to a word (media_consent is about attachments, not words). */
export const LIST_CATEGORIES = CATEGORIES.filter((c) => c !== 'media_consent') as Exclude<
  (typeof CATEGORIES)[number],
  'media_consent'
>[];

export const FlagWordSchema = z.object({
  term,
  category: z.enum(LIST_CATEGORIES as [string, ...string[]]).transform((c) => c as (typeof LIST_CATEGORIES)[number]),
  severity: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
});

export const SchoolListsSchema = z
  .object({
    /** Set by the app when a list changes (e.g. "2026-03-01.4"); echoed in every result. */
    version: z.string().trim().min(1).max(64),
    /** Extra words or phrases to flag, each with the category it belongs to. */
    flagWords: z.array(FlagWordSchema).max(5000).default([]),
    /** Words or phrases never to flag (a street name, a local word the engine misreads). */
    allowWords: z.array(term).max(5000).default([]),
    /** The school's own public phone numbers, e-mail addresses, IBAN and addresses. */
    publicContacts: z.array(z.string().trim().min(3).max(200)).max(500).default([]),
    /** Staff names, so accusations and personal facts about them are recognised. */
    staffNames: z.array(z.string().trim().min(2).max(120)).max(5000).default([]),
  })
  .superRefine((lists, ctx) => {
    const allowed = new Set(lists.allowWords.map((w) => w.toLowerCase()));
    lists.flagWords.forEach((w, i) => {
      if (allowed.has(w.term.toLowerCase())) {
        ctx.addIssue({ code: 'custom', path: ['flagWords', i, 'term'], message: `"${w.term}" is also on the allow list` });
      }
    });
  });

export type SchoolLists = z.output<typeof SchoolListsSchema>;
export type SchoolListsInput = z.input<typeof SchoolListsSchema>;

/** Lists with nothing in them: the engine's own lexicon only. */
export const EMPTY_LISTS: SchoolLists = {
  version: 'builtin',
  flagWords: [],
  allowWords: [],
  publicContacts: [],
  staffNames: [],
};
