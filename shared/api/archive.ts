import { z } from 'zod';
import { method } from './define';
import { idSchema, isoDateTime, optionalText, text } from './common';
import { pageStatusSchema } from './pages';
import { fileExportSchema } from './reminders';

// The archiving checklist (B3: remove or deactivate pages no longer needed). After the archive is
// asked, each step is recorded — who, when, how — in the audit log and the archive_steps table; the
// page becomes `gearchiveerd` through the same transition as `pages.archive`, once every step is
// done or skipped with a written reason. The page stays in the inventory with its history.

export const ARCHIVE_STEPS = ['export', 'platform', 'credentials', 'inform'] as const;
export const archiveStepSchema = z.enum(ARCHIVE_STEPS);
export type ArchiveStep = z.infer<typeof archiveStepSchema>;

export const archiveChecklistSchema = z.object({
  pageId: idSchema,
  displayName: z.string(),
  status: pageStatusSchema,
  archiveRequestedAt: isoDateTime.nullable(),
  archiveReason: z.string().nullable(),
  archivedAt: isoDateTime.nullable(),
  steps: z.array(
    z.object({
      step: archiveStepSchema,
      state: z.enum(['open', 'done', 'skipped']),
      at: isoDateTime.nullable(),
      by: z.string().nullable(),
      note: z.string().nullable(),
      detail: z.record(z.string(), z.unknown()),
    }),
  ),
  /** Every step done or skipped with a reason: the page can be archived. */
  complete: z.boolean(),
  /** The person asking may record steps and finish (owner, backup owner, communications office, board). */
  canAct: z.boolean(),
  /** Whether a token is still stored for the page. */
  hasToken: z.boolean(),
  /** The platform needs no token (feeds): the credentials step is done by itself. */
  tokenless: z.boolean(),
});
export type ArchiveChecklist = z.infer<typeof archiveChecklistSchema>;

const pageRef = { pageId: idSchema };

export const archiveMethods = {
  'archive.get': method(z.object(pageRef).strict(), archiveChecklistSchema),
  /** The last export of the page's items and decisions; recording it is the `export` step. */
  'archive.export': method(
    z.object({ ...pageRef, format: z.enum(['csv', 'json']) }).strict(),
    fileExportSchema.extend({ items: z.number().int(), decisions: z.number().int() }),
  ),
  /** The owner deactivated or deleted the account on the platform (by hand: the APIs cannot). */
  'archive.confirmPlatform': method(
    z.object({ ...pageRef, how: z.enum(['deactivated', 'deleted']), note: optionalText(1000) }).strict(),
    archiveChecklistSchema,
  ),
  /** Deletes the page's token from the keychain or the credentials file. */
  'archive.removeCredentials': method(z.object(pageRef).strict(), archiveChecklistSchema),
  /** The communications office is told: the note shows with the page in the inventory. */
  'archive.informOffice': method(z.object({ ...pageRef, note: optionalText(1000) }).strict(), archiveChecklistSchema),
  /** A step that cannot be done, with the written reason why. */
  'archive.skipStep': method(z.object({ ...pageRef, step: archiveStepSchema, reason: text(1000) }).strict(), archiveChecklistSchema),
  /** Archives the page (the `pages.archive` transition) once the checklist is complete. */
  'archive.finish': method(z.object({ ...pageRef, reason: text(1000) }).strict(), archiveChecklistSchema),
};
