import { appendAudit, type AuditActor } from '../../db/audit';
import { listExemptions } from '../../db/exemptions';
import {
  gatherPageFacts,
  getRemindersByKeys,
  insertReminder,
  listOpenReminders,
  markEscalated,
  refreshReminder,
  reopenReminder,
  resolveReminder,
  type NewReminder,
} from '../../db/reminders';
import { inTransaction, type Db } from '../../db/transaction';
import type { PlatformId } from '../../shared/platforms/catalogue';
import type { EventBus } from '../backend/event-bus';
import { isConnected } from '../connectors/index';
import { readReminderSettings } from './lifecycle-settings';
import { desiredReminders, type DesiredReminder, type ExemptionFact } from './reminder-rules';

// The reminder job: facts → rules → one transaction that opens, refreshes, resolves and escalates
// reminders by their stable key. Run by the lease-holding poller every minute (electron/backend/
// jobs.ts), on demand by `paginawacht reminders --due` and `reminders.run`. Running it twice, or in
// two processes one after the other, changes nothing the second time: the unique key and the
// write lock (BEGIN IMMEDIATE) see to that.

export const SYSTEM_ACTOR: AuditActor = { personId: null, label: 'system:reminders', via: 'system' };

export interface ReminderRunResult {
  opened: number[];
  escalated: number[];
  resolved: number;
  open: number;
}

const sameFacts = (a: Record<string, unknown>, b: Record<string, unknown>) => JSON.stringify(a) === JSON.stringify(b);

function toNew(d: DesiredReminder, at: string): NewReminder {
  return {
    key: d.key,
    rule: d.rule,
    pageId: d.pageId,
    clause: d.clause,
    urgency: d.urgency,
    facts: d.facts,
    dueAt: d.dueAt,
    escalatedAt: d.managerAtOnce ? at : null,
  };
}

export async function computeReminders(db: Db, now: Date): Promise<ReminderRunResult> {
  const at = now.toISOString();
  return inTransaction(db, async (trx) => {
    const settings = await readReminderSettings(trx);
    const raw = await gatherPageFacts(trx, new Date(now.getTime() - settings.unreviewedHours * 3_600_000).toISOString());
    const facts = raw.map((f) => ({ ...f, supported: isConnected(f.platform as PlatformId) }));
    const exemptions: ExemptionFact[] = (await listExemptions(trx, { status: ['goedgekeurd'] })).map((e) => ({
      id: e.id,
      kind: e.kind,
      pageId: e.pageId,
      personId: e.personId,
      validFrom: e.validFrom,
      validUntil: e.validUntil,
    }));
    const outcome = desiredReminders(facts, now, settings, exemptions);
    const keys = [...outcome.due.map((d) => d.key), ...outcome.exempted.map((e) => e.key)];
    const known = await getRemindersByKeys(trx, keys);
    const result: ReminderRunResult = { opened: [], escalated: [], resolved: 0, open: 0 };
    const wanted = new Set(outcome.due.map((d) => d.key));

    for (const d of outcome.due) {
      const row = known.get(d.key);
      if (!row) {
        const id = await insertReminder(trx, toNew(d, at), at);
        result.opened.push(id);
        await appendAudit(trx, { at, actor: SYSTEM_ACTOR, action: 'reminder.open', subjectType: 'reminder', subjectId: id, data: { key: d.key, rule: d.rule, pageId: d.pageId, clause: d.clause } });
      } else if (row.status === 'resolved') {
        await reopenReminder(trx, row.id, toNew(d, at), at);
        result.opened.push(row.id);
        await appendAudit(trx, { at, actor: SYSTEM_ACTOR, action: 'reminder.reopen', subjectType: 'reminder', subjectId: row.id, data: { key: d.key, rule: d.rule, pageId: d.pageId } });
      } else if (row.urgency !== d.urgency || row.dueAt !== d.dueAt || !sameFacts(row.facts, d.facts)) {
        await refreshReminder(trx, row.id, d, at);
      }
    }

    const exemptedBy = new Map(outcome.exempted.map((e) => [e.key, e.exemptionId]));
    for (const row of await listOpenReminders(trx)) {
      if (wanted.has(row.key)) continue;
      const exemptionId = exemptedBy.get(row.key) ?? null;
      await resolveReminder(trx, row.id, exemptionId !== null ? 'exempted' : 'condition_ended', exemptionId, at);
      result.resolved++;
      await appendAudit(trx, {
        at,
        actor: SYSTEM_ACTOR,
        action: 'reminder.resolve',
        subjectType: 'reminder',
        subjectId: row.id,
        data: { key: row.key, pageId: row.pageId, resolution: exemptionId !== null ? 'exempted' : 'condition_ended', ...(exemptionId !== null ? { exemptionId } : {}) },
      });
    }

    // After the delay, an open reminder also goes to the line manager (a snoozed one waits).
    const escalateBefore = now.getTime() - settings.escalateAfterDays * 86_400_000;
    const open = await listOpenReminders(trx);
    for (const row of open) {
      if (row.escalatedAt || Date.parse(row.openedAt) > escalateBefore) continue;
      if (row.snoozedUntil && row.snoozedUntil > at) continue;
      await markEscalated(trx, row.id, at);
      result.escalated.push(row.id);
      await appendAudit(trx, { at, actor: SYSTEM_ACTOR, action: 'reminder.escalate', subjectType: 'reminder', subjectId: row.id, data: { key: row.key, pageId: row.pageId } });
    }
    result.open = open.length;
    return result;
  });
}

/** The job's run: compute, then tell the windows (and the desktop notifications) what changed. */
export async function runReminderJob(ctx: { store: { db: Db }; events: EventBus }, now: Date): Promise<ReminderRunResult> {
  const result = await computeReminders(ctx.store.db, now);
  if (result.opened.length || result.resolved || result.escalated.length) ctx.events.emit('reminders.changed', {});
  const due = [...new Set([...result.opened, ...result.escalated])];
  if (due.length) ctx.events.emit('reminders.due', { reminderIds: due });
  return result;
}
