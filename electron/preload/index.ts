import { contextBridge, ipcRenderer } from 'electron';
import { METHOD_NAMES, type BridgeMethods, type PaginawachtBridge } from '../../shared/api/contract';
import { EVENT_NAMES, type EventName } from '../../shared/api/events';
import { IPC_EVENT_PREFIX, IPC_METHOD_PREFIX } from '../../shared/api/ipc-channels';

// Exactly the contract, one function per method; no way to name an arbitrary channel.
const methods = Object.fromEntries(
  METHOD_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(`${IPC_METHOD_PREFIX}${name}`, input)]),
) as BridgeMethods;

const knownEvents = new Set<string>(EVENT_NAMES);

const bridge = {
  transport: 'ipc',
  methods,
  on(event: EventName, listener: (payload: never) => void) {
    if (!knownEvents.has(event)) throw new Error(`Unknown event ${String(event)}`);
    const channel = `${IPC_EVENT_PREFIX}${event}`;
    // Strip the IPC event object: it would hand the page a reference back into Electron.
    const wrapped = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload as never);
    ipcRenderer.on(channel, wrapped);
    return () => {
      ipcRenderer.removeListener(channel, wrapped);
    };
  },
} satisfies PaginawachtBridge;

contextBridge.exposeInMainWorld('paginawacht', bridge);
