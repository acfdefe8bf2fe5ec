import { appendAudit } from '../../db/audit';
import { insertPerson, listPeople, updatePerson, type PersonRecord } from '../../db/people';
import { inTransaction, type Db } from '../../db/transaction';
import { ROLES, emailSchema, type Role } from '../../shared/api/common';
import type { ImportIssue, ImportReport } from '../../shared/api/imports';
import { PEOPLE_CSV_COLUMNS } from '../../shared/api/people-import';
import type { Actor } from './context';
import type { DomainHandlers } from './handler-types';
import { auditActor, requireRole } from './roles';
import { requireSetUp } from './setup';
import { cellCountIssue, looksLikeFormula, parseCsv } from './csv';

// Staff lists from the school's administration into Settings → People (README, "Pages register" →
// people import). Same reporting as the pages import. A person already present with the same name,
// roles and manager is "unchanged"; one present with different details is reported, not overwritten.
export const PEOPLE_IMPORTERS = ['communicatie', 'beheer'] as const;

interface PlannedPerson {
  line: number;
  name: string;
  email: string;
  roles: Role[];
  managerEmail: string | null;
}

export interface PeopleImportPlan {
  report: ImportReport;
  people: PlannedPerson[];
}

function issue(line: number, field: string, code: string, message: string, value: string, params: Record<string, string | number> = {}): ImportIssue {
  return { line, field, code, message: `Line ${line}${field ? `, ${field}` : ''}: ${message}`, params, value };
}

const sameRoles = (a: readonly Role[], b: readonly Role[]) => [...a].sort().join() === [...b].sort().join();

export async function planPeopleImport(db: Db, csv: string): Promise<PeopleImportPlan> {
  const parsed = parseCsv(csv, PEOPLE_CSV_COLUMNS, { optional: ['manager_email'] });
  if (!parsed.ok) {
    return { report: { delimiter: parsed.delimiter, rows: 0, valid: 0, unchanged: 0, invalid: 0, issues: parsed.issues }, people: [] };
  }
  const existing = new Map<string, PersonRecord>((await listPeople(db, { includeInactive: true })).map((p) => [p.email, p]));
  const byId = new Map([...existing.values()].map((p) => [p.id, p]));
  const rowIssues = new Map<number, ImportIssue[]>();
  const rows: (PlannedPerson & { unchanged: boolean })[] = [];
  const fileLines = new Map<string, number>();

  for (const { line, cells } of parsed.records) {
    const found: ImportIssue[] = [];
    const add = (field: string, code: string, message: string, params: Record<string, string | number> = {}) =>
      found.push(issue(line, field, code, message, field ? (cells[field] ?? '') : '', params));
    const count = cellCountIssue(line, parsed.cellCounts?.get(line) ?? parsed.columns.length, parsed.columns.length);
    if (count) found.push(count);

    const name = cells.name ?? '';
    if (!name) add('name', 'required', 'name is empty');
    else if (looksLikeFormula(name)) add('name', 'formulaLike', 'starts like a spreadsheet formula (=, +, -, @)');
    else if (name.length > 120) add('name', 'tooLong', 'longer than 120 characters', { max: 120 });

    const emailFor = (column: 'email' | 'manager_email'): string | null => {
      const cell = cells[column] ?? '';
      if (!cell) {
        if (column === 'email') add(column, 'required', 'email is empty');
        return null;
      }
      if (looksLikeFormula(cell)) {
        add(column, 'formulaLike', 'starts like a spreadsheet formula (=, +, -, @); an e-mail address never does');
        return null;
      }
      const parsedEmail = emailSchema.safeParse(cell);
      if (!parsedEmail.success) {
        add(column, 'badEmail', `"${cell}" is not an e-mail address`);
        return null;
      }
      return parsedEmail.data;
    };
    const email = emailFor('email');
    const managerEmail = emailFor('manager_email');

    const roleCells = (cells.roles ?? '').split(/[;|]/).map((r) => r.trim().toLowerCase()).filter(Boolean);
    const roles: Role[] = [];
    for (const role of roleCells) {
      if ((ROLES as readonly string[]).includes(role)) {
        if (!roles.includes(role as Role)) roles.push(role as Role);
      } else add('roles', 'badRole', `unknown role "${role}" (roles: ${ROLES.join(', ')})`, { role, roles: ROLES.join(', ') });
    }
    if (roleCells.length === 0) add('roles', 'noRoles', 'give at least one role', { roles: ROLES.join(', ') });

    if (email) {
      const earlier = fileLines.get(email);
      if (earlier !== undefined) add('email', 'duplicateEmailInFile', `${email} is also on line ${earlier}`, { email, line: earlier });
      else fileLines.set(email, line);
      if (managerEmail === email) add('manager_email', 'selfManager', 'a person cannot be their own line manager');
    }

    let unchanged = false;
    const current = email ? existing.get(email) : undefined;
    if (current && email && !found.length) {
      const currentManager = current.managerId === null ? null : (byId.get(current.managerId)?.email ?? null);
      if (current.name === name && sameRoles(current.roles, roles) && currentManager === managerEmail) unchanged = true;
      else add('email', 'emailTaken', `someone with e-mail ${email} already exists with other details; change them in Settings → People`, { email });
    }
    rowIssues.set(line, found);
    if (email) rows.push({ line, name, email, roles, managerEmail, unchanged });
  }

  // Managers must exist (already, or as an importable row of this file); a row whose manager cannot be
  // imported cannot be either, and so on down the chain.
  let changed = true;
  while (changed) {
    changed = false;
    const importable = new Map(rows.filter((r) => !rowIssues.get(r.line)?.length && !r.unchanged).map((r) => [r.email, r]));
    for (const row of rows) {
      const problems = rowIssues.get(row.line)!;
      if (problems.length || row.unchanged || row.managerEmail === null) continue;
      const inDb = existing.get(row.managerEmail);
      if (inDb) {
        if (!inDb.active) {
          problems.push(issue(row.line, 'manager_email', 'personInactive', `${inDb.name} has been deactivated`, row.managerEmail, { name: inDb.name }));
          changed = true;
        }
        continue;
      }
      if (importable.has(row.managerEmail)) continue;
      const other = fileLines.get(row.managerEmail);
      problems.push(
        other !== undefined
          ? issue(row.line, 'manager_email', 'managerNotImported', `the manager on line ${other} cannot be imported`, row.managerEmail, {
              email: row.managerEmail,
              line: other,
            })
          : issue(row.line, 'manager_email', 'personUnknown', `nobody with e-mail ${row.managerEmail} in People or in this file`, row.managerEmail, {
              email: row.managerEmail,
            }),
      );
      changed = true;
    }
  }

  const issues = [...rowIssues.values()].flat().sort((a, b) => a.line - b.line);
  const invalid = [...rowIssues.values()].filter((list) => list.length > 0).length;
  const people = rows.filter((r) => !rowIssues.get(r.line)?.length && !r.unchanged);
  const unchanged = rows.filter((r) => !rowIssues.get(r.line)?.length && r.unchanged).length;
  return {
    report: { delimiter: parsed.delimiter, rows: parsed.records.length, valid: people.length, unchanged, invalid, issues },
    people,
  };
}

async function applyPeopleImport(
  trx: Db,
  actor: Actor,
  plan: PeopleImportPlan,
  at: string,
  options: { fileName: string; note: string; mode: 'all-or-nothing' | 'valid-rows' },
): Promise<number> {
  const ids = new Map<string, number>();
  for (const p of plan.people) {
    ids.set(p.email, await insertPerson(trx, { name: p.name, email: p.email, roles: p.roles, managerId: null, note: '' }, at));
  }
  // Managers second: a manager may appear further down the file than the people they manage.
  const all = new Map((await listPeople(trx, { includeInactive: true })).map((p) => [p.email, p.id]));
  for (const p of plan.people) {
    const id = ids.get(p.email)!;
    const managerId = p.managerEmail === null ? null : (all.get(p.managerEmail) ?? null);
    if (managerId !== null) await updatePerson(trx, id, { name: p.name, email: p.email, roles: p.roles, managerId, note: '' });
    await appendAudit(trx, {
      at,
      actor: auditActor(actor),
      action: 'person.add',
      subjectType: 'person',
      subjectId: id,
      data: { name: p.name, email: p.email, roles: p.roles, managerId, import: { file: options.fileName, line: p.line } },
    });
  }
  await appendAudit(trx, {
    at,
    actor: auditActor(actor),
    action: 'people.import',
    subjectType: 'import',
    subjectId: null,
    reason: options.note || null,
    data: {
      file: options.fileName,
      mode: options.mode,
      rows: plan.report.rows,
      imported: plan.people.length,
      unchanged: plan.report.unchanged,
      rejectedLines: [...new Set(plan.report.issues.map((i) => i.line))],
    },
  });
  return plan.people.length;
}

export const peopleImportHandlers: DomainHandlers<'peopleImport'> = {
  async 'peopleImport.preview'(input, ctx) {
    requireRole(ctx, ...PEOPLE_IMPORTERS);
    await requireSetUp(ctx);
    return (await planPeopleImport(ctx.store.db, input.csv)).report;
  },

  async 'peopleImport.run'(input, ctx) {
    const actor = requireRole(ctx, ...PEOPLE_IMPORTERS);
    await requireSetUp(ctx);
    const at = ctx.clock.now().toISOString();
    const options = { fileName: input.fileName, note: input.note, mode: input.mode };
    const result = await inTransaction(ctx.store.db, async (trx) => {
      const plan = await planPeopleImport(trx, input.csv);
      const blocked = plan.report.issues.length > 0;
      if ((blocked && input.mode === 'all-or-nothing') || plan.people.length === 0) return { report: plan.report, imported: 0 };
      return { report: plan.report, imported: await applyPeopleImport(trx, actor, plan, at, options) };
    });
    if (result.imported > 0) ctx.events.emit('people.changed', {});
    return { ...result.report, imported: result.imported, mode: input.mode };
  },
};
