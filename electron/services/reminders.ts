import { appendAudit } from '../../db/audit';
import { listEndDateRequests, type EndDateRequestRecord } from '../../db/end-dates';
import { listExemptions, type ExemptionRecord } from '../../db/exemptions';
import { getPage, type PageRecord } from '../../db/pages';
import { ownActivityOf } from '../../db/activity';
import { listPeopleWithRole, type PersonRecord } from '../../db/people';
import { getReminder, listReminders, setSnooze, type ReminderRecord } from '../../db/reminders';
import { inTransaction, type Db } from '../../db/transaction';
import type { PageAction } from '../../shared/api/pages';
import { isCalendarDate } from '../../shared/api/pages';
import { reminderParams, reminderVariant, type Reminder, type ReminderAction } from '../../shared/api/reminders';
import { catalogues } from '../../shared/i18n';
import type { Actor, ServiceContext } from './context';
import type { DomainHandlers } from './handler-types';
import { forbidden, invalid, notFound } from './errors';
import { readReminderSettings, writeReminderSettings } from './lifecycle-settings';
import { addSchoolDays, formatSchoolDate, formatSchoolDateTime, schoolDay, startOfSchoolDay } from './lifecycle-time';
import { html, htmlDocument, raw, type Raw } from './lifecycle-html';
import { peopleById } from './pages-dto';
import { canSee, refusal } from './pages-rules';
import { auditActor, hasRole, requireActor, requireRole } from './roles';
import { runReminderJob } from './reminders-job';

// Reminders as people see them: who they go to, why, and what they can do about it. The rules and
// the job live in reminder-rules.ts and reminders-job.ts; this is the read side and the snooze.
//
// Who gets a reminder: the page's owner and backup owner; after the escalation delay (or at once when
// the owner has left) also the page's line manager; the communications office sees every reminder
// (scope `all`, also open to the board and technical admin).

export const REMINDER_OVERSEERS = ['communicatie', 'directie', 'beheer'] as const;
const MAX_SNOOZE_DAYS = 90;

interface Lookup {
  pages: Map<number, PageRecord>;
  people: Map<number, PersonRecord>;
  office: PersonRecord[];
  exemptions: Map<number, ExemptionRecord>;
  pending: Map<number, EndDateRequestRecord>;
  now: string;
}

async function lookup(db: Db, reminders: readonly ReminderRecord[], now: string): Promise<Lookup> {
  const pageIds = [...new Set(reminders.map((r) => r.pageId))];
  const pages = new Map<number, PageRecord>();
  for (const id of pageIds) {
    const page = await getPage(db, id);
    if (page) pages.set(id, page);
  }
  const exemptions = new Map((await listExemptions(db)).map((e) => [e.id, e]));
  const pending = new Map((await listEndDateRequests(db, { status: 'open', pageIds })).map((r) => [r.pageId, r]));
  return { pages, people: await peopleById(db), office: await listPeopleWithRole(db, 'communicatie'), exemptions, pending, now };
}

type Why = Reminder['recipients'][number]['why'];

/** The people a reminder goes to, each with why; the office last. */
export function recipientsOf(r: ReminderRecord, page: PageRecord, people: Map<number, PersonRecord>, office: readonly PersonRecord[]): { id: number; name: string; why: Why }[] {
  const out: { id: number; name: string; why: Why }[] = [];
  const add = (id: number, why: Why) => {
    const person = people.get(id);
    if (person?.active && !out.some((o) => o.id === id)) out.push({ id, name: person.name, why });
  };
  add(page.ownerId, 'owner');
  add(page.backupOwnerId, 'backup');
  if (r.escalatedAt) add(page.managerId, 'manager');
  for (const p of office) add(p.id, 'office');
  return out;
}

function mayRequestExtension(page: PageRecord, actor: Actor): boolean {
  const me = actor.personId;
  return (
    ['goedgekeurd', 'actief'].includes(page.status) &&
    me !== null &&
    (me === page.ownerId || me === page.backupOwnerId || hasRole(actor, 'communicatie'))
  );
}

function mayAskExemption(page: PageRecord, actor: Actor): boolean {
  const me = actor.personId;
  return me !== null && (me === page.ownerId || me === page.backupOwnerId || me === page.managerId || hasRole(actor, 'communicatie', 'directie'));
}

/** Owners, backup owners, the page's line manager and the office may snooze; the board and admin too. */
function maySnooze(page: PageRecord, actor: Actor): boolean {
  const me = actor.personId;
  return (me !== null && (me === page.ownerId || me === page.backupOwnerId || me === page.managerId)) || hasRole(actor, ...REMINDER_OVERSEERS);
}

function actionsFor(r: ReminderRecord, page: PageRecord, actor: Actor, l: Lookup): ReminderAction[] {
  const ownerActive = l.people.get(page.ownerId)?.active ?? false;
  const can = (a: PageAction) => refusal(a, page, actor, { ownerActive }) === null;
  const out: ReminderAction[] = [];
  if (r.status === 'open') {
    if (r.rule === 'end_date' || r.rule === 'inactive' || (r.rule === 'owner_gone' && r.facts.role === 'owner')) {
      if (page.status === 'actief' && can('requestArchive')) out.push('archive');
      if (page.status === 'archiveren_gevraagd' && can('archive')) out.push('continueArchive');
    }
    if (r.rule === 'end_date' && mayRequestExtension(page, actor) && !l.pending.has(page.id)) out.push('extendEndDate');
    if ((r.rule === 'end_date' || r.rule === 'inactive') && mayAskExemption(page, actor)) out.push('exemption');
    if (r.rule === 'unreviewed') out.push('review');
    if (r.rule === 'owner_gone' && r.facts.role === 'owner' && can('proposeTransfer')) out.push('transfer');
    if (r.rule === 'owner_gone' && r.facts.role === 'backup' && can('changeBackupOwner')) out.push('changeBackupOwner');
    if (r.rule === 'connector_failing' || r.rule === 'credentials_expiring') out.push('connection');
    if (maySnooze(page, actor)) out.push(r.snoozedUntil && r.snoozedUntil > l.now ? 'unsnooze' : 'snooze');
  }
  return out;
}

export function toReminderDto(r: ReminderRecord, actor: Actor, l: Lookup): Reminder | null {
  const page = l.pages.get(r.pageId);
  if (!page) return null;
  const exemption = r.exemptionId !== null ? l.exemptions.get(r.exemptionId) : undefined;
  const pending = l.pending.get(page.id);
  const facts = { ...r.facts };
  if (r.rule === 'owner_gone' && typeof facts.personId === 'number') facts.name = l.people.get(facts.personId)?.name ?? `#${facts.personId}`;
  return {
    id: r.id,
    key: r.key,
    rule: r.rule,
    clause: r.clause,
    urgency: r.urgency,
    page: { id: page.id, displayName: page.displayName, platform: page.platform, handle: page.handle, status: page.status },
    facts,
    status: r.status,
    dueAt: r.dueAt,
    overdue: r.status === 'open' && r.dueAt < l.now,
    openedAt: r.openedAt,
    escalatedAt: r.escalatedAt,
    snoozedUntil: r.snoozedUntil,
    snoozeReason: r.snoozeReason,
    snoozedBy: r.snoozedByLabel,
    resolvedAt: r.resolvedAt,
    resolution: r.resolution,
    exemption: exemption ? { id: exemption.id, description: exemption.description, validUntil: exemption.validUntil } : null,
    recipients: recipientsOf(r, page, l.people, l.office),
    pendingExtension: pending
      ? { id: pending.id, newEndDate: pending.newEndDate, requestedBy: pending.requestedByLabel, reason: pending.reason }
      : null,
    actions: actionsFor(r, page, actor, l),
  };
}

/** Reminders that go to `personId` (as owner, backup owner, or line manager once escalated). */
function isFor(r: Reminder, personId: number): boolean {
  return r.recipients.some((p) => p.id === personId && p.why !== 'office');
}

async function remindersFor(
  ctx: ServiceContext,
  actor: Actor,
  options: { scope: 'mine' | 'all'; status: 'open' | 'snoozed' | 'resolved'; pageId?: number; personId?: number },
): Promise<Reminder[]> {
  const db = ctx.store.db;
  const now = ctx.clock.now().toISOString();
  const records = await listReminders(db, { status: options.status, now, ...(options.pageId !== undefined ? { pageIds: [options.pageId] } : {}), limit: 2000 });
  const l = await lookup(db, records, now);
  const dtos = records.map((r) => toReminderDto(r, actor, l)).filter((r): r is Reminder => r !== null);
  if (options.scope === 'all') return dtos;
  const me = options.personId ?? actor.personId;
  return me === null ? [] : dtos.filter((r) => isFor(r, me));
}

async function oneDto(ctx: ServiceContext, actor: Actor, id: number): Promise<Reminder> {
  const record = await getReminder(ctx.store.db, id);
  if (!record) throw notFound('reminder', 'reminders.errors.notFound');
  const l = await lookup(ctx.store.db, [record], ctx.clock.now().toISOString());
  const dto = toReminderDto(record, actor, l);
  if (!dto) throw notFound('reminder', 'reminders.errors.notFound');
  return dto;
}

async function loadForSnooze(ctx: ServiceContext, id: number): Promise<{ actor: Actor; record: ReminderRecord; page: PageRecord }> {
  const actor = requireActor(ctx);
  const record = await getReminder(ctx.store.db, id);
  if (!record) throw notFound('reminder', 'reminders.errors.notFound');
  const page = await getPage(ctx.store.db, record.pageId);
  if (!page) throw notFound('page', 'pages.errors.notFound');
  if (!maySnooze(page, actor)) throw forbidden('Only the people a reminder goes to can snooze it', 'reminders.errors.cannotSnooze');
  if (record.status !== 'open') throw invalid('id', 'This reminder is no longer open', 'reminders.errors.notOpen');
  return { actor, record, page };
}

// ——— The weekly digest ———

function t(lang: 'nl' | 'en') {
  const cat = catalogues[lang] as unknown as Record<string, unknown>;
  return (key: string, params: Record<string, string | number> = {}): string => {
    const value = key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), cat);
    if (typeof value !== 'string') return key;
    return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
  };
}

export function reminderTexts(r: Pick<Reminder, 'rule' | 'facts'>, lang: 'nl' | 'en'): { title: string; body: string } {
  const tr = t(lang);
  const variant = reminderVariant(r);
  const params = reminderParams(r.facts, { date: formatSchoolDate, dateTime: formatSchoolDateTime });
  if (typeof r.facts.errorKey === 'string') params.error = tr(r.facts.errorKey);
  return { title: tr(`reminders.text.${variant}.title`, params), body: tr(`reminders.text.${variant}.body`, params) };
}

function digestHtml(lang: 'nl' | 'en', person: { name: string }, reminders: Reminder[], snoozed: Reminder[], decide: (EndDateRequestRecord & { pageName: string })[], now: Date, weekStart: string): string {
  const tr = t(lang);
  const section = (title: string, list: Reminder[]): Raw =>
    html`<h2>${title} (${list.length})</h2>${
      list.length
        ? list.map((r) => {
            const text = reminderTexts(r, lang);
            return html`<div class="item ${r.urgency}">
<h3><span class="badge">${tr(`reminders.urgency.${r.urgency}`)}</span> · ${text.title} — ${r.page.displayName}</h3>
<p>${text.body}</p>
<p class="muted">${tr('reminders.digest.clause', { clause: r.clause })} · ${tr('reminders.digest.since', { date: formatSchoolDate(r.openedAt) })}${
              r.snoozedUntil ? ` · ${tr('reminders.digest.snoozedUntil', { date: formatSchoolDate(r.snoozedUntil), reason: r.snoozeReason ?? '' })}` : ''
            }${r.escalatedAt ? ` · ${tr('reminders.digest.escalated')}` : ''}</p>
</div>`;
          })
        : html`<p class="empty">${tr('reminders.digest.none')}</p>`
    }`;
  const newThisWeek = reminders.filter((r) => r.openedAt >= startOfSchoolDay(weekStart)).length;
  const body = html`<h1>${tr('reminders.digest.title', { name: person.name })}</h1>
<p class="meta">${tr('reminders.digest.meta', { week: formatSchoolDate(weekStart), date: formatSchoolDateTime(now.toISOString()) })}</p>
<p>${tr('reminders.digest.summary', { open: reminders.length, fresh: newThisWeek, overdue: reminders.filter((r) => r.overdue).length })}</p>
${section(tr('reminders.digest.open'), reminders)}
${
  decide.length
    ? html`<h2>${tr('reminders.digest.decide')} (${decide.length})</h2><table><thead><tr><th>${tr('reminders.digest.page')}</th><th>${tr('endDates.columns.newEndDate')}</th><th>${tr('endDates.columns.reason')}</th><th>${tr('endDates.columns.requestedBy')}</th></tr></thead><tbody>${decide.map(
        (d) => html`<tr><td>${d.pageName}</td><td>${formatSchoolDate(d.newEndDate)}</td><td>${d.reason}</td><td>${d.requestedByLabel}</td></tr>`,
      )}</tbody></table>`
    : raw('')
}
${snoozed.length ? section(tr('reminders.digest.snoozed'), snoozed) : raw('')}
<p class="muted">${tr('reminders.digest.footer')}</p>`;
  return htmlDocument(lang, tr('reminders.digest.title', { name: person.name }), body);
}

export const remindersHandlers: DomainHandlers<'reminders'> = {
  async 'reminders.list'(input, ctx) {
    const actor = requireActor(ctx);
    if (input.scope === 'all' && !hasRole(actor, ...REMINDER_OVERSEERS)) {
      throw forbidden('Only the communications office, the board and admin see every reminder', 'errors.needsRole', { roles: REMINDER_OVERSEERS.join(', ') });
    }
    return remindersFor(ctx, actor, { scope: input.scope, status: input.status, ...(input.pageId !== undefined ? { pageId: input.pageId } : {}) });
  },

  async 'reminders.run'(_input, ctx) {
    requireActor(ctx);
    const result = await runReminderJob(ctx, ctx.clock.now());
    return { opened: result.opened.length, resolved: result.resolved, escalated: result.escalated.length, open: result.open };
  },

  async 'reminders.snooze'(input, ctx) {
    const { actor, record } = await loadForSnooze(ctx, input.id);
    const now = ctx.clock.now();
    const today = schoolDay(now);
    if (!isCalendarDate(input.until)) throw invalid('until', 'Give a date written as YYYY-MM-DD', 'reminders.errors.badDate');
    if (input.until <= today) throw invalid('until', 'Snooze until a day after today', 'reminders.errors.snoozePast');
    if (input.until > addSchoolDays(today, MAX_SNOOZE_DAYS)) {
      throw invalid('until', `Snooze for at most ${MAX_SNOOZE_DAYS} days`, 'reminders.errors.snoozeTooLong', { days: MAX_SNOOZE_DAYS });
    }
    const at = now.toISOString();
    await inTransaction(ctx.store.db, async (trx) => {
      await setSnooze(trx, record.id, { until: startOfSchoolDay(input.until), reason: input.reason, by: actor.personId, byLabel: actor.label }, at);
      await appendAudit(trx, {
        at,
        actor: auditActor(actor),
        action: 'reminder.snooze',
        subjectType: 'reminder',
        subjectId: record.id,
        reason: input.reason,
        data: { key: record.key, pageId: record.pageId, until: input.until },
      });
    });
    ctx.events.emit('reminders.changed', {});
    return oneDto(ctx, actor, record.id);
  },

  async 'reminders.unsnooze'(input, ctx) {
    const { actor, record } = await loadForSnooze(ctx, input.id);
    const at = ctx.clock.now().toISOString();
    await inTransaction(ctx.store.db, async (trx) => {
      await setSnooze(trx, record.id, null, at);
      await appendAudit(trx, { at, actor: auditActor(actor), action: 'reminder.unsnooze', subjectType: 'reminder', subjectId: record.id, data: { key: record.key, pageId: record.pageId } });
    });
    ctx.events.emit('reminders.changed', {});
    return oneDto(ctx, actor, record.id);
  },

  async 'reminders.settings'(_input, ctx) {
    requireActor(ctx);
    return readReminderSettings(ctx.store.db);
  },

  async 'reminders.updateSettings'(input, ctx) {
    const actor = requireRole(ctx, 'communicatie', 'beheer');
    const at = ctx.clock.now().toISOString();
    await inTransaction(ctx.store.db, async (trx) => {
      const before = await readReminderSettings(trx);
      await writeReminderSettings(trx, input, at);
      await appendAudit(trx, { at, actor: auditActor(actor), action: 'reminders.settings', subjectType: 'school', subjectId: null, data: { before, after: input } });
    });
    ctx.events.emit('settings.changed', {});
    // New thresholds apply at once, not at the next run.
    await runReminderJob(ctx, ctx.clock.now());
    return readReminderSettings(ctx.store.db);
  },

  async 'reminders.lifecycle'(input, ctx) {
    const actor = requireActor(ctx);
    const db = ctx.store.db;
    const page = await getPage(db, input.pageId);
    if (!page || !canSee(page, actor)) throw notFound('page', 'pages.errors.notFound');
    const activity = await ownActivityOf(db, page.id);
    const reminders = await remindersFor(ctx, actor, { scope: 'all', status: 'open', pageId: page.id });
    const pending = (await listEndDateRequests(db, { status: 'open', pageIds: [page.id] }))[0];
    const people = await peopleById(db);
    return {
      pageId: page.id,
      endDate: page.endDate,
      ownLastPostAt: activity.ownLastPostAt,
      credentialsExpireAt: activity.credentialsExpireAt,
      reminders,
      pendingExtension: pending
        ? { id: pending.id, newEndDate: pending.newEndDate, requestedBy: pending.requestedByLabel, manager: people.get(page.managerId)?.name ?? '' }
        : null,
      canExtend: mayRequestExtension(page, actor) && !pending,
    };
  },

  async 'reminders.digest'(input, ctx) {
    const actor = requireActor(ctx);
    const personId = input.personId ?? actor.personId;
    if (personId === null) throw invalid('personId', 'Name the person whose digest to make', 'reminders.errors.needPerson');
    if (personId !== actor.personId && !hasRole(actor, ...REMINDER_OVERSEERS)) {
      throw forbidden('Only the communications office makes digests for others', 'errors.needsRole', { roles: REMINDER_OVERSEERS.join(', ') });
    }
    const people = await peopleById(ctx.store.db);
    const person = people.get(personId);
    if (!person) throw notFound('person', 'errors.notFound');
    const subject: Actor = { personId: person.id, label: person.name, roles: person.roles, via: actor.via };
    // The office's digest holds every reminder; everyone else's, their own.
    const scope = hasRole(subject, 'communicatie') ? 'all' : 'mine';
    const open = await remindersFor(ctx, subject, { scope, status: 'open', personId });
    const snoozed = await remindersFor(ctx, subject, { scope, status: 'snoozed', personId });
    // End-date extensions waiting for this person's decision (their pages as line manager; the board: all).
    const decide: (EndDateRequestRecord & { pageName: string })[] = [];
    for (const d of await listEndDateRequests(ctx.store.db, { status: 'open' })) {
      const page = await getPage(ctx.store.db, d.pageId);
      if (page && (page.managerId === personId || hasRole(subject, 'directie'))) decide.push({ ...d, pageName: page.displayName });
    }
    const now = ctx.clock.now();
    const today = schoolDay(now);
    const weekday = (new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7;
    const weekStart = addSchoolDays(today, -weekday);
    const lang = ctx.desk.language;
    const content = digestHtml(lang, person, open, snoozed, decide, now, weekStart);
    const slug = person.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || `persoon-${person.id}`;
    return { fileName: `weekoverzicht-${slug}-${weekStart}.html`, mimeType: 'text/html', content };
  },
};
