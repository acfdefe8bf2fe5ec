import { parseGraphUsage } from '../http/rate-limit';
import { displayUrl } from '../http/redact';
import { httpRequest } from '../http/request';
import { errorForStatus, parseJson } from '../http/status';
import type { PollCollector } from '../collector';
import { nowOf } from '../common';
import { ConnectorError, type ConnectorErrorKind, type PollOptions, type RateLimitState } from '../types';

// The Graph API (Facebook Pages and Instagram with Facebook Login) over plain HTTP. The token goes
// in the Authorization header, never in the URL, so no URL in a message or log can carry it.

export const GRAPH_DEFAULT_BASE_URL = 'https://graph.facebook.com';
export const GRAPH_VERSION = 'v25.0';

export interface GraphContext {
  baseUrl: string;
  token: string;
  now: Date;
  signal?: AbortSignal;
  timeoutMs?: number;
  onRateLimit(rateLimit: RateLimitState | null): void;
}

export interface GraphList<T> {
  data: T[];
  /** `paging.cursors.after` when `paging.next` says there is more. */
  after: string | null;
}

interface GraphErrorBody {
  error?: { message?: unknown; type?: unknown; code?: unknown; error_subcode?: unknown };
}

export function graphContext(baseUrl: string, token: string, options: PollOptions | undefined, collector?: PollCollector): GraphContext {
  return {
    baseUrl,
    token,
    now: nowOf(options),
    signal: options?.signal,
    timeoutMs: options?.requestTimeoutMs,
    onRateLimit: (r) => collector?.noteRateLimit(r),
  };
}

/** Graph error codes that mean "wait": app (4), user (17), page (32), per-hour (613), BUC (80001–80014). */
function kindForGraphCode(code: number, subcode: number | null, status: number): ConnectorErrorKind | undefined {
  if (code === 4 || code === 17 || code === 32 || code === 613 || (code >= 80001 && code <= 80014)) return 'rate_limited';
  if (code === 190 || code === 102) return 'auth';
  if (code === 10 || (code >= 200 && code <= 299)) return 'forbidden';
  if (code === 100 && subcode === 33) return 'not_found';
  if (code === 803) return 'not_found';
  if (code === 1 || code === 2) return 'server';
  return status >= 500 ? 'server' : undefined;
}

export async function graphRequest(
  ctx: GraphContext,
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  params: Record<string, string | number | boolean | undefined> = {},
): Promise<unknown> {
  const url = new URL(`${ctx.baseUrl}/${GRAPH_VERSION}/${path.replace(/^\//, '')}`);
  for (const [k, v] of Object.entries(params)) if (v !== undefined) url.searchParams.set(k, String(v));
  const res = await httpRequest({
    url: url.toString(),
    method,
    headers: { authorization: `Bearer ${ctx.token}`, accept: 'application/json' },
    timeoutMs: ctx.timeoutMs,
    signal: ctx.signal,
    secrets: [ctx.token],
  });
  const rateLimit = parseGraphUsage(res.headers, ctx.now);
  ctx.onRateLimit(rateLimit);
  if (res.status >= 400) {
    let body: GraphErrorBody = {};
    try {
      body = JSON.parse(res.body.toString('utf8')) as GraphErrorBody;
    } catch {
      // Not JSON (a proxy's HTML page): the status alone must do.
    }
    const code = typeof body.error?.code === 'number' ? body.error.code : null;
    const subcode = typeof body.error?.error_subcode === 'number' ? body.error.error_subcode : null;
    throw errorForStatus({
      status: res.status,
      headers: res.headers,
      now: ctx.now,
      detail: body.error?.message,
      kind: code === null ? undefined : kindForGraphCode(code, subcode, res.status),
      rateLimit,
      ...(code === null ? {} : { platformCode: code }),
      secrets: [ctx.token],
    });
  }
  return parseJson(res, displayUrl(url));
}

export async function graphList<T>(
  ctx: GraphContext,
  path: string,
  params: Record<string, string | number | boolean | undefined>,
  after: string | null,
): Promise<GraphList<T>> {
  const body = (await graphRequest(ctx, 'GET', path, { ...params, ...(after ? { after } : {}) })) as {
    data?: unknown;
    paging?: { next?: unknown; cursors?: { after?: unknown } };
  };
  if (!Array.isArray(body?.data)) {
    throw new ConnectorError('bad_response', `The platform sent an answer that could not be read (no "data" list for ${path.split('/').pop()})`);
  }
  const nextAfter = typeof body.paging?.next === 'string' && typeof body.paging.cursors?.after === 'string' ? body.paging.cursors.after : null;
  return { data: body.data as T[], after: nextAfter };
}
