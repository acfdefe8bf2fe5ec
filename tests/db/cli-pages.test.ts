import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listAudit } from '../../db/audit';
import { main } from '../../electron/cli/index';
import { setUpSchool, startTestBackend, tempDir } from '../helpers/backend';

// The CLI's commands run in-process here (the same `main` the bundle runs); the Chromium tests run the
// built bundle as a separate process.

let out = '';
let err = '';
beforeEach(() => {
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

async function desk() {
  const t = startTestBackend();
  await setUpSchool(t);
  await t.close();
  const dir = t.dataDir;
  const file = (name: string, text: string) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, text);
    return p;
  };
  const cli = (...args: string[]) => main(['node', 'paginawacht', '--data-dir', dir, ...args]);
  return { dir, file, cli };
}

const STAFF = 'name,email,roles,manager_email\nMark Manager,mark@school.nl,leidinggevende,\nOlga Owner,olga@school.nl,eigenaar,mark@school.nl\nBert Backup,bert@school.nl,eigenaar,mark@school.nl\n';
const HEADER = 'platform,handle,display_name,url,purpose,audience,owner_email,backup_owner_email,manager_email,end_date,status';
const GOOD = 'instagram,streek_sport,Sport - CSG Het Streek,,Sportdag,leerlingen,olga@school.nl,bert@school.nl,mark@school.nl,2027-07-31,actief';
const BAD = 'instagram,streek2,Sport zonder achtervoegsel,,Sportdag,leerlingen,olga@school.nl,bert@school.nl,onbekend@school.nl,2027-07-31,actief';

describe('paginawacht people import / pages import / inventory', () => {
  it('imports people and pages, recorded as the operating-system user, and prints the inventory', async () => {
    const d = await desk();
    expect(await d.cli('people', 'import', d.file('staff.csv', STAFF))).toBe(0);
    expect(out).toContain('Imported 3 person(s).');
    out = '';
    expect(await d.cli('pages', 'import', d.file('pages.csv', `${HEADER}\n${GOOD}\n`))).toBe(0);
    expect(out).toMatch(/pages\.csv: 1 row\(s\); 1 to import, 0 with problems\.\nImported 1 page\(s\)\./);
    out = '';
    expect(await d.cli('inventory')).toBe(0);
    expect(out).toBe(`${HEADER}\r\n${GOOD}\r\n`);
    out = '';
    expect(await d.cli('inventory', '--format', 'json')).toBe(0);
    expect(JSON.parse(out)).toEqual([expect.objectContaining({ handle: 'streek_sport', owner_name: 'Olga Owner', status: 'actief' })]);

    const t = startTestBackend({ dataDir: d.dir });
    const [summary] = await listAudit(t.backend.store.db, { subjectType: 'import' });
    expect(summary).toMatchObject({ actorPersonId: null, actorLabel: `os:${os.userInfo().username}`, via: 'cli', action: 'people.import' });
    await t.close();
  });

  it('reports problems by line and column, imports nothing, exits 1; --valid-rows imports the rest, still exits 1', async () => {
    const d = await desk();
    await d.cli('people', 'import', d.file('staff.csv', STAFF));
    const file = d.file('pages.csv', `${HEADER}\n${GOOD}\n${BAD}\n`);
    out = '';
    expect(await d.cli('pages', 'import', file)).toBe(1);
    expect(out).toContain('Line 3, display_name: The name must end with " - CSG Het Streek"');
    expect(out).toContain('Line 3, manager_email: nobody with e-mail onbekend@school.nl in People');
    expect(out).toContain('Nothing imported: fix the lines above, or run again with --valid-rows to import the 1 valid row(s).');
    expect(err).toContain('paginawacht: 1 line(s) of pages.csv have problems');
    out = '';
    expect(await d.cli('inventory')).toBe(0);
    expect(out).toBe(`${HEADER}\r\n`);

    out = '';
    expect(await d.cli('pages', 'import', file, '--valid-rows', '--format', 'json')).toBe(1);
    const report = JSON.parse(out.trim()) as { imported: number; issues: { line: number; field: string; code: string }[] };
    expect(report.imported).toBe(1);
    expect(report.issues.map((i) => [i.line, i.field, i.code])).toEqual([
      [3, 'display_name', 'suffixMissing'],
      [3, 'manager_email', 'personUnknown'],
    ]);
  });

  it('acts as the person --as names; refused actions exit 1', async () => {
    const d = await desk();
    await d.cli('people', 'import', d.file('staff.csv', STAFF));
    err = '';
    expect(await d.cli('--as', 'olga@school.nl', 'pages', 'import', d.file('pages.csv', `${HEADER}\n${GOOD}\n`))).toBe(1);
    expect(err).toMatch(/This needs one of the roles: communicatie, beheer/);
    expect(await d.cli('--as', 'anna@school.nl', 'pages', 'import', d.file('pages.csv', `${HEADER}\n${GOOD}\n`))).toBe(0);
    const t = startTestBackend({ dataDir: d.dir });
    const [summary] = await listAudit(t.backend.store.db, { subjectType: 'import' }).then((a) => a.filter((e) => e.action === 'pages.import'));
    expect(summary).toMatchObject({ actorLabel: 'Anna Admin', via: 'cli' });
    await t.close();
  });

  it('refuses imports before the first-run screen is done, so that screen never locks', async () => {
    const dir = tempDir();
    const staff = path.join(dir, 'staff.csv');
    fs.writeFileSync(staff, STAFF);
    expect(await main(['node', 'paginawacht', '--data-dir', dir, 'people', 'import', staff])).toBe(1);
    expect(err).toMatch(/not set up yet: start it once/);
    const t = startTestBackend({ dataDir: dir });
    expect(await t.backend.store.db.selectFrom('people').select('id').execute()).toEqual([]);
    // The first-run screen still works afterwards.
    await setUpSchool(t);
    expect((await t.backend.invokeAs(null, 'setup.status', {})).ok).toBe(true);
    await t.close();
    expect(await main(['node', 'paginawacht', '--data-dir', dir, 'people', 'import', staff])).toBe(0);
  });

  it('usage errors exit 2: a missing file, an unknown format', async () => {
    const d = await desk();
    expect(await d.cli('pages', 'import', path.join(tempDir(), 'nope.csv'))).toBe(2);
    expect(err).toMatch(/Cannot read .*nope\.csv: no such file/);
    expect(await d.cli('inventory', '--format', 'xlsx')).toBe(2);
    expect(await d.cli('people', 'import')).toBe(2);
    // Checked before anything starts: a bad port or format is a usage error, not a failure.
    expect(await d.cli('serve', '--port', 'abc')).toBe(2);
    expect(err).toMatch(/--port must be a number from 0 to 65535, not abc/);
    expect(await d.cli('serve', '--port', '70000')).toBe(2);
    expect(await d.cli('demo', '--format', 'yaml')).toBe(2);
  });

  it('every command has --help', async () => {
    const d = await desk();
    for (const args of [['pages', 'import'], ['people', 'import'], ['people', 'list'], ['inventory']]) {
      out = '';
      expect(await d.cli(...args, '--help')).toBe(0);
      expect(out).toMatch(/Usage: paginawacht/);
    }
    expect(out).toContain('--format <format>');
  });
});
