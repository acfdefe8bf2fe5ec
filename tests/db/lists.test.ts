import { describe, expect, it } from 'vitest';
import { listAudit } from '../../db/audit';
import type { Actor } from '../../electron/services/context';
import { startTestBackend, setUpSchool } from '../helpers/backend';

describe('school word lists', () => {
  async function school() {
    const t = startTestBackend();
    const admin = await setUpSchool(t);
    const owner = await t.as(admin, 'people.add', { name: 'Olga Owner', email: 'olga@school.nl', roles: ['eigenaar'] });
    const asOwner: Actor = { personId: owner.id, label: owner.name, roles: owner.roles, via: 'app' };
    return { t, admin, asOwner };
  }

  it('saves validated lists as numbered versions, audited, and the engine uses them at once', async () => {
    const { t, admin } = await school();
    expect((await t.as(admin, 'lists.get', {})).current).toBeNull();
    expect((await t.as(admin, 'lists.try', { text: 'Die bramzak weer' })).flagged).toBe(false);

    const v1 = await t.as(admin, 'lists.save', {
      lists: { flagWords: [{ term: 'bramzak', category: 'insult' }], allowWords: [], publicContacts: ['0512-123456'], staffNames: ['Jan Dekker'] },
      note: 'Lokaal scheldwoord',
    });
    expect(v1.version).toBe('2026-11-24.1');
    const tried = await t.as(admin, 'lists.try', { text: 'Die bramzak weer' });
    expect(tried).toMatchObject({ flagged: true, categories: ['insult'], listVersion: '2026-11-24.1' });
    const span = tried.spans.find((s) => s.rule.length > 0)!;
    expect('Die bramzak weer'.slice(span.start, span.end).toLowerCase()).toContain('bramzak');
    // The school's own phone number is public contact data, not a leak (A3).
    expect((await t.as(admin, 'lists.try', { text: 'Bel de school: 0512-123456' })).categories).not.toContain('personal_data');

    const v2 = await t.as(admin, 'lists.save', { lists: { flagWords: [], allowWords: ['bramzak'], publicContacts: [], staffNames: [] }, note: '' });
    expect(v2.version).toBe('2026-11-24.2');
    expect((await t.as(admin, 'lists.history', {})).map((v) => v.version)).toEqual(['2026-11-24.2', '2026-11-24.1']);
    expect((await listAudit(t.backend.store.db, { subjectType: 'decency_lists' })).map((a) => a.action)).toEqual(['lists.save', 'lists.save']);
  });

  it('refuses invalid lists, naming the line', async () => {
    const { t, admin } = await school();
    const tooShort = await t.tryAs(admin, 'lists.save', {
      lists: { flagWords: [{ term: 'ok woord', category: 'insult' }, { term: 'x', category: 'insult' }], allowWords: [], publicContacts: [], staffNames: [] },
      note: '',
    });
    expect(tooShort).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'lists.flagWords.1.term' } });
    const both = await t.tryAs(admin, 'lists.save', {
      lists: { flagWords: [{ term: 'ok woord', category: 'insult' }], allowWords: ['OK woord'], publicContacts: [], staffNames: [] },
      note: '',
    });
    expect(both).toMatchObject({ ok: false, error: { code: 'invalid_input', key: 'lists.errors.invalid', field: 'lists.flagWords.0.term' } });
    expect((await t.as(admin, 'lists.history', {})).length).toBe(0);
  });

  it('only the communications office or admin may change the lists; everyone may read and try them', async () => {
    const { t, asOwner } = await school();
    const result = await t.tryAs(asOwner, 'lists.save', { lists: { flagWords: [], allowWords: [], publicContacts: [], staffNames: [] }, note: '' });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await t.tryAs(asOwner, 'lists.get', {})).toMatchObject({ ok: true });
    expect(await t.tryAs(asOwner, 'lists.recheck', { scope: 'open' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
