import { describe, expect, it } from 'vitest';
import { BASE_URL_ENV, getConnector, resolveBaseUrl } from '../../electron/connectors/index';
import { parseLinkHeader } from '../../electron/connectors/http/link-header';
import { parseGraphUsage, parseMastodonRateLimit, parseRetryAfter, parseXRateLimit } from '../../electron/connectors/http/rate-limit';
import { displayUrl, redact } from '../../electron/connectors/http/redact';
import { readStream } from '../../electron/connectors/paging/stream';
import { compareKeys, isAfter, timeKey } from '../../electron/connectors/paging/watermark';
import { htmlToText } from '../../electron/connectors/text/html-to-text';
import { ConnectorError } from '../../electron/connectors/types';

const headers = (h: Record<string, string>) => ({ get: (n: string) => h[n.toLowerCase()] ?? null });
const now = new Date('2026-03-02T08:00:00Z');

describe('connector registry', () => {
  it('resolves base URLs: setting, then PAGINAWACHT_<PLATFORM>_BASE_URL, then the platform', () => {
    expect(resolveBaseUrl('x', null, {})).toBe('https://api.x.com');
    expect(resolveBaseUrl('x', null, { PAGINAWACHT_X_BASE_URL: 'http://127.0.0.1:4000/' })).toBe('http://127.0.0.1:4000');
    expect(resolveBaseUrl('x', 'http://localhost:5000', { PAGINAWACHT_X_BASE_URL: 'http://127.0.0.1:4000' })).toBe('http://localhost:5000');
    expect(resolveBaseUrl('instagram', null, { PAGINAWACHT_GRAPH_BASE_URL: 'http://127.0.0.1:1' })).toBe('http://127.0.0.1:1');
    expect(resolveBaseUrl('instagram', null, { PAGINAWACHT_GRAPH_BASE_URL: 'http://127.0.0.1:1', PAGINAWACHT_INSTAGRAM_BASE_URL: 'http://127.0.0.1:2' })).toBe('http://127.0.0.1:2');
    expect(resolveBaseUrl('facebook', null, {})).toBe('https://graph.facebook.com');
    expect(resolveBaseUrl('mastodon', null, {})).toBeNull();
    expect(resolveBaseUrl('rss', null, { PAGINAWACHT_RSS_BASE_URL: 'http://blog.school.nl' })).toBe('http://blog.school.nl');
    expect(BASE_URL_ENV.facebook).toEqual(['PAGINAWACHT_FACEBOOK_BASE_URL', 'PAGINAWACHT_GRAPH_BASE_URL']);
  });

  it('refuses base URLs that would leak a token: plain http off this machine, logins, queries', () => {
    expect(() => resolveBaseUrl('x', 'http://evil.example', {})).toThrow(ConnectorError);
    expect(() => resolveBaseUrl('facebook', 'https://user:pw@graph.example', {})).toThrow(/login or a query/);
    expect(() => resolveBaseUrl('mastodon', 'ftp://x', {})).toThrow(/https/);
  });

  it('hands out one connector per platform, and refuses platforms without one', () => {
    for (const p of ['x', 'rss', 'facebook', 'instagram', 'mastodon'] as const) expect(getConnector(p, { env: {} }).platform).toBe(p);
    expect(() => getConnector('tiktok')).toThrow(/no connector for tiktok/);
  });
});

describe('HTTP helpers', () => {
  it('parse Retry-After as seconds or a date', () => {
    expect(parseRetryAfter('120', now)).toBe('2026-03-02T08:02:00.000Z');
    expect(parseRetryAfter('Mon, 02 Mar 2026 09:00:00 GMT', now)).toBe('2026-03-02T09:00:00.000Z');
    expect(parseRetryAfter('soon', now)).toBeNull();
  });

  it('parse X, Mastodon and Graph rate-limit headers', () => {
    expect(parseXRateLimit(headers({ 'x-rate-limit-limit': '450', 'x-rate-limit-remaining': '12', 'x-rate-limit-reset': '1772438400' }))).toEqual({
      remaining: 12,
      resetAt: '2026-03-02T08:00:00.000Z',
      limit: 450,
    });
    const dayLimited = parseXRateLimit(headers({ 'x-rate-limit-remaining': '100', 'x-rate-limit-reset': '1772438400', 'x-user-limit-24hour-remaining': '0', 'x-user-limit-24hour-reset': '1772500000' }));
    expect(dayLimited?.remaining).toBe(0);
    expect(parseMastodonRateLimit(headers({ 'x-ratelimit-limit': '300', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '2026-03-02T08:05:00.123Z' }))).toEqual({
      remaining: 0,
      resetAt: '2026-03-02T08:05:00.123Z',
      limit: 300,
    });
    const graph = parseGraphUsage(
      headers({
        'x-app-usage': '{"call_count":10,"total_cputime":5,"total_time":5}',
        'x-business-use-case-usage': '{"123":[{"type":"pages","call_count":100,"total_cputime":20,"total_time":20,"estimated_time_to_regain_access":7}]}',
      }),
      now,
    );
    expect(graph).toEqual({ remaining: 0, resetAt: '2026-03-02T08:07:00.000Z', usedPercent: 100 });
    expect(parseGraphUsage(headers({ 'x-app-usage': 'not json' }), now)).toBeNull();
  });

  it('parse Link headers and never show secrets or queries', () => {
    expect(parseLinkHeader('<https://m.nl/api/v1/notifications?max_id=5>; rel="next", <https://m.nl/api/v1/notifications?min_id=9>; rel="prev"')).toEqual({
      next: 'https://m.nl/api/v1/notifications?max_id=5',
      prev: 'https://m.nl/api/v1/notifications?min_id=9',
    });
    expect(displayUrl('https://u:p@blog.nl/feed/?key=geheim')).toBe('https://blog.nl/feed/');
    expect(redact('token abc/def+ghi and abc%2Fdef%2Bghi', ['abc/def+ghi'])).toBe('token [verborgen] and [verborgen]');
  });
});

describe('text and paging helpers', () => {
  it('turns HTML into plain text, entities decoded, markup gone', () => {
    expect(htmlToText('<p>Hoi <b>juf</b> &amp; meester&nbsp;Tim!<br/>Caf&eacute; &#x1F600; &lt;3 & meer</p><script>alert(1)</script><p>regel 2</p>')).toBe(
      'Hoi juf & meester Tim!\nCafé 😀 <3 & meer\nregel 2',
    );
    expect(htmlToText('&#0;&#xD800;&bogus;')).toBe('&#0;&#xD800;&bogus;');
  });

  it('orders ids and times, and remembers ties', () => {
    expect(compareKeys('999', '1000')).toBeLessThan(0);
    expect(compareKeys('01M85VGSWB', '01M85VGSNP')).toBeGreaterThan(0);
    expect(timeKey('2026-11-24T04:02:44+0000')).toBe('2026-11-24T04:02:44.000Z');
    expect(isAfter('t1', 'b', { key: 't1', ids: ['a'] })).toBe(true);
    expect(isAfter('t1', 'a', { key: 't1', ids: ['a'] })).toBe(false);
  });

  it('keeps the state of the last good page when a later page fails', async () => {
    const pages = [
      { entries: [{ id: '30' }, { id: '29' }], next: 'p2' },
      new ConnectorError('server', 'boom'),
    ];
    const run = await readStream(
      {
        fetchPage: async () => {
          const p = pages.shift()!;
          if (p instanceof ConnectorError) throw p;
          return p;
        },
        keyOf: (e) => e.id,
        idOf: (e) => e.id,
        serverFilters: true,
        maxPages: 5,
        maxEntries: 100,
      },
      { mark: { key: '10', ids: [] }, next: null, pending: null },
    );
    expect(run.entries.map((e) => e.id)).toEqual(['30', '29']);
    expect(run.error?.kind).toBe('server');
    expect(run.state).toEqual({ mark: { key: '10', ids: [] }, next: 'p2', pending: { key: '30', ids: ['30'] } });
  });
});
