import type { PaginawachtBridge } from '../../../shared/api/contract';
import type { Transport } from '../../../shared/api/client';

export function ipcTransport(bridge: PaginawachtBridge): Transport {
  return {
    kind: 'ipc',
    call: (method, input) => (bridge.methods[method] as (input: unknown) => ReturnType<Transport['call']>)(input),
    on: (event, listener) => bridge.on(event, listener as never),
  };
}
