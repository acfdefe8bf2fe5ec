import { createHash } from 'node:crypto';
import type { Db } from './transaction';

// A5: what was published stays public, also after deletion — so before anything is hidden or
// deleted (and when an item becomes part of an incident) the original is preserved: text, author,
// URL, times and media references, as canonical JSON with a SHA-256 over exactly those bytes.
// Anyone can check a copy by hashing the exported `content` again.

export const EVIDENCE_SCHEMA = 'paginawacht.evidence/1';

export interface EvidenceContent {
  schema: typeof EVIDENCE_SCHEMA;
  platform: string;
  page: { id: number; handle: string; displayName: string };
  externalId: string;
  kind: string;
  url: string | null;
  author: { id: string; handle: string | null; name: string | null };
  text: string;
  createdAt: string;
  fetchedAt: string;
  parentExternalId: string | null;
  threadExternalId: string | null;
  media: { type: string; url: string | null }[];
}

export interface EvidenceRecord {
  id: number;
  itemId: number;
  capturedAt: string;
  content: string;
  sha256: string;
  capturedByLabel: string;
  purpose: string;
}

/** JSON with sorted keys and no spaces: the same content always gives the same bytes and hash. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The item as stored, in evidence form; null when the item does not exist. */
export async function evidenceContent(db: Db, itemId: number): Promise<EvidenceContent | null> {
  const row = await db
    .selectFrom('items')
    .innerJoin('pages', 'pages.id', 'items.page_id')
    .select([
      'items.platform',
      'items.external_id',
      'items.kind',
      'items.url',
      'items.author_id',
      'items.author_handle',
      'items.author_name',
      'items.text',
      'items.created_at',
      'items.fetched_at',
      'items.parent_external_id',
      'items.thread_external_id',
      'items.media',
      'pages.id as page_id',
      'pages.handle as page_handle',
      'pages.display_name as page_name',
    ])
    .where('items.id', '=', itemId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    schema: EVIDENCE_SCHEMA,
    platform: row.platform,
    page: { id: row.page_id, handle: row.page_handle, displayName: row.page_name },
    externalId: row.external_id,
    kind: row.kind,
    url: row.url,
    author: { id: row.author_id, handle: row.author_handle, name: row.author_name },
    text: row.text,
    createdAt: row.created_at,
    fetchedAt: row.fetched_at,
    parentExternalId: row.parent_external_id,
    threadExternalId: row.thread_external_id,
    media: (JSON.parse(row.media) as { type: string; url: string | null }[]).map((m) => ({ type: m.type, url: m.url })),
  };
}

function fromRow(r: { id: number; item_id: number; captured_at: string; content: string; sha256: string; captured_by_label: string; purpose: string }): EvidenceRecord {
  return { id: r.id, itemId: r.item_id, capturedAt: r.captured_at, content: r.content, sha256: r.sha256, capturedByLabel: r.captured_by_label, purpose: r.purpose };
}

/**
 * Preserves the item as it is now. Idempotent: when the newest evidence already holds exactly this
 * content (same hash), that record is returned instead of a copy. Call inside a transaction.
 */
export async function captureEvidence(
  db: Db,
  itemId: number,
  meta: { at: string; byLabel: string; purpose: string },
): Promise<{ record: EvidenceRecord; created: boolean } | null> {
  const content = await evidenceContent(db, itemId);
  if (!content) return null;
  const json = canonicalJson(content);
  const sha256 = sha256Hex(json);
  const last = await db.selectFrom('evidence').selectAll().where('item_id', '=', itemId).orderBy('id', 'desc').limit(1).executeTakeFirst();
  if (last && last.sha256 === sha256) return { record: fromRow(last), created: false };
  const row = await db
    .insertInto('evidence')
    .values({ item_id: itemId, captured_at: meta.at, content: json, sha256, captured_by_label: meta.byLabel, purpose: meta.purpose })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { record: fromRow(row), created: true };
}

export async function listEvidence(db: Db, itemIds: readonly number[]): Promise<EvidenceRecord[]> {
  if (!itemIds.length) return [];
  const rows = await db.selectFrom('evidence').selectAll().where('item_id', 'in', [...itemIds]).orderBy('item_id').orderBy('id').execute();
  return rows.map(fromRow);
}

/** Recomputes the hash of a stored record: false means the content no longer matches its hash. */
export function verifyEvidence(record: Pick<EvidenceRecord, 'content' | 'sha256'>): boolean {
  return sha256Hex(record.content) === record.sha256;
}
