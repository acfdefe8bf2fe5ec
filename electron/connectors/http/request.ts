import { ConnectorError } from '../types';
import { displayUrl, redact } from './redact';

// One way to talk HTTP for every hand-written connector: a deadline that covers headers and body and
// closes the socket when it passes, gzip/deflate/br, a cap on the (decompressed) size, and errors in
// plain words that carry no token and no query string.

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export interface HttpRequest {
  url: string;
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  headers?: Record<string, string>;
  body?: string;
  timeoutMs?: number;
  maxBytes?: number;
  signal?: AbortSignal;
  /** Values that must never appear in an error message (the token of this call). */
  secrets?: readonly (string | null | undefined)[];
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  body: Buffer;
  /** Final URL after redirects. */
  url: string;
}

type StopReason = 'timeout' | 'aborted' | 'too_large';

function networkMessage(err: unknown, where: string): string {
  const cause = (err as { cause?: { code?: string; message?: string } } | null)?.cause;
  const code = cause?.code ?? '';
  if (code === 'ECONNREFUSED') return `No connection: ${where} refused it (is the server running?)`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `No connection: the name in ${where} could not be found`;
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || /other side closed|terminated/i.test(String(cause?.message ?? (err as Error)?.message)))
    return `The connection to ${where} broke off before the answer was complete`;
  return `No connection to ${where}`;
}

export async function httpRequest(req: HttpRequest): Promise<HttpResponse> {
  const timeoutMs = req.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = req.maxBytes ?? DEFAULT_MAX_BYTES;
  const where = displayUrl(req.url);
  const controller = new AbortController();
  let stopped: StopReason | null = null;
  const stop = (reason: StopReason) => {
    if (stopped) return;
    stopped = reason;
    controller.abort(new Error(reason));
  };
  const timer = setTimeout(() => stop('timeout'), timeoutMs);
  const onCallerAbort = () => stop('aborted');
  if (req.signal?.aborted) onCallerAbort();
  req.signal?.addEventListener('abort', onCallerAbort, { once: true });

  const fail = (err: unknown): ConnectorError => {
    if (err instanceof ConnectorError) return err;
    const message =
      stopped === 'timeout'
        ? `No complete answer from ${where} within ${Math.round(timeoutMs / 100) / 10} s; the connection was closed`
        : stopped === 'aborted'
          ? `The request to ${where} was cancelled`
          : stopped === 'too_large'
            ? `The answer from ${where} is larger than ${Math.round(maxBytes / 1024)} KiB and was not read`
            : networkMessage(err, where);
    const kind = stopped ?? 'network';
    return new ConnectorError(kind, redact(message, req.secrets ?? []));
  };

  try {
    let response: Response;
    try {
      response = await fetch(req.url, {
        method: req.method ?? 'GET',
        headers: { 'accept-encoding': 'gzip, deflate, br', 'user-agent': 'Paginawacht/0.1', ...req.headers },
        body: req.body,
        signal: controller.signal,
        redirect: 'follow',
      });
    } catch (err) {
      throw fail(err);
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    // A compressed body's length says little about what it inflates to, so only trust it when plain.
    if (!response.headers.get('content-encoding') && Number.isFinite(declared) && declared > maxBytes) {
      stop('too_large');
      throw fail(null);
    }
    const chunks: Buffer[] = [];
    let total = 0;
    if (response.body) {
      const reader = response.body.getReader();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          total += value.byteLength;
          if (total > maxBytes) {
            stop('too_large');
            await reader.cancel().catch(() => undefined);
            throw fail(null);
          }
          chunks.push(Buffer.from(value));
        }
      } catch (err) {
        throw fail(err);
      }
    }
    return { status: response.status, headers: response.headers, body: Buffer.concat(chunks), url: response.url || req.url };
  } finally {
    clearTimeout(timer);
    req.signal?.removeEventListener('abort', onCallerAbort);
  }
}
