import type { RateLimitState } from '../types';

// Each platform reports its budget differently; these turn the headers into one RateLimitState.

type HeaderBag = { get(name: string): string | null };

function toInt(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  const n = Number(value.trim());
  return Number.isFinite(n) ? Math.trunc(n) : null;
}

/** `Retry-After`: delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now: Date): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return new Date(now.getTime() + Number(trimmed) * 1000).toISOString();
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : new Date(date).toISOString();
}

function epochWindow(headers: HeaderBag, prefix: string): RateLimitState | null {
  const remaining = toInt(headers.get(`${prefix}-remaining`));
  const reset = toInt(headers.get(`${prefix}-reset`));
  const limit = toInt(headers.get(`${prefix}-limit`));
  if (remaining === null && reset === null) return null;
  return { remaining, resetAt: reset === null ? null : new Date(reset * 1000).toISOString(), limit };
}

/**
 * X: `x-rate-limit-limit|remaining|reset` (15-minute window, reset in epoch seconds), plus the 24-hour
 * app and user windows some endpoints add; the scarcest one counts.
 */
export function parseXRateLimit(headers: HeaderBag): RateLimitState | null {
  return [epochWindow(headers, 'x-rate-limit'), epochWindow(headers, 'x-app-limit-24hour'), epochWindow(headers, 'x-user-limit-24hour')].reduce<
    RateLimitState | null
  >((acc, r) => tighter(acc, r), null);
}

/** Mastodon: `X-RateLimit-Limit|Remaining|Reset`, reset as an ISO 8601 time. */
export function parseMastodonRateLimit(headers: HeaderBag): RateLimitState | null {
  const remaining = toInt(headers.get('x-ratelimit-remaining'));
  const resetRaw = headers.get('x-ratelimit-reset');
  const limit = toInt(headers.get('x-ratelimit-limit'));
  if (remaining === null && !resetRaw) return null;
  let resetAt: string | null = null;
  if (resetRaw) {
    const parsed = Date.parse(resetRaw);
    if (!Number.isNaN(parsed)) resetAt = new Date(parsed).toISOString();
  }
  return { remaining, resetAt, limit };
}

interface UsageNumbers {
  call_count?: unknown;
  total_cputime?: unknown;
  total_time?: unknown;
  estimated_time_to_regain_access?: unknown;
}

function highestPercent(u: UsageNumbers): number {
  return Math.max(
    ...[u.call_count, u.total_cputime, u.total_time].map((v) => (typeof v === 'number' && Number.isFinite(v) ? v : 0)),
  );
}

function parseJsonHeader(value: string | null): unknown {
  if (!value) return null;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return null;
  }
}

/**
 * Graph API: `X-App-Usage` / `X-Page-Usage` ({call_count,total_cputime,total_time} in percent) and
 * `X-Business-Use-Case-Usage` ({id: [{type, …, estimated_time_to_regain_access (minutes)}]}).
 * Usage is a percentage, not a count: the highest one wins.
 */
export function parseGraphUsage(headers: HeaderBag, now: Date): RateLimitState | null {
  const usages: UsageNumbers[] = [];
  for (const name of ['x-app-usage', 'x-page-usage', 'x-ad-account-usage']) {
    const parsed = parseJsonHeader(headers.get(name));
    if (parsed && typeof parsed === 'object') usages.push(parsed as UsageNumbers);
  }
  const buc = parseJsonHeader(headers.get('x-business-use-case-usage'));
  if (buc && typeof buc === 'object') {
    for (const list of Object.values(buc as Record<string, unknown>)) {
      if (Array.isArray(list)) for (const u of list) if (u && typeof u === 'object') usages.push(u as UsageNumbers);
    }
  }
  if (usages.length === 0) return null;
  const usedPercent = Math.max(...usages.map(highestPercent));
  const waitMinutes = Math.max(
    0,
    ...usages.map((u) => (typeof u.estimated_time_to_regain_access === 'number' ? u.estimated_time_to_regain_access : 0)),
  );
  return {
    remaining: usedPercent >= 100 ? 0 : null,
    resetAt: waitMinutes > 0 ? new Date(now.getTime() + waitMinutes * 60_000).toISOString() : null,
    usedPercent,
  };
}

/** Of two readings in one poll, keep the tighter one: the scheduler must respect the scarcest budget. */
export function tighter(a: RateLimitState | null, b: RateLimitState | null): RateLimitState | null {
  if (!a) return b;
  if (!b) return a;
  const score = (r: RateLimitState) => (r.remaining === 0 ? -1 : (r.remaining ?? Number.MAX_SAFE_INTEGER));
  const pick = score(b) < score(a) ? b : a;
  const other = pick === a ? b : a;
  const used = [a.usedPercent, b.usedPercent].filter((n): n is number => typeof n === 'number');
  return { ...pick, resetAt: pick.resetAt ?? other.resetAt, usedPercent: used.length ? Math.max(...used) : null };
}
