import { z } from 'zod';
import { method } from './define';
import { idSchema, isoDateTime, text } from './common';

// "Extend the end date, with a reason, approved by the manager" (B3): a small workflow of its own,
// so the page's end date only moves once the line manager (or the board) agreed, in writing.

export const endDateRequestSchema = z.object({
  id: idSchema,
  page: z.object({ id: idSchema, displayName: z.string() }),
  currentEndDate: z.string().nullable(),
  newEndDate: z.string(),
  reason: z.string(),
  status: z.enum(['open', 'approved', 'rejected', 'withdrawn']),
  requestedBy: z.string(),
  requestedAt: isoDateTime,
  decidedBy: z.string().nullable(),
  decidedAt: isoDateTime.nullable(),
  decisionReason: z.string().nullable(),
  /** What the person asking may do now. */
  actions: z.array(z.enum(['approve', 'reject', 'withdraw'])),
});
export type EndDateRequest = z.infer<typeof endDateRequestSchema>;

export const endDatesMethods = {
  /** `decide`: waiting for my decision; `page`: all requests of one page. */
  'endDates.list': method(
    z.object({ view: z.enum(['decide', 'page']), pageId: idSchema.optional() }).strict(),
    z.array(endDateRequestSchema),
  ),
  'endDates.request': method(
    z.object({ pageId: idSchema, newEndDate: z.string().trim().max(20), reason: text(1000) }).strict(),
    endDateRequestSchema,
  ),
  'endDates.decide': method(z.object({ id: idSchema, approve: z.boolean(), reason: text(1000) }).strict(), endDateRequestSchema),
  'endDates.withdraw': method(z.object({ id: idSchema, reason: text(1000) }).strict(), endDateRequestSchema),
};
