import { afterEach, describe, expect, it } from 'vitest';
import { checkDerailment, derailmentHook } from '../../electron/services/derailment';
import { ITEMS_STORED_HOOKS } from '../../electron/backend/jobs';
import { listAudit } from '../../db/audit';
import { Rng } from '../connectors/demo/rng';
import { addItems, moderationSchool, type ItemSpec, type ModerationSchool } from '../helpers/moderation';

// B5 on generated traffic with known bursts: a quiet page, a busy page, a brand-new page. Items
// arrive in polls every five minutes, and after each poll the hook runs as the poller runs it.
// Every burst must raise exactly one alert; steady traffic none.

let s: ModerationSchool | null = null;
afterEach(async () => {
  await s?.t.close();
  s = null;
});

const START = Date.parse('2026-11-01T00:00:00.000Z');
const MIN = 60_000;
const POLL = 5 * MIN;

interface Burst {
  at: number;
  items: number;
  flaggedShare: number;
  spreadMin: number;
  thread?: string;
}

/** Steady Poisson traffic at `perHour` (flagged with probability `flagged`), plus the bursts, as item specs in time order. */
function traffic(rng: Rng, from: number, to: number, perHour: number, flagged: number, bursts: Burst[] = []): (ItemSpec & { t: number })[] {
  const out: (ItemSpec & { t: number })[] = [];
  let t = from;
  const gap = () => (-Math.log(1 - rng.next()) * 3_600_000) / perHour;
  for (t += gap(); t < to; t += gap()) {
    const bad = rng.chance(flagged);
    out.push({ t, at: new Date(t).toISOString(), categories: bad ? ['coarse_language'] : [], author: `p${rng.int(1, 400)}`, thread: `post-${Math.floor(t / (6 * 3_600_000))}` });
  }
  for (const b of bursts) {
    for (let i = 0; i < b.items; i++) {
      const bt = b.at + rng.next() * b.spreadMin * MIN;
      const bad = i < Math.round(b.items * b.flaggedShare);
      out.push({ t: bt, at: new Date(bt).toISOString(), categories: bad ? ['insult', 'threat'].slice(0, rng.int(1, 2)) as ItemSpec['categories'] : [], author: `b${rng.int(1, 30)}`, thread: b.thread ?? 'burst-post' });
    }
  }
  return out.sort((a, b) => a.t - b.t);
}

/** Stores the history at once, then the evaluation period poll by poll, running the check after each. */
async function replay(s: ModerationSchool, pageId: number, items: (ItemSpec & { t: number })[], evalFrom: number, evalTo: number) {
  await addItems(s, pageId, items.filter((i) => i.t < evalFrom));
  const raised: { at: number; alertId: number; kind: string; scope: string }[] = [];
  for (let now = evalFrom + POLL; now <= evalTo; now += POLL) {
    const batch = items.filter((i) => i.t >= now - POLL && i.t < now);
    if (!batch.length) continue;
    await addItems(s, pageId, batch);
    const alert = await checkDerailment(s.t.backend, pageId, new Date(now));
    if (alert && !raised.some((r) => r.alertId === alert.id)) raised.push({ at: now, alertId: alert.id, kind: alert.kind, scope: alert.scope });
  }
  return raised;
}

describe('derailment on generated traffic', () => {
  it('a quiet page: a burst of threats in one thread raises one alert about that thread; quiet days none', async () => {
    s = await moderationSchool();
    const rng = new Rng(42);
    const burstAt = START + 9 * 86_400_000 + 14 * 3_600_000;
    const items = traffic(rng, START, START + 10 * 86_400_000, 0.5, 0.1, [{ at: burstAt, items: 9, flaggedShare: 1, spreadMin: 20, thread: 'sportdag' }]);
    const raised = await replay(s, s.page.id, items, START + 7 * 86_400_000, START + 10 * 86_400_000);
    expect(raised).toHaveLength(1);
    expect(raised[0]!.at).toBeGreaterThan(burstAt);
    expect(raised[0]!.at).toBeLessThanOrEqual(burstAt + 25 * MIN);
    expect(raised[0]).toMatchObject({ kind: 'flagged', scope: 'thread' });
  });

  it('a busy page: steady traffic raises nothing for days; a pile-on raises one alert that grows', async () => {
    s = await moderationSchool();
    const rng = new Rng(7);
    const burstAt = START + 8 * 86_400_000 + 19 * 3_600_000;
    const items = traffic(rng, START, START + 9 * 86_400_000, 20, 0.15, [{ at: burstAt, items: 60, flaggedShare: 0.4, spreadMin: 45 }]);
    const raised = await replay(s, s.page.id, items, START + 6 * 86_400_000, START + 9 * 86_400_000);
    expect(raised).toHaveLength(1);
    expect(raised[0]!.at).toBeGreaterThan(burstAt);
    expect(raised[0]!.at).toBeLessThanOrEqual(burstAt + 30 * MIN);
    const [alert] = await s.t.as(s.owner, 'derailment.list', {});
    // Later polls in the same burst brought the same alert up to date rather than raising more.
    expect(alert!.itemCount).toBeGreaterThan(25);
    expect(alert!.categories.map((c) => c.category)).toEqual(expect.arrayContaining(['insult']));
  });

  it('steady traffic at several rates: no alert in three days of polls', async () => {
    s = await moderationSchool();
    for (const [i, [perHour, flagged]] of ([[2, 0.2], [6, 0.1], [40, 0.05]] as const).entries()) {
      const page = i === 0 ? s.page.id : i === 1 ? s.otherPage.id : (await s.t.as(s.owner, 'pages.link', { id: (await s.t.as(s.manager, 'pages.approve', { id: (await s.t.as(s.owner, 'pages.request', { platform: 'x', displayName: `Extra ${i} - CSG Het Streek`, handle: `@extra${i}`, url: '', purpose: 'Test', audience: 'publiek', ownerId: s.owner.personId!, backupOwnerId: s.backup.personId!, managerId: s.manager.personId!, endDate: '2027-07-15', ongoingReason: '', genericConfirmed: false })).id, reason: 'ok' })).id })).id;
      const rng = new Rng(100 + i);
      const items = traffic(rng, START, START + 7 * 86_400_000, perHour, flagged);
      const raised = await replay(s, page, items, START + 4 * 86_400_000, START + 7 * 86_400_000);
      expect(raised, `${perHour}/h`).toEqual([]);
    }
  });

  it('a brand-new page: its busy first day is no alarm, a burst of flagged items is', async () => {
    s = await moderationSchool();
    const rng = new Rng(3);
    const from = START + 20 * 86_400_000;
    const burstAt = from + 6 * 3_600_000;
    const items = traffic(rng, from, from + 12 * 3_600_000, 30, 0.03, [{ at: burstAt, items: 7, flaggedShare: 1, spreadMin: 15 }]);
    const raised = await replay(s, s.page.id, items, from, from + 12 * 3_600_000);
    expect(raised).toHaveLength(1);
    expect(raised[0]!.kind).toBe('flagged');
    expect(raised[0]!.at).toBeGreaterThan(burstAt);
  });
});

describe('derailment alerts in the app', () => {
  async function burst() {
    s = await moderationSchool();
    const base = Date.parse('2026-11-24T08:00:00.000Z');
    const specs: ItemSpec[] = Array.from({ length: 8 }, (_, i) => ({ at: new Date(base + i * 2 * MIN).toISOString(), categories: ['insult'], text: `scheldwoord ${i}`, author: `a${i % 3}` }));
    const ids = await addItems(s, s.page.id, specs);
    await derailmentHook(s.t.backend, s.page.id, [], new Date(base + 20 * MIN));
    return { s, ids };
  }

  it('is idempotent, shown to the owner, backup owner, manager and office, and not to others', async () => {
    const { s } = await burst();
    const again = await checkDerailment(s.t.backend, s.page.id, new Date(Date.parse('2026-11-24T08:20:00.000Z')));
    const alerts = await s.t.as(s.owner, 'derailment.list', {});
    expect(alerts).toHaveLength(1);
    expect(again!.id).toBe(alerts[0]!.id);
    expect(alerts[0]).toMatchObject({ kind: 'flagged', flaggedCount: 8, page: { id: s.page.id }, canEscalate: true, canDismiss: true, authors: 3 });
    expect(alerts[0]!.itemIds).toHaveLength(8);
    expect(await s.t.as(s.backup, 'derailment.list', {})).toHaveLength(1);
    expect(await s.t.as(s.comms, 'derailment.list', {})).toHaveLength(1);
    const forManager = await s.t.as(s.manager, 'derailment.list', {});
    expect(forManager[0]).toMatchObject({ canEscalate: false, canDismiss: true });
    expect(await s.t.as(s.otherOwner, 'derailment.list', {})).toEqual([]);
    expect(await s.t.as(s.otherManager, 'derailment.list', {})).toEqual([]);
  });

  it('escalates in one click (B5) to the line manager, with the summary', async () => {
    const { s } = await burst();
    const [alert] = await s.t.as(s.owner, 'derailment.list', {});
    const { escalation, alert: closed } = await s.t.as(s.owner, 'derailment.escalate', { id: alert!.id, note: '' });
    expect(escalation).toMatchObject({ kind: 'B5', to: { name: 'Mark Manager' } });
    expect(escalation.note).toMatch(/Project X - CSG Het Streek.*8 meldingen in 30 minuten, waarvan 8 gemarkeerd/);
    expect(closed.status).toBe('escalated');
    expect(await s.t.as(s.owner, 'derailment.list', {})).toEqual([]);
    expect((await s.t.as(s.manager, 'queue.list', { view: 'escalated' })).rows.map((r) => r.id)).toEqual([escalation.itemId]);
    const audit = await listAudit(s.t.backend.store.db, { subjectType: 'page', subjectId: s.page.id });
    expect(audit.at(-1)).toMatchObject({ action: 'derailment.escalate', data: { alertId: alert!.id, escalationId: escalation.id } });
    expect((await s.t.tryAs(s.owner, 'derailment.escalate', { id: alert!.id, note: '' })).ok).toBe(false);
  });

  it('is dismissed with a reason; the manager may dismiss but not escalate to themself', async () => {
    const { s } = await burst();
    const [alert] = await s.t.as(s.manager, 'derailment.list', {});
    const refused = await s.t.tryAs(s.manager, 'derailment.escalate', { id: alert!.id, note: '' });
    expect(!refused.ok && refused.error.key).toBe('derailment.errors.forbidden');
    const dismissed = await s.t.as(s.manager, 'derailment.dismiss', { id: alert!.id, reason: 'Gesprek is al gesloten' });
    expect(dismissed.status).toBe('dismissed');
    expect(await s.t.as(s.owner, 'derailment.list', {})).toEqual([]);
  });

  it('is one of the poller’s items-stored hooks', () => {
    expect(ITEMS_STORED_HOOKS).toContain(derailmentHook);
  });
});
