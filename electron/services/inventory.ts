import { latestOfficeNotes } from '../../db/archiving';
import { countOpenFlaggedItemsByPage, queryInventory, type PageRecord } from '../../db/pages';
import type { PersonRecord } from '../../db/people';
import type { Db } from '../../db/transaction';
import { PAGES_CSV_COLUMNS, type InventoryQuery, type InventoryRow, type PagesCsvColumn } from '../../shared/api/inventory';
import type { DomainHandlers } from './handler-types';
import { requireRole } from './roles';
import { peopleById, personRef } from './pages-dto';
import { toCsv } from './csv';
import { schoolToday } from './pages-validate';

// The communications office keeps the inventory; the board oversees it; technical admin reads it to
// run exports and imports on the office's behalf (the CLI's operating-system user acts as beheer).
export { INVENTORY_READERS } from '../../shared/api/section-roles';
import { INVENTORY_READERS } from '../../shared/api/section-roles';

type OfficeNotes = Awaited<ReturnType<typeof latestOfficeNotes>>;

function toRow(page: PageRecord, people: Map<number, PersonRecord>, flagged: Map<number, number>, notes: OfficeNotes): InventoryRow {
  const archiving = page.status === 'archiveren_gevraagd' || page.status === 'gearchiveerd';
  return {
    id: page.id,
    platform: page.platform,
    handle: page.handle,
    displayName: page.displayName,
    url: page.url,
    purpose: page.purpose,
    audience: page.audience,
    owner: personRef(people, page.ownerId),
    backupOwner: personRef(people, page.backupOwnerId),
    manager: personRef(people, page.managerId),
    status: page.status,
    source: page.source,
    verified: page.verified,
    createdAt: page.createdAt,
    approvedAt: page.approvedAt,
    endDate: page.endDate,
    ongoingReason: page.ongoingReason,
    lastActivityAt: page.lastActivityAt,
    openFlaggedItems: flagged.get(page.id) ?? 0,
    officeNote: archiving ? (notes.get(page.id) ?? null) : null,
  };
}

export async function inventoryRows(db: Db, query: InventoryQuery & { limit?: number; offset?: number }): Promise<{ rows: InventoryRow[]; total: number }> {
  const [result, people, flagged, notes] = await Promise.all([queryInventory(db, query), peopleById(db), countOpenFlaggedItemsByPage(db), latestOfficeNotes(db)]);
  return { rows: result.rows.map((p) => toRow(p, people, flagged, notes)), total: result.total };
}

/** One CSV row in the import's columns (README, "Pages register"), so an export can be imported again. */
export function csvCells(row: InventoryRow): Record<PagesCsvColumn, string> {
  return {
    platform: row.platform,
    handle: row.handle,
    display_name: row.displayName,
    url: row.url ?? '',
    purpose: row.purpose,
    audience: row.audience,
    owner_email: row.owner.email,
    backup_owner_email: row.backupOwner.email,
    manager_email: row.manager.email,
    end_date: row.endDate ?? '',
    status: row.status,
  };
}

/** JSON carries the CSV columns plus what only the inventory knows (dates, people's names, counts). */
function jsonRecord(row: InventoryRow): Record<string, unknown> {
  return {
    ...csvCells(row),
    url: row.url,
    end_date: row.endDate,
    ongoing_reason: row.ongoingReason,
    owner_name: row.owner.name,
    backup_owner_name: row.backupOwner.name,
    manager_name: row.manager.name,
    source: row.source,
    verified: row.verified,
    created_at: row.createdAt,
    approved_at: row.approvedAt,
    last_activity_at: row.lastActivityAt,
    open_flagged_items: row.openFlaggedItems,
  };
}

export const inventoryHandlers: DomainHandlers<'inventory'> = {
  async 'inventory.list'(input, ctx) {
    requireRole(ctx, ...INVENTORY_READERS);
    return inventoryRows(ctx.store.db, input);
  },

  async 'inventory.export'(input, ctx) {
    requireRole(ctx, ...INVENTORY_READERS);
    const { format, ...query } = input;
    const { rows } = await inventoryRows(ctx.store.db, query);
    const day = schoolToday(ctx.clock.now());
    if (format === 'json') {
      return {
        fileName: `paginawacht-inventaris-${day}.json`,
        mimeType: 'application/json',
        content: `${JSON.stringify(rows.map(jsonRecord), null, 2)}\n`,
        count: rows.length,
      };
    }
    return {
      fileName: `paginawacht-inventaris-${day}.csv`,
      mimeType: 'text/csv',
      content: toCsv(PAGES_CSV_COLUMNS, rows.map(csvCells)),
      count: rows.length,
    };
  },
};
