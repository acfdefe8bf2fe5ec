import { z } from 'zod';
import { method } from './define';
import { idSchema, isoDateTime, text } from './common';

// The register of deviations (Uitzonderingen, protocol O2): "where a rule is unworkable, a deviation
// is allowed when approved beforehand by the board and recorded in writing". Anyone responsible for
// a page may ask; only the board (directie) approves or rejects, always with a written reason.
//
// What an active exemption does (README, "Exemptions"):
// - `end_date` (B3): no end-date reminder for the page (e.g. a page without an end date);
// - `inactivity` (B3): no inactivity reminder (a page used only around the exams);
// - `flag_category`: the engine's flags of that category are not raised for new items on the page.
//   Only `media_consent` (A6) can be exempted — the board arranged consent, e.g. for a photo page;
//   decency (A10), personal data (A3) and care signals (B5) never are;
// - `other`: recorded and shown where it applies; it changes nothing by itself.

export const EXEMPTION_KINDS = ['end_date', 'inactivity', 'flag_category', 'other'] as const;
export const exemptionKindSchema = z.enum(EXEMPTION_KINDS);
export type ExemptionKind = z.infer<typeof exemptionKindSchema>;

/** Categories whose flags an exemption may suppress. */
export const EXEMPTABLE_CATEGORIES = ['media_consent'] as const;

export const EXEMPTION_STATUSES = ['aangevraagd', 'goedgekeurd', 'afgewezen', 'ingetrokken'] as const;

export const exemptionSchema = z.object({
  id: idSchema,
  kind: exemptionKindSchema,
  clause: z.string(),
  category: z.string().nullable(),
  scope: z.enum(['page', 'person']),
  page: z.object({ id: idSchema, displayName: z.string() }).nullable(),
  person: z.object({ id: idSchema, name: z.string() }).nullable(),
  description: z.string(),
  reason: z.string(),
  validFrom: z.string(),
  validUntil: z.string(),
  status: z.enum(EXEMPTION_STATUSES),
  /** Approved and today within from–until. */
  active: z.boolean(),
  requestedBy: z.string(),
  requestedAt: isoDateTime,
  decidedBy: z.string().nullable(),
  decidedAt: isoDateTime.nullable(),
  decisionReason: z.string().nullable(),
  revokedBy: z.string().nullable(),
  revokedAt: isoDateTime.nullable(),
  revokeReason: z.string().nullable(),
  actions: z.array(z.enum(['approve', 'reject', 'revoke', 'withdraw'])),
});
export type Exemption = z.infer<typeof exemptionSchema>;

export const exemptionsMethods = {
  'exemptions.list': method(
    z.object({ status: z.enum(['all', 'active', 'pending']).default('all'), pageId: idSchema.optional() }).strict(),
    z.array(exemptionSchema),
  ),
  'exemptions.request': method(
    z
      .object({
        kind: exemptionKindSchema,
        /** The clause deviated from (A1–O3); checked by the service. */
        clause: z.string().trim().max(4),
        category: z.string().trim().max(40).nullable().default(null),
        scope: z.enum(['page', 'person']),
        pageId: idSchema.nullable().default(null),
        personId: idSchema.nullable().default(null),
        description: text(500),
        reason: text(2000),
        validFrom: z.string().trim().max(20),
        validUntil: z.string().trim().max(20),
      })
      .strict(),
    exemptionSchema,
  ),
  /** The board's decision, in writing. */
  'exemptions.decide': method(z.object({ id: idSchema, approve: z.boolean(), reason: text(2000) }).strict(), exemptionSchema),
  /** Ends an approved exemption early (board), or withdraws a request (the requester). */
  'exemptions.revoke': method(z.object({ id: idSchema, reason: text(2000) }).strict(), exemptionSchema),
};
