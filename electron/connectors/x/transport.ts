import http from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { TwitterApi, type ITwitterApiClientPlugin } from 'twitter-api-v2';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from '../http/request';

// twitter-api-v2 has no base-URL option, no overall deadline and no size cap. Its documented plugin
// hooks supply all three: `onBeforeRequestConfig` rewrites the URL (and watches the response size),
// `onBeforeRequest` attaches an AbortSignal that closes the socket when the deadline passes.

export const X_DEFAULT_BASE_URL = 'https://api.x.com';
const LIBRARY_ORIGIN = 'https://api.x.com/';

export type StopReason = 'timeout' | 'aborted' | 'too_large';

export interface XTransportOptions {
  baseUrl: string;
  timeoutMs?: number;
  maxBytes?: number;
  signal?: AbortSignal;
}

/** One per connector call; calls are sequential, so one deadline at a time. */
export class XTransport implements ITwitterApiClientPlugin {
  stopped: StopReason | null = null;
  readonly timeoutMs: number;
  readonly maxBytes: number;
  private controller: AbortController | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly onCallerAbort = () => this.stop('aborted');

  constructor(private readonly options: XTransportOptions) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  }

  private stop(reason: StopReason): void {
    if (this.stopped) return;
    this.stopped = reason;
    this.controller?.abort(new Error(reason));
  }

  private cleanup(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.options.signal?.removeEventListener('abort', this.onCallerAbort);
  }

  onBeforeRequestConfig: ITwitterApiClientPlugin['onBeforeRequestConfig'] = ({ params }) => {
    this.stopped = null;
    const base = this.options.baseUrl.replace(/\/+$/, '');
    if (params.url.startsWith(LIBRARY_ORIGIN) && base !== X_DEFAULT_BASE_URL) {
      params.url = `${base}/${params.url.slice(LIBRARY_ORIGIN.length)}`;
    }
    params.requestEventDebugHandler = (event, data) => {
      if (event !== 'response') return;
      const res = (data as { res?: IncomingMessage } | undefined)?.res;
      if (!res) return;
      const declared = Number(res.headers['content-length'] ?? NaN);
      if (declared > this.maxBytes) return this.stop('too_large');
      // Counted on the same chunks the library reads, before it sees the end of the body.
      let total = 0;
      res.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > this.maxBytes) this.stop('too_large');
      });
    };
  };

  onBeforeRequest: ITwitterApiClientPlugin['onBeforeRequest'] = ({ requestOptions }) => {
    this.controller = new AbortController();
    this.timer = setTimeout(() => this.stop('timeout'), this.timeoutMs);
    if (this.options.signal?.aborted) this.stop('aborted');
    this.options.signal?.addEventListener('abort', this.onCallerAbort, { once: true });
    (requestOptions as { signal?: AbortSignal }).signal = this.controller.signal;
  };

  onAfterRequest: ITwitterApiClientPlugin['onAfterRequest'] = () => this.cleanup();
  onRequestError: ITwitterApiClientPlugin['onRequestError'] = () => this.cleanup();
  onResponseError: ITwitterApiClientPlugin['onResponseError'] = () => this.cleanup();
}

export function createXClient(token: string, transport: XTransport, baseUrl: string): TwitterApi {
  // The library always loads node:https; a plain-http agent makes it speak http to a local server.
  const plain = baseUrl.startsWith('http://');
  return new TwitterApi(token, {
    plugins: [transport],
    // Uncompressed, so the size cap counts exactly the bytes the library parses: its decompressor is
    // out of reach, and a cap on compressed bytes would let a small answer inflate without bound.
    compression: 'identity',
    ...(plain ? { httpAgent: new http.Agent({ keepAlive: false }) } : {}),
  });
}

/** Node's header object as the `get(name)` bag the shared parsers read. */
export function headerBag(headers: IncomingHttpHeaders | undefined) {
  return {
    get(name: string): string | null {
      const v = headers?.[name.toLowerCase()];
      return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
    },
  };
}
