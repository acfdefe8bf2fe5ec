import { randomInt } from 'node:crypto';
import { appendAudit } from '../../db/audit';
import { getPage, type PageRecord } from '../../db/pages';
import {
  getSpotCheck,
  insertSpotCheck,
  listSpotChecks,
  reviewSpotCheckItem,
  samplablePageIds,
  samplePopulation,
  spotCheckItems,
  spotCheckTallies,
  type SpotCheckRecord,
} from '../../db/spot-checks';
import { inTransaction, type Db } from '../../db/transaction';
import { isCalendarDate } from '../../shared/api/pages';
import type { SpotCheck, SpotCheckParams, SpotCheckSummary } from '../../shared/api/spotChecks';
import { spotCheckParamsSchema } from '../../shared/api/spotChecks';
import { CLAUSE_IDS } from '../../shared/protocol/clauses';
import type { Actor } from './context';
import type { DomainHandlers } from './handler-types';
import { conflict, invalid, notFound } from './errors';
import { toCsv } from './csv';
import { addSchoolDays, formatSchoolDate, formatSchoolDateTime, startOfSchoolDay } from './lifecycle-time';
import { html, htmlDocument } from './lifecycle-html';
import { auditActor, hasRole, requireRole } from './roles';
import { SAMPLING_ALGORITHM, drawSample, parseSeed } from './sampling';
import { catalogues } from '../../shared/i18n';

// Spot checks (O1). Only the officer (functionaris) draws and reviews; the board and the
// communications office read the results, without the items' words. The population is only ever
// items of the school's own official pages (db/spot-checks.ts). A draw records its seed, algorithm
// and parameters; `spotChecks.verify` draws again from them and compares.

const READERS = SPOT_CHECK_READERS;
import { SPOT_CHECK_READERS } from '../../shared/api/section-roles';

interface Plan {
  params: SpotCheckParams;
  population: { itemId: number; pageId: number; createdAt: string }[];
  pages: Map<number, PageRecord>;
}

/** Checks the parameters and collects the population; every problem names its field. */
async function plan(db: Db, input: SpotCheckParams): Promise<Plan> {
  const params = spotCheckParamsSchema.parse(input);
  if (!isCalendarDate(params.from)) throw invalid('from', 'Give a date written as YYYY-MM-DD', 'spotChecks.errors.badDate');
  if (!isCalendarDate(params.to)) throw invalid('to', 'Give a date written as YYYY-MM-DD', 'spotChecks.errors.badDate');
  if (params.to < params.from) throw invalid('to', 'The end lies before the start', 'spotChecks.errors.order');
  if ((params.size === null) === (params.rate === null)) throw invalid('size', 'Give either a number of items or a share', 'spotChecks.errors.sizeOrRate');
  const official = new Set(await samplablePageIds(db));
  const chosen = params.pageIds.length ? [...new Set(params.pageIds)].sort((a, b) => a - b) : [...official];
  // O1: nothing outside the school's own official pages, ever — a wrong id is refused, not ignored.
  const outside = chosen.filter((id) => !official.has(id));
  if (outside.length) throw invalid('pageIds', 'Only the school’s official pages can be sampled', 'spotChecks.errors.notOfficial', { ids: outside.join(', ') });
  const population = await samplePopulation(db, chosen, startOfSchoolDay(params.from), startOfSchoolDay(addSchoolDays(params.to, 1)));
  const pages = new Map<number, PageRecord>();
  for (const id of new Set(population.map((p) => p.pageId))) {
    const page = await getPage(db, id);
    if (page) pages.set(id, page);
  }
  return { params: { ...params, pageIds: params.pageIds.length ? chosen : [] }, population, pages };
}

function summary(c: SpotCheckRecord, tally: { reviewed: number; inOrder: number; notInOrder: number } | undefined): SpotCheckSummary {
  return {
    id: c.id,
    createdAt: c.createdAt,
    createdBy: c.createdByLabel,
    seed: c.seed,
    algorithm: c.algorithm,
    params: spotCheckParamsSchema.parse(c.params),
    population: c.population,
    sampleSize: c.sampleSize,
    reviewed: tally?.reviewed ?? 0,
    inOrder: tally?.inOrder ?? 0,
    notInOrder: tally?.notInOrder ?? 0,
    note: c.note,
  };
}

async function detail(db: Db, id: number, actor: Actor): Promise<SpotCheck> {
  const check = await getSpotCheck(db, id);
  if (!check) throw notFound('spot check', 'spotChecks.errors.notFound');
  const rows = await spotCheckItems(db, id);
  const officer = hasRole(actor, 'functionaris');
  const pageNames = new Map<number, PageRecord>();
  // Every page of the recorded population, also those no item was drawn from.
  const recorded = (check.params.strata as { pageId: number }[] | undefined) ?? [];
  for (const pid of new Set([...rows.map((r) => r.pageId), ...recorded.map((s) => s.pageId)])) {
    const page = await getPage(db, pid);
    if (page) pageNames.set(pid, page);
  }
  const itemIds = rows.map((r) => r.itemId).filter((x): x is number => x !== null);
  const items = new Map<number, { kind: string; url: string | null; author: string; text: string; flagged: boolean; severity: number; categories: string[] }>();
  if (officer && itemIds.length) {
    for (let i = 0; i < itemIds.length; i += 500) {
      const chunk = itemIds.slice(i, i + 500);
      const found = await db
        .selectFrom('items')
        .select(['id', 'kind', 'url', 'author_handle', 'author_name', 'author_id', 'text', 'flagged', 'severity'])
        .where('id', 'in', chunk)
        .execute();
      const flags = await db.selectFrom('item_flags').select(['item_id', 'category']).where('item_id', 'in', chunk).execute();
      for (const f of found) {
        items.set(f.id, {
          kind: f.kind,
          url: f.url,
          author: f.author_name ?? f.author_handle ?? f.author_id,
          text: f.text,
          flagged: f.flagged === 1,
          severity: f.severity,
          categories: flags.filter((x) => x.item_id === f.id).map((x) => x.category),
        });
      }
    }
  }
  const strata = new Map<number, { population: number; sample: number; reviewed: number; notInOrder: number }>();
  for (const r of rows) {
    const s = strata.get(r.pageId) ?? { population: 0, sample: 0, reviewed: 0, notInOrder: 0 };
    s.sample++;
    if (r.verdict) s.reviewed++;
    if (r.verdict === 'niet_in_orde') s.notInOrder++;
    strata.set(r.pageId, s);
  }
  const recordedStrata = (check.params.strata as { pageId: number; population: number }[] | undefined) ?? [];
  for (const s of recordedStrata) {
    const entry = strata.get(s.pageId) ?? { population: 0, sample: 0, reviewed: 0, notInOrder: 0 };
    entry.population = s.population;
    strata.set(s.pageId, entry);
  }
  const tally = (await spotCheckTallies(db)).get(id);
  const { strata: _s, ...params } = check.params;
  return {
    ...summary({ ...check, params }, tally),
    strata: [...strata.entries()]
      .sort(([a], [b]) => a - b)
      .map(([pid, s]) => {
        const page = pageNames.get(pid);
        return { page: { id: pid, displayName: page?.displayName ?? `#${pid}`, platform: page?.platform ?? 'other' }, ...s };
      }),
    items: rows.map((r) => ({
      id: r.id,
      position: r.position,
      itemRef: r.itemRef,
      stored: r.itemId !== null,
      page: { id: r.pageId, displayName: pageNames.get(r.pageId)?.displayName ?? `#${r.pageId}` },
      createdAt: r.itemCreatedAt,
      item: officer && r.itemId !== null ? (items.get(r.itemId) ?? null) : null,
      verdict: r.verdict,
      clause: r.clause,
      note: r.note,
      reviewedBy: r.reviewedByLabel,
      reviewedAt: r.reviewedAt,
    })),
    canReview: officer,
  };
}

function reportHtml(lang: 'nl' | 'en', check: SpotCheck, school: string): string {
  const cat = catalogues[lang].spotChecks;
  const fill = (s: string, p: Record<string, string | number>) => s.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(p[k] ?? ''));
  const verdict = (v: string | null) => (v === 'in_orde' ? cat.verdicts.in_orde : v === 'niet_in_orde' ? cat.verdicts.niet_in_orde : cat.verdicts.open);
  const body = html`<h1>${fill(cat.report.title, { id: check.id })}</h1>
<p class="meta">${school} · ${fill(cat.report.meta, { date: formatSchoolDateTime(check.createdAt), by: check.createdBy })}</p>
<table><tbody>
<tr><th>${cat.fields.period}</th><td>${formatSchoolDate(check.params.from)} – ${formatSchoolDate(check.params.to)}</td></tr>
<tr><th>${cat.fields.seed}</th><td>${check.seed} (${check.algorithm})</td></tr>
<tr><th>${cat.fields.allocation}</th><td>${check.params.allocation === 'equal' ? cat.allocation.equal : cat.allocation.proportional}</td></tr>
<tr><th>${cat.fields.size}</th><td>${fill(cat.report.size, { sample: check.sampleSize, population: check.population })}</td></tr>
<tr><th>${cat.fields.result}</th><td>${fill(cat.report.result, { reviewed: check.reviewed, inOrder: check.inOrder, notInOrder: check.notInOrder })}</td></tr>
</tbody></table>
<h2>${cat.report.perPage}</h2>
<table><thead><tr><th>${cat.fields.page}</th><th class="num">${cat.fields.population}</th><th class="num">${cat.fields.sample}</th><th class="num">${cat.fields.reviewed}</th><th class="num">${cat.verdicts.niet_in_orde}</th></tr></thead>
<tbody>${check.strata.map((s) => html`<tr><td>${s.page.displayName}</td><td class="num">${s.population}</td><td class="num">${s.sample}</td><td class="num">${s.reviewed}</td><td class="num">${s.notInOrder}</td></tr>`)}</tbody></table>
<h2>${cat.report.items}</h2>
<table><thead><tr><th class="num">#</th><th>${cat.fields.page}</th><th>${cat.fields.date}</th><th>${cat.fields.verdict}</th><th>${cat.fields.clause}</th><th>${cat.fields.note}</th><th>${cat.fields.reviewedBy}</th></tr></thead>
<tbody>${check.items.map(
    (i) =>
      html`<tr><td class="num">${i.position}</td><td>${i.page.displayName}</td><td>${formatSchoolDate(i.createdAt)}</td><td>${verdict(i.verdict)}</td><td>${i.clause ?? ''}</td><td>${i.note ?? ''}</td><td>${i.reviewedBy ?? ''}${i.reviewedAt ? ` · ${formatSchoolDate(i.reviewedAt)}` : ''}</td></tr>`,
  )}</tbody></table>
<p class="muted">${cat.report.footer}</p>`;
  return htmlDocument(lang, fill(cat.report.title, { id: check.id }), body);
}

export const spotChecksHandlers: DomainHandlers<'spotChecks'> = {
  async 'spotChecks.list'(_input, ctx) {
    requireRole(ctx, ...READERS);
    const tallies = await spotCheckTallies(ctx.store.db);
    return (await listSpotChecks(ctx.store.db)).map((c) => {
      const { strata: _s, ...params } = c.params;
      return summary({ ...c, params }, tallies.get(c.id));
    });
  },

  async 'spotChecks.pages'(_input, ctx) {
    requireRole(ctx, 'functionaris');
    const db = ctx.store.db;
    const ids = await samplablePageIds(db);
    const out = [];
    for (const id of ids) {
      const page = await getPage(db, id);
      if (!page) continue;
      const n = await db.selectFrom('items').select((eb) => eb.fn.countAll<number>().as('n')).where('page_id', '=', id).executeTakeFirstOrThrow();
      out.push({ id, displayName: page.displayName, platform: page.platform, items: Number(n.n) });
    }
    return out.sort((a, b) => a.displayName.localeCompare(b.displayName));
  },

  async 'spotChecks.preview'(input, ctx) {
    requireRole(ctx, 'functionaris');
    const p = await plan(ctx.store.db, input);
    // The preview shows the allocation only; any seed gives the same numbers per page.
    const drawn = drawSample(p.population, { size: p.params.size, rate: p.params.rate, allocation: p.params.allocation }, 0);
    return {
      population: p.population.length,
      sampleSize: drawn.sample.length,
      strata: drawn.strata.map((s) => {
        const page = p.pages.get(s.pageId);
        return { page: { id: s.pageId, displayName: page?.displayName ?? `#${s.pageId}`, platform: page?.platform ?? 'other' }, population: s.population, sample: s.sample, reviewed: 0, notInOrder: 0 };
      }),
    };
  },

  async 'spotChecks.draw'(input, ctx) {
    const actor = requireRole(ctx, 'functionaris');
    const { seed: seedText, note, ...rest } = input;
    const p = await plan(ctx.store.db, rest);
    if (!p.population.length) throw conflict('There are no items on these pages in this period', 'spotChecks.errors.empty');
    let seed: number;
    try {
      seed = seedText !== null ? parseSeed(seedText) : randomInt(0, 0x100000000);
    } catch {
      throw invalid('seed', 'A seed is a whole number from 0 to 4294967295', 'spotChecks.errors.seed');
    }
    const drawn = drawSample(p.population, { size: p.params.size, rate: p.params.rate, allocation: p.params.allocation }, seed);
    const createdAt = new Map(p.population.map((x) => [x.itemId, x.createdAt]));
    const at = ctx.clock.now().toISOString();
    const id = await inTransaction(ctx.store.db, async (trx) => {
      const newId = await insertSpotCheck(
        trx,
        {
          seed: String(seed),
          algorithm: SAMPLING_ALGORITHM,
          params: { ...p.params, strata: drawn.strata.map((s) => ({ pageId: s.pageId, population: s.population })) },
          population: p.population.length,
          sampleSize: drawn.sample.length,
          note,
          createdBy: actor.personId,
          createdByLabel: actor.label,
          createdAt: at,
        },
        drawn.sample.map((s) => ({ itemId: s.itemId, pageId: s.pageId, createdAt: createdAt.get(s.itemId)! })),
      );
      await appendAudit(trx, {
        at,
        actor: auditActor(actor),
        action: 'spotCheck.draw',
        subjectType: 'spotCheck',
        subjectId: newId,
        reason: note || null,
        data: { seed: String(seed), algorithm: SAMPLING_ALGORITHM, params: p.params, population: p.population.length, sampleSize: drawn.sample.length },
      });
      return newId;
    });
    ctx.events.emit('spotChecks.changed', {});
    return detail(ctx.store.db, id, actor);
  },

  async 'spotChecks.get'(input, ctx) {
    const actor = requireRole(ctx, ...READERS);
    return detail(ctx.store.db, input.id, actor);
  },

  async 'spotChecks.review'(input, ctx) {
    const actor = requireRole(ctx, 'functionaris');
    if (input.clause !== null && !(CLAUSE_IDS as readonly string[]).includes(input.clause)) {
      throw invalid('clause', 'Name a clause of the protocol (A1–O3)', 'spotChecks.errors.clause');
    }
    if (input.verdict === 'niet_in_orde' && !input.note.trim()) {
      throw invalid('note', 'Say what is not in order', 'spotChecks.errors.noteRequired');
    }
    const at = ctx.clock.now().toISOString();
    await inTransaction(ctx.store.db, async (trx) => {
      const rows = await spotCheckItems(trx, input.id);
      if (!rows.length && !(await getSpotCheck(trx, input.id))) throw notFound('spot check', 'spotChecks.errors.notFound');
      const row = rows.find((r) => r.id === input.itemId);
      if (!row) throw notFound('spot check item', 'spotChecks.errors.itemNotFound');
      await reviewSpotCheckItem(trx, row.id, { verdict: input.verdict, clause: input.clause, note: input.note, by: actor.personId, byLabel: actor.label }, at);
      await appendAudit(trx, {
        at,
        actor: auditActor(actor),
        action: 'spotCheck.review',
        subjectType: 'spotCheck',
        subjectId: input.id,
        reason: input.note || null,
        data: { position: row.position, itemRef: row.itemRef, pageId: row.pageId, verdict: input.verdict, clause: input.clause, previous: row.verdict },
      });
    });
    ctx.events.emit('spotChecks.changed', {});
    return detail(ctx.store.db, input.id, actor);
  },

  async 'spotChecks.verify'(input, ctx) {
    requireRole(ctx, ...READERS);
    const db = ctx.store.db;
    const check = await getSpotCheck(db, input.id);
    if (!check) throw notFound('spot check', 'spotChecks.errors.notFound');
    const { strata: _s, ...stored } = check.params;
    const params = spotCheckParamsSchema.parse(stored);
    const rows = await spotCheckItems(db, check.id);
    const purged = rows.filter((r) => r.itemId === null).length;
    let again: number[] = [];
    try {
      const p = await plan(db, params);
      again = drawSample(p.population, { size: params.size, rate: params.rate, allocation: params.allocation }, parseSeed(check.seed)).sample.map((s) => s.itemId);
    } catch {
      again = [];
    }
    const recorded = rows.map((r) => r.itemRef);
    const matching = recorded.filter((ref, i) => again[i] === ref).length;
    return { same: matching === recorded.length && again.length === recorded.length, expected: recorded.length, matching, purged };
  },

  async 'spotChecks.report'(input, ctx) {
    const actor = requireRole(ctx, ...READERS);
    // Reports never carry the items' words: build from the readers' view.
    const reader: Actor = { ...actor, roles: actor.roles.filter((r) => r !== 'functionaris') };
    const check = await detail(ctx.store.db, input.id, reader);
    const school = (await ctx.store.db.selectFrom('settings').select('value').where('key', '=', 'school.name').executeTakeFirst())?.value;
    const schoolName = school ? (JSON.parse(school) as string) : '';
    if (input.format === 'html') {
      return { fileName: `steekproef-${check.id}.html`, mimeType: 'text/html', content: reportHtml(ctx.desk.language, check, schoolName) };
    }
    const columns = ['position', 'item_ref', 'page', 'item_created_at', 'verdict', 'clause', 'note', 'reviewed_by', 'reviewed_at'] as const;
    const content = toCsv(
      columns,
      check.items.map((i) => ({
        position: String(i.position),
        item_ref: String(i.itemRef),
        page: i.page.displayName,
        item_created_at: i.createdAt,
        verdict: i.verdict ?? '',
        clause: i.clause ?? '',
        note: i.note ?? '',
        reviewed_by: i.reviewedBy ?? '',
        reviewed_at: i.reviewedAt ?? '',
      })),
    );
    return { fileName: `steekproef-${check.id}.csv`, mimeType: 'text/csv', content };
  },
};

