import { createHash } from 'node:crypto';
import type { Db } from './transaction';
import { inTransaction } from './transaction';
import type { Insertable, Selectable } from 'kysely';
import type { AuditLogTable } from './schema';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditActor {
  personId: number | null;
  label: string;
  via: 'app' | 'cli' | 'system';
}

export interface AuditInput {
  at: string;
  actor: AuditActor;
  action: string;
  subjectType: string;
  subjectId: string | number | null;
  reason?: string | null;
  data?: Record<string, unknown>;
}

export interface AuditEntry {
  id: number;
  at: string;
  actorPersonId: number | null;
  actorLabel: string;
  via: string;
  action: string;
  subjectType: string;
  subjectId: string | null;
  reason: string | null;
  data: Record<string, unknown>;
  hash: string;
}

type Row = Omit<Insertable<AuditLogTable>, 'id'> & { hash: string; prev_hash: string };

/** Canonical JSON: sorted keys, so the same entry always hashes the same on any machine. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

function hashRow(row: Omit<Selectable<AuditLogTable>, 'id' | 'hash'>): string {
  const { prev_hash, ...content } = row;
  return createHash('sha256').update(`${prev_hash}\n${canonical(content)}`).digest('hex');
}

function toRow(input: AuditInput, prevHash: string): Row {
  const row: Omit<Selectable<AuditLogTable>, 'id' | 'hash'> = {
    at: input.at,
    actor_person_id: input.actor.personId,
    actor_label: input.actor.label,
    via: input.actor.via,
    action: input.action,
    subject_type: input.subjectType,
    subject_id: input.subjectId === null ? null : String(input.subjectId),
    reason: input.reason ?? null,
    data: canonical(input.data ?? {}),
    prev_hash: prevHash,
  };
  return { ...row, hash: hashRow(row) };
}

function fromRow(row: Selectable<AuditLogTable>): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actorPersonId: row.actor_person_id,
    actorLabel: row.actor_label,
    via: row.via,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    reason: row.reason,
    data: JSON.parse(row.data) as Record<string, unknown>,
    hash: row.hash,
  };
}

/** Appends one entry chained to the previous one; call it inside the transaction that makes the change. */
export async function appendAudit(db: Db, input: AuditInput): Promise<AuditEntry> {
  return inTransaction(db, async (trx) => {
    const last = await trx.selectFrom('audit_log').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst();
    const row = toRow(input, last?.hash ?? GENESIS_HASH);
    const inserted = await trx.insertInto('audit_log').values(row).returningAll().executeTakeFirstOrThrow();
    return fromRow(inserted);
  });
}

export async function listAudit(
  db: Db,
  filter: { subjectType?: string; subjectId?: string | number; limit?: number } = {},
): Promise<AuditEntry[]> {
  let query = db.selectFrom('audit_log').selectAll();
  if (filter.subjectType) query = query.where('subject_type', '=', filter.subjectType);
  if (filter.subjectId !== undefined) query = query.where('subject_id', '=', String(filter.subjectId));
  const rows = await query.orderBy('id', 'asc').limit(filter.limit ?? 10_000).execute();
  return rows.map(fromRow);
}

export interface ChainReport {
  ok: boolean;
  checked: number;
  /** First entry whose hash or link does not match, when `ok` is false. */
  brokenAt: number | null;
  /** The chain links up but ends before where the head says it should: entries were cut off its end. */
  truncated: boolean;
}

/**
 * Recomputes every hash; an edited, removed or reordered entry breaks the chain from that point on,
 * and a chain that ends short of its recorded head (entries cut off the end) is reported too.
 */
export async function verifyAuditChain(db: Db): Promise<ChainReport> {
  const rows = await db.selectFrom('audit_log').selectAll().orderBy('id', 'asc').execute();
  let prev = GENESIS_HASH;
  for (const [i, row] of rows.entries()) {
    const { id: _id, hash, ...rest } = row;
    if (row.prev_hash !== prev || hashRow(rest) !== hash) return { ok: false, checked: i, brokenAt: row.id, truncated: false };
    prev = hash;
  }
  const head = await db.selectFrom('audit_head').selectAll().where('id', '=', 1).executeTakeFirst();
  const last = rows.at(-1);
  if (!head || head.entries !== rows.length || head.last_hash !== prev || head.last_id !== (last?.id ?? 0)) {
    return { ok: false, checked: rows.length, brokenAt: (last?.id ?? 0) + 1, truncated: true };
  }
  return { ok: true, checked: rows.length, brokenAt: null, truncated: false };
}
