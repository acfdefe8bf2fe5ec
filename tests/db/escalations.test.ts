import { afterEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../db/audit';
import { addItems, moderationSchool, type ModerationSchool } from '../helpers/moderation';

// B5, B6 to the page's line manager, O3 to the board: the item goes "in behandeling", the addressee
// answers in the app, the person who escalated sees the answer on the item and as a notice.

let s: ModerationSchool | null = null;
afterEach(async () => {
  await s?.t.close();
  s = null;
});

describe('escalations', () => {
  it('escalates to the line manager, who answers; the owner sees the answer', async () => {
    s = await moderationSchool();
    const [id] = await addItems(s, s.page.id, [{ text: 'Twijfelachtige grap over de conciërge', categories: ['insult'] }]);
    const events: { e: string; p: unknown }[] = [];
    s.t.backend.events.subscribe((e, p) => events.push({ e, p }));
    const { escalations } = await s.t.as(s.owner, 'escalations.create', { itemIds: [id!], kind: 'B6', note: 'Is dit pesten of een grap?' });
    expect(escalations[0]).toMatchObject({ kind: 'B6', from: { name: 'Olga Owner' }, to: { name: 'Mark Manager' }, status: 'open', canAnswer: false });
    expect(events.find((x) => x.e === 'escalations.changed')?.p).toMatchObject({ toPersonId: s.manager.personId, answered: false });

    const item = await s.t.as(s.owner, 'queue.get', { id: id! });
    expect(item.status).toBe('in_behandeling');
    expect(item.actions).not.toContain('escalate');
    const row = (await s.t.as(s.owner, 'queue.list', { view: 'mine' })).rows[0]!;
    expect(row).toMatchObject({ openEscalation: 'B6', lastDecision: 'escalate' });

    // The manager sees it under "escalated to me", and no one else's manager does.
    const counts = await s.t.as(s.manager, 'queue.counts', {});
    expect(counts.escalated).toEqual({ open: 1, urgent: 0 });
    expect((await s.t.as(s.manager, 'queue.list', { view: 'escalated' })).rows.map((r) => r.id)).toEqual([id]);
    expect((await s.t.as(s.otherManager, 'queue.list', { view: 'escalated' })).rows).toEqual([]);

    // Only the addressee answers.
    const wrong = await s.t.tryAs(s.otherManager, 'escalations.answer', { id: escalations[0]!.id, answer: 'Weg ermee' });
    expect(wrong.ok).toBe(false);
    const byOwner = await s.t.tryAs(s.owner, 'escalations.answer', { id: escalations[0]!.id, answer: 'Zelf' });
    expect(byOwner.ok).toBe(false);
    if (!byOwner.ok) expect(byOwner.error.key).toBe('escalations.errors.notAddressee');
    const answered = await s.t.as(s.manager, 'escalations.answer', { id: escalations[0]!.id, answer: 'Verbergen; ik spreek de leerling aan.' });
    expect(answered).toMatchObject({ status: 'answered', answer: 'Verbergen; ik spreek de leerling aan.', answeredBy: { name: 'Mark Manager' } });
    expect((await s.t.tryAs(s.manager, 'escalations.answer', { id: escalations[0]!.id, answer: 'nog eens' })).ok).toBe(false);

    // The owner: on the item, and as a notice until marked seen.
    const seen = await s.t.as(s.owner, 'queue.get', { id: id! });
    expect(seen.escalations[0]).toMatchObject({ status: 'answered', answer: 'Verbergen; ik spreek de leerling aan.' });
    const notices = await s.t.as(s.owner, 'escalations.notices', {});
    expect(notices).toMatchObject([{ id: escalations[0]!.id, pageName: 'Project X - CSG Het Streek', itemSnippet: 'Twijfelachtige grap over de conciërge' }]);
    await s.t.as(s.owner, 'escalations.markSeen', { ids: [escalations[0]!.id] });
    expect(await s.t.as(s.owner, 'escalations.notices', {})).toEqual([]);
    expect((await s.t.as(s.manager, 'queue.counts', {})).escalated).toEqual({ open: 0, urgent: 0 });

    const audit = await listAudit(s.t.backend.store.db, { subjectType: 'item', subjectId: id! });
    expect(audit.map((a) => [a.action, a.actorLabel, a.reason])).toEqual([
      ['item.escalate', 'Olga Owner', 'Is dit pesten of een grap?'],
      ['escalation.answer', 'Mark Manager', 'Verbergen; ik spreek de leerling aan.'],
    ]);
    expect(audit[0]!.data).toMatchObject({ kind: 'B6', clause: 'B6', toPersonId: s.manager.personId });
    // The owner then decides.
    const decided = await s.t.as(s.owner, 'decisions.decide', { itemIds: [id!], decision: 'keep' });
    expect(decided.results[0]!.ok).toBe(true);
  });

  it('refers to the board (O3): any board member answers', async () => {
    s = await moderationSchool();
    const [id] = await addItems(s, s.page.id, [{ text: 'Iets wat het protocol niet regelt' }]);
    const { escalations } = await s.t.as(s.manager, 'escalations.create', { itemIds: [id!], kind: 'O3', note: 'Niet voorzien' });
    expect(escalations[0]).toMatchObject({ kind: 'O3', to: null });
    expect((await s.t.as(s.board, 'queue.counts', {})).escalated).toEqual({ open: 1, urgent: 0 });
    expect((await s.t.as(s.board, 'queue.get', { id: id! })).escalations[0]!.canAnswer).toBe(true);
    expect((await s.t.tryAs(s.manager, 'escalations.answer', { id: escalations[0]!.id, answer: 'x' })).ok).toBe(false);
    await s.t.as(s.board, 'escalations.answer', { id: escalations[0]!.id, answer: 'Laten staan en volgen.' });
    expect(await s.t.as(s.manager, 'escalations.notices', {})).toHaveLength(1);
  });

  it('refuses what does not fit: a second open escalation, the manager to themself, a decided item, another page', async () => {
    s = await moderationSchool();
    const [a, b] = await addItems(s, s.page.id, [{ text: 'a' }, { text: 'b' }]);
    await s.t.as(s.owner, 'escalations.create', { itemIds: [a!], kind: 'B5', note: 'Loopt uit de hand' });
    const twice = await s.t.tryAs(s.backup, 'escalations.create', { itemIds: [a!], kind: 'B6', note: 'nog eens' });
    expect(!twice.ok && twice.error.key).toBe('escalations.errors.alreadyOpen');
    const self = await s.t.tryAs(s.manager, 'escalations.create', { itemIds: [b!], kind: 'B6', note: 'x' });
    expect(!self.ok && self.error.key).toBe('decisions.errors.notYourPage');
    await s.t.as(s.owner, 'decisions.decide', { itemIds: [b!], decision: 'keep' });
    const decided = await s.t.tryAs(s.owner, 'escalations.create', { itemIds: [b!], kind: 'B6', note: 'x' });
    expect(!decided.ok && decided.error.key).toBe('decisions.errors.alreadyDecided');
    const other = await s.t.tryAs(s.otherOwner, 'escalations.create', { itemIds: [a!], kind: 'B6', note: 'x' });
    expect(!other.ok && other.error.code).toBe('not_found');
    const empty = await s.t.tryAs(s.owner, 'escalations.create', { itemIds: [b!], kind: 'B6', note: '   ' });
    expect(!empty.ok && empty.error.code).toBe('invalid_input');
  });

  it('takes an escalation back right after sending (undo), not once answered', async () => {
    s = await moderationSchool();
    const [a, b] = await addItems(s, s.page.id, [{ text: 'a' }, { text: 'b' }]);
    await s.t.as(s.owner, 'escalations.create', { itemIds: [a!], kind: 'B6', note: 'Vraag' });
    const first = (await s.t.as(s.owner, 'queue.get', { id: a! })).decisions.at(-1)!;
    const undo = await s.t.as(s.owner, 'decisions.undo', { decisionIds: [first.id] });
    expect(undo.results[0]!.ok).toBe(true);
    const item = await s.t.as(s.owner, 'queue.get', { id: a! });
    expect(item.status).toBe('nieuw');
    expect(item.escalations[0]!.status).toBe('withdrawn');
    expect((await s.t.as(s.manager, 'queue.list', { view: 'escalated' })).rows).toEqual([]);

    const { escalations } = await s.t.as(s.owner, 'escalations.create', { itemIds: [b!], kind: 'B6', note: 'Vraag' });
    await s.t.as(s.manager, 'escalations.answer', { id: escalations[0]!.id, answer: 'Antwoord' });
    const decision = (await s.t.as(s.owner, 'queue.get', { id: b! })).decisions.at(-1)!;
    const late = await s.t.as(s.owner, 'decisions.undo', { decisionIds: [decision.id] });
    expect(late.results[0]).toMatchObject({ ok: false, error: { key: 'escalations.errors.alreadyAnswered' } });
  });
});
