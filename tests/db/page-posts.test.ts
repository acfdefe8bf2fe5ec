import { afterEach, describe, expect, it } from 'vitest';
import { pagePostOf, purgePagePosts, upsertPagePosts } from '../../db/page-posts';
import { addItems, moderationSchool, type ModerationSchool } from '../helpers/moderation';

// The page's own posts, kept as context: the item view shows what a reply answers, though the
// page's own posts are never items.

let s: ModerationSchool | null = null;
afterEach(async () => {
  await s?.t.close();
  s = null;
});

describe('the page’s own posts as context', () => {
  it('shows the page’s post a reply answers, or the one its conversation sits under', async () => {
    s = await moderationSchool();
    const db = s.t.backend.store.db;
    const page = { id: s.page.id, platform: s.page.platform };
    await upsertPagePosts(db, page, [{ externalId: 'root-1', text: 'Open dag zaterdag!', url: 'https://example.org/root-1', createdAt: '2026-11-20T10:00:00.000Z' }], '2026-11-20T10:05:00.000Z');
    const [direct, nested, elsewhere] = await addItems(s, s.page.id, [
      { text: 'Is er parkeergelegenheid?', externalId: 'c-1', parent: 'root-1', thread: 'root-1' },
      { text: 'Ja, achter de gym', externalId: 'c-2', parent: 'c-1', thread: 'root-1' },
      { text: 'Los bericht', externalId: 'c-3', parent: 'gone-9', thread: 'gone-9' },
    ]);

    const a = await s.t.as(s.owner, 'queue.get', { id: direct! });
    expect(a.thread.pagePost).toEqual({ text: 'Open dag zaterdag!', url: 'https://example.org/root-1', createdAt: '2026-11-20T10:00:00.000Z', isParent: true });
    const b = await s.t.as(s.owner, 'queue.get', { id: nested! });
    expect(b.thread.parent?.text).toBe('Is er parkeergelegenheid?');
    expect(b.thread.pagePost).toBeNull();
    const c = await s.t.as(s.owner, 'queue.get', { id: elsewhere! });
    expect(c.thread.pagePost).toBeNull();
    expect(c.thread.parentExternalId).toBe('gone-9');

    // Seen again after an edit: the current text, one row.
    await upsertPagePosts(db, page, [{ externalId: 'root-1', text: 'Open dag zaterdag 10-14 uur!', url: 'https://example.org/root-1', createdAt: '2026-11-20T10:00:00.000Z' }], '2026-11-21T08:00:00.000Z');
    expect((await pagePostOf(db, s.page.id, ['root-1']))?.text).toBe('Open dag zaterdag 10-14 uur!');
    expect(await db.selectFrom('page_posts').select('id').execute()).toHaveLength(1);
    // Another page's post is not this page's context.
    expect(await pagePostOf(db, s.otherPage.id, ['root-1'])).toBeNull();
  });

  it('is purged with the last item under it, not before', async () => {
    s = await moderationSchool();
    const db = s.t.backend.store.db;
    const page = { id: s.page.id, platform: s.page.platform };
    await upsertPagePosts(db, page, [
      { externalId: 'old-with-item', text: 'a', url: null, createdAt: '2025-01-01T00:00:00.000Z' },
      { externalId: 'old-alone', text: 'b', url: null, createdAt: '2025-01-01T00:00:00.000Z' },
      { externalId: 'new-alone', text: 'c', url: null, createdAt: '2026-11-01T00:00:00.000Z' },
    ], '2026-11-01T00:00:00.000Z');
    await addItems(s, s.page.id, [{ text: 'reactie', thread: 'old-with-item', parent: 'old-with-item' }]);
    expect(await purgePagePosts(db, '2026-01-01T00:00:00.000Z')).toBe(1);
    expect((await db.selectFrom('page_posts').select('external_id').orderBy('external_id').execute()).map((r) => r.external_id)).toEqual(['new-alone', 'old-with-item']);
  });
});
