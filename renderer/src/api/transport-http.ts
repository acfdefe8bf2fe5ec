import type { Transport } from '../../../shared/api/client';
import type { ApiResult } from '../../../shared/api/result';
import type { EventName } from '../../../shared/api/events';

const unreachable: ApiResult<never> = {
  ok: false,
  error: { code: 'unavailable', message: 'Paginawacht cannot be reached', key: 'errors.unavailable' },
};

/** Browser mode: same-origin POSTs authenticated by the HttpOnly cookie the start address set; events over SSE. */
export function httpTransport(): Transport {
  let source: EventSource | null = null;
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();

  function ensureSource(event: EventName): void {
    if (!source) source = new EventSource('/api/events');
    if (listeners.get(event)?.size === 1) {
      source.addEventListener(event, (message) => {
        let payload: unknown = {};
        try {
          payload = JSON.parse((message as MessageEvent<string>).data);
        } catch {
          return;
        }
        for (const listener of listeners.get(event) ?? []) listener(payload);
      });
    }
  }

  return {
    kind: 'http',
    async call(method, input) {
      let response: Response;
      try {
        response = await fetch(`/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(input ?? {}),
          credentials: 'same-origin',
        });
      } catch {
        return unreachable;
      }
      if (!response.ok) return unreachable;
      return (await response.json()) as ApiResult<unknown>;
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      ensureSource(event);
      return () => set.delete(listener);
    },
  };
}
