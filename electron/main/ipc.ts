import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { METHOD_NAMES } from '../../shared/api/contract';
import { IPC_EVENT_PREFIX, IPC_METHOD_PREFIX } from '../../shared/api/ipc-channels';
import type { ApiResult } from '../../shared/api/result';
import type { Backend } from '../backend/backend';

export interface IpcOptions {
  backend: () => Backend | null;
  /** True only for frames showing our own renderer (app://paginawacht or the dev server). */
  isAppUrl: (url: string) => boolean;
  windows: () => WebContents[];
}

/** One `ipcMain.handle` per contract method, all through the same dispatch as the HTTP server. */
export function registerIpc(options: IpcOptions): () => void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(`${IPC_METHOD_PREFIX}${method}`, async (event: IpcMainInvokeEvent, input: unknown): Promise<ApiResult<unknown>> => {
      // Validate the sender: a frame that navigated elsewhere, or a sub-frame, never reaches the back end.
      const frameUrl = event.senderFrame?.url ?? '';
      if (!options.isAppUrl(frameUrl) || event.senderFrame?.parent) {
        return { ok: false, error: { code: 'forbidden', message: 'Untrusted sender' } };
      }
      const backend = options.backend();
      if (!backend) return { ok: false, error: { code: 'not_ready', message: 'Paginawacht is still starting', key: 'errors.notReady' } };
      return backend.invoke(method, input);
    });
  }
  return () => METHOD_NAMES.forEach((method) => ipcMain.removeHandler(`${IPC_METHOD_PREFIX}${method}`));
}

export function forwardEvents(backend: Backend, windows: () => WebContents[]): () => void {
  return backend.events.subscribe((event, payload) => {
    for (const contents of windows()) if (!contents.isDestroyed()) contents.send(`${IPC_EVENT_PREFIX}${event}`, payload);
  });
}
