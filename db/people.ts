import type { Db } from './transaction';
import type { Selectable } from 'kysely';
import type { PeopleTable } from './schema';
import type { Role } from '../shared/api/common';
import { ROLES } from '../shared/api/common';

export interface PersonRecord {
  id: number;
  name: string;
  email: string;
  roles: Role[];
  active: boolean;
  managerId: number | null;
  note: string;
  createdAt: string;
  deactivatedAt: string | null;
}

export interface PersonFields {
  name: string;
  email: string;
  roles: Role[];
  managerId: number | null;
  note: string;
}

type Row = Selectable<PeopleTable>;

function fromRow(row: Row, roles: Role[]): PersonRecord {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    roles: ROLES.filter((r) => roles.includes(r)),
    active: row.active === 1,
    managerId: row.manager_id,
    note: row.note,
    createdAt: row.created_at,
    deactivatedAt: row.deactivated_at,
  };
}

async function rolesFor(db: Db, ids: number[]): Promise<Map<number, Role[]>> {
  const map = new Map<number, Role[]>();
  if (ids.length === 0) return map;
  const rows = await db.selectFrom('person_roles').select(['person_id', 'role']).where('person_id', 'in', ids).execute();
  for (const r of rows) map.set(r.person_id, [...(map.get(r.person_id) ?? []), r.role as Role]);
  return map;
}

export async function listPeople(db: Db, options: { includeInactive?: boolean } = {}): Promise<PersonRecord[]> {
  let query = db.selectFrom('people').selectAll();
  if (!options.includeInactive) query = query.where('active', '=', 1);
  const rows = await query.orderBy('name').orderBy('id').execute();
  const roles = await rolesFor(db, rows.map((r) => r.id));
  return rows.map((r) => fromRow(r, roles.get(r.id) ?? []));
}

export async function countPeople(db: Db): Promise<number> {
  const row = await db.selectFrom('people').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function getPerson(db: Db, id: number): Promise<PersonRecord | undefined> {
  const row = await db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return fromRow(row, (await rolesFor(db, [id])).get(id) ?? []);
}

export async function findPersonByEmail(db: Db, email: string): Promise<PersonRecord | undefined> {
  const row = await db.selectFrom('people').selectAll().where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
  if (!row) return undefined;
  return fromRow(row, (await rolesFor(db, [row.id])).get(row.id) ?? []);
}

/** People holding a role (active only): e.g. everyone in the communications office. */
export async function listPeopleWithRole(db: Db, role: Role): Promise<PersonRecord[]> {
  const rows = await db
    .selectFrom('people')
    .innerJoin('person_roles', 'person_roles.person_id', 'people.id')
    .selectAll('people')
    .where('person_roles.role', '=', role)
    .where('people.active', '=', 1)
    .orderBy('people.name')
    .execute();
  const roles = await rolesFor(db, rows.map((r) => r.id));
  return rows.map((r) => fromRow(r, roles.get(r.id) ?? []));
}

async function replaceRoles(db: Db, id: number, roles: Role[]): Promise<void> {
  await db.deleteFrom('person_roles').where('person_id', '=', id).execute();
  const unique = [...new Set(roles)];
  if (unique.length) await db.insertInto('person_roles').values(unique.map((role) => ({ person_id: id, role }))).execute();
}

/** Call inside a transaction: the person row and their roles are one write. */
export async function insertPerson(db: Db, fields: PersonFields, at: string): Promise<number> {
  const { id } = await db
    .insertInto('people')
    .values({
      name: fields.name,
      email: fields.email.trim().toLowerCase(),
      active: 1,
      manager_id: fields.managerId,
      note: fields.note,
      created_at: at,
      deactivated_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await replaceRoles(db, id, fields.roles);
  return id;
}

export async function updatePerson(db: Db, id: number, fields: PersonFields): Promise<void> {
  await db
    .updateTable('people')
    .set({ name: fields.name, email: fields.email.trim().toLowerCase(), manager_id: fields.managerId, note: fields.note })
    .where('id', '=', id)
    .execute();
  await replaceRoles(db, id, fields.roles);
}

export async function setPersonActive(db: Db, id: number, active: boolean, at: string): Promise<void> {
  await db
    .updateTable('people')
    .set({ active: active ? 1 : 0, deactivated_at: active ? null : at })
    .where('id', '=', id)
    .execute();
}
