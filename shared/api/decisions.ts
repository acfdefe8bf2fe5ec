import { z } from 'zod';
import { method } from './define';
import { empty, idSchema, optionalText, text } from './common';

/** How long the person who decided may undo without a reason (later it is a reopen, with one). */
export const UNDO_WINDOW_MS = 10 * 60_000;
import { clauseSchema, escalationSchema } from './queue';

// Decisions on items (Beoordelen): keep, hide or delete on the platform, escalate to the line
// manager (B5 "dreigt te ontsporen", B6 "twijfel") or refer to the board (O3), and undo. Every one is
// recorded with who, when, which clause and why, in the append-only audit log.

const itemIds = z.array(idSchema).min(1).max(200);

/** Why a decision failed for one item, in plain words, with what to do by hand where relevant. */
export const decisionErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  /** Catalogue key for the UI (e.g. `decisions.errors.hideUnsupported`). */
  key: z.string().nullable(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  /** `connector.<platform>.manualSteps`: what the owner can do on the platform itself. */
  manualStepsKey: z.string().nullable(),
});
export type DecisionError = z.infer<typeof decisionErrorSchema>;

export const decisionResultSchema = z.object({
  itemId: idSchema,
  ok: z.boolean(),
  /** The decision recorded (null when it failed). */
  decisionId: z.number().int().nullable(),
  /** What the platform did: hidden, deleted, unhidden, local_only (status only), or null. */
  platformResult: z.string().nullable(),
  error: decisionErrorSchema.nullable(),
});
export type DecisionResult = z.infer<typeof decisionResultSchema>;

const results = z.object({ results: z.array(decisionResultSchema) });

export const FEEDBACK_KINDS = ['not_a_violation'] as const;

export const decisionsMethods = {
  /**
   * Keep, hide or delete one or more items. Hide and delete go through the page's connector; the
   * original is preserved as evidence first (A5). A platform refusal leaves that item undecided and
   * says why and what to do by hand. `clause` defaults to the item's first flagged clause.
   */
  'decisions.decide': method(
    z
      .object({
        itemIds,
        decision: z.enum(['keep', 'hide', 'delete']),
        clause: clauseSchema.nullable().default(null),
        reason: optionalText(1000),
        /** Keep: the flag was wrong — recorded as feedback for the school's word lists. */
        notAViolation: z.boolean().default(false),
      })
      .strict(),
    results,
  ),
  /**
   * Undo decisions (the last ones, soon after) or reopen a decided item later (a reason is then
   * required). A hide is undone on the platform where it allows that; a delete cannot be: only the
   * local status returns (`platformResult: local_only`).
   */
  'decisions.undo': method(z.object({ decisionIds: z.array(idSchema).min(1).max(200), reason: optionalText(1000) }).strict(), results),
  /** "Not a violation" feedback per rule and word, for the people who keep the word lists. */
  'decisions.feedback': method(
    empty,
    z.array(
      z.object({
        rule: z.string(),
        category: z.string(),
        count: z.number().int(),
        /** The words that fired, lower-cased, most frequent first. */
        terms: z.array(z.object({ term: z.string(), count: z.number().int() })),
        lastAt: z.string(),
      }),
    ),
  ),
};

export const escalationsMethods = {
  /** B5, B6: to the page's line manager; O3: to the board. With a note; the item goes "in behandeling". */
  'escalations.create': method(
    z.object({ itemIds, kind: z.enum(['B5', 'B6', 'O3']), note: text(2000) }).strict(),
    /** `decisionIds`: the decisions recorded with them, for undo. */
    z.object({ escalations: z.array(escalationSchema), decisionIds: z.array(idSchema) }),
  ),
  /** The line manager (or, for O3, the board) answers in writing; the person who escalated sees it. */
  'escalations.answer': method(z.object({ id: idSchema, answer: text(4000) }).strict(), escalationSchema),
  /** Answers to my escalations that I have not marked as seen yet (the notices in the queue). */
  'escalations.notices': method(
    empty,
    z.array(escalationSchema.extend({ itemSnippet: z.string(), pageName: z.string() })),
  ),
  'escalations.markSeen': method(z.object({ ids: z.array(idSchema).min(1).max(100) }).strict(), z.object({ ok: z.literal(true) })),
};
