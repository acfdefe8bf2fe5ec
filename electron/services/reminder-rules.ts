import type { PageStatus } from '../../shared/api/pages';
import type { ReminderRule, ReminderSettings, Urgency } from '../../shared/api/reminders';
import { addSchoolDays, daysBetween, schoolDay, startOfSchoolDay } from './lifecycle-time';

// The reminder rules as pure functions of (facts, now, settings, exemptions) → the reminders that
// should be open now, each with a stable key. The job (reminders-job.ts) upserts them by key, closes
// the ones no longer wanted and never makes a second one. No database, no clock of its own: the unit
// tests drive every rule with a fixed `now`.
//
// Keys carry what makes a condition the same one: a new end date or a new own post is a new
// reminder; the same failing connector or the same backlog of flagged items is the same reminder,
// reopened if it comes back.

/** What the job knows about one page. */
export interface PageFacts {
  pageId: number;
  status: PageStatus;
  /** YYYY-MM-DD; null for "doorlopend". */
  endDate: string | null;
  ownerId: number;
  ownerActive: boolean;
  backupOwnerId: number;
  backupActive: boolean;
  /** A transfer of ownership waits for an answer: the hand-over is under way. */
  transferPending: boolean;
  activatedAt: string | null;
  /** A connector exists for the platform (otherwise nothing is collected and nothing can fail). */
  supported: boolean;
  /** Newest post by the page itself that a connector saw; null: unknown (the rule stays silent). */
  ownLastPostAt: string | null;
  /** Flagged items nobody has looked at ('nieuw') stored before the unreviewed cut-off. */
  unreviewed: { count: number; oldestAt: string | null; urgent: number };
  connector: { lastSuccessAt: string | null; consecutiveFailures: number; lastErrorKey: string | null };
  /** When the platform says the stored credentials stop working; null: it does not say. */
  credentialsExpireAt: string | null;
}

/** An exemption approved by the board (O2), reduced to what the rules need. */
export interface ExemptionFact {
  id: number;
  kind: 'end_date' | 'inactivity' | 'flag_category' | 'other';
  /** Page scope: this page. Person scope: every page this person owns. */
  pageId: number | null;
  personId: number | null;
  validFrom: string;
  validUntil: string;
}

export interface DesiredReminder {
  key: string;
  rule: ReminderRule;
  pageId: number;
  clause: string;
  urgency: Urgency;
  dueAt: string;
  facts: Record<string, string | number | null>;
  /** Goes to the line manager at once, without waiting for the escalation delay. */
  managerAtOnce: boolean;
}

export interface ExemptedReminder {
  key: string;
  rule: ReminderRule;
  pageId: number;
  exemptionId: number;
}

export interface RuleOutcome {
  due: DesiredReminder[];
  /** Reminders an active exemption holds back: closed as "exempted" where they were open. */
  exempted: ExemptedReminder[];
}

const LIVE: readonly PageStatus[] = ['goedgekeurd', 'actief', 'archiveren_gevraagd'];
const MONITORED: readonly PageStatus[] = ['actief', 'archiveren_gevraagd'];
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The exemption of `kind` that covers `page` today, if any. */
export function activeExemption(
  exemptions: readonly ExemptionFact[],
  kind: ExemptionFact['kind'],
  page: { pageId: number; ownerId: number },
  today: string,
): ExemptionFact | null {
  return (
    exemptions.find(
      (e) =>
        e.kind === kind &&
        e.validFrom <= today &&
        today <= e.validUntil &&
        ((e.pageId !== null && e.pageId === page.pageId) || (e.personId !== null && e.personId === page.ownerId)),
    ) ?? null
  );
}

const iso = (ms: number) => new Date(ms).toISOString();

/** B3: the end date is near or passed; a live page without one asks for an end date or an exemption. */
export function endDateRule(page: PageFacts, now: Date, settings: ReminderSettings): DesiredReminder | null {
  if (!LIVE.includes(page.status)) return null;
  const today = schoolDay(now);
  if (page.endDate === null) {
    return {
      key: `end_date:${page.pageId}:none`,
      rule: 'end_date',
      pageId: page.pageId,
      clause: 'B3',
      urgency: 'info',
      dueAt: page.activatedAt ?? now.toISOString(),
      facts: { endDate: null },
      managerAtOnce: false,
    };
  }
  const warnFrom = addSchoolDays(page.endDate, -settings.endDateWarnDays);
  if (today < warnFrom) return null;
  const daysLeft = daysBetween(today, page.endDate);
  return {
    key: `end_date:${page.pageId}:${page.endDate}`,
    rule: 'end_date',
    pageId: page.pageId,
    clause: 'B3',
    urgency: daysLeft < 0 ? 'urgent' : 'warning',
    // The page should be gone by the end of its last day.
    dueAt: startOfSchoolDay(addSchoolDays(page.endDate, 1)),
    facts: { endDate: page.endDate, daysLeft },
    managerAtOnce: false,
  };
}

/** B3: no post by the page itself for N days — only where a connector can tell. */
export function inactiveRule(page: PageFacts, now: Date, settings: ReminderSettings): DesiredReminder | null {
  if (page.status !== 'actief' || !page.ownLastPostAt) return null;
  const since = Date.parse(page.ownLastPostAt);
  if (now.getTime() - since < settings.inactiveDays * DAY) return null;
  return {
    key: `inactive:${page.pageId}:${page.ownLastPostAt}`,
    rule: 'inactive',
    pageId: page.pageId,
    clause: 'B3',
    urgency: 'warning',
    dueAt: iso(since + settings.inactiveDays * DAY),
    facts: { lastPostAt: page.ownLastPostAt, days: Math.floor((now.getTime() - since) / DAY) },
    managerAtOnce: false,
  };
}

/** B3 (moderate actively): flagged items nobody has looked at for more than N hours. */
export function unreviewedRule(page: PageFacts, _now: Date, settings: ReminderSettings): DesiredReminder | null {
  if (!MONITORED.includes(page.status)) return null;
  if (page.unreviewed.count === 0 || !page.unreviewed.oldestAt) return null;
  return {
    key: `unreviewed:${page.pageId}`,
    rule: 'unreviewed',
    pageId: page.pageId,
    clause: 'B3',
    urgency: page.unreviewed.urgent > 0 ? 'urgent' : 'warning',
    dueAt: iso(Date.parse(page.unreviewed.oldestAt) + settings.unreviewedHours * HOUR),
    facts: { count: page.unreviewed.count, urgent: page.unreviewed.urgent, hours: settings.unreviewedHours, oldestAt: page.unreviewed.oldestAt },
    managerAtOnce: false,
  };
}

/** The owner (or backup owner) was deactivated: someone must take the page over. */
export function ownerGoneRule(page: PageFacts, now: Date): DesiredReminder | null {
  if (!LIVE.includes(page.status)) return null;
  if (!page.ownerActive && !page.transferPending) {
    return {
      key: `owner_gone:${page.pageId}:owner:${page.ownerId}`,
      rule: 'owner_gone',
      pageId: page.pageId,
      clause: 'B3',
      urgency: 'urgent',
      dueAt: now.toISOString(),
      facts: { role: 'owner', personId: page.ownerId },
      // Nobody is left to act on the owner's side: the line manager and the office hear at once.
      managerAtOnce: true,
    };
  }
  if (page.ownerActive && !page.backupActive) {
    return {
      key: `owner_gone:${page.pageId}:backup:${page.backupOwnerId}`,
      rule: 'owner_gone',
      pageId: page.pageId,
      clause: 'B3',
      urgency: 'warning',
      dueAt: now.toISOString(),
      facts: { role: 'backup', personId: page.backupOwnerId },
      managerAtOnce: false,
    };
  }
  return null;
}

/** B2: nothing has been collected for more than N hours because the connector keeps failing. */
export function connectorFailingRule(page: PageFacts, now: Date, settings: ReminderSettings): DesiredReminder | null {
  if (page.status !== 'actief' || !page.supported || page.connector.consecutiveFailures === 0) return null;
  const since = page.connector.lastSuccessAt ?? page.activatedAt;
  if (!since) return null;
  if (now.getTime() - Date.parse(since) < settings.connectorFailingHours * HOUR) return null;
  return {
    key: `connector_failing:${page.pageId}`,
    rule: 'connector_failing',
    pageId: page.pageId,
    clause: 'B2',
    urgency: 'urgent',
    dueAt: iso(Date.parse(since) + settings.connectorFailingHours * HOUR),
    facts: { since, failures: page.connector.consecutiveFailures, errorKey: page.connector.lastErrorKey },
    managerAtOnce: false,
  };
}

/** B2: the platform said when the stored credentials expire, and that is soon (or past). */
export function credentialsRule(page: PageFacts, now: Date, settings: ReminderSettings): DesiredReminder | null {
  if (page.status !== 'actief' || !page.credentialsExpireAt) return null;
  const expires = Date.parse(page.credentialsExpireAt);
  if (expires - now.getTime() > settings.credentialsWarnDays * DAY) return null;
  return {
    key: `credentials_expiring:${page.pageId}:${page.credentialsExpireAt}`,
    rule: 'credentials_expiring',
    pageId: page.pageId,
    clause: 'B2',
    urgency: expires <= now.getTime() ? 'urgent' : 'warning',
    dueAt: page.credentialsExpireAt,
    facts: { expiresAt: page.credentialsExpireAt },
    managerAtOnce: false,
  };
}

/** Every rule over every page, minus what an active exemption holds back. */
export function desiredReminders(
  pages: readonly PageFacts[],
  now: Date,
  settings: ReminderSettings,
  exemptions: readonly ExemptionFact[],
): RuleOutcome {
  const today = schoolDay(now);
  const due: DesiredReminder[] = [];
  const exempted: ExemptedReminder[] = [];
  const exemptKind: Partial<Record<ReminderRule, ExemptionFact['kind']>> = { end_date: 'end_date', inactive: 'inactivity' };
  for (const page of pages) {
    const candidates = [
      endDateRule(page, now, settings),
      inactiveRule(page, now, settings),
      unreviewedRule(page, now, settings),
      ownerGoneRule(page, now),
      connectorFailingRule(page, now, settings),
      credentialsRule(page, now, settings),
    ];
    for (const reminder of candidates) {
      if (!reminder) continue;
      const kind = exemptKind[reminder.rule];
      const exemption = kind ? activeExemption(exemptions, kind, page, today) : null;
      if (exemption) exempted.push({ key: reminder.key, rule: reminder.rule, pageId: page.pageId, exemptionId: exemption.id });
      else due.push(reminder);
    }
  }
  return { due, exempted };
}
