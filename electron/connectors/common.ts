import { ConnectorError, type Credentials, type PollOptions, type WatchedAccount } from './types';

export const DEFAULT_LOOKBACK_DAYS = 14;
export const DEFAULT_ROOT_WINDOW_DAYS = 30;
export const DEFAULT_MAX_ROOTS = 25;

/** Knobs shared by the connectors that watch the page's own recent posts. */
export interface WindowOptions {
  /** How far back a first poll reads. */
  lookbackDays?: number;
  /** How long the page's own posts stay watched for new replies/comments. */
  rootWindowDays?: number;
  /** At most this many of the page's own posts are watched per poll. */
  maxRoots?: number;
}

export function requireToken(credentials: Credentials | null): string {
  if (!credentials?.token) throw new ConnectorError('auth', 'No login is linked for this page yet');
  return credentials.token;
}

/** The platform id of the watched account; polling before verification would risk watching the wrong one. */
export function requireAccountId(account: WatchedAccount): string {
  if (!account.externalAccountId) throw new ConnectorError('auth', 'This page has not been verified yet; verify it first');
  return account.externalAccountId;
}

export function nowOf(options: PollOptions | undefined): Date {
  return options?.now ?? new Date();
}

export function daysBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - days * 86_400_000);
}

/** Handles as people type them: "@School_X", "school@mastodon.nl", "https://x.com/school". */
export function normaliseHandle(handle: string): string {
  return handle.trim().replace(/^https?:\/\/[^/]+\//, '').replace(/^@/, '').split('@')[0]!.replace(/\/+$/, '').toLowerCase();
}

/** Verification must find the very account that was approved (O1): a token for another account is refused. */
export function assertSameAccount(expected: WatchedAccount, actual: { id: string; handle: string }): void {
  const handle = expected.handle.trim();
  const same = expected.externalAccountId
    ? expected.externalAccountId === actual.id
    : /^\d+$/.test(handle)
      ? handle === actual.id
      : normaliseHandle(handle) === normaliseHandle(actual.handle);
  if (!same) {
    throw new ConnectorError(
      'forbidden',
      `The login belongs to ${actual.handle}, not to the approved page ${expected.handle}; link the page's own account`,
    );
  }
}
