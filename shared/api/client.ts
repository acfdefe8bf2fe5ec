import { ApiCallError, type ApiResult } from './result';
import type { Input, MethodName, Output } from './contract';
import type { EventName, EventPayload } from './events';

/** How the client reaches the back end: Electron IPC or HTTP on loopback. Nothing else differs. */
export interface Transport {
  kind: 'ipc' | 'http';
  call(method: MethodName, input: unknown): Promise<ApiResult<unknown>>;
  on(event: EventName, listener: (payload: unknown) => void): () => void;
}

export interface ApiClient {
  transport: Transport['kind'];
  /** Resolves with the method's output or rejects with an `ApiCallError` carrying code and field. */
  call<M extends MethodName>(method: M, ...input: {} extends Input<M> ? [Input<M>?] : [Input<M>]): Promise<Output<M>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

export function createApiClient(transport: Transport): ApiClient {
  return {
    transport: transport.kind,
    async call(method, ...args) {
      const result = await transport.call(method, args[0] ?? {});
      if (!result.ok) throw new ApiCallError(method, result.error);
      return result.value as never;
    },
    on(event, listener) {
      return transport.on(event, listener as (payload: unknown) => void);
    },
  };
}
