import { appendAudit } from '../../db/audit';
import { getConnection, updateConnection } from '../../db/connections';
import { countItems } from '../../db/items';
import { getPage, type PageRecord } from '../../db/pages';
import { inTransaction } from '../../db/transaction';
import { checkBaseUrl, getConnector, isConnected, needsToken } from '../connectors/index';
import { ConnectorError } from '../connectors/types';
import { pageSecretKey } from '../backend/secrets/secret-store';
import type { Connection } from '../../shared/api/connections';
import type { Actor, ServiceContext } from './context';
import type { DomainHandlers } from './handler-types';
import { ServiceError, forbidden, invalid, notFound } from './errors';
import { auditActor, hasRole, requireActor } from './roles';

// The link between a page and its platform: token, polling interval, health. Tokens go to the
// secret store only; the database and the audit log record that a token was set, never the token.

const MONITORED = new Set(['actief', 'archiveren_gevraagd']);

function stake(page: PageRecord, actor: Actor) {
  const id = actor.personId;
  return { keeper: id !== null && (id === page.ownerId || id === page.backupOwnerId), manager: id !== null && id === page.managerId };
}

function mayView(page: PageRecord, actor: Actor): boolean {
  const s = stake(page, actor);
  return s.keeper || s.manager || hasRole(actor, 'communicatie', 'beheer', 'directie', 'functionaris');
}

/** The owner and backup owner look after their page's link; technical admin may help. */
function mayManage(page: PageRecord, actor: Actor): boolean {
  return stake(page, actor).keeper || hasRole(actor, 'beheer');
}

async function loadPage(ctx: ServiceContext, pageId: number, check: (page: PageRecord, actor: Actor) => boolean): Promise<{ page: PageRecord; actor: Actor }> {
  const actor = requireActor(ctx);
  const page = await getPage(ctx.store.db, pageId);
  if (!page || !mayView(page, actor)) throw notFound('page');
  if (!check(page, actor)) throw forbidden('Only the owner, backup owner or an administrator can change the link', 'connections.errors.notKeeper');
  return { page, actor };
}

export async function describeConnection(ctx: ServiceContext, page: PageRecord): Promise<Connection> {
  const connection = await getConnection(ctx.store.db, page.id);
  const supported = isConnected(page.platform as never);
  let capabilities: Connection['capabilities'] = null;
  if (supported) {
    try {
      const c = getConnector(page.platform as never, { baseUrl: connection.baseUrl }).capabilities;
      capabilities = { hide: c.hide, delete: c.delete, manualStepsKey: c.manualStepsKey };
    } catch {
      capabilities = null;
    }
  }
  const hasToken = ctx.secrets.has(pageSecretKey(page.id));
  return {
    pageId: page.id,
    platform: page.platform,
    supported,
    monitored: supported && MONITORED.has(page.status),
    capabilities,
    needsToken: needsToken(page.platform),
    hasToken,
    tokenStore: hasToken ? (connection.credentialStore ?? ctx.secrets.kind) : null,
    pollIntervalS: connection.pollIntervalS,
    baseUrl: connection.baseUrl,
    health: {
      lastPollAt: connection.lastPollAt,
      lastSuccessAt: connection.lastSuccessAt,
      lastError: connection.lastError,
      nextPollAt: connection.nextPollAt,
      consecutiveFailures: connection.consecutiveFailures,
    },
    itemCount: await countItems(ctx.store.db, page.id),
  };
}

export const connectionsHandlers: DomainHandlers<'connections'> = {
  async 'connections.get'(input, ctx) {
    const { page } = await loadPage(ctx, input.pageId, () => true);
    return describeConnection(ctx, page);
  },

  async 'connections.list'(_input, ctx) {
    const actor = requireActor(ctx);
    const pages = await ctx.store.db.selectFrom('pages').select('id').where('status', 'in', ['actief', 'archiveren_gevraagd', 'goedgekeurd']).execute();
    const out: Connection[] = [];
    for (const { id } of pages) {
      const page = await getPage(ctx.store.db, id);
      if (page && mayView(page, actor)) out.push(await describeConnection(ctx, page));
    }
    return out;
  },

  async 'connections.setToken'(input, ctx) {
    const { page, actor } = await loadPage(ctx, input.pageId, mayManage);
    if (!needsToken(page.platform)) {
      throw invalid('token', 'This platform does not use a token', 'connections.errors.noTokenNeeded');
    }
    const at = ctx.clock.now().toISOString();
    ctx.secrets.set(pageSecretKey(page.id), input.token);
    await inTransaction(ctx.store.db, async (trx) => {
      await updateConnection(trx, page.id, { credentialStore: ctx.secrets.kind, consecutiveFailures: 0, nextPollAt: null, lastError: null }, at);
      await appendAudit(trx, {
        at,
        actor: auditActor(actor),
        action: 'page.tokenSet',
        subjectType: 'page',
        subjectId: page.id,
        data: { store: ctx.secrets.kind },
      });
    });
    ctx.events.emit('connections.changed', { pageId: page.id });
    return describeConnection(ctx, page);
  },

  async 'connections.removeToken'(input, ctx) {
    const { page, actor } = await loadPage(ctx, input.pageId, mayManage);
    const at = ctx.clock.now().toISOString();
    ctx.secrets.delete(pageSecretKey(page.id));
    await inTransaction(ctx.store.db, async (trx) => {
      await updateConnection(trx, page.id, { credentialStore: null }, at);
      await appendAudit(trx, { at, actor: auditActor(actor), action: 'page.tokenRemove', subjectType: 'page', subjectId: page.id });
    });
    ctx.events.emit('connections.changed', { pageId: page.id });
    return describeConnection(ctx, page);
  },

  async 'connections.update'(input, ctx) {
    const { page, actor } = await loadPage(ctx, input.pageId, mayManage);
    let baseUrl: string | null = null;
    if (input.baseUrl) {
      // Pointing a page at another server sends its token there: technical admin only.
      if (!hasRole(actor, 'beheer')) throw forbidden('Only an administrator can change the platform address', 'connections.errors.baseUrlAdmin');
      if (!isConnected(page.platform as never)) throw invalid('baseUrl', 'This platform has no connector', 'connections.errors.unsupported');
      try {
        baseUrl = checkBaseUrl(page.platform as never, input.baseUrl);
      } catch (error) {
        throw invalid('baseUrl', error instanceof ConnectorError ? error.message : 'Not a valid address', 'connections.errors.badBaseUrl');
      }
    }
    const at = ctx.clock.now().toISOString();
    const before = await getConnection(ctx.store.db, page.id);
    await inTransaction(ctx.store.db, async (trx) => {
      await updateConnection(trx, page.id, { pollIntervalS: input.pollIntervalS, baseUrl }, at);
      await appendAudit(trx, {
        at,
        actor: auditActor(actor),
        action: 'page.connectionUpdate',
        subjectType: 'page',
        subjectId: page.id,
        data: { before: { pollIntervalS: before.pollIntervalS, baseUrl: before.baseUrl }, after: { pollIntervalS: input.pollIntervalS, baseUrl } },
      });
    });
    ctx.events.emit('connections.changed', { pageId: page.id });
    return describeConnection(ctx, page);
  },

  async 'connections.verify'(input, ctx) {
    const { page } = await loadPage(ctx, input.pageId, () => true);
    const result = await ctx.gateway.verifyAccount({ id: page.id, platform: page.platform, handle: page.handle, url: page.url });
    return result.status === 'verified'
      ? { status: 'verified', handle: result.handle, displayName: result.displayName }
      : { status: 'unsupported', handle: null, displayName: null };
  },

  async 'connections.pollNow'(input, ctx) {
    const { page } = await loadPage(ctx, input.pageId, (p, a) => mayManage(p, a) || hasRole(a, 'communicatie'));
    if (!MONITORED.has(page.status)) {
      throw new ServiceError('conflict', 'Only approved, live pages are fetched', { key: 'connections.errors.notMonitored' });
    }
    if (!ctx.poller) throw new ServiceError('unavailable', 'No poller runs in this process', { key: 'connections.errors.noPoller' });
    const report = await ctx.poller.pollNow(page.id);
    if (!report) return { outcome: 'skipped', fetched: 0, inserted: null, error: null };
    return { outcome: report.outcome, fetched: report.fetched, inserted: report.inserted, error: report.error };
  },
};
