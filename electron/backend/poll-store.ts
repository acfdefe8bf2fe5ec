import { getConnection, listDueConnections, updateConnection } from '../../db/connections';
import { insertClassifiedItems, type InsertedItem } from '../../db/items';
import { noteOwnActivity } from '../../db/activity';
import { inTransaction, type Db } from '../../db/transaction';
import { CONNECTED_PLATFORMS } from '../connectors/index';
import type { Credentials, Cursor } from '../connectors/types';
import type { PollCommit, PollFailure, PlainError, SchedulerPage, SchedulerStore } from '../scheduler/types';
import type { DecencyResult } from '../../shared/decency';
import type { PlatformId } from '../../shared/platforms/catalogue';
import { upsertPagePosts } from '../../db/page-posts';
import { pageSecretKey, type SecretStore } from './secrets/secret-store';

export interface PollStoreOptions {
  db: Db;
  secrets: SecretStore;
  /** May this process poll now? (the poller lease) */
  mayPoll: () => Promise<boolean>;
  /** Told after each commit which items were new (events, desktop notifications). */
  onInserted: (pageId: number, items: InsertedItem[]) => void;
}

/**
 * The scheduler's store on the real database. `commitPoll` is ONE transaction: the new items, their
 * classifications and flags, the advanced cursor, the health and the page's last activity commit
 * together or not at all. A crash before the commit stores nothing and the next poll redoes it; a
 * crash after it loses nothing; the unique (platform, external_id) makes the redo store nothing twice.
 */
export function createPollStore(options: PollStoreOptions): SchedulerStore<DecencyResult> {
  const { db, secrets } = options;
  return {
    async listDuePages(dueBy: Date): Promise<SchedulerPage[]> {
      if (!(await options.mayPoll())) return [];
      const due = await listDueConnections(db, dueBy.toISOString(), CONNECTED_PLATFORMS);
      return due.map((page) => ({
        id: String(page.pageId),
        platform: page.platform as PlatformId,
        account: {
          platform: page.platform as PlatformId,
          handle: page.handle,
          externalAccountId: page.externalAccountId,
          url: page.url,
          ownAuthorNames: page.connection.ownAuthorNames,
        },
        intervalMs: page.connection.pollIntervalS * 1000,
        baseUrl: page.connection.baseUrl,
        consecutiveFailures: page.connection.consecutiveFailures,
      }));
    },

    async loadCursor(pageId: string): Promise<Cursor> {
      return (await getConnection(db, Number(pageId))).cursor;
    },

    loadCredentials(pageId: string): Credentials | null {
      const token = secrets.get(pageSecretKey(Number(pageId)));
      return token ? { token } : null;
    },

    async commitPoll(pageId: string, commit: PollCommit<DecencyResult>) {
      const id = Number(pageId);
      const at = new Date().toISOString();
      const inserted = await inTransaction(db, async (trx) => {
        const page = await trx.selectFrom('pages').select(['id', 'platform', 'last_activity_at']).where('id', '=', id).executeTakeFirst();
        if (!page) return [];
        const rows = await insertClassifiedItems(
          trx,
          page,
          commit.items.map(({ item, flags }) => ({ item, result: flags })),
          at,
        );
        await updateConnection(
          trx,
          id,
          {
            cursor: commit.cursor,
            lastPollAt: at,
            lastSuccessAt: commit.health.lastSuccessAt,
            lastError: commit.health.lastError,
            consecutiveFailures: commit.health.consecutiveFailures,
            nextPollAt: commit.health.nextPollAt,
            rateLimit: commit.health.rateLimit as Record<string, unknown> | null,
          },
          at,
        );
        await upsertPagePosts(trx, page, commit.ownPosts ?? [], at);
        // What the poll learned about the page itself (inactivity and token-expiry reminders, B3/B2).
        await noteOwnActivity(trx, id, { ownLastPostAt: commit.ownLastPostAt ?? null, ...(commit.credentialsExpireAt !== undefined ? { credentialsExpireAt: commit.credentialsExpireAt } : {}) });
        const newest = commit.items.reduce<string | null>((max, { item }) => (!max || item.createdAt > max ? item.createdAt : max), null);
        if (newest && (!page.last_activity_at || newest > page.last_activity_at)) {
          await trx.updateTable('pages').set({ last_activity_at: newest }).where('id', '=', id).execute();
        }
        return rows;
      });
      if (inserted.length) options.onInserted(id, inserted);
      return { inserted: inserted.length };
    },

    async recordFailure(pageId: string, failure: PollFailure) {
      await updateConnection(
        db,
        Number(pageId),
        {
          lastPollAt: failure.at,
          lastError: { ...failure.error, at: failure.at },
          consecutiveFailures: failure.consecutiveFailures,
          nextPollAt: failure.nextPollAt,
        },
        failure.at,
      );
    },

    async reschedule(pageId: string, nextPollAt: string, _reason: PlainError) {
      await updateConnection(db, Number(pageId), { nextPollAt }, new Date().toISOString());
    },
  };
}
