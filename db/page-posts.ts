import type { Db } from './transaction';

export interface PagePostInput {
  externalId: string;
  text: string;
  url: string | null;
  createdAt: string;
}

export interface PagePost {
  externalId: string;
  text: string;
  url: string | null;
  createdAt: string;
}

/** Stores the page's own posts a poll saw; one seen again gets its current text (it may be edited). */
export async function upsertPagePosts(db: Db, page: { id: number; platform: string }, posts: readonly PagePostInput[], at: string): Promise<void> {
  for (const p of posts) {
    await db
      .insertInto('page_posts')
      .values({ page_id: page.id, platform: page.platform, external_id: p.externalId, text: p.text, url: p.url, created_at: p.createdAt, seen_at: at })
      .onConflict((oc) => oc.columns(['platform', 'external_id']).doUpdateSet({ text: p.text, url: p.url, seen_at: at }))
      .execute();
  }
}

/** The first of `externalIds` that is a stored post of the page itself (the parent before the thread root). */
export async function pagePostOf(db: Db, pageId: number, externalIds: readonly (string | null)[]): Promise<PagePost | null> {
  const ids = externalIds.filter((id): id is string => !!id);
  if (!ids.length) return null;
  const rows = await db.selectFrom('page_posts').select(['external_id', 'text', 'url', 'created_at']).where('page_id', '=', pageId).where('external_id', 'in', ids).execute();
  for (const id of ids) {
    const r = rows.find((row) => row.external_id === id);
    if (r) return { externalId: r.external_id, text: r.text, url: r.url, createdAt: r.created_at };
  }
  return null;
}

/**
 * Removes own posts older than `cutoff` that no stored item sits under any more (by thread: every
 * connector gives a reply under the page's post that post as its thread, and items_by_thread answers it).
 */
export async function purgePagePosts(db: Db, cutoff: string): Promise<number> {
  const result = await db
    .deleteFrom('page_posts')
    .where('created_at', '<', cutoff)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('items')
            .select('items.id')
            .whereRef('items.page_id', '=', 'page_posts.page_id')
            .whereRef('items.thread_external_id', '=', 'page_posts.external_id'),
        ),
      ),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
