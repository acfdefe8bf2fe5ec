import type { Generated } from 'kysely';

// Table types for connections, items and their classifications (migration 0003) and the school's
// word lists (0004). Kept apart from schema.ts so each domain's tables sit with each other.

export interface PageConnectionsTable {
  page_id: number;
  base_url: string | null;
  poll_interval_s: Generated<number>;
  cursor: string | null;
  credential_store: 'keychain' | 'file' | null;
  own_author_names: Generated<string>;
  last_poll_at: string | null;
  last_success_at: string | null;
  last_error: string | null;
  consecutive_failures: Generated<number>;
  next_poll_at: string | null;
  rate_limit: string | null;
  updated_at: string;
  /** Migration 0006: the page's own newest post seen by a connector; when the platform says the credentials expire. */
  own_last_post_at: string | null;
  credentials_expire_at: string | null;
}

export interface ItemsTable {
  id: Generated<number>;
  page_id: number;
  platform: string;
  external_id: string;
  kind: string;
  url: string | null;
  author_id: string;
  author_handle: string | null;
  author_name: string | null;
  text: string;
  created_at: string;
  fetched_at: string;
  parent_external_id: string | null;
  thread_external_id: string | null;
  has_media: number;
  media: string;
  flagged: number;
  severity: number;
  status: Generated<'nieuw' | 'in_behandeling' | 'afgehandeld'>;
}

export interface ItemClassificationsTable {
  id: Generated<number>;
  item_id: number;
  flagged: number;
  severity: number;
  categories: string;
  clauses: string;
  spans: string;
  engine_version: string;
  lists_version: string;
  classified_at: string;
}

export interface ItemFlagsTable {
  item_id: number;
  category: string;
}

export interface DecencyListVersionsTable {
  id: Generated<number>;
  version: string;
  lists: string;
  created_at: string;
  created_by: number | null;
  created_by_label: string;
  note: string;
}

/** The page's own posts, kept as context for the replies under them (migration 7). */
export interface PagePostsTable {
  id: Generated<number>;
  page_id: number;
  platform: string;
  external_id: string;
  text: string;
  url: string | null;
  created_at: string;
  seen_at: string;
}

export interface ItemTables {
  page_connections: PageConnectionsTable;
  page_posts: PagePostsTable;
  items: ItemsTable;
  item_classifications: ItemClassificationsTable;
  item_flags: ItemFlagsTable;
  decency_list_versions: DecencyListVersionsTable;
}
