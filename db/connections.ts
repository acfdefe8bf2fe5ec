import type { Db } from './transaction';

// How each monitored page is polled: its cursor, interval, base-URL setting and health. One row per
// page, created on first use, so the pages register never has to know about polling.

export interface ConnectionHealthError {
  kind: string;
  key: string;
  nl: string;
  en: string;
  detail: string;
  retryAt: string | null;
  at: string;
}

export interface ConnectionRecord {
  pageId: number;
  baseUrl: string | null;
  pollIntervalS: number;
  cursor: Record<string, unknown> | null;
  credentialStore: 'keychain' | 'file' | null;
  ownAuthorNames: string[];
  lastPollAt: string | null;
  lastSuccessAt: string | null;
  lastError: ConnectionHealthError | null;
  consecutiveFailures: number;
  nextPollAt: string | null;
  rateLimit: Record<string, unknown> | null;
}

export const DEFAULT_POLL_INTERVAL_S = 300;

const parse = <T>(text: string | null): T | null => (text ? (JSON.parse(text) as T) : null);

export async function getConnection(db: Db, pageId: number): Promise<ConnectionRecord> {
  const row = await db.selectFrom('page_connections').selectAll().where('page_id', '=', pageId).executeTakeFirst();
  if (!row) {
    return {
      pageId,
      baseUrl: null,
      pollIntervalS: DEFAULT_POLL_INTERVAL_S,
      cursor: null,
      credentialStore: null,
      ownAuthorNames: [],
      lastPollAt: null,
      lastSuccessAt: null,
      lastError: null,
      consecutiveFailures: 0,
      nextPollAt: null,
      rateLimit: null,
    };
  }
  return {
    pageId,
    baseUrl: row.base_url,
    pollIntervalS: row.poll_interval_s,
    cursor: parse(row.cursor),
    credentialStore: row.credential_store,
    ownAuthorNames: parse<string[]>(row.own_author_names) ?? [],
    lastPollAt: row.last_poll_at,
    lastSuccessAt: row.last_success_at,
    lastError: parse(row.last_error),
    consecutiveFailures: row.consecutive_failures,
    nextPollAt: row.next_poll_at,
    rateLimit: parse(row.rate_limit),
  };
}

export type ConnectionPatch = Partial<Omit<ConnectionRecord, 'pageId'>>;

/** Inserts or updates the page's row with just the fields given. */
export async function updateConnection(db: Db, pageId: number, patch: ConnectionPatch, at: string): Promise<void> {
  const values: Record<string, unknown> = { updated_at: at };
  if ('baseUrl' in patch) values.base_url = patch.baseUrl;
  if ('pollIntervalS' in patch) values.poll_interval_s = patch.pollIntervalS;
  if ('cursor' in patch) values.cursor = patch.cursor === null ? null : JSON.stringify(patch.cursor);
  if ('credentialStore' in patch) values.credential_store = patch.credentialStore;
  if ('ownAuthorNames' in patch) values.own_author_names = JSON.stringify(patch.ownAuthorNames ?? []);
  if ('lastPollAt' in patch) values.last_poll_at = patch.lastPollAt;
  if ('lastSuccessAt' in patch) values.last_success_at = patch.lastSuccessAt;
  if ('lastError' in patch) values.last_error = patch.lastError ? JSON.stringify(patch.lastError) : null;
  if ('consecutiveFailures' in patch) values.consecutive_failures = patch.consecutiveFailures;
  if ('nextPollAt' in patch) values.next_poll_at = patch.nextPollAt;
  if ('rateLimit' in patch) values.rate_limit = patch.rateLimit ? JSON.stringify(patch.rateLimit) : null;
  await db
    .insertInto('page_connections')
    .values({ page_id: pageId, ...values } as never)
    .onConflict((oc) => oc.column('page_id').doUpdateSet(values as never))
    .execute();
}

export interface DuePage {
  pageId: number;
  platform: string;
  handle: string;
  url: string | null;
  externalAccountId: string | null;
  connection: ConnectionRecord;
}

/**
 * Pages the poller may visit: approved and live (actief, or still live while archiving is asked) —
 * never a page before approval — whose next poll is due. A page never polled is due at once.
 */
export async function listDueConnections(db: Db, dueBy: string, platforms: readonly string[]): Promise<DuePage[]> {
  if (!platforms.length) return [];
  const rows = await db
    .selectFrom('pages')
    .leftJoin('page_connections', 'page_connections.page_id', 'pages.id')
    .select(['pages.id as pageId', 'pages.platform', 'pages.handle', 'pages.url', 'pages.external_account_id as externalAccountId'])
    .where('pages.status', 'in', ['actief', 'archiveren_gevraagd'])
    .where('pages.platform', 'in', platforms)
    .where((eb) => eb.or([eb('page_connections.next_poll_at', 'is', null), eb('page_connections.next_poll_at', '<=', dueBy)]))
    .orderBy('page_connections.next_poll_at')
    .execute();
  return Promise.all(
    rows.map(async (r) => ({
      pageId: r.pageId,
      platform: r.platform,
      handle: r.handle,
      url: r.url,
      externalAccountId: r.externalAccountId,
      connection: await getConnection(db, r.pageId),
    })),
  );
}
