import type { EventName, EventPayload } from '../../shared/api/events';

type Listener = (event: EventName, payload: unknown) => void;

/** Fan-out of back-end events to whatever transports are attached (IPC windows, SSE clients). */
export class EventBus {
  private readonly listeners = new Set<Listener>();

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners) {
      try {
        listener(event, payload);
      } catch {
        // A closed window or a dropped browser tab must not stop the others from hearing about it.
      }
    }
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
