import type { PlatformId } from '../../shared/platforms/catalogue';
import { createFacebookConnector } from './graph/facebook';
import { createInstagramConnector } from './graph/instagram';
import { GRAPH_DEFAULT_BASE_URL } from './graph/client';
import { createMastodonConnector } from './mastodon/connector';
import { createRssConnector } from './rss/connector';
import { ConnectorError, type Connector } from './types';
import { X_DEFAULT_BASE_URL } from './x/transport';
import { createXConnector } from './x/connector';

// The one place that knows which platforms have a connector and where each one talks to. A base URL
// comes from the page's setting, else PAGINAWACHT_<PLATFORM>_BASE_URL, else the platform itself.

export type ConnectedPlatform = 'x' | 'rss' | 'facebook' | 'instagram' | 'mastodon';

export const CONNECTED_PLATFORMS: readonly ConnectedPlatform[] = ['x', 'rss', 'facebook', 'instagram', 'mastodon'];

/** Environment variables per platform, most specific first (Facebook and Instagram share the Graph API). */
export const BASE_URL_ENV: Record<ConnectedPlatform, readonly string[]> = {
  x: ['PAGINAWACHT_X_BASE_URL'],
  facebook: ['PAGINAWACHT_FACEBOOK_BASE_URL', 'PAGINAWACHT_GRAPH_BASE_URL'],
  instagram: ['PAGINAWACHT_INSTAGRAM_BASE_URL', 'PAGINAWACHT_GRAPH_BASE_URL'],
  mastodon: ['PAGINAWACHT_MASTODON_BASE_URL'],
  rss: ['PAGINAWACHT_RSS_BASE_URL'],
};

/** Mastodon talks to each account's own server and RSS to the feed's own address, so they have none. */
const DEFAULT_BASE_URL: Record<ConnectedPlatform, string | null> = {
  x: X_DEFAULT_BASE_URL,
  facebook: GRAPH_DEFAULT_BASE_URL,
  instagram: GRAPH_DEFAULT_BASE_URL,
  mastodon: null,
  rss: null,
};

export function isConnected(platform: PlatformId): platform is ConnectedPlatform {
  return (CONNECTED_PLATFORMS as readonly string[]).includes(platform);
}

/** Feeds are public: every other connected platform reads with the page's own access token. */
const TOKENLESS: ReadonlySet<string> = new Set<ConnectedPlatform>(['rss']);

/** Whether Paginawacht needs the page's access token to read or moderate there. */
export function needsToken(platform: string): boolean {
  return isConnected(platform as PlatformId) && !TOKENLESS.has(platform);
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/**
 * A base URL must be http(s) and carry no credentials or query; plain http only to this machine,
 * because the token travels with every request (RSS excepted: public feeds carry no token).
 */
export function checkBaseUrl(platform: ConnectedPlatform, value: string): string {
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    throw new ConnectorError('rejected', `The address for ${platform} is not a valid URL`);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new ConnectorError('rejected', `The address for ${platform} must start with https://`);
  if (u.protocol === 'http:' && platform !== 'rss' && !LOOPBACK.has(u.hostname)) {
    throw new ConnectorError('rejected', `The address for ${platform} must use https:// (plain http only to this computer)`);
  }
  if (u.username || u.password || u.search) throw new ConnectorError('rejected', `The address for ${platform} must not contain a login or a query`);
  return `${u.origin}${u.pathname}`.replace(/\/+$/, '');
}

export function resolveBaseUrl(
  platform: ConnectedPlatform,
  setting: string | null | undefined,
  env: Record<string, string | undefined> = process.env,
): string | null {
  const fromSetting = setting?.trim();
  if (fromSetting) return checkBaseUrl(platform, fromSetting);
  for (const name of BASE_URL_ENV[platform]) {
    const v = env[name]?.trim();
    if (v) return checkBaseUrl(platform, v);
  }
  return DEFAULT_BASE_URL[platform];
}

export interface GetConnectorOptions {
  /** The page's (or the app's) base-URL setting for this platform, if any. */
  baseUrl?: string | null;
  env?: Record<string, string | undefined>;
}

export function getConnector(platform: PlatformId, options: GetConnectorOptions = {}): Connector {
  if (!isConnected(platform)) throw new ConnectorError('unsupported', `There is no connector for ${platform}; this page is checked by hand`);
  const baseUrl = resolveBaseUrl(platform, options.baseUrl, options.env);
  switch (platform) {
    case 'x':
      return createXConnector({ baseUrl });
    case 'facebook':
      return createFacebookConnector({ baseUrl });
    case 'instagram':
      return createInstagramConnector({ baseUrl });
    case 'mastodon':
      return createMastodonConnector({ baseUrl });
    case 'rss':
      return createRssConnector({ baseUrl });
  }
}

export { ConnectorError } from './types';
export type * from './types';
