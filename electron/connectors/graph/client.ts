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

const TOKEN_CHECK_MS = 24 * 3_600_000;

/**
 * When the page's token stops working, as the Graph API itself says (debug_token: `expires_at` and
 * `data_access_expires_at`, the earlier one; 0 means "never"). Asked at most once a day, the time of
 * asking kept in the cursor. debug_token takes the token to inspect only as a query parameter; it
 * goes to the platform over HTTPS and, like every URL here, never into a message (displayUrl drops
 * the query, redact() the token). Where the platform does not answer (a Page token may not inspect
 * itself), nothing is learned and the reminder stays silent: Paginawacht never guesses an expiry.
 */
export async function checkTokenExpiry(ctx: GraphContext, collector: PollCollector, stored: unknown): Promise<string | null> {
  const last = typeof stored === 'string' && !Number.isNaN(Date.parse(stored)) ? stored : null;
  if (collector.error || (last && ctx.now.getTime() - Date.parse(last) < TOKEN_CHECK_MS)) return last;
  try {
    const body = (await graphRequest(ctx, 'GET', 'debug_token', { input_token: ctx.token })) as {
      data?: { is_valid?: unknown; expires_at?: unknown; data_access_expires_at?: unknown };
    };
    const d = body?.data;
    if (d && typeof d === 'object') {
      const times = [d.expires_at, d.data_access_expires_at].filter((x): x is number => typeof x === 'number' && x > 0);
      collector.credentialsExpireAt = times.length ? new Date(Math.min(...times) * 1000).toISOString() : null;
    }
  } catch {
    // Not told: keep what was known.
  }
  return ctx.now.toISOString();
}
