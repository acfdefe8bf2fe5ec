import { z } from 'zod';

// What the back end pushes to every open window or browser tab. Payloads are small hints; the UI
// fetches what it shows through ordinary methods, so a missed event never leaves stale data behind
// for longer than the next refresh.
export const events = {
  'setup.changed': z.object({}),
  'people.changed': z.object({}),
  'settings.changed': z.object({}),
  'session.changed': z.object({}),
  'pages.changed': z.object({}),
  /** New items by others were stored; `urgentItemIds` are severity 3 (threats, self-harm, …). */
  'items.added': z.object({ pageId: z.number().int(), count: z.number().int(), urgentItemIds: z.array(z.number().int()) }),
  'lists.changed': z.object({}),
  /** Re-check after a list change: `done` of `total` items; done = -1 when it failed. */
  'lists.recheckProgress': z.object({ done: z.number().int(), total: z.number().int(), failed: z.string().optional() }),
  /** A page's connection or poll health changed. */
  'connections.changed': z.object({ pageId: z.number().int() }),
  /** Items were decided, escalated, answered or reopened (the queue and item views refetch). */
  'queue.changed': z.object({ itemIds: z.array(z.number().int()) }),
  /** An escalation was raised or answered; `toPersonId` null means the board (O3). */
  'escalations.changed': z.object({ escalationId: z.number().int(), fromPersonId: z.number().int(), toPersonId: z.number().int().nullable(), answered: z.boolean() }),
  /** A derailment alert (B5) was raised or grew, or was escalated or dismissed. */
  'derailment.changed': z.object({ pageId: z.number().int(), alertId: z.number().int(), raised: z.boolean() }),
  'incidents.changed': z.object({ incidentId: z.number().int() }),
  /** Reminders were opened, resolved, escalated, snoozed, or an end-date request changed. */
  'reminders.changed': z.object({}),
  /** Reminders newly due (opened, or escalated to the line manager): the desktop may notify. */
  'reminders.due': z.object({ reminderIds: z.array(z.number().int()) }),
  /** A step of a page's archiving checklist was recorded. */
  'archive.changed': z.object({ pageId: z.number().int() }),
  'spotChecks.changed': z.object({}),
  'exemptions.changed': z.object({}),
  /** The retention purge deleted items older than the retention period. */
  'retention.purged': z.object({ items: z.number().int() }),
};

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
export const EVENT_NAMES = Object.keys(events) as EventName[];
