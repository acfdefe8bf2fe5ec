import { sql } from 'kysely';
import type { Db } from './transaction';

// What a poll learned about the page itself (migration 0006): the newest post by the page (for the
// inactivity reminder) and, where the platform says so, when the stored credentials expire. Called in
// the poll's transaction. The newest own post only moves forward: a poll that saw no own post (it
// reads only new entries) leaves the known date alone.

export async function noteOwnActivity(
  db: Db,
  pageId: number,
  seen: { ownLastPostAt?: string | null; credentialsExpireAt?: string | null },
): Promise<void> {
  if (seen.ownLastPostAt) {
    await db
      .updateTable('page_connections')
      .set({ own_last_post_at: seen.ownLastPostAt })
      .where('page_id', '=', pageId)
      .where((eb) => eb.or([eb('own_last_post_at', 'is', null), eb('own_last_post_at', '<', seen.ownLastPostAt!)]))
      .execute();
  }
  if (seen.credentialsExpireAt !== undefined) {
    await db.updateTable('page_connections').set({ credentials_expire_at: seen.credentialsExpireAt }).where('page_id', '=', pageId).execute();
  }
}

export async function ownActivityOf(db: Db, pageId: number): Promise<{ ownLastPostAt: string | null; credentialsExpireAt: string | null }> {
  const row = await db
    .selectFrom('page_connections')
    .select(['own_last_post_at', 'credentials_expire_at'])
    .where('page_id', '=', pageId)
    .executeTakeFirst();
  return { ownLastPostAt: row?.own_last_post_at ?? null, credentialsExpireAt: row?.credentials_expire_at ?? null };
}

/** For tests and the seeding script: sets the facts directly. */
export async function setOwnActivity(db: Db, pageId: number, facts: { ownLastPostAt?: string | null; credentialsExpireAt?: string | null }, at: string): Promise<void> {
  await db
    .insertInto('page_connections')
    .values({ page_id: pageId, updated_at: at, own_last_post_at: facts.ownLastPostAt ?? null, credentials_expire_at: facts.credentialsExpireAt ?? null })
    .onConflict((oc) =>
      oc.column('page_id').doUpdateSet({
        ...(facts.ownLastPostAt !== undefined ? { own_last_post_at: facts.ownLastPostAt } : {}),
        ...(facts.credentialsExpireAt !== undefined ? { credentials_expire_at: facts.credentialsExpireAt } : {}),
        updated_at: sql`excluded.updated_at`,
      }),
    )
    .execute();
}
