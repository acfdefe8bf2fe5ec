import { z } from 'zod';
import { method } from './define';
import { empty, idSchema, isoDateTime, optionalText, text } from './common';
import { escalationSchema } from './queue';

// B5: "if online communication threatens to derail, contact the line manager at once". Paginawacht
// notices a burst on a page or in one thread — more items, or more flagged items, than that page
// usually gets — and tells the owner, backup owner and line manager, with a one-click escalation.

export const derailmentAlertSchema = z.object({
  id: idSchema,
  page: z.object({ id: idSchema, name: z.string(), platform: z.string() }),
  scope: z.enum(['page', 'thread']),
  threadExternalId: z.string().nullable(),
  kind: z.enum(['volume', 'flagged']),
  windowStart: isoDateTime,
  windowEnd: isoDateTime,
  itemCount: z.number().int(),
  flaggedCount: z.number().int(),
  /** What the page usually gets in a window this long. */
  expected: z.number(),
  expectedFlagged: z.number(),
  categories: z.array(z.object({ category: z.string(), count: z.number().int() })),
  authors: z.number().int(),
  /** Items of the burst, most severe first (open them in the queue). */
  itemIds: z.array(idSchema),
  status: z.enum(['open', 'escalated', 'dismissed']),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  /** The person asking may escalate it to the line manager (B5) / dismiss it. */
  canEscalate: z.boolean(),
  canDismiss: z.boolean(),
});
export type DerailmentAlert = z.infer<typeof derailmentAlertSchema>;

export const derailmentMethods = {
  /** Open alerts on pages I own, back up or manage (the communications office and board see all). */
  'derailment.list': method(empty, z.array(derailmentAlertSchema)),
  /** One click: escalate the burst to the page's line manager as B5, with its summary and a note. */
  'derailment.escalate': method(z.object({ id: idSchema, note: optionalText(2000) }).strict(), z.object({ alert: derailmentAlertSchema, escalation: escalationSchema })),
  'derailment.dismiss': method(z.object({ id: idSchema, reason: text(1000) }).strict(), derailmentAlertSchema),
};
