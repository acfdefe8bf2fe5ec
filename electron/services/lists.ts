import { appendAudit } from '../../db/audit';
import { currentListVersion, insertListVersion, listVersionHistory } from '../../db/decency-lists';
import { recordClassification, type InsertedItem } from '../../db/items';
import { applyCategoryExemptions } from './exemptions';
import { inTransaction } from '../../db/transaction';
import { ENGINE_VERSION, SchoolListsSchema } from '../../shared/decency';
import { EngineProvider } from '../backend/engine-provider';
import type { ServiceContext } from './context';
import type { DomainHandlers } from './handler-types';
import { ServiceError } from './errors';
import { auditActor, requireActor, requireRole } from './roles';

// The communications office sets the school-wide word lists (clauses.md); the board and admin may too.
const LIST_KEEPERS = ['communicatie', 'beheer'] as const;

/** A fresh, sortable version name per save, e.g. "2026-11-24.3". */
async function nextVersionName(ctx: ServiceContext, at: Date): Promise<string> {
  const day = at.toISOString().slice(0, 10);
  const sameDay = await ctx.store.db.selectFrom('decency_list_versions').select('id').where('version', 'like', `${day}.%`).execute();
  return `${day}.${sameDay.length + 1}`;
}

const rechecks = new WeakMap<object, boolean>();

/** Re-classifies in batches, yielding between them so the app stays responsive; progress as events. */
async function recheck(ctx: ServiceContext, ids: number[]): Promise<void> {
  const engines = new EngineProvider(ctx.store.db, 0);
  const { engine, knownNames } = await engines.current();
  const batch = 500;
  for (let i = 0; i < ids.length; i += batch) {
    const slice = ids.slice(i, i + batch);
    const rows = await ctx.store.db
      .selectFrom('items')
      .innerJoin('pages', 'pages.id', 'items.page_id')
      .select(['items.id', 'items.page_id', 'items.text', 'items.has_media', 'items.platform', 'pages.handle'])
      .where('items.id', 'in', slice)
      .execute();
    const now = new Date();
    const at = now.toISOString();
    const byPage = new Map<number, InsertedItem[]>();
    await inTransaction(ctx.store.db, async (trx) => {
      for (const row of rows) {
        const result = engine.classify(row.text, { platform: row.platform, hasMedia: row.has_media === 1, page: row.handle, knownNames });
        await recordClassification(trx, row.id, result, at);
        const list = byPage.get(row.page_id) ?? [];
        list.push({ id: row.id, pageId: row.page_id, severity: result.severity, categories: result.categories });
        byPage.set(row.page_id, list);
      }
    });
    // A board exemption (O2) applies to a re-check exactly as to a new item.
    for (const [pageId, items] of byPage) await applyCategoryExemptions(ctx.store.db, pageId, items, now);
    ctx.events.emit('lists.recheckProgress', { done: Math.min(i + batch, ids.length), total: ids.length });
    await new Promise((resolve) => setImmediate(resolve));
  }
}

export const listsHandlers: DomainHandlers<'lists'> = {
  async 'lists.get'(_input, ctx) {
    requireActor(ctx);
    const current = await currentListVersion(ctx.store.db);
    const parsed = current ? SchoolListsSchema.safeParse(current.lists) : null;
    return {
      engineVersion: ENGINE_VERSION,
      current:
        current && parsed?.success
          ? {
              id: current.id,
              version: current.version,
              createdAt: current.createdAt,
              createdByLabel: current.createdByLabel,
              note: current.note,
              lists: {
                flagWords: parsed.data.flagWords,
                allowWords: parsed.data.allowWords,
                publicContacts: parsed.data.publicContacts,
                staffNames: parsed.data.staffNames,
              },
            }
          : null,
    };
  },

  async 'lists.history'(_input, ctx) {
    requireActor(ctx);
    return listVersionHistory(ctx.store.db);
  },

  async 'lists.save'(input, ctx) {
    const actor = requireRole(ctx, ...LIST_KEEPERS);
    const now = ctx.clock.now();
    const version = await nextVersionName(ctx, now);
    const parsed = SchoolListsSchema.safeParse({ version, ...input.lists });
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ field: ['lists', ...i.path].map(String).join('.'), message: i.message, code: i.code }));
      throw new ServiceError('invalid_input', `The lists are not valid: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`, {
        key: 'lists.errors.invalid',
        ...(issues[0] ? { field: issues[0].field } : {}),
        issues,
      });
    }
    const at = now.toISOString();
    const id = await inTransaction(ctx.store.db, async (trx) => {
      const newId = await insertListVersion(trx, {
        version,
        lists: parsed.data,
        at,
        createdBy: actor.personId,
        createdByLabel: actor.label,
        note: input.note,
      });
      await appendAudit(trx, {
        at,
        actor: auditActor(actor),
        action: 'lists.save',
        subjectType: 'decency_lists',
        subjectId: version,
        reason: input.note || null,
        data: {
          counts: {
            flagWords: parsed.data.flagWords.length,
            allowWords: parsed.data.allowWords.length,
            publicContacts: parsed.data.publicContacts.length,
            staffNames: parsed.data.staffNames.length,
          },
        },
      });
      return newId;
    });
    ctx.events.emit('lists.changed', {});
    return { id, version, createdAt: at, createdByLabel: actor.label, note: input.note };
  },

  async 'lists.try'(input, ctx) {
    requireActor(ctx);
    const { engine, knownNames } = await new EngineProvider(ctx.store.db, 0).current();
    return engine.classify(input.text, { hasMedia: input.hasMedia, knownNames });
  },

  async 'lists.recheck'(input, ctx) {
    const actor = requireRole(ctx, ...LIST_KEEPERS);
    if (rechecks.get(ctx.store)) return { started: false, total: 0 };
    let query = ctx.store.db.selectFrom('items').select('id');
    if (input.scope === 'open') query = query.where('status', '!=', 'afgehandeld');
    const ids = (await query.orderBy('id').execute()).map((r) => r.id);
    await inTransaction(ctx.store.db, (trx) =>
      appendAudit(trx, {
        at: ctx.clock.now().toISOString(),
        actor: auditActor(actor),
        action: 'lists.recheck',
        subjectType: 'decency_lists',
        subjectId: null,
        data: { scope: input.scope, items: ids.length },
      }),
    );
    rechecks.set(ctx.store, true);
    void recheck(ctx, ids)
      .catch((error: unknown) => ctx.events.emit('lists.recheckProgress', { done: -1, total: ids.length, failed: String(error) }))
      .finally(() => rechecks.delete(ctx.store));
    return { started: true, total: ids.length };
  },
};
