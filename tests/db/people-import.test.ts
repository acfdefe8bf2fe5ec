import { describe, expect, it } from 'vitest';
import { listAudit } from '../../db/audit';
import { setUpSchool, startTestBackend } from '../helpers/backend';
import type { Actor } from '../../electron/services/context';

async function school() {
  const t = startTestBackend();
  const admin = await setUpSchool(t);
  return { t, admin };
}

const STAFF = [
  'name,email,roles,manager_email',
  'Olga Owner,olga@school.nl,eigenaar,mark@school.nl',
  // The manager comes after the people they manage.
  'Mark Manager,mark@school.nl,leidinggevende;eigenaar,',
  'Carla Communicatie,carla@school.nl,Communicatie,',
].join('\n');

describe('people import (Settings → People, `paginawacht people import`)', () => {
  it('adds people with roles and managers, audited per person and per file', async () => {
    const { t, admin } = await school();
    const preview = await t.as(admin, 'peopleImport.preview', { csv: STAFF });
    expect(preview).toMatchObject({ rows: 3, valid: 3, invalid: 0, issues: [] });
    const result = await t.as(admin, 'peopleImport.run', { csv: STAFF, fileName: 'personeel.csv' });
    expect(result).toMatchObject({ imported: 3 });
    const people = await t.as(admin, 'people.list', {});
    const mark = people.find((p) => p.email === 'mark@school.nl')!;
    expect(people.find((p) => p.email === 'olga@school.nl')).toMatchObject({ name: 'Olga Owner', roles: ['eigenaar'], managerId: mark.id });
    expect(mark.roles).toEqual(['eigenaar', 'leidinggevende']);
    const audit = await listAudit(t.backend.store.db);
    expect(audit.filter((a) => a.action === 'person.add')).toHaveLength(3);
    expect(audit.at(-1)).toMatchObject({ action: 'people.import', data: { file: 'personeel.csv', imported: 3 } });
  });

  it('a second run of the same list changes nothing; changed details are reported, not overwritten', async () => {
    const { t, admin } = await school();
    await t.as(admin, 'peopleImport.run', { csv: STAFF });
    expect(await t.as(admin, 'peopleImport.preview', { csv: STAFF })).toMatchObject({ valid: 0, unchanged: 3, invalid: 0 });
    const changed = STAFF.replace('Olga Owner,olga@school.nl,eigenaar', 'Olga de Vries,olga@school.nl,eigenaar');
    const report = await t.as(admin, 'peopleImport.preview', { csv: changed });
    expect(report.issues).toEqual([expect.objectContaining({ line: 2, field: 'email', code: 'emailTaken' })]);
  });

  it('reports bad rows by line and field and imports nothing unless asked for the valid rows', async () => {
    const { t, admin } = await school();
    const file = [
      'name;email;roles;manager_email',
      /* 2 */ 'Goed Persoon;goed@school.nl;eigenaar;',
      /* 3 */ 'Geen Rol;geenrol@school.nl;;',
      /* 4 */ 'Foute Rol;foute@school.nl;"eigenaar;koning";',
      /* 5 */ 'Fout Adres;fout-adres;eigenaar;',
      /* 6 */ '=HYPERLINK("x");formule@school.nl;eigenaar;',
      /* 7 */ 'Onbekende Baas;baas@school.nl;eigenaar;niemand@school.nl',
      /* 8 */ 'Dubbel;goed@school.nl;eigenaar;',
      /* 9 */ 'Ketting;ketting@school.nl;eigenaar;foute@school.nl',
      /* 10 */ 'Zelf;zelf@school.nl;leidinggevende;zelf@school.nl',
      /* 11 */ 'Anna de Vries;anna@school.nl;beheer;',
    ].join('\r\n');
    const report = await t.as(admin, 'peopleImport.preview', { csv: file });
    expect(report.issues.map((i) => [i.line, i.field, i.code])).toEqual([
      [3, 'roles', 'noRoles'],
      [4, 'roles', 'badRole'],
      [5, 'email', 'badEmail'],
      [6, 'name', 'formulaLike'],
      [7, 'manager_email', 'personUnknown'],
      [8, 'email', 'duplicateEmailInFile'],
      [9, 'manager_email', 'managerNotImported'],
      [10, 'manager_email', 'selfManager'],
      [11, 'email', 'emailTaken'],
    ]);
    expect(report).toMatchObject({ delimiter: ';', rows: 10, valid: 1, invalid: 9 });
    expect(await t.as(admin, 'peopleImport.run', { csv: file })).toMatchObject({ imported: 0 });
    expect(await t.as(admin, 'people.list', {})).toHaveLength(1);
    expect(await t.as(admin, 'peopleImport.run', { csv: file, mode: 'valid-rows' })).toMatchObject({ imported: 1 });
    expect((await t.as(admin, 'people.list', {})).map((p) => p.email).sort()).toEqual(['anna@school.nl', 'goed@school.nl']);
  });

  it('needs the communications office or technical admin', async () => {
    const { t, admin } = await school();
    const owner = await t.as(admin, 'people.add', { name: 'Olga', email: 'o@school.nl', roles: ['eigenaar'] });
    const asOwner: Actor = { personId: owner.id, label: owner.name, roles: owner.roles, via: 'app' };
    expect(await t.tryAs(asOwner, 'peopleImport.preview', { csv: STAFF })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await t.tryAs(asOwner, 'peopleImport.run', { csv: STAFF })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
