import { z } from 'zod';
import { method } from './define';
import { idSchema, isoDateTime, optionalText, text } from './common';
import { PLATFORM_IDS } from '../platforms/catalogue';
import { importReportSchema, importResultSchema, importInput, importPreviewInput } from './imports';

// The pages register (protocol B1, B3): request → approval by the line manager → linked and
// monitored → archived, plus ownership transfer. The status words are the register's own and are
// used as-is in the database, the CSV files and the catalogue keys.

export const PAGE_STATUSES = ['aangevraagd', 'goedgekeurd', 'afgewezen', 'actief', 'archiveren_gevraagd', 'gearchiveerd'] as const;
export const pageStatusSchema = z.enum(PAGE_STATUSES);
export type PageStatus = z.infer<typeof pageStatusSchema>;

/** Only these are ever polled: nothing is monitored before approval and linking (B1, O1). */
export const MONITORED_STATUSES: readonly PageStatus[] = ['actief', 'archiveren_gevraagd'];
/** Closed records: they keep their history but no longer hold their handle. */
export const CLOSED_STATUSES: readonly PageStatus[] = ['afgewezen', 'gearchiveerd'];

export const AUDIENCES = ['leerlingen', 'ouders', 'publiek'] as const;
export const audienceSchema = z.enum(AUDIENCES);
export type Audience = z.infer<typeof audienceSchema>;

export const platformSchema = z.enum(PLATFORM_IDS);

/** What an actor may do with a page; computed by the back end with the same rules it enforces. */
export const PAGE_ACTIONS = [
  'update',
  'resubmit',
  'withdraw',
  'approve',
  'reject',
  'link',
  'requestArchive',
  'cancelArchive',
  'archive',
  'proposeTransfer',
  'acceptTransfer',
  'declineTransfer',
  'cancelTransfer',
  'changeBackupOwner',
] as const;
export const pageActionSchema = z.enum(PAGE_ACTIONS);
export type PageAction = z.infer<typeof pageActionSchema>;

export const personRefSchema = z.object({
  id: idSchema,
  name: z.string(),
  email: z.string(),
  active: z.boolean(),
});
export type PersonRef = z.infer<typeof personRefSchema>;

export const pageSchema = z.object({
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
  requestedBy: personRefSchema.nullable(),
  decidedBy: personRefSchema.nullable(),
  /** YYYY-MM-DD; null means "doorlopend" and then `ongoingReason` says why. */
  endDate: z.string().nullable(),
  ongoingReason: z.string().nullable(),
  genericConfirmed: z.boolean(),
  status: pageStatusSchema,
  /** The written reason of the latest status change (approval, rejection, archiving, …). */
  statusReason: z.string().nullable(),
  source: z.enum(['request', 'import']),
  externalAccountId: z.string().nullable(),
  /** True when a connector verified the linked account; false when linked unverified or not linked. */
  verified: z.boolean(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  approvedAt: isoDateTime.nullable(),
  rejectedAt: isoDateTime.nullable(),
  activatedAt: isoDateTime.nullable(),
  archiveRequestedAt: isoDateTime.nullable(),
  archivedAt: isoDateTime.nullable(),
  lastActivityAt: isoDateTime.nullable(),
  transfer: z
    .object({
      to: personRefSchema,
      newBackupOwner: personRefSchema.nullable(),
      proposedBy: z.string(),
      proposedAt: isoDateTime,
      reason: z.string(),
    })
    .nullable(),
  /** What the person asking may do with this page now. */
  actions: z.array(pageActionSchema),
});
export type Page = z.infer<typeof pageSchema>;

export const historyEntrySchema = z.object({
  id: idSchema,
  at: isoDateTime,
  actorLabel: z.string(),
  actorPersonId: idSchema.nullable(),
  via: z.string(),
  action: z.string(),
  reason: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const pageHistorySchema = z.object({
  entries: z.array(historyEntrySchema),
  /**
   * The whole audit chain recomputed: false means an entry was edited, removed or reordered, or
   * (truncated) entries were cut off its end.
   */
  chain: z.object({ ok: z.boolean(), checked: z.number().int(), brokenAt: z.number().int().nullable(), truncated: z.boolean().default(false) }),
});

/** Written reasons are required for every decision and stored as given. */
const reason = text(1000);

const pageFields = {
  platform: platformSchema,
  displayName: text(150),
  handle: text(300),
  /** Empty for none. */
  url: z.string().trim().max(2048).default(''),
  purpose: text(1000),
  audience: audienceSchema,
  ownerId: idSchema,
  backupOwnerId: idSchema,
  managerId: idSchema,
  /** YYYY-MM-DD, or null for "doorlopend" (then `ongoingReason` is required). Checked by the service. */
  endDate: z.string().trim().max(20).nullable(),
  ongoingReason: optionalText(500),
  /** Required on platforms without full control (A8): the requester confirms it is a generic school page. */
  genericConfirmed: z.boolean().default(false),
};

const byId = z.object({ id: idSchema }).strict();
const withReason = z.object({ id: idSchema, reason }).strict();

export const pagesMethods = {
  /** `mine`: pages I own, back up or requested; `decide`: requests waiting for my decision; `transfers`: ownership offered to me. */
  'pages.list': method(z.object({ view: z.enum(['mine', 'decide', 'transfers']) }).strict(), z.array(pageSchema)),
  'pages.get': method(byId, pageSchema),
  'pages.history': method(byId, pageHistorySchema),
  /** Pages a person owns or backs up and that are not closed: for the deactivate-person dialog. */
  'pages.ofPerson': method(z.object({ personId: idSchema }).strict(), z.array(pageSchema)),

  'pages.request': method(z.object(pageFields).strict(), pageSchema),
  /** Change a request that is still waiting for a decision (requester, owner or backup owner). */
  'pages.update': method(z.object({ id: idSchema, ...pageFields }).strict(), pageSchema),
  /** Change a rejected request and ask again, answering the rejection in writing. */
  'pages.resubmit': method(z.object({ id: idSchema, ...pageFields, reason }).strict(), pageSchema),
  /** The requester no longer needs it: the request is closed as archived, never monitored. */
  'pages.withdraw': method(withReason, pageSchema),
  'pages.approve': method(withReason, pageSchema),
  'pages.reject': method(withReason, pageSchema),
  /** The owner links the live account; a connector verifies it where one exists. */
  'pages.link': method(
    z.object({ id: idSchema, handle: text(300).optional(), url: z.string().trim().max(2048).optional() }).strict(),
    pageSchema,
  ),
  'pages.requestArchive': method(withReason, pageSchema),
  'pages.cancelArchive': method(withReason, pageSchema),
  'pages.archive': method(withReason, pageSchema),
  'pages.proposeTransfer': method(
    z.object({ id: idSchema, toPersonId: idSchema, newBackupOwnerId: idSchema.nullable().default(null), reason }).strict(),
    pageSchema,
  ),
  'pages.acceptTransfer': method(z.object({ id: idSchema, note: optionalText(1000) }).strict(), pageSchema),
  'pages.declineTransfer': method(withReason, pageSchema),
  'pages.cancelTransfer': method(withReason, pageSchema),
  'pages.changeBackupOwner': method(z.object({ id: idSchema, backupOwnerId: idSchema, reason }).strict(), pageSchema),

  /** Checks a CSV file of existing accounts without changing anything. */
  'pages.importPreview': method(importPreviewInput, importReportSchema),
  'pages.import': method(importInput, importResultSchema),
};

// ——— Rules both sides use: the form shows them live, the back end enforces them. ———

/** A real calendar date written as YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** B1: "Project X - CSG Het Streek". `suffix` is the settings' pageNameSuffix (" - <school>"). */
export function hasSchoolSuffix(displayName: string, suffix: string): boolean {
  if (!suffix) return true;
  const name = displayName.trim();
  return name.endsWith(suffix) && name.length > suffix.length && name.slice(0, -suffix.length).trim().length > 0;
}

/**
 * The one-click fix for a name without the suffix: near misses (another dash, other capitals, no
 * dash at all) are replaced, otherwise the suffix is appended. "Project X" → "Project X - CSG Het Streek".
 */
export function suggestDisplayName(displayName: string, suffix: string): string {
  const name = displayName.trim().replace(/\s+/g, ' ');
  if (!suffix || hasSchoolSuffix(name, suffix)) return name;
  const school = suffix.replace(/^\s*-\s*/, '').trim();
  const lower = name.toLowerCase();
  const at = lower.lastIndexOf(school.toLowerCase());
  let base = name;
  if (school && at >= 0 && at + school.length === name.length) {
    base = name.slice(0, at).replace(/[\s\-–—|,:]+$/, '');
  }
  base = base.trim();
  return base ? `${base}${suffix}` : name;
}

/** A cell or field a spreadsheet would run as a formula. */
export function looksLikeFormula(value: string): boolean {
  return /^[=+\-@\t\r]/.test(value);
}
