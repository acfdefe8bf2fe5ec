import { appendAudit } from '../../db/audit';
import { listPeople, type PersonRecord } from '../../db/people';
import { findLivePageByHandle, handleKey, insertPage, type NewPage } from '../../db/pages';
import { inTransaction, type Db } from '../../db/transaction';
import { emailSchema } from '../../shared/api/common';
import type { ImportIssue, ImportReport } from '../../shared/api/imports';
import { PAGES_CSV_COLUMNS } from '../../shared/api/inventory';
import { AUDIENCES, CLOSED_STATUSES, PAGE_STATUSES, type Audience, type PageStatus } from '../../shared/api/pages';
import { PLATFORMS, PLATFORM_IDS, type PlatformId } from '../../shared/platforms/catalogue';
import type { Actor, ServiceContext } from './context';
import type { DomainHandlers } from './handler-types';
import { auditActor, requireRole } from './roles';
import { readSchoolSettings } from './settings';
import { cellCountIssue, looksLikeFormula, parseCsv } from './csv';
import { requireSetUp } from './setup';
import { checkPageFields, checkPeople, type PageField } from './pages-validate';

// Existing accounts into the register from a CSV file (README, "Pages register"). Every row is checked
// with the same rules as a request in the app; nothing is written unless the whole file is clean, or
// the user chose to import only the valid rows. Unknown people are reported, never created.
//
// Who: the communications office keeps the inventory; technical admin (beheer) may import on its
// behalf, which is also what the operating-system user running `paginawacht pages import` acts as.
export const PAGE_IMPORTERS = ['communicatie', 'beheer'] as const;

const COLUMN_OF: Record<PageField, string> = {
  platform: 'platform',
  displayName: 'display_name',
  handle: 'handle',
  url: 'url',
  purpose: 'purpose',
  audience: 'audience',
  ownerId: 'owner_email',
  backupOwnerId: 'backup_owner_email',
  managerId: 'manager_email',
  endDate: 'end_date',
  ongoingReason: 'end_date',
  genericConfirmed: 'platform',
  status: 'status',
};

const LIMITS: Record<string, number> = { display_name: 150, handle: 300, purpose: 1000, url: 2048 };

// Names people write in their own lists, mapped to the catalogue's ids.
const PLATFORM_ALIASES: Record<string, PlatformId> = {
  twitter: 'x',
  'x (twitter)': 'x',
  blog: 'rss',
  weblog: 'rss',
  'blog / rss': 'rss',
  'blog/rss': 'rss',
  anders: 'other',
};
const AUDIENCE_ALIASES: Record<string, Audience> = { public: 'publiek', students: 'leerlingen', parents: 'ouders' };

function platformOf(cell: string): PlatformId | null {
  const v = cell.trim().toLowerCase();
  if ((PLATFORM_IDS as readonly string[]).includes(v)) return v as PlatformId;
  const byName = PLATFORM_IDS.find((id) => PLATFORMS[id].name.toLowerCase() === v);
  return byName ?? PLATFORM_ALIASES[v] ?? null;
}

function audienceOf(cell: string): Audience | null {
  const v = cell.trim().toLowerCase();
  if ((AUDIENCES as readonly string[]).includes(v)) return v as Audience;
  return AUDIENCE_ALIASES[v] ?? null;
}

/** Empty means `actief`: the import is for accounts that exist. "archiveren gevraagd" is accepted too. */
function statusOf(cell: string): PageStatus | null {
  const v = cell.trim().toLowerCase().replace(/\s+/g, '_');
  if (!v) return 'actief';
  return (PAGE_STATUSES as readonly string[]).includes(v) ? (v as PageStatus) : null;
}

export interface PlannedPage {
  line: number;
  page: Omit<NewPage, 'createdAt' | 'requestedBy'>;
}

export interface PagesImportPlan {
  report: ImportReport;
  pages: PlannedPage[];
}

function issue(line: number, field: string, code: string, message: string, value: string, params: Record<string, string | number> = {}): ImportIssue {
  return { line, field, code, message: `Line ${line}${field ? `, ${field}` : ''}: ${message}`, params, value };
}

/** Checks every row against the rules and the register as it is now; changes nothing. */
export async function planPagesImport(
  db: Db,
  ctx: ServiceContext,
  csv: string,
  options: { fileName: string; note: string },
): Promise<PagesImportPlan> {
  const parsed = parseCsv(csv, PAGES_CSV_COLUMNS, { optional: ['url'] });
  if (!parsed.ok) {
    return { report: { delimiter: parsed.delimiter, rows: 0, valid: 0, unchanged: 0, invalid: 0, issues: parsed.issues }, pages: [] };
  }
  const settings = await readSchoolSettings(db);
  const people = new Map<string, PersonRecord>((await listPeople(db, { includeInactive: true })).map((p) => [p.email, p]));
  const seenHandles = new Map<string, number>();
  const issues: ImportIssue[] = [];
  const pages: PlannedPage[] = [];
  let invalid = 0;

  for (const { line, cells } of parsed.records) {
    const rowIssues: ImportIssue[] = [];
    const add = (field: string, code: string, message: string, params: Record<string, string | number> = {}) =>
      rowIssues.push(issue(line, field, code, message, field ? (cells[field] ?? '') : '', params));

    const count = cellCountIssue(line, parsed.cellCounts?.get(line) ?? parsed.columns.length, parsed.columns.length);
    if (count) rowIssues.push(count);

    for (const column of ['platform', 'display_name', 'handle', 'purpose', 'audience', 'owner_email', 'backup_owner_email', 'manager_email']) {
      if (!cells[column]) add(column, 'required', `${column} is empty`);
    }
    for (const [column, max] of Object.entries(LIMITS)) {
      if ((cells[column] ?? '').length > max) add(column, 'tooLong', `longer than ${max} characters`, { max });
    }

    const platform = cells.platform ? platformOf(cells.platform) : null;
    if (cells.platform && !platform) add('platform', 'unknownPlatform', `unknown platform "${cells.platform}"`, { value: cells.platform });
    const audience = cells.audience ? audienceOf(cells.audience) : null;
    if (cells.audience && !audience) add('audience', 'badAudience', `audience must be leerlingen, ouders or publiek, not "${cells.audience}"`);
    const status = statusOf(cells.status ?? '');
    if (!status) add('status', 'badStatus', `unknown status "${cells.status}"`, { value: cells.status ?? '' });

    const person = (column: 'owner_email' | 'backup_owner_email' | 'manager_email'): PersonRecord | undefined => {
      const cell = cells[column] ?? '';
      if (!cell) return undefined;
      if (looksLikeFormula(cell)) {
        add(column, 'formulaLike', 'starts like a spreadsheet formula (=, +, -, @); an e-mail address never does');
        return undefined;
      }
      const email = emailSchema.safeParse(cell);
      if (!email.success) {
        add(column, 'badEmail', `"${cell}" is not an e-mail address`);
        return undefined;
      }
      const found = people.get(email.data);
      // Reported, never created: people come from Settings → People or `paginawacht people import`.
      if (!found) add(column, 'personUnknown', `nobody with e-mail ${email.data} in People`, { email: email.data });
      return found;
    };
    const owner = person('owner_email');
    const backup = person('backup_owner_email');
    const manager = person('manager_email');

    const endDate = cells.end_date ? cells.end_date : null;
    const ongoingReason = endDate === null ? options.note || `Doorlopend volgens import${options.fileName ? ` ${options.fileName}` : ''} (regel ${line})` : '';
    const checked = checkPageFields(
      {
        platform: platform ?? 'other',
        displayName: cells.display_name ?? '',
        handle: cells.handle ?? '',
        url: cells.url ?? '',
        purpose: cells.purpose ?? '',
        audience: audience ?? 'publiek',
        endDate,
        ongoingReason,
        genericConfirmed: true,
      },
      // Existing accounts may have passed their end date already; the reminders will say so.
      { suffix: settings.pageNameSuffix, today: null, requireGenericConfirmation: false },
    );
    const { handle, url } = checked;
    for (const i of checked.issues) {
      const column = COLUMN_OF[i.field];
      // An empty required cell has been reported as such already.
      if (cells[column]) add(column, i.code, i.message, i.params);
    }
    if (owner && backup && manager) {
      for (const i of checkPeople({ owner, backup, manager })) add(COLUMN_OF[i.field], i.code, i.message, i.params);
    } else {
      for (const i of checkPeople({ owner, backup, manager })) {
        if (i.code !== 'personUnknown' && i.code !== 'sameOwnerAndBackup' && i.code !== 'managerIsOwner') {
          add(COLUMN_OF[i.field], i.code, i.message, i.params);
        }
      }
    }

    // One live page per account, in the register and within the file.
    if (platform && status && !CLOSED_STATUSES.includes(status) && !rowIssues.some((i) => i.field === 'handle')) {
      const key = `${platform}\n${handleKey(handle)}`;
      const earlier = seenHandles.get(key);
      const existing = await findLivePageByHandle(db, platform, handle);
      if (existing) {
        add('handle', 'handleTaken', `${PLATFORMS[platform].name} account ${handle} is already in the register ("${existing.displayName}")`, {
          handle,
          page: existing.displayName,
        });
      } else if (earlier !== undefined) {
        add('handle', 'duplicateInFile', `${PLATFORMS[platform].name} account ${handle} is also on line ${earlier}`, { handle, line: earlier });
      } else {
        seenHandles.set(key, line);
      }
    }

    if (rowIssues.length) {
      invalid++;
      // In the file's column order, so the report reads left to right like the row.
      const at = (field: string) => (PAGES_CSV_COLUMNS as readonly string[]).indexOf(field);
      issues.push(...rowIssues.sort((a, b) => at(a.field) - at(b.field)));
      continue;
    }
    const at = ctx.clock.now().toISOString();
    const s = status!;
    // An imported page that is live counts as approved earlier: the import is the record of that.
    const approved = s !== 'aangevraagd' && s !== 'afgewezen';
    pages.push({
      line,
      page: {
        platform: platform!,
        handle,
        displayName: cells.display_name!.trim(),
        url,
        purpose: cells.purpose!,
        audience: audience!,
        ownerId: owner!.id,
        backupOwnerId: backup!.id,
        managerId: manager!.id,
        endDate,
        ongoingReason: endDate === null ? ongoingReason : null,
        genericConfirmed: false,
        status: s,
        statusReason: null,
        source: 'import',
        approvedAt: approved ? at : null,
        rejectedAt: s === 'afgewezen' ? at : null,
        activatedAt: s === 'actief' || s === 'archiveren_gevraagd' ? at : null,
        archiveRequestedAt: s === 'archiveren_gevraagd' ? at : null,
        archivedAt: s === 'gearchiveerd' ? at : null,
      },
    });
  }
  return {
    report: { delimiter: parsed.delimiter, rows: parsed.records.length, valid: pages.length, unchanged: 0, invalid, issues },
    pages,
  };
}

/** Writes a checked plan: one page and one audit entry per row, plus one entry for the file. */
export async function applyPagesImport(
  trx: Db,
  actor: Actor,
  plan: PagesImportPlan,
  at: string,
  options: { fileName: string; note: string; mode: 'all-or-nothing' | 'valid-rows' },
): Promise<number> {
  for (const { line, page } of plan.pages) {
    const id = await insertPage(trx, { ...page, createdAt: at, requestedBy: actor.personId });
    await appendAudit(trx, {
      at,
      actor: auditActor(actor),
      action: 'page.import',
      subjectType: 'page',
      subjectId: id,
      reason: options.note || null,
      data: {
        to: page.status,
        file: options.fileName,
        line,
        platform: page.platform,
        handle: page.handle,
        displayName: page.displayName,
        ownerId: page.ownerId,
        backupOwnerId: page.backupOwnerId,
        managerId: page.managerId,
        endDate: page.endDate,
        ...(page.approvedAt ? { approvedEarlier: true } : {}),
      },
    });
  }
  await appendAudit(trx, {
    at,
    actor: auditActor(actor),
    action: 'pages.import',
    subjectType: 'import',
    subjectId: null,
    reason: options.note || null,
    data: {
      file: options.fileName,
      mode: options.mode,
      rows: plan.report.rows,
      imported: plan.pages.length,
      rejectedLines: [...new Set(plan.report.issues.map((i) => i.line))],
    },
  });
  return plan.pages.length;
}

export const pagesImportHandlers: Pick<DomainHandlers<'pages'>, 'pages.importPreview' | 'pages.import'> = {
  async 'pages.importPreview'(input, ctx) {
    requireRole(ctx, ...PAGE_IMPORTERS);
    await requireSetUp(ctx);
    const plan = await planPagesImport(ctx.store.db, ctx, input.csv, { fileName: input.fileName, note: '' });
    return plan.report;
  },

  async 'pages.import'(input, ctx) {
    const actor = requireRole(ctx, ...PAGE_IMPORTERS);
    await requireSetUp(ctx);
    const at = ctx.clock.now().toISOString();
    const options = { fileName: input.fileName, note: input.note, mode: input.mode };
    // Checked again inside the write transaction: the register may have changed since the preview.
    const result = await inTransaction(ctx.store.db, async (trx) => {
      const plan = await planPagesImport(trx, ctx, input.csv, options);
      const blocked = plan.report.invalid > 0 || plan.report.issues.length > 0;
      if ((blocked && input.mode === 'all-or-nothing') || plan.pages.length === 0) return { report: plan.report, imported: 0 };
      return { report: plan.report, imported: await applyPagesImport(trx, actor, plan, at, options) };
    });
    if (result.imported > 0) ctx.events.emit('pages.changed', {});
    return { ...result.report, imported: result.imported, mode: input.mode };
  },
};
