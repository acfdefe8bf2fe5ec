import type { Migration } from './types';

// The page's own posts that others reply to or comment under (conversation roots), as the connectors
// saw them when polling: the item view shows what a reply answers. They are the school's own public
// posts, never items and never classified; one row per platform post, updated when it is seen again
// (an edited text). Retention removes them with the last item that refers to them.
export const migration0007: Migration = {
  version: 7,
  name: 'the page’s own posts, as context for replies',
  sql: `
    CREATE TABLE page_posts (
      id INTEGER PRIMARY KEY,
      page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
      platform TEXT NOT NULL,
      external_id TEXT NOT NULL,
      text TEXT NOT NULL,
      url TEXT,
      created_at TEXT NOT NULL,
      seen_at TEXT NOT NULL,
      UNIQUE (platform, external_id)
    );
    CREATE INDEX page_posts_created ON page_posts (created_at);
  `,
};
