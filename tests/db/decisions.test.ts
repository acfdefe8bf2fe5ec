import { afterEach, describe, expect, it } from 'vitest';
import { createPoller } from '../../electron/backend/poller';
import { startDemo, type Demo } from '../../electron/backend/demo';
import type { Actor } from '../../electron/services/context';
import { listAudit, verifyAuditChain } from '../../db/audit';
import { canonicalJson, sha256Hex, verifyEvidence } from '../../db/evidence';
import { pageSecretKey } from '../../electron/backend/secrets/secret-store';
import { startTestBackend, type TestBackend } from '../helpers/backend';

// Decisions against the local platform servers of the sandbox (X, Graph): the original is preserved
// first, the platform is asked, and only what the platform did is recorded. Undo walks it back.

let t: TestBackend | null = null;
let demo: Demo | null = null;

afterEach(async () => {
  await demo?.stop();
  await t?.close();
  demo = null;
  t = null;
});

async function actor(t: TestBackend, email: string): Promise<Actor> {
  const p = await t.backend.store.db.selectFrom('people').select(['id', 'name']).where('email', '=', email).executeTakeFirstOrThrow();
  const roles = (await t.backend.store.db.selectFrom('person_roles').select('role').where('person_id', '=', p.id).execute()).map((r) => r.role);
  return { personId: p.id, label: p.name, roles: roles as Actor['roles'], via: 'app' };
}

async function sandbox() {
  t = startTestBackend();
  t.clock.set(new Date().toISOString());
  demo = await startDemo(t.backend, { intervalMs: 0, seed: 11 });
  const { x, graph } = demo.traffic.servers;
  const school = [...x.users.values()].find((u) => u.username === 'DeVlietCollege')!;
  const root = x.tweets.find((tw) => tw.author_id === school.id)!;
  const kees = x.addUser('kees_k', 'Kees');
  const anna = x.addUser('anna_a', 'Anna');
  const reply = x.post({ authorId: kees.id, text: '@DeVlietCollege jullie docent is een <b>sukkel</b>', replyTo: root.id });
  const mention = x.post({ authorId: kees.id, text: 'Wat een sukkels daar @DeVlietCollege' });
  const annaPost = x.post({ authorId: anna.id, text: 'Saaie les vandaag @DeVlietCollege' });
  const foreignReply = x.post({ authorId: kees.id, text: '@anna_a @DeVlietCollege eens, sukkels', replyTo: annaPost.id });
  const fbPage = [...graph.pages.values()][0]!;
  const fbRoot = graph.posts.find((p) => p.pageId === fbPage.id && p.from.id === fbPage.id)!;
  const fbComment = graph.comment(fbRoot.id, graph.person('Piet'), 'Ik weet waar jij woont');
  const poller = createPoller(t.backend, { label: 'test', itemsStoredHooks: [] });
  await poller.runOnce();
  await poller.stop();
  const db = t.backend.store.db;
  const itemOf = async (externalId: string) => (await db.selectFrom('items').selectAll().where('external_id', '=', externalId).executeTakeFirstOrThrow());
  return {
    t,
    demo,
    x,
    graph,
    owner: await actor(t, 's.jansen@devliet.nl'),
    backup: await actor(t, 't.dewit@devliet.nl'),
    manager: await actor(t, 'm.deboer@devliet.nl'),
    office: await actor(t, 'f.elamrani@devliet.nl'),
    officer: await actor(t, 'i.visser@devliet.nl'),
    reply: await itemOf(reply.id),
    mention: await itemOf(mention.id),
    foreignReply: await itemOf(foreignReply.id),
    fbComment: await itemOf(fbComment.id),
  };
}

describe('hide, delete, keep', () => {
  it('hides an X reply: evidence first, then X, then the decision; undo shows it again', async () => {
    const s = await sandbox();
    const events: string[] = [];
    s.t.backend.events.subscribe((e) => events.push(e));
    const { results } = await s.t.as(s.owner, 'decisions.decide', { itemIds: [s.reply.id], decision: 'hide', reason: 'Beledigt een docent' });
    expect(results).toEqual([{ itemId: s.reply.id, ok: true, decisionId: expect.any(Number), platformResult: 'hidden', error: null }]);
    expect(s.x.hideCalls).toEqual([{ tweetId: s.reply.external_id, hidden: true, userId: expect.any(String) }]);
    expect(events).toContain('queue.changed');

    const db = s.t.backend.store.db;
    const evidence = await db.selectFrom('evidence').selectAll().where('item_id', '=', s.reply.id).execute();
    expect(evidence).toHaveLength(1);
    expect(verifyEvidence(evidence[0]!)).toBe(true);
    const content = JSON.parse(evidence[0]!.content) as Record<string, unknown>;
    expect(content).toMatchObject({ text: s.reply.text, url: s.reply.url, externalId: s.reply.external_id, createdAt: s.reply.created_at, author: { handle: 'kees_k', name: 'Kees' } });
    expect(evidence[0]!.sha256).toBe(sha256Hex(canonicalJson(content)));

    const item = await s.t.as(s.owner, 'queue.get', { id: s.reply.id });
    expect(item.status).toBe('afgehandeld');
    expect(item.decisions).toMatchObject([{ decision: 'hide', clause: expect.any(String), reason: 'Beledigt een docent', actorLabel: 'Sanne Jansen', platformResult: 'hidden' }]);
    expect(item.evidence).toHaveLength(1);

    // The audit log has who, what, which clause and why — and never the text.
    const audit = await listAudit(db, { subjectType: 'item', subjectId: s.reply.id });
    expect(audit.map((a) => a.action)).toEqual(['evidence.capture', 'item.hide']);
    expect(JSON.stringify(audit)).not.toContain('sukkel');
    expect(audit[1]).toMatchObject({ actorLabel: 'Sanne Jansen', reason: 'Beledigt een docent', data: { decision: 'hide', platformResult: 'hidden', from: 'nieuw', to: 'afgehandeld' } });

    // Undo: X shows the reply again; the status returns.
    const undo = await s.t.as(s.owner, 'decisions.undo', { decisionIds: [results[0]!.decisionId!] });
    expect(undo.results[0]).toMatchObject({ ok: true, platformResult: 'unhidden' });
    expect(s.x.hideCalls.at(-1)).toMatchObject({ tweetId: s.reply.external_id, hidden: false });
    const after = await s.t.as(s.owner, 'queue.get', { id: s.reply.id });
    expect(after.status).toBe('nieuw');
    expect(after.decisions.map((d) => [d.decision, d.undone])).toEqual([['hide', true], ['reopen', false]]);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('says plainly where the platform does not allow it, with the manual steps, and leaves the item undecided', async () => {
    const s = await sandbox();
    const { results } = await s.t.as(s.owner, 'decisions.decide', { itemIds: [s.mention.id], decision: 'hide' });
    expect(results[0]).toMatchObject({
      ok: false,
      error: { key: 'decisions.errors.hideKindUnsupported', manualStepsKey: 'connector.x.kinds.mention', params: { platform: 'X' } },
    });
    const deleted = await s.t.as(s.owner, 'decisions.decide', { itemIds: [s.reply.id], decision: 'delete' });
    expect(deleted.results[0]).toMatchObject({ ok: false, error: { key: 'decisions.errors.deleteUnsupported', manualStepsKey: 'connector.x.manualSteps' } });
    // A reply in someone else's conversation came in as a mention: X would refuse to hide it, so
    // Paginawacht does not ask.
    expect(s.foreignReply.kind).toBe('mention');
    const foreign = await s.t.as(s.owner, 'decisions.decide', { itemIds: [s.foreignReply.id], decision: 'hide' });
    expect(foreign.results[0]).toMatchObject({ ok: false, error: { key: 'decisions.errors.hideKindUnsupported', manualStepsKey: 'connector.x.kinds.mention' } });
    expect(s.x.hideCalls).toEqual([]);
    expect(s.x.http.requests.filter((r) => r.method === 'PUT')).toEqual([]);
    expect((await s.t.as(s.owner, 'queue.get', { id: s.mention.id })).status).toBe('nieuw');
    // The item view knows before anyone presses the button.
    const view = await s.t.as(s.owner, 'queue.get', { id: s.mention.id });
    expect(view.platformAbilities).toMatchObject({ hide: { possible: false, reasonKey: 'decisions.errors.hideKindUnsupported' }, unhide: true, manualStepsKey: 'connector.x.kinds.mention' });
  });

  it('keeps a platform refusal as a plain-words error; the evidence and the failed attempt stay on record', async () => {
    const s = await sandbox();
    // The token lacks the right to hide replies (X answers 403).
    s.x.http.injectFault({
      kind: 'reply',
      match: (r) => r.method === 'PUT',
      reply: { status: 403, contentType: 'application/problem+json', body: { title: 'Forbidden', detail: 'You are not permitted to perform this action.', type: 'about:blank', status: 403 } },
    });
    const { results } = await s.t.as(s.owner, 'decisions.decide', { itemIds: [s.reply.id], decision: 'hide' });
    expect(results[0]).toMatchObject({ ok: false, error: { code: 'forbidden', key: 'decisions.platformError.forbidden', manualStepsKey: 'connector.x.manualSteps' } });
    const db = s.t.backend.store.db;
    expect((await db.selectFrom('items').select('status').where('id', '=', s.reply.id).executeTakeFirstOrThrow()).status).toBe('nieuw');
    expect(await db.selectFrom('item_decisions').selectAll().where('item_id', '=', s.reply.id).execute()).toEqual([]);
    expect(await db.selectFrom('evidence').select('id').where('item_id', '=', s.reply.id).execute()).toHaveLength(1);
    expect((await listAudit(db, { subjectType: 'item', subjectId: s.reply.id })).map((a) => a.action)).toEqual(['evidence.capture', 'item.hide.failed']);
  });

  it('refuses without a token, and says where to store it', async () => {
    const s = await sandbox();
    s.t.backend.secrets.delete(pageSecretKey(s.reply.page_id));
    const { results } = await s.t.as(s.owner, 'decisions.decide', { itemIds: [s.reply.id], decision: 'hide' });
    expect(results[0]).toMatchObject({ ok: false, error: { key: 'decisions.errors.noToken' } });
  });

  it('deletes a Facebook comment; undo can only return the local status', async () => {
    const s = await sandbox();
    const { results } = await s.t.as(s.backup, 'decisions.decide', { itemIds: [s.fbComment.id], decision: 'delete', clause: 'S5', reason: 'Bedreiging' });
    expect(results[0]).toMatchObject({ ok: true, platformResult: 'deleted' });
    expect(s.graph.moderation).toMatchObject([{ method: 'DELETE', id: s.fbComment.external_id }]);
    const undo = await s.t.as(s.backup, 'decisions.undo', { decisionIds: [results[0]!.decisionId!] });
    expect(undo.results[0]).toMatchObject({ ok: true, platformResult: 'local_only' });
    expect(s.graph.moderation).toHaveLength(1);
    const item = await s.t.as(s.backup, 'queue.get', { id: s.fbComment.id });
    expect(item.status).toBe('nieuw');
    expect(item.decisions[0]).toMatchObject({ decision: 'delete', clause: 'S5', undone: true });
  });

  it('hides a Facebook comment and unhides it with is_hidden=false', async () => {
    const s = await sandbox();
    const { results } = await s.t.as(s.owner, 'decisions.decide', { itemIds: [s.fbComment.id], decision: 'hide' });
    expect(results[0]!.ok).toBe(true);
    await s.t.as(s.owner, 'decisions.undo', { decisionIds: [results[0]!.decisionId!] });
    expect(s.graph.moderation.map((m) => [m.method, m.params.is_hidden])).toEqual([['POST', 'true'], ['POST', 'false']]);
  });

  it('records "not a violation" on a kept flagged item as feedback for the word lists', async () => {
    const s = await sandbox();
    const item = await s.t.as(s.owner, 'queue.get', { id: s.mention.id });
    expect(item.flagged).toBe(true);
    const { results } = await s.t.as(s.owner, 'decisions.decide', { itemIds: [s.mention.id], decision: 'keep', notAViolation: true });
    expect(results[0]!.ok).toBe(true);
    const decided = await s.t.as(s.owner, 'queue.get', { id: s.mention.id });
    expect(decided.decisions[0]).toMatchObject({ decision: 'keep', notAViolation: true });
    const feedback = await s.t.as(s.office, 'decisions.feedback', {});
    expect(feedback.length).toBeGreaterThan(0);
    expect(feedback.flatMap((f) => f.terms.map((x) => x.term)).some((term) => term.includes('sukkel'))).toBe(true);
    expect((await s.t.tryAs(s.owner, 'decisions.feedback', {})).ok).toBe(false);
  });
});

describe('who may decide', () => {
  it('lets the owner, backup owner and office decide; not the manager, and the officer does not even see it', async () => {
    const s = await sandbox();
    const manager = await s.t.as(s.manager, 'decisions.decide', { itemIds: [s.mention.id], decision: 'keep' });
    expect(manager.results[0]).toMatchObject({ ok: false, error: { code: 'forbidden', key: 'decisions.errors.notYourPage' } });
    const officer = await s.t.as(s.officer, 'decisions.decide', { itemIds: [s.mention.id], decision: 'keep' });
    expect(officer.results[0]).toMatchObject({ ok: false, error: { code: 'not_found' } });
    // Technical admin running the CLI does not see items at all; even an office role needs a person.
    const os = await s.t.as({ personId: null, label: 'os:it', roles: ['beheer'], via: 'cli' }, 'decisions.decide', { itemIds: [s.mention.id], decision: 'keep' });
    expect(os.results[0]).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const nobody = await s.t.as({ personId: null, label: 'os:it', roles: ['communicatie'], via: 'cli' }, 'decisions.decide', { itemIds: [s.mention.id], decision: 'keep' });
    expect(nobody.results[0]).toMatchObject({ ok: false, error: { key: 'decisions.errors.needPerson' } });
    const office = await s.t.as(s.office, 'decisions.decide', { itemIds: [s.mention.id], decision: 'keep' });
    expect(office.results[0]!.ok).toBe(true);
    const again = await s.t.as(s.owner, 'decisions.decide', { itemIds: [s.mention.id], decision: 'keep' });
    expect(again.results[0]).toMatchObject({ ok: false, error: { code: 'conflict', key: 'decisions.errors.alreadyDecided' } });
    const view = await s.t.as(s.manager, 'queue.get', { id: s.mention.id });
    expect(view.actions).toEqual(['board', 'incident']);
  });

  it('undo: the decider soon after; later, or someone else, reopens with a written reason', async () => {
    const s = await sandbox();
    const { results } = await s.t.as(s.owner, 'decisions.decide', { itemIds: [s.mention.id, s.reply.id], decision: 'keep' });
    const [a, b] = results.map((r) => r.decisionId!);
    const byBackup = await s.t.as(s.backup, 'decisions.undo', { decisionIds: [a!] });
    expect(byBackup.results[0]).toMatchObject({ ok: false, error: { key: 'decisions.errors.reasonRequired' } });
    s.t.clock.advance(11 * 60_000);
    const late = await s.t.as(s.owner, 'decisions.undo', { decisionIds: [b!] });
    expect(late.results[0]).toMatchObject({ ok: false, error: { key: 'decisions.errors.reasonRequired' } });
    const reopened = await s.t.as(s.backup, 'decisions.undo', { decisionIds: [a!], reason: 'Toch nog eens bekijken' });
    expect(reopened.results[0]!.ok).toBe(true);
    const audit = await listAudit(s.t.backend.store.db, { subjectType: 'item', subjectId: s.mention.id });
    expect(audit.at(-1)).toMatchObject({ action: 'item.reopen', reason: 'Toch nog eens bekijken', actorLabel: 'Tom de Wit' });
    // Only the latest decision can be undone; a reopen is not undone.
    const stale = await s.t.as(s.owner, 'decisions.undo', { decisionIds: [a!], reason: 'x' });
    expect(stale.results[0]).toMatchObject({ ok: false, error: { key: 'decisions.errors.notLatest' } });
    const missing = await s.t.tryAs(s.owner, 'decisions.undo', { decisionIds: [999_999] });
    expect(missing.ok).toBe(false);
  });

  it('refuses to change a decision or evidence row behind the service (written once)', async () => {
    const s = await sandbox();
    await s.t.as(s.owner, 'decisions.decide', { itemIds: [s.reply.id], decision: 'hide' });
    const sqlite = s.t.backend.store.sqlite;
    expect(() => sqlite.prepare("UPDATE item_decisions SET reason = 'anders'").run()).toThrow(/append-only/);
    expect(() => sqlite.prepare("UPDATE evidence SET content = '{}'").run()).toThrow(/written once/);
  });
});
