import { createApiClient } from '../../../shared/api/client';
import type { PaginawachtBridge } from '../../../shared/api/contract';
import { ipcTransport } from './transport-ipc';
import { httpTransport } from './transport-http';

declare global {
  interface Window {
    paginawacht?: PaginawachtBridge;
  }
}

/** The same client over either transport: the Electron bridge when present, else loopback HTTP. */
export const api = createApiClient(window.paginawacht ? ipcTransport(window.paginawacht) : httpTransport());
