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
};

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
export const EVENT_NAMES = Object.keys(events) as EventName[];
