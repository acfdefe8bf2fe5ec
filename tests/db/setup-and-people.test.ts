import { describe, expect, it } from 'vitest';
import { listAudit, verifyAuditChain } from '../../db/audit';
import type { Actor } from '../../electron/services/context';
import { startTestBackend, setUpSchool } from '../helpers/backend';

describe('first run', () => {
  it('starts empty, then records the school, the first person and the desk choice', async () => {
    const t = startTestBackend();
    expect(await t.as(null, 'setup.status', {})).toEqual({ complete: false, schoolName: null });
    expect(await t.as(null, 'people.list', {})).toEqual([]);
    const admin = await setUpSchool(t);
    expect(await t.as(null, 'setup.status', {})).toEqual({ complete: true, schoolName: 'CSG Het Streek' });
    const session = await t.as(null, 'session.get', {});
    expect(session.person).toMatchObject({ id: admin.personId, roles: ['communicatie', 'beheer'] });
    const audit = await listAudit(t.backend.store.db);
    expect(audit.map((a) => a.action)).toEqual(['setup.complete']);
  });

  it('can happen only once', async () => {
    const t = startTestBackend();
    await setUpSchool(t);
    const again = await t.tryAs(null, 'setup.complete', {
      schoolName: 'Other',
      person: { name: 'Mallory', email: 'm@x.nl', roles: ['beheer'] },
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict', key: 'errors.setup.done' } });
  });

  it('needs a first person who can add the others', async () => {
    const t = startTestBackend();
    const result = await t.tryAs(null, 'setup.complete', {
      schoolName: 'CSG Het Streek',
      person: { name: 'Olaf', email: 'olaf@school.nl', roles: ['eigenaar'] },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'person.roles' } });
  });

  it('remembers the chosen person and language across restarts of the desk', async () => {
    const t = startTestBackend();
    const admin = await setUpSchool(t);
    await t.as(null, 'session.setLanguage', { language: 'en' });
    await t.close();
    const again = startTestBackend({ dataDir: t.dataDir });
    const session = await again.as(null, 'session.get', {});
    expect(session.language).toBe('en');
    expect(session.person?.id).toBe(admin.personId);
    await again.close();
  });
});

describe('people', () => {
  async function school() {
    const t = startTestBackend();
    const admin = await setUpSchool(t);
    const manager = await t.as(admin, 'people.add', { name: 'Mark Manager', email: 'mark@school.nl', roles: ['leidinggevende'] });
    const owner = await t.as(admin, 'people.add', {
      name: 'Olga Owner',
      email: 'OLGA@school.nl ',
      roles: ['eigenaar'],
      managerId: manager.id,
    });
    const asOwner: Actor = { personId: owner.id, label: owner.name, roles: owner.roles, via: 'app' };
    return { t, admin, manager, owner, asOwner };
  }

  it('adds people with normalised e-mail, roles and manager, and audits it', async () => {
    const { t, owner, manager } = await school();
    expect(owner).toMatchObject({ email: 'olga@school.nl', roles: ['eigenaar'], managerId: manager.id, active: true });
    const audit = await listAudit(t.backend.store.db, { subjectType: 'person', subjectId: owner.id });
    expect(audit[0]).toMatchObject({ action: 'person.add', actorLabel: 'Anna Admin' });
  });

  it('refuses a duplicate e-mail, naming the field', async () => {
    const { t, admin } = await school();
    const result = await t.tryAs(admin, 'people.add', { name: 'Olga Two', email: 'olga@SCHOOL.nl', roles: ['eigenaar'] });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', field: 'email', key: 'people.errors.emailTaken' } });
  });

  it('refuses people management to someone without the role', async () => {
    const { t, asOwner } = await school();
    const result = await t.tryAs(asOwner, 'people.add', { name: 'Eve', email: 'eve@school.nl', roles: ['directie'] });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden', key: 'errors.needsRole' } });
    expect(await t.as(asOwner, 'people.list', {})).toHaveLength(3);
  });

  it('deactivates with a reason, never deletes, and keeps history', async () => {
    const { t, admin, owner } = await school();
    const result = await t.as(admin, 'people.deactivate', { id: owner.id, reason: 'Left the school' });
    expect(result).toMatchObject({ active: false, deactivatedAt: '2026-11-24T09:00:00.000Z' });
    expect((await t.as(admin, 'people.list', {})).map((p) => p.id)).not.toContain(owner.id);
    expect((await t.as(admin, 'people.list', { includeInactive: true })).map((p) => p.id)).toContain(owner.id);
    const chosen = await t.tryAs(null, 'session.choose', { personId: owner.id });
    expect(chosen).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await t.as(admin, 'people.reactivate', { id: owner.id });
    expect(await verifyAuditChain(t.backend.store.db)).toMatchObject({ ok: true });
  });

  it('will not let an admin deactivate themselves or drop their own admin role', async () => {
    const { t, admin } = await school();
    expect(await t.tryAs(admin, 'people.deactivate', { id: admin.personId!, reason: 'oops' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const update = await t.tryAs(admin, 'people.update', {
      id: admin.personId!,
      name: 'Anna Admin',
      email: 'anna@school.nl',
      roles: ['eigenaar'],
    });
    expect(update).toMatchObject({ ok: false, error: { key: 'people.errors.ownAdminRole' } });
  });

  it('checks the line manager', async () => {
    const { t, admin, owner } = await school();
    const fields = { id: owner.id, name: owner.name, email: owner.email, roles: owner.roles };
    const self = await t.tryAs(admin, 'people.update', { ...fields, managerId: owner.id });
    expect(self).toMatchObject({ ok: false, error: { field: 'managerId' } });
    const ghost = await t.tryAs(admin, 'people.update', { ...fields, managerId: 9999 });
    expect(ghost).toMatchObject({ ok: false, error: { field: 'managerId' } });
  });
});

describe('settings', () => {
  it('lets the communications office rename the school; the page suffix follows', async () => {
    const t = startTestBackend();
    const admin = await setUpSchool(t);
    const updated = await t.as(admin, 'settings.update', { schoolName: 'CSG Het Streek Ede', retentionDays: 400 });
    expect(updated).toEqual({ schoolName: 'CSG Het Streek Ede', pageNameSuffix: ' - CSG Het Streek Ede', retentionDays: 400 });
  });
});
