import { describe, expect, it } from 'vitest';
import { listAudit } from '../../db/audit';
import { listMonitoredPages } from '../../db/pages';
import { activePage, pagesSchool, requested, type PagesSchool } from '../helpers/pages';

const HEADER = 'platform,handle,display_name,url,purpose,audience,owner_email,backup_owner_email,manager_email,end_date,status';

const GOOD = [
  'instagram,@streek_sport,Sport - CSG Het Streek,https://www.instagram.com/streek_sport,Sportdag en toernooien,leerlingen,olga@school.nl,bert@school.nl,mark@school.nl,2027-07-31,actief',
  'rss,https://blog.hetstreek.nl/feed,Schoolblog - CSG Het Streek,https://blog.hetstreek.nl,Nieuws voor ouders,ouders,bert@school.nl,olga@school.nl,mark@school.nl,,actief',
];

// One problem per row, as the issue lists them; line 2 is the first data row.
const BAD = [
  /* 2 */ 'myspace,streek,Streek - CSG Het Streek,,Oud,publiek,olga@school.nl,bert@school.nl,mark@school.nl,2027-01-01,actief',
  /* 3 */ 'x,streeknieuws,Streeknieuws,,Nieuws,publiek,olga@school.nl,bert@school.nl,mark@school.nl,2027-01-01,actief',
  /* 4 */ 'tiktok,streektok,TikTok - CSG Het Streek,,Filmpjes,leerlingen,olga@school.nl,bert@school.nl,nobody@school.nl,2027-01-01,actief',
  /* 5 */ 'youtube,streektube,Video - CSG Het Streek,,Video’s,publiek,olga@school.nl,bert@school.nl,mark@school.nl,31-12-2027,actief',
  /* 6 */ 'instagram,Streek_Sport,Sport 2 - CSG Het Streek,,Dubbel,leerlingen,olga@school.nl,bert@school.nl,mark@school.nl,2027-01-01,actief',
  /* 7 */ 'mastodon,"=HYPERLINK(""http://evil.example"",""klik"")",Injectie - CSG Het Streek,,Test,publiek,olga@school.nl,bert@school.nl,mark@school.nl,2027-01-01,actief',
  /* 8 */ 'linkedin,streek-alumni,Alumni - CSG Het Streek,,Alumni,publiek,=cmd|\' /C calc\'!A0,bert@school.nl,mark@school.nl,2027-01-01,actief',
];

const csv = (...rows: string[]) => [HEADER, ...rows].join('\n');

async function inventory(s: PagesSchool) {
  return (await s.t.as(s.comms, 'inventory.list', {})).rows;
}

describe('CSV import of existing accounts', () => {
  it('reports every bad row by line and field, and imports nothing of the file', async () => {
    const s = await pagesSchool();
    const file = csv(...GOOD, ...BAD);
    const report = await s.t.as(s.comms, 'pages.importPreview', { csv: file, fileName: 'accounts.csv' });
    expect(report).toMatchObject({ delimiter: ',', rows: 9, valid: 2, invalid: 7 });
    const at = report.issues.map((i) => [i.line, i.field, i.code]);
    expect(at).toEqual([
      [4, 'platform', 'unknownPlatform'],
      [5, 'display_name', 'suffixMissing'],
      [6, 'manager_email', 'personUnknown'],
      [7, 'end_date', 'badDate'],
      [8, 'handle', 'duplicateInFile'],
      [9, 'handle', 'formulaLike'],
      [10, 'owner_email', 'formulaLike'],
    ]);
    // The cell is reported as found, as text.
    expect(report.issues.find((i) => i.line === 9)?.value).toBe('=HYPERLINK("http://evil.example","klik")');
    expect(report.issues.find((i) => i.line === 8)?.params).toMatchObject({ line: 2 });
    expect(report.issues[0]!.message).toMatch(/^Line 4, platform: unknown platform "myspace"/);

    const result = await s.t.as(s.comms, 'pages.import', { csv: file, fileName: 'accounts.csv', mode: 'all-or-nothing' });
    expect(result).toMatchObject({ imported: 0, invalid: 7, mode: 'all-or-nothing' });
    expect(await inventory(s)).toEqual([]);
    expect(await listAudit(s.t.backend.store.db, { subjectType: 'import' })).toEqual([]);
  });

  it('imports only the valid rows when asked to, and records the file in the audit log', async () => {
    const s = await pagesSchool();
    const result = await s.t.as(s.comms, 'pages.import', { csv: csv(...GOOD, ...BAD), fileName: 'accounts.csv', mode: 'valid-rows' });
    expect(result).toMatchObject({ imported: 2, invalid: 7 });
    expect((await inventory(s)).map((r) => r.handle)).toEqual(['https://blog.hetstreek.nl/feed', 'streek_sport']);
    const [summary] = await listAudit(s.t.backend.store.db, { subjectType: 'import' });
    expect(summary).toMatchObject({ action: 'pages.import', actorLabel: 'Carla Communicatie', data: { file: 'accounts.csv', mode: 'valid-rows', imported: 2, rejectedLines: [4, 5, 6, 7, 8, 9, 10] } });
  });

  it('imported live pages count as approved earlier, with the import as the record, and are monitored', async () => {
    const s = await pagesSchool();
    await s.t.as(s.comms, 'pages.import', { csv: csv(...GOOD), fileName: 'accounts.csv', note: 'Overgenomen uit de lijst van 2025' });
    const [sport, blog] = await inventory(s).then((rows) => [...rows].sort((a, b) => a.id - b.id));
    expect(sport).toMatchObject({ status: 'actief', source: 'import', approvedAt: '2026-11-24T09:00:00.000Z', verified: false });
    // "doorlopend" with the import's note as the written reason.
    expect(blog).toMatchObject({ endDate: null, ongoingReason: 'Overgenomen uit de lijst van 2025' });
    const audit = await listAudit(s.t.backend.store.db, { subjectType: 'page', subjectId: sport!.id });
    expect(audit).toEqual([
      expect.objectContaining({ action: 'page.import', reason: 'Overgenomen uit de lijst van 2025', data: expect.objectContaining({ line: 2, approvedEarlier: true, to: 'actief' }) }),
    ]);
    expect((await listMonitoredPages(s.t.backend.store.db)).map((p) => p.handle).sort()).toEqual(['https://blog.hetstreek.nl/feed', 'streek_sport']);
  });

  it('refuses handles already in the register', async () => {
    const s = await pagesSchool();
    await requested(s, { handle: 'streek_sport' });
    const report = await s.t.as(s.comms, 'pages.importPreview', { csv: csv(GOOD[0]!) });
    expect(report.issues).toEqual([expect.objectContaining({ line: 2, field: 'handle', code: 'handleTaken' })]);
  });

  it('reads Dutch Excel files: BOM, semicolons, CRLF, quoted cells with line breaks, any column order', async () => {
    const s = await pagesSchool();
    const file =
      '\uFEFFstatus;platform;handle;display_name;url;purpose;audience;owner_email;backup_owner_email;manager_email;end_date\r\n' +
      'actief;Instagram;@streek_sport;Sport - CSG Het Streek;;"Sportdag;\r\ntoernooien";leerlingen;OLGA@school.nl;bert@school.nl;mark@school.nl;2027-07-31\r\n' +
      '\r\n' +
      'goedgekeurd;X;streek;Streek;;Nieuws;publiek;olga@school.nl;bert@school.nl;mark@school.nl;2027-07-31\r\n';
    const report = await s.t.as(s.comms, 'pages.importPreview', { csv: file });
    expect(report).toMatchObject({ delimiter: ';', rows: 2, valid: 1 });
    // Line 5: the quoted cell spans lines 2–3 and line 4 is empty.
    expect(report.issues).toEqual([expect.objectContaining({ line: 5, field: 'display_name', code: 'suffixMissing' })]);
    const result = await s.t.as(s.comms, 'pages.import', { csv: file, mode: 'valid-rows' });
    expect(result.imported).toBe(1);
    expect((await inventory(s))[0]).toMatchObject({ platform: 'instagram', purpose: 'Sportdag;\ntoernooien', owner: { email: 'olga@school.nl' } });
  });

  it('reports file problems on line 1: missing and unknown columns, empty files, broken quotes', async () => {
    const s = await pagesSchool();
    const missing = await s.t.as(s.comms, 'pages.importPreview', { csv: 'platform,handle,display_name,owner_mail\nx,y,z,w' });
    expect(missing.issues.map((i) => [i.line, i.code, i.field])).toEqual([
      [1, 'missingColumn', 'purpose'],
      [1, 'missingColumn', 'audience'],
      [1, 'missingColumn', 'owner_email'],
      [1, 'missingColumn', 'backup_owner_email'],
      [1, 'missingColumn', 'manager_email'],
      [1, 'missingColumn', 'end_date'],
      [1, 'missingColumn', 'status'],
      [1, 'unknownColumn', 'owner_mail'],
    ]);
    expect((await s.t.as(s.comms, 'pages.importPreview', { csv: '  \n' })).issues[0]).toMatchObject({ code: 'emptyFile' });
    const broken = await s.t.as(s.comms, 'pages.importPreview', { csv: `${HEADER}\ninstagram,"open,` });
    expect(broken.issues[0]).toMatchObject({ code: 'csvSyntax', line: 2 });
    const short = await s.t.as(s.comms, 'pages.importPreview', { csv: `${HEADER}\ninstagram,a` });
    expect(short.issues[0]).toMatchObject({ code: 'columnCount', line: 2 });
  });

  it('reports people who are not owners or managers, or who left, by column', async () => {
    const s = await pagesSchool();
    await s.t.as(s.admin, 'people.deactivate', { id: s.backup.personId!, reason: 'Vertrokken' });
    const report = await s.t.as(s.comms, 'pages.importPreview', {
      csv: csv(
        'instagram,a1,A - CSG Het Streek,,P,publiek,piet@school.nl,otto@school.nl,olga@school.nl,2027-01-01,actief',
        'instagram,a2,B - CSG Het Streek,,P,publiek,olga@school.nl,bert@school.nl,mark@school.nl,2027-01-01,',
        'instagram,a3,C - CSG Het Streek,,P,iedereen,olga@school.nl,otto@school.nl,mark@school.nl,2027-01-01,weg',
      ),
    });
    expect(report.issues.map((i) => [i.line, i.field, i.code])).toEqual([
      [2, 'owner_email', 'notAnOwner'],
      [2, 'manager_email', 'notAManager'],
      [3, 'backup_owner_email', 'personInactive'],
      [4, 'audience', 'badAudience'],
      [4, 'status', 'badStatus'],
    ]);
  });

  it('is for the communications office and technical admin (also the CLI’s OS user), not for owners', async () => {
    const s = await pagesSchool();
    for (const actor of [s.owner, s.manager, s.board]) {
      expect(await s.t.tryAs(actor, 'pages.importPreview', { csv: csv(...GOOD) })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await s.t.tryAs(actor, 'pages.import', { csv: csv(...GOOD) })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await s.t.as(s.osUser, 'pages.import', { csv: csv(...GOOD), fileName: 'x.csv' })).toMatchObject({ imported: 2 });
    const [summary] = await listAudit(s.t.backend.store.db, { subjectType: 'import' });
    expect(summary).toMatchObject({ actorPersonId: null, actorLabel: 'os:tester', via: 'cli' });
  });
});

describe('inventory export', () => {
  it('round trip: export → import into another desk gives the same inventory', async () => {
    const a = await pagesSchool();
    await activePage(a);
    await requested(a, { platform: 'facebook', handle: 'streekouders', displayName: 'Ouders - CSG Het Streek', genericConfirmed: true, endDate: null, ongoingReason: 'Vaste pagina' });
    await a.t.as(a.comms, 'pages.import', { csv: csv(...GOOD) });
    // A purpose that a spreadsheet would run: kept as data, neutralised in the file, restored on import.
    await requested(a, { platform: 'x', handle: 'formule', displayName: 'Som - CSG Het Streek', purpose: '=1+1 is de som van de week' });
    const exported = await a.t.as(a.comms, 'inventory.export', { format: 'csv' });
    expect(exported).toMatchObject({ fileName: 'paginawacht-inventaris-2026-11-24.csv', mimeType: 'text/csv', count: 5 });
    const lines = exported.content.split('\r\n');
    expect(lines[0]).toBe(HEADER);
    expect(exported.content).toContain(",'=1+1 is de som van de week,");

    const b = await pagesSchool();
    const result = await b.t.as(b.comms, 'pages.import', { csv: exported.content, fileName: exported.fileName });
    expect(result).toMatchObject({ imported: 5, invalid: 0 });
    const again = await b.t.as(b.comms, 'inventory.export', { format: 'csv' });
    expect(again.content).toBe(exported.content);
    const formula = (await b.t.as(b.comms, 'inventory.list', { search: 'som' })).rows[0];
    expect(formula?.purpose).toBe('=1+1 is de som van de week');
  });

  it('JSON carries the CSV columns and what only the inventory knows', async () => {
    const s = await pagesSchool();
    await activePage(s);
    const exported = await s.t.as(s.comms, 'inventory.export', { format: 'json' });
    const records = JSON.parse(exported.content) as Record<string, unknown>[];
    expect(records).toEqual([
      expect.objectContaining({
        platform: 'instagram',
        handle: 'projectx_streek',
        display_name: 'Project X - CSG Het Streek',
        owner_email: 'olga@school.nl',
        owner_name: 'Olga Owner',
        status: 'actief',
        approved_at: '2026-11-24T09:00:00.000Z',
        open_flagged_items: 0,
      }),
    ]);
  });
});

describe('inventory list: search, filter and sort in the database', () => {
  async function register() {
    const s = await pagesSchool();
    await s.t.as(s.comms, 'pages.import', { csv: csv(...GOOD) });
    s.t.clock.advance(3_600_000);
    await activePage(s);
    await requested(s, { platform: 'tiktok', handle: 'streek_100%', displayName: 'Honderd_procent - CSG Het Streek', ownerId: s.backup.personId!, backupOwnerId: s.owner.personId!, audience: 'publiek' });
    return s;
  }

  it('filters by platform, status and audience and searches names, handles and people', async () => {
    const s = await register();
    const list = (input: Parameters<typeof s.t.as<'inventory.list'>>[2]) => s.t.as(s.comms, 'inventory.list', input).then((r) => r.rows.map((x) => x.handle));
    expect(await list({ platform: 'instagram' })).toEqual(['projectx_streek', 'streek_sport']);
    expect(await list({ status: 'aangevraagd' })).toEqual(['streek_100%']);
    expect(await list({ audience: 'ouders' })).toEqual(['https://blog.hetstreek.nl/feed']);
    expect(await list({ search: 'SPORT' })).toEqual(['streek_sport']);
    expect(await list({ search: 'bert@school' })).toHaveLength(4);
    expect(await list({ search: 'nieuws ouders' })).toEqual(['https://blog.hetstreek.nl/feed']);
    expect(await list({ search: 'olga toernooien' })).toEqual(['streek_sport']);
    // % and _ are literal characters, not wildcards.
    expect(await list({ search: '100%' })).toEqual(['streek_100%']);
    expect(await list({ search: 'o_p' })).toEqual([]);
  });

  it('sorts by any column, empty values last, and pages with a total', async () => {
    const s = await register();
    const rows = (input: Parameters<typeof s.t.as<'inventory.list'>>[2]) => s.t.as(s.comms, 'inventory.list', input);
    expect((await rows({ sort: 'displayName' })).rows.map((r) => r.displayName)).toEqual([
      'Honderd_procent - CSG Het Streek',
      'Project X - CSG Het Streek',
      'Schoolblog - CSG Het Streek',
      'Sport - CSG Het Streek',
    ]);
    expect((await rows({ sort: 'owner', direction: 'desc' })).rows.map((r) => r.owner.name)).toEqual(['Olga Owner', 'Olga Owner', 'Bert Backup', 'Bert Backup']);
    const byEnd = (await rows({ sort: 'endDate', direction: 'desc' })).rows.map((r) => r.endDate);
    expect(byEnd.at(-1)).toBeNull();
    const byApproval = (await rows({ sort: 'approvedAt' })).rows.map((r) => r.approvedAt);
    expect(byApproval).toEqual(['2026-11-24T09:00:00.000Z', '2026-11-24T09:00:00.000Z', '2026-11-24T10:00:00.000Z', null]);
    const page = await rows({ sort: 'handle', limit: 2, offset: 2 });
    expect(page.total).toBe(4);
    expect(page.rows.map((r) => r.handle)).toEqual(['streek_100%', 'streek_sport']);
  });

  it('is for the communications office, the board and technical admin', async () => {
    const s = await pagesSchool();
    for (const actor of [s.owner, s.manager, s.plain]) {
      expect(await s.t.tryAs(actor, 'inventory.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await s.t.tryAs(actor, 'inventory.export', { format: 'csv' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    for (const actor of [s.comms, s.board, s.admin, s.osUser]) expect(await s.t.tryAs(actor, 'inventory.list', {})).toMatchObject({ ok: true });
  });

  it('uses the status index for the monitored pages and a status filter', async () => {
    const s = await pagesSchool();
    const plan = s.t.backend.store.sqlite
      .prepare("EXPLAIN QUERY PLAN SELECT * FROM pages WHERE status IN ('actief', 'archiveren_gevraagd')")
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/pages_by_status/);
  });
});
