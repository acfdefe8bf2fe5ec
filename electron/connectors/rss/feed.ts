import Parser from 'rss-parser';
import { displayUrl } from '../http/redact';
import { httpRequest } from '../http/request';
import { errorForStatus } from '../http/status';
import { ConnectorError, type PollOptions } from '../types';
import { decodeFeed, refuseEntityDeclarations } from './decode';
import type { FeedEntry } from './map';

// Fetching is done here, not by rss-parser's parseURL, which has no overall deadline, no size cap,
// no conditional requests and hides the status and Retry-After.

export const FEED_MAX_BYTES = 5 * 1024 * 1024;

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export type FeedFetch = { notModified: true } | { notModified: false; xml: string; validators: Validators };

export async function fetchFeed(url: string, validators: Validators | null, options: PollOptions | undefined, now: Date): Promise<FeedFetch> {
  const headers: Record<string, string> = { accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1' };
  if (validators?.etag) headers['if-none-match'] = validators.etag;
  if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
  const res = await httpRequest({
    url,
    headers,
    timeoutMs: options?.requestTimeoutMs,
    signal: options?.signal,
    maxBytes: FEED_MAX_BYTES,
    secrets: [new URL(url).search.slice(1), new URL(url).password],
  });
  if (res.status === 304) return { notModified: true };
  if (res.status >= 400 || res.status < 200 || res.status >= 300) {
    throw errorForStatus({ status: res.status, headers: res.headers, now, kind: res.status < 400 ? 'bad_response' : undefined });
  }
  return {
    notModified: false,
    xml: decodeFeed(res.body, res.headers.get('content-type')),
    validators: { etag: res.headers.get('etag'), lastModified: res.headers.get('last-modified') },
  };
}

export interface ParsedFeed {
  title: string | null;
  link: string | null;
  entries: FeedEntry[];
}

const parser = new Parser<Record<string, unknown>, FeedEntry>({
  customFields: { item: [['thr:in-reply-to', 'inReplyTo', { keepArray: false }]] as never },
});

export async function parseFeed(xml: string, url: string): Promise<ParsedFeed> {
  const where = displayUrl(url);
  refuseEntityDeclarations(xml, where);
  try {
    const feed = await parser.parseString(xml);
    return {
      title: typeof feed.title === 'string' ? feed.title.replace(/\s+/g, ' ').trim() || null : null,
      link: typeof feed.link === 'string' ? feed.link.trim() : null,
      entries: Array.isArray(feed.items) ? feed.items : [],
    };
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n')[0] : 'unknown';
    throw new ConnectorError('bad_response', `The feed at ${where} is not valid RSS or Atom (${why})`);
  }
}
