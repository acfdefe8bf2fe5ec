import { ApiPartialResponseError, ApiRequestError, ApiResponseError } from 'twitter-api-v2';
import { parseXRateLimit } from '../http/rate-limit';
import { errorForStatus } from '../http/status';
import { ConnectorError } from '../types';
import { headerBag, type XTransport } from './transport';

// The library's errors hold the request (with its Authorization header); they never leave this file.
// What leaves is a ConnectorError built from the status, X's problem text and the rate-limit headers.

interface XProblem {
  title?: unknown;
  detail?: unknown;
  errors?: { message?: unknown; detail?: unknown }[];
}

function problemText(data: unknown): string | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const p = data as XProblem;
  const first = Array.isArray(p.errors) ? p.errors[0] : undefined;
  const text = p.detail ?? p.title ?? first?.detail ?? first?.message;
  return typeof text === 'string' ? text : undefined;
}

export function xError(err: unknown, transport: XTransport, now: Date, token: string): ConnectorError {
  if (err instanceof ConnectorError) return err;
  const stopped = transport.stopped;
  if (stopped === 'timeout') {
    return new ConnectorError('timeout', `No complete answer from X within ${Math.round(transport.timeoutMs / 100) / 10} s; the connection was closed`);
  }
  if (stopped === 'too_large') return new ConnectorError('too_large', `The answer from X is larger than ${Math.round(transport.maxBytes / 1024)} KiB and was not read`);
  if (stopped === 'aborted') return new ConnectorError('aborted', 'The request to X was cancelled');
  if (err instanceof ApiResponseError) {
    const headers = headerBag(err.headers);
    return errorForStatus({
      status: err.code,
      headers,
      now,
      detail: problemText(err.data),
      rateLimit: parseXRateLimit(headers),
      secrets: [token],
    });
  }
  if (err instanceof ApiPartialResponseError) {
    return /abruptly closed/.test(err.message)
      ? new ConnectorError('network', 'The connection to X broke off before the answer was complete')
      : new ConnectorError('bad_response', 'X sent an answer that is not valid JSON');
  }
  if (err instanceof ApiRequestError) {
    const code = (err.requestError as { code?: string } | undefined)?.code;
    return new ConnectorError('network', code === 'ECONNREFUSED' ? 'No connection: X refused it (is the server running?)' : 'No connection to X');
  }
  return new ConnectorError('bad_response', 'X sent an answer that could not be read');
}
