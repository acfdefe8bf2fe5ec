import { getConnection } from '../../db/connections';
import type { PageRecord } from '../../db/pages';
import { getConnector, isConnected, needsToken, type Connector } from '../connectors/index';
import { ConnectorError } from '../connectors/types';
import { pageSecretKey } from '../backend/secrets/secret-store';
import { PLATFORMS } from '../../shared/platforms/catalogue';
import type { ServiceContext } from './context';
import { ServiceError } from './errors';
import { manualStepsKey } from '../../shared/i18n/messages/connector-steps';
import type { ItemRow } from './moderation-context';

// Hiding, deleting and unhiding on the platform through the page's connector, with the page's token
// and base-URL setting. Where the platform does not allow it, or refuses, the error says so in plain
// words and carries the catalogue key of what the owner can do by hand (`connector.<platform>.manualSteps`).

export type PlatformAction = 'hide' | 'delete' | 'unhide';

/** A refusal that also tells the owner what to do on the platform itself. */
export class DecisionFailure extends ServiceError {
  constructor(
    code: ServiceError['code'],
    message: string,
    extra: ServiceError['extra'],
    public readonly manualStepsKey: string | null,
  ) {
    super(code, message, extra);
  }
}

export interface PlatformAbilities {
  hide: { possible: boolean; reasonKey: string | null };
  delete: { possible: boolean; reasonKey: string | null };
  unhide: boolean;
  manualStepsKey: string | null;
}

function platformName(platform: string): string {
  return PLATFORMS[platform as keyof typeof PLATFORMS]?.name ?? platform;
}

async function connectorFor(ctx: ServiceContext, page: PageRecord): Promise<Connector | null> {
  if (!isConnected(page.platform)) return null;
  const connection = await getConnection(ctx.store.db, page.id);
  try {
    return getConnector(page.platform, { baseUrl: connection.baseUrl });
  } catch {
    return null;
  }
}

function ability(connector: Connector | null, action: 'hide' | 'delete', kind: string): { possible: boolean; reasonKey: string | null } {
  if (!connector) return { possible: false, reasonKey: 'decisions.errors.noConnector' };
  const caps = connector.capabilities;
  const supported = action === 'hide' ? caps.hide && typeof connector.hide === 'function' : caps.delete && typeof connector.delete === 'function';
  if (!supported) return { possible: false, reasonKey: action === 'hide' ? 'decisions.errors.hideUnsupported' : 'decisions.errors.deleteUnsupported' };
  const kinds: readonly string[] = action === 'hide' ? caps.hideKinds : caps.deleteKinds;
  if (!kinds.includes(kind)) return { possible: false, reasonKey: action === 'hide' ? 'decisions.errors.hideKindUnsupported' : 'decisions.errors.deleteKindUnsupported' };
  return { possible: true, reasonKey: null };
}

export async function platformAbilities(ctx: ServiceContext, page: PageRecord, item: Pick<ItemRow, 'kind'>): Promise<PlatformAbilities> {
  const connector = await connectorFor(ctx, page);
  return {
    hide: ability(connector, 'hide', item.kind),
    delete: ability(connector, 'delete', item.kind),
    unhide: typeof connector?.unhide === 'function',
    manualStepsKey: connector?.capabilities.manualStepsKey || isConnected(page.platform) ? manualStepsKey(page.platform, item.kind) : null,
  };
}

const KIND_CODE: Partial<Record<ConnectorError['kind'], ServiceError['code']>> = {
  auth: 'forbidden',
  forbidden: 'forbidden',
  not_found: 'not_found',
  rejected: 'conflict',
};

/**
 * Asks the platform to hide, delete or unhide the item. Throws a DecisionFailure in plain words when
 * the platform does not allow it for this kind of item, no token is stored, or the platform refuses.
 */
export async function moderateOnPlatform(ctx: ServiceContext, page: PageRecord, item: ItemRow, action: PlatformAction): Promise<void> {
  const connector = await connectorFor(ctx, page);
  const manual = connector?.capabilities.manualStepsKey ? manualStepsKey(page.platform, item.kind) : null;
  const name = platformName(page.platform);
  if (action !== 'unhide') {
    const can = ability(connector, action, item.kind);
    if (!can.possible) {
      throw new DecisionFailure('conflict', `${name} does not let Paginawacht ${action} this ${item.kind}; do it on ${name} itself`, { key: can.reasonKey!, params: { platform: name } }, manual);
    }
  }
  const run = action === 'unhide' ? connector?.unhide : connector?.[action];
  if (!connector || !run) {
    throw new DecisionFailure('conflict', `${name} cannot undo hiding through Paginawacht`, { key: 'decisions.errors.unhideUnsupported', params: { platform: name } }, manual);
  }
  const token = ctx.secrets.get(pageSecretKey(page.id));
  if (!token && needsToken(page.platform)) {
    throw new DecisionFailure('conflict', `No access token is stored for this page; set it on the page's Koppeling first`, { key: 'decisions.errors.noToken', params: { platform: name } }, manual);
  }
  const connection = await getConnection(ctx.store.db, page.id);
  const account = {
    platform: page.platform,
    handle: page.handle,
    externalAccountId: page.externalAccountId,
    url: page.url,
    ownAuthorNames: connection.ownAuthorNames,
  };
  try {
    await run.call(connector, account, item.external_id, token ? { token } : null, { requestTimeoutMs: 20_000 });
  } catch (error) {
    if (!(error instanceof ConnectorError)) throw error;
    throw new DecisionFailure(
      KIND_CODE[error.kind] ?? 'unavailable',
      `${name} did not ${action} the item: ${error.message}`,
      { key: `decisions.platformError.${error.kind}`, params: { platform: name, detail: error.message } },
      manual,
    );
  }
}
