import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../db/audit';
import { pageSecretKey } from '../../electron/backend/secrets/secret-store';
import { addItems } from '../helpers/lifecycle';
import { activePage, pagesSchool, type PagesSchool } from '../helpers/pages';

// The archiving checklist (B3): each step recorded (who, when), the page archived only when every
// step is done or skipped with a reason, the token gone from the secret store, history kept.

let s: PagesSchool;
beforeEach(async () => {
  s = await pagesSchool();
});
afterEach(async () => {
  await s.t.close();
});

describe('archiving checklist', () => {
  it('goes step by step from the reminder to gearchiveerd, recording each step', async () => {
    const page = await activePage(s);
    const db = s.t.backend.store.db;
    await s.t.as(s.owner, 'connections.setToken', { pageId: page.id, token: 'ig-token-123456' });
    const [itemId] = await addItems(db, { id: page.id, platform: 'instagram' }, [
      { createdAt: '2026-11-20T10:00:00.000Z', categories: ['insult'], text: 'Jij bent echt een "sukkel", zeg' },
      { createdAt: '2026-11-21T10:00:00.000Z', text: 'Mooie foto’s!' },
    ]);
    await db.insertInto('item_decisions').values({ item_id: itemId!, decision: 'hide', clause: 'A10', reason: 'Kwetsend', actor_person_id: s.owner.personId, actor_label: 'Olga Owner', decided_at: '2026-11-22T10:00:00.000Z', platform_result: 'hidden', previous_status: 'nieuw' }).execute();

    const before = await s.t.as(s.owner, 'archive.get', { pageId: page.id });
    expect(before).toMatchObject({ status: 'actief', canAct: false, complete: false, hasToken: true });
    expect(await s.t.tryAs(s.owner, 'archive.confirmPlatform', { pageId: page.id, how: 'deleted' })).toMatchObject({ ok: false, error: { key: 'pages.errors.wrongStatus' } });

    await s.t.as(s.owner, 'pages.requestArchive', { id: page.id, reason: 'Project is afgelopen' });
    expect(await s.t.tryAs(s.owner, 'archive.finish', { pageId: page.id, reason: 'klaar' })).toMatchObject({ ok: false, error: { key: 'archive.errors.incomplete' } });
    expect(await s.t.tryAs(s.manager, 'archive.confirmPlatform', { pageId: page.id, how: 'deleted' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const csv = await s.t.as(s.owner, 'archive.export', { pageId: page.id, format: 'csv' });
    expect(csv).toMatchObject({ mimeType: 'text/csv', items: 2, decisions: 1 });
    expect(csv.fileName).toMatch(/^archief-instagram-projectx_streek-2026-11-24\.csv$/);
    expect(csv.content.split('\r\n')[0]).toBe('item_id,platform,external_id,kind,url,created_at,fetched_at,author_handle,author_name,text,flagged,severity,categories,status,decisions,last_decision,last_decision_clause,last_decision_reason,last_decided_by,last_decided_at,last_platform_result');
    expect(csv.content).toContain('"Jij bent echt een ""sukkel"", zeg"');
    expect(csv.content).toContain('hide,A10,Kwetsend,Olga Owner');
    const json = await s.t.as(s.owner, 'archive.export', { pageId: page.id, format: 'json' });
    expect(JSON.parse(json.content).items[0]).toMatchObject({ categories: ['insult'], decisions: [{ decision: 'hide', by: 'Olga Owner' }] });

    await s.t.as(s.owner, 'archive.confirmPlatform', { pageId: page.id, how: 'deleted', note: 'Via de Instagram-app verwijderd' });
    const afterToken = await s.t.as(s.backup, 'archive.removeCredentials', { pageId: page.id });
    expect(afterToken.hasToken).toBe(false);
    expect(s.t.backend.secrets.has(pageSecretKey(page.id))).toBe(false);
    const list = await s.t.as(s.comms, 'archive.informOffice', { pageId: page.id, note: 'Graag uit de inventaris halen' });
    expect(list.complete).toBe(true);
    expect(list.steps.map((x) => [x.step, x.state, x.by])).toEqual([
      ['export', 'done', 'Olga Owner'],
      ['platform', 'done', 'Olga Owner'],
      ['credentials', 'done', 'Bert Backup'],
      ['inform', 'done', 'Carla Communicatie'],
    ]);
    const done = await s.t.as(s.owner, 'archive.finish', { pageId: page.id, reason: 'Alle stappen gedaan' });
    expect(done).toMatchObject({ status: 'gearchiveerd', archivedAt: '2026-11-24T09:00:00.000Z' });
    // The checklist keeps the ask's own reason, not the finishing one.
    expect(done.archiveReason).toBe('Project is afgelopen');
    // Still in the inventory, with its history.
    const inventory = await s.t.as(s.comms, 'inventory.list', { status: 'gearchiveerd' });
    expect(JSON.stringify(inventory)).toContain('projectx_streek');
    // The message to the communications office shows with the page there.
    expect(inventory.rows.find((r) => r.id === page.id)?.officeNote).toMatchObject({ note: 'Graag uit de inventaris halen', by: 'Carla Communicatie' });
    const actions = (await listAudit(db, { subjectType: 'page', subjectId: page.id })).map((a) => `${a.action}${a.data.step ? `:${String(a.data.step)}` : ''}`);
    expect(actions.slice(-7)).toEqual([
      'page.archiveStep:export',
      'page.archiveStep:export',
      'page.archiveStep:platform',
      'page.token.remove',
      'page.archiveStep:credentials',
      'page.archiveStep:inform',
      'page.archive',
    ]);
  });

  it('a step that cannot be done is skipped with a written reason', async () => {
    const page = await activePage(s);
    await s.t.as(s.owner, 'pages.requestArchive', { id: page.id, reason: 'Niet meer nodig' });
    await s.t.as(s.owner, 'archive.export', { pageId: page.id, format: 'json' });
    await s.t.as(s.owner, 'archive.skipStep', { pageId: page.id, step: 'platform', reason: 'Wachtwoord kwijt; Instagram-support is gevraagd het account te sluiten' });
    await s.t.as(s.owner, 'archive.removeCredentials', { pageId: page.id });
    expect(await s.t.tryAs(s.owner, 'archive.skipStep', { pageId: page.id, step: 'export', reason: 'x' })).toMatchObject({ ok: false, error: { key: 'archive.errors.alreadyDone' } });
    await s.t.as(s.owner, 'archive.informOffice', { pageId: page.id });
    const done = await s.t.as(s.owner, 'archive.finish', { pageId: page.id, reason: 'Gearchiveerd, account wordt door Instagram gesloten' });
    expect(done.steps.find((x) => x.step === 'platform')).toMatchObject({ state: 'skipped', note: 'Wachtwoord kwijt; Instagram-support is gevraagd het account te sluiten' });
    expect(done.status).toBe('gearchiveerd');
  });

  it('a renewed ask starts a fresh checklist; a feed needs no token step', async () => {
    const page = await activePage(s, { platform: 'rss', handle: 'https://blog.hetstreek.nl/comments/feed/', url: '' });
    await s.t.as(s.owner, 'pages.requestArchive', { id: page.id, reason: 'Blog stopt' });
    const first = await s.t.as(s.owner, 'archive.export', { pageId: page.id, format: 'csv' });
    expect(first.items).toBe(0);
    expect((await s.t.as(s.owner, 'archive.get', { pageId: page.id })).steps.find((x) => x.step === 'credentials')).toMatchObject({ state: 'done', detail: { notNeeded: true } });
    await s.t.as(s.owner, 'pages.cancelArchive', { id: page.id, reason: 'Toch nog nodig' });
    s.t.clock.advance(60_000);
    await s.t.as(s.owner, 'pages.requestArchive', { id: page.id, reason: 'Nu echt' });
    expect((await s.t.as(s.owner, 'archive.get', { pageId: page.id })).steps.find((x) => x.step === 'export')!.state).toBe('open');
  });
});
