import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listAudit } from '../../db/audit';
import { setOwnActivity } from '../../db/activity';
import { updateConnection } from '../../db/connections';
import { createBackend } from '../../electron/backend/backend';
import { BACKGROUND_JOBS } from '../../electron/backend/jobs';
import { computeReminders } from '../../electron/services/reminders-job';
import { main } from '../../electron/cli/index';
import type { EventName } from '../../shared/api/events';
import { silentLogger } from '../helpers/backend';
import { addItems } from '../helpers/lifecycle';
import { activePage, pagesSchool, type PagesSchool } from '../helpers/pages';

// The reminder job against a real database: idempotent (also across a restart), resolved when the
// condition ends, escalated after the delay, snoozed with a reason, held back by a board exemption.

let s: PagesSchool;
beforeEach(async () => {
  s = await pagesSchool();
});
afterEach(async () => {
  // Some tests close the backend themselves (a restart, the CLI); closing twice is harmless.
  await s.t.close();
});

const count = async () => Number((await s.t.backend.store.db.selectFrom('reminders').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

function events() {
  const seen: { event: EventName; payload: unknown }[] = [];
  s.t.backend.events.subscribe((event, payload) => seen.push({ event, payload }));
  return seen;
}

describe('reminders: the job', () => {
  it('opens an end-date reminder once, however often it runs, and across a restart', async () => {
    const page = await activePage(s);
    expect((await s.t.as(s.owner, 'reminders.run', {})).opened).toBe(0);
    s.t.clock.set('2027-07-05T08:00:00.000Z');
    const seen = events();
    const first = await s.t.as(s.owner, 'reminders.run', {});
    expect(first).toMatchObject({ opened: 1, open: 1 });
    expect(seen.filter((e) => e.event === 'reminders.due')).toHaveLength(1);
    expect((await s.t.as(s.owner, 'reminders.run', {})).opened).toBe(0);
    expect(await count()).toBe(1);

    const mine = await s.t.as(s.owner, 'reminders.list', { scope: 'mine' });
    expect(mine).toEqual([
      expect.objectContaining({
        rule: 'end_date',
        clause: 'B3',
        urgency: 'warning',
        page: expect.objectContaining({ id: page.id }),
        facts: { endDate: '2027-07-15', daysLeft: 10 },
        actions: expect.arrayContaining(['archive', 'extendEndDate', 'snooze']),
      }),
    ]);
    expect(mine[0]!.recipients.map((r) => r.why)).toEqual(['owner', 'backup', 'office', 'office']);
    expect(await s.t.as(s.backup, 'reminders.list', { scope: 'mine' })).toHaveLength(1);
    // The line manager hears of it only after the delay; the office sees everything.
    expect(await s.t.as(s.manager, 'reminders.list', { scope: 'mine' })).toHaveLength(0);
    expect(await s.t.as(s.comms, 'reminders.list', { scope: 'all' })).toHaveLength(1);
    expect(await s.t.tryAs(s.owner, 'reminders.list', { scope: 'all' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    // A restart: a new process on the same data folder runs the job again and adds nothing.
    const { dataDir } = s.t;
    await s.t.backend.close();
    const again = createBackend({ dataDir, host: { transport: 'ipc' }, clock: s.t.clock, logger: silentLogger });
    const job = BACKGROUND_JOBS.find((j) => j.name === 'reminders')!;
    await job.run(again, s.t.clock.now());
    await job.run(again, s.t.clock.now());
    expect(Number((await again.store.db.selectFrom('reminders').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)).toBe(1);
    const stillOne = await again.invokeAs(s.owner, 'reminders.list', { scope: 'mine' });
    expect(stillOne.ok && stillOne.value).toHaveLength(1);
    await again.close();
  });

  it('turns urgent after the end date and goes to the line manager after the delay', async () => {
    await activePage(s);
    s.t.clock.set('2027-07-10T08:00:00.000Z');
    await s.t.as(s.owner, 'reminders.run', {});
    s.t.clock.set('2027-07-17T08:00:00.000Z');
    const run = await s.t.as(s.owner, 'reminders.run', {});
    expect(run).toMatchObject({ opened: 0, escalated: 1 });
    const [r] = await s.t.as(s.manager, 'reminders.list', { scope: 'mine' });
    expect(r).toMatchObject({ urgency: 'urgent', overdue: true, facts: { daysLeft: -2 } });
    expect(r!.recipients.some((p) => p.why === 'manager')).toBe(true);
    const audit = await listAudit(s.t.backend.store.db, { subjectType: 'reminder' });
    expect(audit.map((a) => a.action)).toEqual(['reminder.open', 'reminder.escalate']);
  });

  it('snoozes with a reason, hides until then, and comes back', async () => {
    await activePage(s);
    s.t.clock.set('2027-07-05T08:00:00.000Z');
    await s.t.as(s.owner, 'reminders.run', {});
    const [r] = await s.t.as(s.owner, 'reminders.list', {});
    expect(await s.t.tryAs(s.owner, 'reminders.snooze', { id: r!.id, until: '2027-07-05', reason: 'x' })).toMatchObject({ ok: false, error: { key: 'reminders.errors.snoozePast' } });
    expect(await s.t.tryAs(s.plain, 'reminders.snooze', { id: r!.id, until: '2027-07-08', reason: 'x' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const snoozed = await s.t.as(s.owner, 'reminders.snooze', { id: r!.id, until: '2027-07-08', reason: 'Overleg met de sectie op maandag' });
    expect(snoozed).toMatchObject({ snoozeReason: 'Overleg met de sectie op maandag', snoozedBy: 'Olga Owner', actions: expect.arrayContaining(['unsnooze']) });
    expect(await s.t.as(s.owner, 'reminders.list', {})).toHaveLength(0);
    expect(await s.t.as(s.owner, 'reminders.list', { status: 'snoozed' })).toHaveLength(1);
    // A snoozed reminder does not escalate while it sleeps…
    s.t.clock.set('2027-07-07T23:00:00.000Z');
    expect((await s.t.as(s.owner, 'reminders.run', {})).escalated).toBe(0);
    // …and is back on the chosen day.
    s.t.clock.set('2027-07-08T08:00:00.000Z');
    expect(await s.t.as(s.owner, 'reminders.list', {})).toHaveLength(1);
    const audit = await listAudit(s.t.backend.store.db, { subjectType: 'reminder', subjectId: r!.id });
    expect(audit.find((a) => a.action === 'reminder.snooze')).toMatchObject({ reason: 'Overleg met de sectie op maandag', actorLabel: 'Olga Owner' });
  });

  it('closes when the line manager approves a new end date (a workflow with its own audit)', async () => {
    const page = await activePage(s);
    s.t.clock.set('2027-07-05T08:00:00.000Z');
    await s.t.as(s.owner, 'reminders.run', {});
    const req = await s.t.as(s.owner, 'endDates.request', { pageId: page.id, newEndDate: '2028-07-15', reason: 'Project loopt nog een jaar door' });
    expect(req).toMatchObject({ status: 'open', currentEndDate: '2027-07-15', actions: ['withdraw'] });
    expect(await s.t.tryAs(s.owner, 'endDates.decide', { id: req.id, approve: true, reason: 'zelf' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await s.t.tryAs(s.otherManager, 'endDates.decide', { id: req.id, approve: true, reason: 'x' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await s.t.tryAs(s.owner, 'endDates.request', { pageId: page.id, newEndDate: '2028-01-01', reason: 'nog een' })).toMatchObject({ ok: false, error: { key: 'endDates.errors.pending' } });
    const [pending] = await s.t.as(s.owner, 'reminders.list', {});
    expect(pending!.pendingExtension).toMatchObject({ newEndDate: '2028-07-15' });
    expect(pending!.actions).not.toContain('extendEndDate');
    expect(await s.t.as(s.manager, 'endDates.list', { view: 'decide' })).toHaveLength(1);
    const done = await s.t.as(s.manager, 'endDates.decide', { id: req.id, approve: true, reason: 'Akkoord, evaluatie in juni' });
    expect(done).toMatchObject({ status: 'approved', decidedBy: 'Mark Manager' });
    expect((await s.t.as(s.owner, 'pages.get', { id: page.id })).endDate).toBe('2028-07-15');
    expect(await s.t.as(s.owner, 'reminders.list', {})).toHaveLength(0);
    expect(await s.t.as(s.owner, 'reminders.list', { status: 'resolved' })).toEqual([expect.objectContaining({ resolution: 'condition_ended' })]);
    const history = await s.t.as(s.owner, 'pages.history', { id: page.id });
    expect(history.entries.map((e) => e.action).slice(-2)).toEqual(['page.endDateRequest', 'page.endDateApprove']);
  });

  it('respects an active board exemption for a page without an end date, and shows it', async () => {
    const page = await activePage(s, { endDate: null, ongoingReason: 'Nieuwskanaal van de school' });
    await s.t.as(s.owner, 'reminders.run', {});
    const [r] = await s.t.as(s.owner, 'reminders.list', {});
    expect(r).toMatchObject({ key: `end_date:${page.id}:none`, urgency: 'info', actions: expect.arrayContaining(['exemption']) });
    const ask = await s.t.as(s.owner, 'exemptions.request', {
      kind: 'end_date',
      clause: 'B3',
      scope: 'page',
      pageId: page.id,
      description: 'Nieuwspagina zonder einddatum',
      reason: 'Het nieuwskanaal is er zolang de school bestaat',
      validFrom: '2026-11-24',
      validUntil: '2027-08-31',
    });
    expect(await s.t.as(s.owner, 'reminders.list', {})).toHaveLength(1);
    await s.t.as(s.board, 'exemptions.decide', { id: ask.id, approve: true, reason: 'Akkoord directie 24-11' });
    expect(await s.t.as(s.owner, 'reminders.list', {})).toHaveLength(0);
    const [resolved] = await s.t.as(s.owner, 'reminders.list', { status: 'resolved' });
    expect(resolved).toMatchObject({ resolution: 'exempted', exemption: { id: ask.id, description: 'Nieuwspagina zonder einddatum', validUntil: '2027-08-31' } });
    // After the exemption ends, the reminder comes back (the same row, reopened).
    s.t.clock.set('2027-09-01T08:00:00.000Z');
    await s.t.as(s.owner, 'reminders.run', {});
    const [back] = await s.t.as(s.owner, 'reminders.list', {});
    expect(back!.id).toBe(r!.id);
    expect(await count()).toBe(1);
  });

  it('flagged items waiting too long; closed once they are handled', async () => {
    const page = await activePage(s);
    const db = s.t.backend.store.db;
    const ids = await addItems(db, { id: page.id, platform: 'instagram' }, [
      { createdAt: '2026-11-21T10:00:00.000Z', categories: ['insult'] },
      { createdAt: '2026-11-21T11:00:00.000Z', categories: ['threat'], severity: 3 },
      { createdAt: '2026-11-24T08:00:00.000Z', categories: ['insult'] },
      { createdAt: '2026-11-20T08:00:00.000Z' },
    ]);
    await s.t.as(s.owner, 'reminders.run', {});
    const [r] = await s.t.as(s.owner, 'reminders.list', {});
    expect(r).toMatchObject({ rule: 'unreviewed', urgency: 'urgent', facts: { count: 2, urgent: 1, hours: 48 }, actions: expect.arrayContaining(['review']) });
    await db.updateTable('items').set({ status: 'afgehandeld' }).where('id', 'in', ids.slice(0, 2)).execute();
    expect((await s.t.as(s.owner, 'reminders.run', {})).resolved).toBe(1);
  });

  it('asks for a transfer when the owner leaves — at once to the line manager and the office', async () => {
    const page = await activePage(s);
    await s.t.as(s.admin, 'people.deactivate', { id: s.owner.personId!, reason: 'Vertrokken' });
    await s.t.as(s.comms, 'reminders.run', {});
    const [r] = await s.t.as(s.manager, 'reminders.list', {});
    expect(r).toMatchObject({ rule: 'owner_gone', urgency: 'urgent', facts: { role: 'owner', name: 'Olga Owner' } });
    // Whoever the reminder goes to can act on it: hand the page over, or ask to archive it.
    expect(r!.actions).toEqual(expect.arrayContaining(['archive', 'transfer', 'snooze']));
    const [forBackup] = await s.t.as(s.backup, 'reminders.list', {});
    expect(forBackup!.actions).toEqual(expect.arrayContaining(['archive', 'transfer']));
    const [forOffice] = await s.t.as(s.comms, 'reminders.list', { scope: 'all' });
    expect(forOffice!.actions).toContain('transfer');
    await s.t.as(s.backup, 'pages.proposeTransfer', { id: page.id, toPersonId: s.otherOwner.personId!, newBackupOwnerId: null, reason: 'Otto neemt het over' });
    expect((await s.t.as(s.comms, 'reminders.run', {})).resolved).toBe(1);
  });

  it('a failing connector after a day; inactivity only where the own activity is known', async () => {
    const page = await activePage(s, { platform: 'x', handle: '@streek_x', url: 'https://x.com/streek_x' });
    const db = s.t.backend.store.db;
    await updateConnection(db, page.id, { lastSuccessAt: '2026-11-23T08:00:00.000Z', consecutiveFailures: 6, lastError: { kind: 'auth', key: 'poll.error.auth', nl: 'x', en: 'x', detail: '', retryAt: null, at: '2026-11-24T08:00:00.000Z' } }, '2026-11-24T08:00:00.000Z');
    await s.t.as(s.owner, 'reminders.run', {});
    expect((await s.t.as(s.owner, 'reminders.list', {})).map((r) => [r.rule, r.clause, r.facts.errorKey])).toEqual([['connector_failing', 'B2', 'poll.error.auth']]);
    expect((await s.t.as(s.owner, 'reminders.lifecycle', { pageId: page.id })).ownLastPostAt).toBeNull();
    await setOwnActivity(db, page.id, { ownLastPostAt: '2026-08-01T10:00:00.000Z' }, '2026-11-24T08:00:00.000Z');
    await updateConnection(db, page.id, { consecutiveFailures: 0 }, '2026-11-24T08:00:00.000Z');
    await s.t.as(s.owner, 'reminders.run', {});
    expect((await s.t.as(s.owner, 'reminders.list', {})).map((r) => r.rule)).toEqual(['inactive']);
  });

  it('computeReminders is one transaction that leaves nothing half-done when run twice at once', async () => {
    await activePage(s);
    s.t.clock.set('2027-07-05T08:00:00.000Z');
    const [a, b] = await Promise.all([computeReminders(s.t.backend.store.db, s.t.clock.now()), computeReminders(s.t.backend.store.db, s.t.clock.now())]);
    expect(a.opened.length + b.opened.length).toBe(1);
    expect(await count()).toBe(1);
  });

  it('thresholds live in the settings; only the office or admin changes them', async () => {
    expect(await s.t.as(s.owner, 'reminders.settings', {})).toMatchObject({ endDateWarnDays: 14, escalateAfterDays: 7 });
    const next = { endDateWarnDays: 30, inactiveDays: 90, unreviewedHours: 24, connectorFailingHours: 12, credentialsWarnDays: 7, escalateAfterDays: 3 };
    expect(await s.t.tryAs(s.owner, 'reminders.updateSettings', next)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await s.t.as(s.comms, 'reminders.updateSettings', next)).toEqual(next);
    const page = await activePage(s, { handle: '@andere' });
    s.t.clock.set('2027-06-20T08:00:00.000Z');
    await s.t.as(s.owner, 'reminders.run', {});
    expect((await s.t.as(s.owner, 'reminders.list', {}))[0]).toMatchObject({ page: { id: page.id }, facts: { daysLeft: 25 } });
  });

  it('makes a printable weekly digest per person, with every text escaped', async () => {
    await activePage(s, { displayName: 'Project <script>alert(1)</script> - CSG Het Streek' });
    s.t.clock.set('2027-07-05T08:00:00.000Z');
    await s.t.as(s.owner, 'reminders.run', {});
    const digest = await s.t.as(s.owner, 'reminders.digest', {});
    expect(digest.fileName).toBe('weekoverzicht-olga-owner-2027-07-05.html');
    expect(digest.content).toContain('Weekoverzicht herinneringen — Olga Owner');
    expect(digest.content).toContain('Einddatum nadert');
    expect(digest.content).toContain('De einddatum 15-07-2027 is over 10 dagen.');
    expect(digest.content).not.toContain('<script>');
    expect(digest.content).toContain('&lt;script&gt;');
    expect(await s.t.tryAs(s.owner, 'reminders.digest', { personId: s.backup.personId! })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await s.t.as(s.comms, 'reminders.digest', { personId: s.backup.personId! })).content).toContain('Bert Backup');
  });
});

describe('paginawacht reminders', () => {
  let out = '';
  let err = '';
  beforeEach(() => {
    out = '';
    err = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      err += String(chunk);
      return true;
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('lists, computes with --due, prints JSON, and exits with the documented codes', async () => {
    // The CLI runs on the real clock: a page whose end date passed long ago.
    await activePage(s, { endDate: null, ongoingReason: 'doorlopend' });
    await s.t.backend.store.db.updateTable('pages').set({ end_date: '2020-01-31', ongoing_reason: null }).execute();
    await s.t.close();
    const cli = (...args: string[]) => main(['node', 'paginawacht', '--data-dir', s.t.dataDir, ...args]);
    expect(await cli('reminders')).toBe(0);
    expect(err).toContain('Geen herinneringen');
    expect(await cli('reminders', '--due')).toBe(0);
    expect(out).toMatch(/^\d+\turgent\tend_date\tB3\tProject X - CSG Het Streek \(#\d+\)\t31-01-2020\tEinddatum verstreken\tover tijd\n$/);
    out = '';
    expect(await cli('reminders', '--format', 'json')).toBe(0);
    const json = JSON.parse(out) as { rule: string; text: { en: { title: string } } }[];
    expect(json).toEqual([expect.objectContaining({ rule: 'end_date', text: expect.objectContaining({ en: expect.objectContaining({ title: 'End date passed' }) }) })]);
    out = '';
    expect(await cli('--as', 'olga@school.nl', 'reminders', '--due', '--format', 'html')).toBe(0);
    expect(out).toMatch(/^<!doctype html>/);
    expect(await cli('--as', 'olga@school.nl', 'reminders', '--all')).toBe(1);
    expect(await cli('reminders', '--status', 'nope')).toBe(2);
    expect(await cli('reminders', '--format', 'html')).toBe(2);
  });
});
