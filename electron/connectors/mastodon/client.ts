import { parseLinkHeader } from '../http/link-header';
import { parseMastodonRateLimit } from '../http/rate-limit';
import { displayUrl } from '../http/redact';
import { httpRequest } from '../http/request';
import { errorForStatus, parseJson } from '../http/status';
import type { RateLimitState } from '../types';

// Mastodon's REST API (also spoken by GoToSocial, Akkoma, Pleroma) over plain HTTP.

export interface MastodonContext {
  baseUrl: string;
  token: string;
  now: Date;
  signal?: AbortSignal;
  timeoutMs?: number;
  onRateLimit(rateLimit: RateLimitState | null): void;
}

export interface MastodonAnswer {
  json: unknown;
  /** Links from the `Link` header, by rel ("next", "prev"). */
  links: Record<string, string>;
}

export async function mastodonRequest(
  ctx: MastodonContext,
  method: 'GET' | 'POST',
  path: string,
  query: [string, string][] = [],
): Promise<MastodonAnswer> {
  const url = new URL(`${ctx.baseUrl}${path}`);
  for (const [k, v] of query) url.searchParams.append(k, v);
  const res = await httpRequest({
    url: url.toString(),
    method,
    headers: { authorization: `Bearer ${ctx.token}`, accept: 'application/json' },
    timeoutMs: ctx.timeoutMs,
    signal: ctx.signal,
    secrets: [ctx.token],
  });
  const rateLimit = parseMastodonRateLimit(res.headers);
  ctx.onRateLimit(rateLimit);
  if (res.status >= 400) {
    let detail: unknown;
    try {
      detail = (JSON.parse(res.body.toString('utf8')) as { error?: unknown }).error;
    } catch {
      detail = undefined;
    }
    throw errorForStatus({ status: res.status, headers: res.headers, now: ctx.now, detail, rateLimit, secrets: [ctx.token] });
  }
  return { json: parseJson(res, displayUrl(url)), links: parseLinkHeader(res.headers.get('link')) };
}

/** The `max_id` of a "next" link: Mastodon pages backwards in time with it. */
export function maxIdOf(link: string | undefined): string | null {
  if (!link) return null;
  try {
    return new URL(link).searchParams.get('max_id');
  } catch {
    return null;
  }
}
