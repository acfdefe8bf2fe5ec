import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

// Browser mode serves the whole desk on loopback. These checks keep it from becoming a back door:
// another local user or program needs the per-start token (401), and a web page in the user's own
// browser can neither reach it through DNS rebinding (Host) nor ride on its cookie (Origin) (403).

export interface GuardFailure {
  status: 401 | 403;
  reason: string;
}

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function allowedOrigins(port: number): Set<string> {
  return new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
}

export function cookieName(port: number): string {
  // Cookies ignore ports; naming ours by port keeps two desks on one machine from overwriting each other.
  return `pw_${port}`;
}

export function tokensEqual(given: string | undefined | null, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export function bearerToken(header: string | undefined): string | undefined {
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1];
}

/** Host and Origin checks, before anything else is looked at. */
export function checkSite(headers: IncomingHttpHeaders, port: number): GuardFailure | null {
  const host = headers.host?.toLowerCase();
  if (!host || !allowedHosts(port).has(host)) return { status: 403, reason: 'foreign Host header' };
  const origin = headers.origin;
  if (origin !== undefined && !allowedOrigins(port).has(origin.toLowerCase())) {
    return { status: 403, reason: 'foreign Origin header' };
  }
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return { status: 403, reason: 'cross-site request' };
  return null;
}

export type AuthMethod = 'cookie' | 'bearer';

export function checkToken(headers: IncomingHttpHeaders, port: number, token: string): AuthMethod | GuardFailure {
  if (tokensEqual(bearerToken(headers.authorization), token)) return 'bearer';
  if (tokensEqual(readCookie(headers.cookie, cookieName(port)), token)) return 'cookie';
  return { status: 401, reason: 'missing or wrong token' };
}
