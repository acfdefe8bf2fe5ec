import { z } from 'zod';
import { method } from './define';
import { empty, idSchema, isoDateTime, text } from './common';
import { pageStatusSchema, platformSchema } from './pages';

// Reminders (Herinneringen, protocol B3 and B2): computed by the background job from the pages,
// their connections and items, the settings and the board's exemptions. Each has a stable key, so
// the job can run any number of times (and after a restart) without making a second one.

export const REMINDER_RULES = ['end_date', 'inactive', 'unreviewed', 'owner_gone', 'connector_failing', 'credentials_expiring'] as const;
export const reminderRuleSchema = z.enum(REMINDER_RULES);
export type ReminderRule = z.infer<typeof reminderRuleSchema>;

/** Never colour alone: the UI pairs each with an icon and a word. */
export const URGENCIES = ['info', 'warning', 'urgent'] as const;
export const urgencySchema = z.enum(URGENCIES);
export type Urgency = z.infer<typeof urgencySchema>;

/** What a reminder offers; the back end lists only what the person asking may do now. */
export const REMINDER_ACTIONS = ['archive', 'continueArchive', 'extendEndDate', 'transfer', 'changeBackupOwner', 'review', 'connection', 'exemption', 'snooze', 'unsnooze'] as const;
export const reminderActionSchema = z.enum(REMINDER_ACTIONS);
export type ReminderAction = z.infer<typeof reminderActionSchema>;

export const RECIPIENT_REASONS = ['owner', 'backup', 'manager', 'office'] as const;

/** Thresholds, set by the communications office (Instellingen → Herinneringen). */
export const reminderSettingsSchema = z.object({
  /** Warn this many days before a page's end date. */
  endDateWarnDays: z.number().int().min(0).max(180),
  /** No post by the page itself for this many days: inactive (only where the platform tells us). */
  inactiveDays: z.number().int().min(7).max(730),
  /** Flagged items still unreviewed after this many hours. */
  unreviewedHours: z.number().int().min(1).max(24 * 30),
  /** The connector has failed for this many hours without a success. */
  connectorFailingHours: z.number().int().min(1).max(24 * 30),
  /** Warn this many days before credentials expire (where the platform says when). */
  credentialsWarnDays: z.number().int().min(1).max(90),
  /** After this many days an open reminder also goes to the line manager. */
  escalateAfterDays: z.number().int().min(1).max(90),
});
export type ReminderSettings = z.infer<typeof reminderSettingsSchema>;

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  endDateWarnDays: 14,
  inactiveDays: 60,
  unreviewedHours: 48,
  connectorFailingHours: 24,
  credentialsWarnDays: 14,
  escalateAfterDays: 7,
};

export const reminderSchema = z.object({
  id: idSchema,
  key: z.string(),
  rule: reminderRuleSchema,
  clause: z.string(),
  urgency: urgencySchema,
  page: z.object({ id: idSchema, displayName: z.string(), platform: platformSchema, handle: z.string(), status: pageStatusSchema }),
  /** Values for the explanation ("the end date 15-07-2027 has passed"): dates, counts, error keys. */
  facts: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  status: z.enum(['open', 'resolved']),
  /** When the condition started (or will start, for a warning ahead of time). */
  dueAt: isoDateTime,
  overdue: z.boolean(),
  openedAt: isoDateTime,
  escalatedAt: isoDateTime.nullable(),
  snoozedUntil: isoDateTime.nullable(),
  snoozeReason: z.string().nullable(),
  snoozedBy: z.string().nullable(),
  resolvedAt: isoDateTime.nullable(),
  resolution: z.enum(['condition_ended', 'exempted']).nullable(),
  /** The board's exemption (O2) that applies, when one does. */
  exemption: z.object({ id: idSchema, description: z.string(), validUntil: z.string() }).nullable(),
  recipients: z.array(z.object({ id: idSchema, name: z.string(), why: z.enum(RECIPIENT_REASONS) })),
  /** An end-date extension waiting for the line manager. */
  pendingExtension: z.object({ id: idSchema, newEndDate: z.string(), requestedBy: z.string(), reason: z.string() }).nullable(),
  actions: z.array(reminderActionSchema),
});
export type Reminder = z.infer<typeof reminderSchema>;

export const fileExportSchema = z.object({ fileName: z.string(), mimeType: z.string(), content: z.string() });
export type FileExport = z.infer<typeof fileExportSchema>;

export const reminderRunSchema = z.object({
  opened: z.number().int(),
  resolved: z.number().int(),
  escalated: z.number().int(),
  open: z.number().int(),
});

export const remindersMethods = {
  /**
   * `mine`: reminders sent to me (owner, backup owner, line manager after the delay);
   * `all`: every reminder (communications office, board, admin). `status` `snoozed` lists the
   * open ones hidden until their snooze ends.
   */
  'reminders.list': method(
    z
      .object({
        scope: z.enum(['mine', 'all']).default('mine'),
        status: z.enum(['open', 'snoozed', 'resolved']).default('open'),
        pageId: idSchema.optional(),
      })
      .strict(),
    z.array(reminderSchema),
  ),
  /** Computes the reminders now (the background job does this every minute). */
  'reminders.run': method(empty, reminderRunSchema),
  'reminders.snooze': method(
    z.object({ id: idSchema, until: z.string().trim().max(20), reason: text(1000) }).strict(),
    reminderSchema,
  ),
  'reminders.unsnooze': method(z.object({ id: idSchema }).strict(), reminderSchema),
  'reminders.settings': method(empty, reminderSettingsSchema),
  'reminders.updateSettings': method(reminderSettingsSchema.strict(), reminderSettingsSchema),
  /** What the page view shows about a page's lifecycle: end date, own activity, open reminders. */
  'reminders.lifecycle': method(
    z.object({ pageId: idSchema }).strict(),
    z.object({
      pageId: idSchema,
      endDate: z.string().nullable(),
      /** Null: unknown — the platform does not show the page's own posts, or nothing was collected yet. */
      ownLastPostAt: isoDateTime.nullable(),
      /** Null: the platform does not say when the token expires. */
      credentialsExpireAt: isoDateTime.nullable(),
      reminders: z.array(reminderSchema),
      pendingExtension: z.object({ id: idSchema, newEndDate: z.string(), requestedBy: z.string(), manager: z.string() }).nullable(),
      /** The person asking may ask to move the end date. */
      canExtend: z.boolean(),
    }),
  ),
  /** The weekly digest for a person (default: me) as a printable, self-contained HTML page. */
  'reminders.digest': method(z.object({ personId: idSchema.optional() }).strict(), fileExportSchema),
};

/**
 * Which text explains a reminder (catalogue `reminders.text.<variant>.title|body`), from its rule and
 * facts, so the app, the digest and the CLI say the same thing.
 */
export function reminderVariant(r: { rule: ReminderRule; facts: Record<string, string | number | null> }): string {
  switch (r.rule) {
    case 'end_date': {
      if (r.facts.endDate === null || r.facts.endDate === undefined) return 'end_date_none';
      const left = Number(r.facts.daysLeft ?? 0);
      return left < 0 ? 'end_date_passed' : left === 0 ? 'end_date_today' : 'end_date_soon';
    }
    case 'owner_gone':
      return r.facts.role === 'backup' ? 'owner_gone_backup' : 'owner_gone_owner';
    case 'credentials_expiring':
      return 'credentials_expiring';
    default:
      return r.rule;
  }
}

/** The values the texts interpolate; `date` and `dateTime` format as the school writes them. */
export function reminderParams(
  facts: Record<string, string | number | null>,
  format: { date: (iso: string) => string; dateTime: (iso: string) => string },
): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(facts)) if (v !== null) out[k] = v;
  if (typeof facts.daysLeft === 'number') out.days = Math.abs(facts.daysLeft);
  if (typeof facts.endDate === 'string') out.endDate = format.date(facts.endDate);
  if (typeof facts.lastPostAt === 'string') out.lastPostAt = format.date(facts.lastPostAt);
  if (typeof facts.oldestAt === 'string') out.oldestAt = format.dateTime(facts.oldestAt);
  if (typeof facts.since === 'string') out.since = format.dateTime(facts.since);
  if (typeof facts.expiresAt === 'string') out.expiresAt = format.date(facts.expiresAt);
  return out;
}

/**
 * The moment to show as a reminder's due date: a due instant at midnight ("gone by the end of its
 * last day") belongs to the day before, so the date shown is the last day, not the day after.
 */
export function dueDay(dueAt: string): string {
  return new Date(Date.parse(dueAt) - 1).toISOString();
}
