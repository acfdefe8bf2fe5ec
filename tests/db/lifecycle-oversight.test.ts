import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit, verifyAuditChain } from '../../db/audit';
import { BACKGROUND_JOBS, ITEMS_STORED_HOOKS } from '../../electron/backend/jobs';
import { addItems } from '../helpers/lifecycle';
import { activePage, pagesSchool, requestInput, requested, type PagesSchool } from '../helpers/pages';

// Spot checks (O1), exemptions (O2), the retention purge and the reports against a real database.

let s: PagesSchool;
beforeEach(async () => {
  s = await pagesSchool();
});
afterEach(async () => {
  await s.t.close();
});

async function threePages() {
  const a = await activePage(s, { handle: '@streek_a', displayName: 'Sport - CSG Het Streek' });
  const b = await activePage(s, { handle: '@streek_b', displayName: 'Ouders - CSG Het Streek', platform: 'facebook', genericConfirmed: true });
  const c = await activePage(s, { handle: '@streek_c', displayName: 'Techniek - CSG Het Streek', platform: 'x' });
  const db = s.t.backend.store.db;
  const at = (d: number, h = 10) => `2026-11-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:00:00.000Z`;
  const many = (days: number[], per: number) => days.flatMap((d) => Array.from({ length: per }, (_, i) => ({ createdAt: at(d, 8 + (i % 10)) })));
  await addItems(db, { id: a.id, platform: 'instagram' }, many([2, 3, 4, 5, 6, 9, 10, 11, 12], 10));
  await addItems(db, { id: b.id, platform: 'facebook' }, many([2, 3, 4, 9, 10], 8));
  await addItems(db, { id: c.id, platform: 'x' }, many([3, 10], 5));
  return { a, b, c };
}

const officer = () => ({ ...s.plain }); // Piet Personeel holds the functionaris role

describe('spot checks (O1)', () => {
  it('names every page of the population, also one no item was drawn from', async () => {
    await threePages();
    const small = await s.t.as(officer(), 'spotChecks.draw', { from: '2026-11-01', to: '2026-11-30', size: 2 });
    expect(small.strata.map((x) => [x.page.displayName, x.sample])).toEqual([
      ['Sport - CSG Het Streek', 1],
      ['Ouders - CSG Het Streek', 1],
      ['Techniek - CSG Het Streek', 0],
    ]);
  });

  it('only the officer draws and reviews; the board and the office read the results without the words', async () => {
    const { a } = await threePages();
    const params = { from: '2026-11-01', to: '2026-11-30', size: 20 };
    expect(await s.t.tryAs(s.comms, 'spotChecks.draw', params)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await s.t.tryAs(s.board, 'spotChecks.draw', params)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await s.t.tryAs(s.owner, 'spotChecks.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const drawn = await s.t.as(officer(), 'spotChecks.draw', { ...params, note: 'Maandcontrole november' });
    expect(drawn).toMatchObject({ population: 90 + 40 + 10, sampleSize: 20, canReview: true, algorithm: 'mulberry32-stratified-v1' });
    expect(drawn.strata.map((x) => [x.page.displayName, x.population, x.sample])).toEqual([
      ['Sport - CSG Het Streek', 90, 13],
      ['Ouders - CSG Het Streek', 40, 6],
      ['Techniek - CSG Het Streek', 10, 1],
    ]);
    expect(drawn.items[0]!.item).toMatchObject({ text: expect.stringMatching(/^Reactie nummer/) });

    const first = drawn.items[0]!;
    expect(await s.t.tryAs(s.board, 'spotChecks.review', { id: drawn.id, itemId: first.id, verdict: 'in_orde' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await s.t.tryAs(officer(), 'spotChecks.review', { id: drawn.id, itemId: first.id, verdict: 'niet_in_orde' })).toMatchObject({ ok: false, error: { key: 'spotChecks.errors.noteRequired' } });
    await s.t.as(officer(), 'spotChecks.review', { id: drawn.id, itemId: first.id, verdict: 'niet_in_orde', clause: 'A10', note: 'Grof, had verborgen moeten worden' });
    const after = await s.t.as(officer(), 'spotChecks.review', { id: drawn.id, itemId: drawn.items[1]!.id, verdict: 'in_orde' });
    expect(after).toMatchObject({ reviewed: 2, inOrder: 1, notInOrder: 1 });

    const read = await s.t.as(s.board, 'spotChecks.get', { id: drawn.id });
    expect(read.canReview).toBe(false);
    expect(read.items.every((i) => i.item === null)).toBe(true);
    expect(read.items[0]).toMatchObject({ verdict: 'niet_in_orde', clause: 'A10', note: 'Grof, had verborgen moeten worden', reviewedBy: 'Piet Personeel' });
    const csv = await s.t.as(s.comms, 'spotChecks.report', { id: drawn.id, format: 'csv' });
    expect(csv.content).toContain('niet_in_orde,A10,"Grof, had verborgen moeten worden",Piet Personeel');
    expect(csv.content).not.toContain('Reactie nummer');
    const html = await s.t.as(s.comms, 'spotChecks.report', { id: drawn.id, format: 'html' });
    expect(html.content).toContain('Steekproef');
    expect(html.content).not.toContain('Reactie nummer');
    expect((await listAudit(s.t.backend.store.db, { subjectType: 'spotCheck' })).map((e) => e.action)).toEqual(['spotCheck.draw', 'spotCheck.review', 'spotCheck.review']);
    void a;
  });

  it('is reproducible from its recorded seed, and changes with another seed', async () => {
    await threePages();
    const params = { from: '2026-11-01', to: '2026-11-30', rate: 0.1, allocation: 'equal' as const };
    const one = await s.t.as(officer(), 'spotChecks.draw', params);
    const again = await s.t.as(officer(), 'spotChecks.draw', { ...params, seed: one.seed });
    expect(again.items.map((i) => i.itemRef)).toEqual(one.items.map((i) => i.itemRef));
    expect(await s.t.as(s.comms, 'spotChecks.verify', { id: one.id })).toEqual({ same: true, expected: 14, matching: 14, purged: 0 });
    const other = await s.t.as(officer(), 'spotChecks.draw', { ...params, seed: String((Number(one.seed) + 1) % 4294967296) });
    expect(other.items.map((i) => i.itemRef)).not.toEqual(one.items.map((i) => i.itemRef));
    // Equal allocation: 14 over three pages, the small page gives what it has.
    expect(one.strata.map((x) => x.sample)).toEqual([5, 5, 4]);
  });

  it('never samples outside the official pages: a page that was never approved is refused', async () => {
    await threePages();
    const waiting = await requested(s, { handle: '@nog_niet' });
    expect(await s.t.tryAs(officer(), 'spotChecks.draw', { from: '2026-11-01', to: '2026-11-30', size: 5, pageIds: [waiting.id] })).toMatchObject({
      ok: false,
      error: { key: 'spotChecks.errors.notOfficial', field: 'pageIds' },
    });
    expect(await s.t.tryAs(officer(), 'spotChecks.draw', { from: '2026-11-01', to: '2026-11-30', size: 5, pageIds: [99999] })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await s.t.tryAs(officer(), 'spotChecks.draw', { from: '2026-12-01', to: '2026-12-31', size: 5 })).toMatchObject({ ok: false, error: { key: 'spotChecks.errors.empty' } });
    expect(await s.t.tryAs(officer(), 'spotChecks.draw', { from: '2026-11-01', to: '2026-11-30', size: 5, rate: 0.2 })).toMatchObject({ ok: false, error: { key: 'spotChecks.errors.sizeOrRate' } });
    const preview = await s.t.as(officer(), 'spotChecks.preview', { from: '2026-11-09', to: '2026-11-12', size: 10 });
    expect(preview).toMatchObject({ population: 40 + 16 + 5, sampleSize: 10 });
  });
});

describe('exemptions (O2)', () => {
  const ask = (pageId: number, over: Record<string, unknown> = {}) => ({
    kind: 'flag_category' as const,
    clause: 'A6',
    category: 'media_consent',
    scope: 'page' as const,
    pageId,
    description: 'Fotopagina: toestemming geregeld bij inschrijving',
    reason: 'Ouders tekenen bij inschrijving voor foto’s op deze pagina',
    validFrom: '2026-11-24',
    validUntil: '2027-07-31',
    ...over,
  });

  it('only the board approves, in writing, and never its own deviation', async () => {
    const page = await activePage(s);
    expect(await s.t.tryAs(s.plain, 'exemptions.request', ask(page.id))).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'pageId' } });
    expect(await s.t.tryAs(s.owner, 'exemptions.request', ask(page.id, { category: 'threat' }))).toMatchObject({ ok: false, error: { key: 'exemptions.errors.category' } });
    expect(await s.t.tryAs(s.owner, 'exemptions.request', ask(page.id, { validUntil: '2030-01-01' }))).toMatchObject({ ok: false, error: { key: 'exemptions.errors.tooLong' } });
    const e = await s.t.as(s.owner, 'exemptions.request', ask(page.id));
    expect(e).toMatchObject({ status: 'aangevraagd', active: false, clause: 'A6', actions: ['withdraw'] });
    for (const who of [s.owner, s.manager, s.comms, s.admin]) {
      expect(await s.t.tryAs(who, 'exemptions.decide', { id: e.id, approve: true, reason: 'ok' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    // A board member who owns the page does not approve it.
    const boardOwner = await s.t.as(s.admin, 'people.add', { name: 'Bea Bestuur', email: 'bea@school.nl', roles: ['directie', 'eigenaar'], managerId: null });
    const bea = { personId: boardOwner.id, label: 'Bea Bestuur', roles: boardOwner.roles, via: 'app' as const };
    const req = await s.t.as(s.comms, 'pages.request', requestInput(s, { handle: '@bea', ownerId: boardOwner.id }));
    await s.t.as(s.manager, 'pages.approve', { id: req.id, reason: 'ok' });
    const own = await s.t.as(bea, 'pages.link', { id: req.id });
    const hers = await s.t.as(bea, 'exemptions.request', ask(own.id));
    expect(await s.t.tryAs(bea, 'exemptions.decide', { id: hers.id, approve: true, reason: 'ok' })).toMatchObject({ ok: false, error: { key: 'exemptions.errors.ownStake' } });
    expect((await s.t.as(s.board, 'exemptions.list', { status: 'pending' })).map((x) => x.actions)).toEqual([['approve', 'reject'], ['approve', 'reject']]);
    const approved = await s.t.as(s.board, 'exemptions.decide', { id: e.id, approve: true, reason: 'Akkoord, besproken in het MT van 20-11' });
    expect(approved).toMatchObject({ status: 'goedgekeurd', active: true, decidedBy: 'Dirk Directie', decisionReason: 'Akkoord, besproken in het MT van 20-11', actions: ['revoke'] });
    expect(await s.t.tryAs(s.owner, 'exemptions.revoke', { id: e.id, reason: 'x' })).toMatchObject({ ok: false, error: { key: 'exemptions.errors.boardOnly' } });
    expect(await s.t.as(s.owner, 'exemptions.list', { pageId: page.id, status: 'active' })).toHaveLength(1);
    const ended = await s.t.as(s.board, 'exemptions.revoke', { id: e.id, reason: 'Toestemming ingetrokken door de MR' });
    expect(ended).toMatchObject({ status: 'ingetrokken', active: false, revokedBy: 'Dirk Directie' });
    expect((await listAudit(s.t.backend.store.db, { subjectType: 'exemption', subjectId: e.id })).map((a) => a.action)).toEqual(['exemption.request', 'exemption.approve', 'exemption.revoke']);
  });

  it('the engine respects an active category exemption on new items of that page, traceably', async () => {
    const page = await activePage(s);
    const other = await activePage(s, { handle: '@ander' });
    const e = await s.t.as(s.owner, 'exemptions.request', ask(page.id));
    await s.t.as(s.board, 'exemptions.decide', { id: e.id, approve: true, reason: 'Akkoord' });
    const db = s.t.backend.store.db;
    const [photo, threat] = await addItems(db, { id: page.id, platform: 'instagram' }, [
      { createdAt: '2026-11-24T08:00:00.000Z', categories: ['media_consent'], severity: 1, hasMedia: true },
      { createdAt: '2026-11-24T08:05:00.000Z', categories: ['media_consent', 'threat'], severity: 3, hasMedia: true },
    ]);
    const [elsewhere] = await addItems(db, { id: other.id, platform: 'instagram' }, [{ createdAt: '2026-11-24T08:00:00.000Z', categories: ['media_consent'], severity: 1 }]);
    const hook = ITEMS_STORED_HOOKS[0]!;
    const asInserted = (id: number, categories: string[], pageId: number) => ({ id, pageId, severity: 1, categories });
    await hook(s.t.backend, page.id, [asInserted(photo!, ['media_consent'], page.id), asInserted(threat!, ['media_consent', 'threat'], page.id)], s.t.clock.now());
    await hook(s.t.backend, other.id, [asInserted(elsewhere!, ['media_consent'], other.id)], s.t.clock.now());
    const item = (id: number) => db.selectFrom('items').select(['flagged', 'severity']).where('id', '=', id).executeTakeFirstOrThrow();
    const flags = async (id: number) => (await db.selectFrom('item_flags').select('category').where('item_id', '=', id).execute()).map((f) => f.category);
    expect(await item(photo!)).toEqual({ flagged: 0, severity: 0 });
    expect(await flags(threat!)).toEqual(['threat']);
    expect(await item(threat!)).toEqual({ flagged: 1, severity: 3 });
    expect(await flags(elsewhere!)).toEqual(['media_consent']);
    const runs = await db.selectFrom('item_classifications').select('engine_version').where('item_id', '=', photo!).orderBy('id').execute();
    expect(runs.map((r) => r.engine_version)).toEqual(['test', `test+O2#${e.id}`]);
  });
});

describe('retention purge', () => {
  it('deletes items older than the retention period with everything holding their words, keeps evidence of open incidents, and logs counts only', async () => {
    const page = await activePage(s);
    const db = s.t.backend.store.db;
    await s.t.as(s.comms, 'settings.update', { schoolName: 'CSG Het Streek', retentionDays: 90 });
    const [old1, old2, old3, recent] = await addItems(db, { id: page.id, platform: 'instagram' }, [
      { createdAt: '2026-07-01T10:00:00.000Z', categories: ['insult'], text: 'GEHEIM-1' },
      { createdAt: '2026-07-02T10:00:00.000Z', categories: ['threat'], severity: 3, text: 'GEHEIM-2' },
      { createdAt: '2026-07-03T10:00:00.000Z', text: 'GEHEIM-3' },
      { createdAt: '2026-11-01T10:00:00.000Z', text: 'recent' },
    ]);
    await db.insertInto('item_decisions').values({ item_id: old1!, decision: 'hide', clause: 'A10', reason: 'x', actor_person_id: null, actor_label: 'Olga', decided_at: '2026-07-02T10:00:00.000Z', platform_result: 'hidden', previous_status: 'nieuw' }).execute();
    await db.insertInto('evidence').values({ item_id: old1!, captured_at: '2026-07-02T10:00:00.000Z', content: '{"text":"GEHEIM-1"}', sha256: 'a'.repeat(64), captured_by_label: 'Olga', purpose: 'hide' }).execute();
    await db.insertInto('escalations').values({ item_id: old1!, kind: 'B6', from_person_id: s.owner.personId!, to_person_id: s.manager.personId!, note: 'Twijfel', created_at: '2026-07-02T10:00:00.000Z' }).execute();
    const incident = (status: 'open' | 'afgehandeld') =>
      db.insertInto('incidents').values({ title: 't', subject_type: 'leerling', description: '', measures: '', created_at: '2026-07-03T10:00:00.000Z', created_by: null, created_by_label: 'x', updated_at: '2026-07-03T10:00:00.000Z', status, closed_at: status === 'open' ? null : '2026-08-01T10:00:00.000Z' }).returning('id').executeTakeFirstOrThrow();
    const open = await incident('open');
    const closed = await incident('afgehandeld');
    await db.insertInto('incident_items').values({ incident_id: open.id, item_id: old2!, added_at: '2026-07-03T10:00:00.000Z', added_by_label: 'x' }).execute();
    await db.insertInto('incident_items').values({ incident_id: closed.id, item_id: old3!, added_at: '2026-07-03T10:00:00.000Z', added_by_label: 'x' }).execute();
    // A spot check holding one of them keeps its verdict without the item.
    await s.t.as(officer(), 'spotChecks.draw', { from: '2026-07-01', to: '2026-07-03', size: 3 });

    expect(await s.t.as(s.comms, 'retention.status', {})).toMatchObject({ retentionDays: 90, due: 2, keptForIncidents: 1, lastPurge: null });
    const job = BACKGROUND_JOBS.find((j) => j.name === 'retention')!;
    await job.run(s.t.backend, s.t.clock.now());
    const left = (await db.selectFrom('items').select('id').orderBy('id').execute()).map((r) => r.id);
    expect(left).toEqual([old2, recent]);
    for (const table of ['item_decisions', 'evidence', 'escalations', 'item_flags', 'item_classifications'] as const) {
      expect(await db.selectFrom(table).select('item_id').where('item_id', 'in', [old1!, old3!]).execute()).toEqual([]);
    }
    expect(await db.selectFrom('incident_items').select('item_id').execute()).toEqual([{ item_id: old2 }]);
    const sample = await db.selectFrom('spot_check_items').select(['item_id', 'item_ref']).orderBy('position').execute();
    expect(sample.filter((x) => x.item_id === null).map((x) => x.item_ref).sort()).toEqual([old1, old3].sort());

    const [entry] = await listAudit(db, { subjectType: 'retention' });
    expect(entry).toMatchObject({
      action: 'retention.purge',
      actorLabel: 'system:retention',
      data: { cutoff: '2026-08-26T09:00:00.000Z', retentionDays: 90, items: 2, decisions: 1, evidence: 1, escalations: 1, incidentLinks: 1, keptForIncidents: 1, flags: 1, classifications: 2 },
    });
    expect(JSON.stringify(entry)).not.toContain('GEHEIM');
    // Idempotent: a second run finds nothing and logs nothing.
    await job.run(s.t.backend, s.t.clock.now());
    expect(await listAudit(db, { subjectType: 'retention' })).toHaveLength(1);
    expect((await verifyAuditChain(db)).ok).toBe(true);
    // The FTS index forgot the words too.
    const fts = s.t.backend.store.sqlite.prepare("SELECT count(*) AS n FROM items_fts WHERE items_fts MATCH 'GEHEIM'").get() as { n: number };
    expect(fts.n).toBe(1);
    // Time moves on: once the incident is closed, its item goes too.
    await db.updateTable('incidents').set({ status: 'afgehandeld', closed_at: '2026-11-25T10:00:00.000Z' }).where('id', '=', open.id).execute();
    s.t.clock.advance(86_400_000);
    expect(await s.t.tryAs(s.owner, 'retention.purge', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await s.t.as(s.comms, 'retention.purge', {})).toMatchObject({ items: 1, keptForIncidents: 0 });
  });
});

describe('reports (Overzicht)', () => {
  it('counts per week and per page: items, flags by category, time to decision, escalations, incidents, reminders', async () => {
    const { a, b } = await threePages();
    const db = s.t.backend.store.db;
    const flagged = await addItems(db, { id: a.id, platform: 'instagram' }, [
      { createdAt: '2026-11-02T10:00:00.000Z', fetchedAt: '2026-11-02T10:05:00.000Z', categories: ['insult'] },
      { createdAt: '2026-11-10T10:00:00.000Z', fetchedAt: '2026-11-10T10:05:00.000Z', categories: ['insult', 'personal_data'] },
      // Sunday 23:30 in Amsterdam is still week 45; Monday 00:30 is week 46.
      { createdAt: '2026-11-08T22:30:00.000Z', categories: ['spam'] },
      { createdAt: '2026-11-08T23:30:00.000Z', categories: ['spam'] },
    ]);
    const decide = (itemId: number, at: string, decision: 'keep' | 'hide' | 'reopen' = 'hide') =>
      db.insertInto('item_decisions').values({ item_id: itemId, decision, clause: null, reason: '', actor_person_id: null, actor_label: 'x', decided_at: at, platform_result: null, previous_status: 'nieuw' }).execute();
    await decide(flagged[0]!, '2026-11-02T12:05:00.000Z'); // 2 h
    await decide(flagged[1]!, '2026-11-10T16:05:00.000Z'); // 6 h
    await decide(flagged[1]!, '2026-11-10T17:05:00.000Z', 'reopen');
    await db.insertInto('escalations').values({ item_id: flagged[1]!, kind: 'B5', from_person_id: s.owner.personId!, to_person_id: s.manager.personId!, note: 'x', created_at: '2026-11-10T11:00:00.000Z' }).execute();
    const inc = await db.insertInto('incidents').values({ title: 't', subject_type: 'leerling', description: '', measures: '', created_at: '2026-11-10T12:00:00.000Z', created_by: null, created_by_label: 'x', updated_at: '2026-11-10T12:00:00.000Z' }).returning('id').executeTakeFirstOrThrow();
    await db.insertInto('incident_items').values({ incident_id: inc.id, item_id: flagged[1]!, added_at: '2026-11-10T12:00:00.000Z', added_by_label: 'x' }).execute();
    await s.t.as(s.owner, 'reminders.run', {});

    expect(await s.t.tryAs(s.owner, 'reports.overview', { from: '2026-11-01', to: '2026-11-30' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const r = await s.t.as(s.board, 'reports.overview', { from: '2026-11-02', to: '2026-11-15', granularity: 'week' });
    expect(r.buckets.map((x) => x.start)).toEqual(['2026-11-02', '2026-11-09']);
    expect(r.buckets.map((x) => x.items)).toEqual([50 + 24 + 5 + 2, 40 + 16 + 5 + 2]);
    expect(r.buckets.map((x) => x.byCategory)).toEqual([{ insult: 1, spam: 1 }, { insult: 1, personal_data: 1, spam: 1 }]);
    expect(r.buckets.map((x) => x.medianResponseHours)).toEqual([2, 6]);
    expect(r.totals).toMatchObject({ flagged: 4, decided: 2, medianResponseHours: 4, escalations: 1, incidents: 1 });
    expect(r.categories).toEqual([
      { category: 'insult', count: 2 },
      { category: 'personal_data', count: 1 },
      { category: 'spam', count: 2 },
    ]);
    const sport = r.pages.find((p) => p.page.id === a.id)!;
    expect(sport).toMatchObject({ flagged: 4, decided: 2, escalations: 1, incidents: 1, openReminders: 1, overdueReminders: 1 });
    expect(r.pagesByStatus.find((x) => x.status === 'actief')!.count).toBe(3);
    expect(r.reminders).toMatchObject({ open: 1, overdue: 1, byRule: [{ rule: 'unreviewed', open: 1, overdue: 1 }] });

    const onlyB = await s.t.as(s.comms, 'reports.overview', { from: '2026-11-01', to: '2026-11-30', granularity: 'month', pageIds: [b.id] });
    expect(onlyB.buckets).toEqual([expect.objectContaining({ start: '2026-11-01', items: 40, flagged: 0 })]);
    expect(onlyB.pages.map((p) => p.page.id)).toEqual([b.id]);

    const csv = await s.t.as(s.comms, 'reports.export', { from: '2026-11-02', to: '2026-11-15', format: 'csv' });
    expect(csv.content.split('\r\n')[0]).toBe('page,platform,status,items,flagged,flagged_insult,flagged_personal_data,flagged_spam,decided,median_hours_to_decision,escalations,incidents,open_reminders,overdue_reminders');
    const periods = await s.t.as(s.comms, 'reports.export', { from: '2026-11-02', to: '2026-11-15', format: 'csv', table: 'periods' });
    expect(periods.content).toContain('2026-11-09,wk 46 2026,');
    const html = await s.t.as(s.comms, 'reports.export', { from: '2026-11-02', to: '2026-11-15', format: 'html' });
    expect(html.content).toMatch(/^<!doctype html>/);
    expect(html.content).toContain('<figure class="chart"><svg role="img"');
    expect(html.content).not.toContain('Reactie nummer');
    expect(await s.t.tryAs(s.comms, 'reports.overview', { from: '2026-11-30', to: '2026-11-01' })).toMatchObject({ ok: false, error: { field: 'to' } });
  });
});
