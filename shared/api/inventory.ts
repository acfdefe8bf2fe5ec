import { z } from 'zod';
import { method } from './define';
import { idSchema, isoDateTime } from './common';
import { audienceSchema, pageStatusSchema, personRefSchema, platformSchema } from './pages';

// The communications office's register of every official account (protocol: "de communicatie-
// afdeling kent alle officiële accounts"). Sorting, filtering and search run in SQL.

/** The CSV columns, the same for export and import (README, "Pages register"). */
export const PAGES_CSV_COLUMNS = [
  'platform',
  'handle',
  'display_name',
  'url',
  'purpose',
  'audience',
  'owner_email',
  'backup_owner_email',
  'manager_email',
  'end_date',
  'status',
] as const;
export type PagesCsvColumn = (typeof PAGES_CSV_COLUMNS)[number];

export const INVENTORY_SORTS = [
  'displayName',
  'platform',
  'handle',
  'owner',
  'backupOwner',
  'manager',
  'status',
  'createdAt',
  'approvedAt',
  'endDate',
  'lastActivityAt',
] as const;
export type InventorySort = (typeof INVENTORY_SORTS)[number];

export const inventoryRowSchema = z.object({
  id: idSchema,
  platform: platformSchema,
  handle: z.string(),
  displayName: z.string(),
  url: z.string().nullable(),
  purpose: z.string(),
  audience: audienceSchema,
  owner: personRefSchema,
  backupOwner: personRefSchema,
  manager: personRefSchema,
  status: pageStatusSchema,
  source: z.enum(['request', 'import']),
  verified: z.boolean(),
  createdAt: isoDateTime,
  approvedAt: isoDateTime.nullable(),
  endDate: z.string().nullable(),
  ongoingReason: z.string().nullable(),
  lastActivityAt: isoDateTime.nullable(),
  openFlaggedItems: z.number().int().min(0),
  /** The archiving checklist's message to the communications office (pages being or been archived). */
  officeNote: z.object({ note: z.string(), by: z.string(), at: isoDateTime }).nullable(),
});
export type InventoryRow = z.infer<typeof inventoryRowSchema>;

export const inventoryQuerySchema = z
  .object({
    /** Words in the name, handle, purpose, URL, or the owner's, backup owner's or manager's name or e-mail. */
    search: z.string().trim().max(200).default(''),
    platform: platformSchema.nullable().default(null),
    status: pageStatusSchema.nullable().default(null),
    audience: audienceSchema.nullable().default(null),
    sort: z.enum(INVENTORY_SORTS).default('displayName'),
    direction: z.enum(['asc', 'desc']).default('asc'),
  })
  .strict();
export type InventoryQuery = z.infer<typeof inventoryQuerySchema>;

export const inventoryMethods = {
  'inventory.list': method(
    inventoryQuerySchema.extend({
      limit: z.number().int().min(1).max(1000).default(200),
      offset: z.number().int().min(0).default(0),
    }),
    z.object({ rows: z.array(inventoryRowSchema), total: z.number().int() }),
  ),
  /** The whole filtered, sorted inventory as file text; the UI saves it, the CLI prints it. */
  'inventory.export': method(
    inventoryQuerySchema.extend({ format: z.enum(['csv', 'json']) }),
    z.object({ fileName: z.string(), mimeType: z.string(), content: z.string(), count: z.number().int() }),
  ),
};
