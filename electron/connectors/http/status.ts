import { ConnectorError, type ConnectorErrorKind, type RateLimitState } from '../types';
import { parseRetryAfter } from './rate-limit';
import { redact, shortDetail } from './redact';
import type { HttpResponse } from './request';

export interface HeaderBag {
  get(name: string): string | null;
}

// HTTP status → ConnectorError, shared by the hand-written connectors. The platform's own words
// follow in brackets when it gave any, because they often name the missing permission.

const DEFAULT_RATE_LIMIT_WAIT_MS = 15 * 60_000;

export function kindForStatus(status: number): ConnectorErrorKind {
  if (status === 401) return 'auth';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not_found';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'server';
  return 'rejected';
}

const PLAIN: Record<ConnectorErrorKind, string> = {
  auth: 'The platform did not accept the login (token expired or withdrawn)',
  forbidden: 'The platform refused access (missing permission)',
  not_found: 'The platform does not know this page or item (removed, or a wrong id)',
  rate_limited: 'The platform asks to wait: too many requests',
  server: 'The platform has a problem of its own',
  rejected: 'The platform refused the request as malformed',
  bad_response: 'The platform sent an answer that could not be read',
  network: 'No connection to the platform',
  timeout: 'The platform did not answer in time',
  too_large: 'The platform sent an answer that is too large',
  unsupported: 'The platform does not offer this',
  aborted: 'Cancelled',
  gap: 'More arrived than the list shows; some may have been missed',
};

export function plainText(kind: ConnectorErrorKind): string {
  return PLAIN[kind];
}

export interface StatusErrorInput {
  status: number;
  headers: HeaderBag;
  now: Date;
  /** What the platform said, if anything. */
  detail?: unknown;
  /** Overrides the kind the status implies (Graph sends rate limits as HTTP 400 with code 4/17/32/613). */
  kind?: ConnectorErrorKind;
  rateLimit?: RateLimitState | null;
  platformCode?: string | number;
  secrets?: readonly (string | null | undefined)[];
}

export function errorForStatus(input: StatusErrorInput): ConnectorError {
  const kind = input.kind ?? kindForStatus(input.status);
  let retryAt = parseRetryAfter(input.headers.get('retry-after'), input.now);
  if (kind === 'rate_limited') {
    retryAt ??= input.rateLimit?.resetAt ?? new Date(input.now.getTime() + DEFAULT_RATE_LIMIT_WAIT_MS).toISOString();
  }
  const detail = shortDetail(input.detail);
  const message = `${PLAIN[kind]} (HTTP ${input.status}${detail ? `: ${detail}` : ''})`;
  return new ConnectorError(kind, redact(message, input.secrets ?? []), {
    status: input.status,
    retryAt,
    ...(input.platformCode !== undefined ? { platformCode: input.platformCode } : {}),
  });
}

/** Parses a JSON body; a body that is not JSON is the platform's fault, said plainly. */
export function parseJson(res: HttpResponse, where: string): unknown {
  try {
    return JSON.parse(res.body.toString('utf8')) as unknown;
  } catch {
    throw new ConnectorError('bad_response', `${PLAIN.bad_response}: ${where} did not send valid JSON (HTTP ${res.status})`, {
      status: res.status,
    });
  }
}
