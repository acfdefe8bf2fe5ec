import type { Selectable } from 'kysely';
import type { ConnectorItem } from '../electron/connectors/types';
import type { DecencyResult } from '../shared/decency';
import type { Db } from './transaction';
import type { ItemsTable } from './schema-items';

export interface ClassifiedConnectorItem {
  item: ConnectorItem;
  result: DecencyResult;
}

export interface InsertedItem {
  id: number;
  pageId: number;
  severity: number;
  categories: string[];
}

/**
 * Stores new items with their classification; items already stored (same platform and external id)
 * are left exactly as they are, so a retried poll changes nothing. Call inside the poll's transaction.
 */
export async function insertClassifiedItems(
  db: Db,
  page: { id: number; platform: string },
  entries: readonly ClassifiedConnectorItem[],
  at: string,
): Promise<InsertedItem[]> {
  const inserted: InsertedItem[] = [];
  for (const { item, result } of entries) {
    const row = await db
      .insertInto('items')
      .values({
        page_id: page.id,
        platform: page.platform,
        external_id: item.externalId,
        kind: item.kind,
        url: item.url,
        author_id: item.author.id,
        author_handle: item.author.handle,
        author_name: item.author.name,
        text: item.text,
        created_at: item.createdAt,
        fetched_at: at,
        parent_external_id: item.parentExternalId,
        thread_external_id: item.threadExternalId,
        has_media: item.hasMedia ? 1 : 0,
        media: JSON.stringify(item.media),
        flagged: result.flagged ? 1 : 0,
        severity: result.severity,
      })
      .onConflict((oc) => oc.columns(['platform', 'external_id']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row) continue;
    await recordClassification(db, row.id, result, at);
    inserted.push({ id: row.id, pageId: page.id, severity: result.severity, categories: result.categories });
  }
  return inserted;
}

/** Adds a classification run and makes it the item's current verdict (flags for the queue's filters). */
export async function recordClassification(db: Db, itemId: number, result: DecencyResult, at: string): Promise<void> {
  await db
    .insertInto('item_classifications')
    .values({
      item_id: itemId,
      flagged: result.flagged ? 1 : 0,
      severity: result.severity,
      categories: JSON.stringify(result.categories),
      clauses: JSON.stringify(result.clauses),
      spans: JSON.stringify(result.spans),
      engine_version: result.engineVersion,
      lists_version: result.listVersion,
      classified_at: at,
    })
    .execute();
  await db.updateTable('items').set({ flagged: result.flagged ? 1 : 0, severity: result.severity }).where('id', '=', itemId).execute();
  await db.deleteFrom('item_flags').where('item_id', '=', itemId).execute();
  if (result.categories.length) {
    await db
      .insertInto('item_flags')
      .values(result.categories.map((category) => ({ item_id: itemId, category })))
      .execute();
  }
}

export interface StoredItem {
  id: number;
  pageId: number;
  platform: string;
  externalId: string;
  kind: string;
  url: string | null;
  author: { id: string; handle: string | null; name: string | null };
  text: string;
  createdAt: string;
  fetchedAt: string;
  parentExternalId: string | null;
  threadExternalId: string | null;
  hasMedia: boolean;
  media: ConnectorItem['media'];
  status: string;
  flagged: boolean;
  severity: number;
  classification: {
    categories: string[];
    clauses: string[];
    spans: DecencyResult['spans'];
    engineVersion: string;
    listsVersion: string;
    classifiedAt: string;
  } | null;
}

type ItemRow = Selectable<ItemsTable>;

function fromRow(row: ItemRow, classification: StoredItem['classification']): StoredItem {
  return {
    id: row.id,
    pageId: row.page_id,
    platform: row.platform,
    externalId: row.external_id,
    kind: row.kind,
    url: row.url,
    author: { id: row.author_id, handle: row.author_handle, name: row.author_name },
    text: row.text,
    createdAt: row.created_at,
    fetchedAt: row.fetched_at,
    parentExternalId: row.parent_external_id,
    threadExternalId: row.thread_external_id,
    hasMedia: row.has_media === 1,
    media: JSON.parse(row.media) as ConnectorItem['media'],
    status: row.status,
    flagged: row.flagged === 1,
    severity: row.severity,
    classification,
  };
}

async function latestClassifications(db: Db, itemIds: number[]): Promise<Map<number, NonNullable<StoredItem['classification']>>> {
  const map = new Map<number, NonNullable<StoredItem['classification']>>();
  if (!itemIds.length) return map;
  const rows = await db
    .selectFrom('item_classifications')
    .selectAll()
    .where('item_id', 'in', itemIds)
    .orderBy('id', 'asc')
    .execute();
  for (const r of rows) {
    map.set(r.item_id, {
      categories: JSON.parse(r.categories) as string[],
      clauses: JSON.parse(r.clauses) as string[],
      spans: JSON.parse(r.spans) as DecencyResult['spans'],
      engineVersion: r.engine_version,
      listsVersion: r.lists_version,
      classifiedAt: r.classified_at,
    });
  }
  return map;
}

export interface ListItemsFilter {
  pageId?: number;
  flaggedOnly?: boolean;
  limit?: number;
  /** Items created before this id (keyset paging, newest first). */
  beforeId?: number;
}

/** Stored items, newest first, with their current classification (the CLI's `items`). */
export async function listStoredItems(db: Db, filter: ListItemsFilter = {}): Promise<StoredItem[]> {
  let query = db.selectFrom('items').selectAll();
  if (filter.pageId !== undefined) query = query.where('page_id', '=', filter.pageId);
  if (filter.flaggedOnly) query = query.where('flagged', '=', 1);
  if (filter.beforeId !== undefined) query = query.where('id', '<', filter.beforeId);
  const rows = await query.orderBy('id', 'desc').limit(filter.limit ?? 100).execute();
  const classifications = await latestClassifications(db, rows.map((r) => r.id));
  return rows.map((r) => fromRow(r, classifications.get(r.id) ?? null));
}

export async function countItems(db: Db, pageId?: number): Promise<number> {
  let query = db.selectFrom('items').select((eb) => eb.fn.countAll<number>().as('n'));
  if (pageId !== undefined) query = query.where('page_id', '=', pageId);
  return Number((await query.executeTakeFirstOrThrow()).n);
}
