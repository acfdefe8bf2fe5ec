import { z } from 'zod';

// What the back end pushes to every open window or browser tab. Payloads are small hints; the UI
// fetches what it shows through ordinary methods, so a missed event never leaves stale data behind
// for longer than the next refresh.
export const events = {
  'setup.changed': z.object({}),
  'people.changed': z.object({}),
  'settings.changed': z.object({}),
  'session.changed': z.object({}),
};

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
export const EVENT_NAMES = Object.keys(events) as EventName[];
