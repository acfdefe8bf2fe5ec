import type { Widen } from '../catalogue';
import type { connections as nl } from '../nl/connections';
import { POLL_ERROR_TEXT } from '../messages/poll-errors';
import { connectorCatalogue } from '../messages/connector-steps';

const pick = <T extends Record<string, { nl: string; en: string }>>(table: T, lang: 'nl' | 'en') =>
  Object.fromEntries(Object.entries(table).map(([k, v]) => [k, v[lang]])) as { [K in keyof T]: string };

export const connections = {
  poll: { error: pick(POLL_ERROR_TEXT, 'en') },
  connector: connectorCatalogue('en'),
  notifications: {
    urgentTitle: 'Urgent item',
    urgentBodyOne: 'There is an urgent item on {{page}}. Open Paginawacht.',
    urgentBodyMany: 'There are {{count}} urgent items on {{page}}. Open Paginawacht.',
  },
  connections: {
    title: 'Connection',
    intro: 'How Paginawacht collects what others post on this page.',
    unsupported: 'Paginawacht has no connection for this platform: check the page by hand.',
    notMonitoredYet: 'Paginawacht collects items only once the page is approved and linked.',
    monitored: 'Paginawacht follows this page.',
    token: 'Access token',
    tokenHint: "The access token of the page's own account. It is kept in your computer's keychain, never in the database.",
    tokenFileHint: 'In browser mode the token is kept in a file only you can read (not encrypted).',
    tokenStored: 'Token stored ({{store}}).',
    tokenMissing: 'No token stored yet.',
    tokenStores: { keychain: "the computer's keychain", file: 'a file only you can read' },
    saveToken: 'Save token',
    removeToken: 'Remove token',
    verify: 'Test the connection',
    verified: 'The token works: it belongs to {{handle}}.',
    pollNow: 'Fetch now',
    pollResult: '{{fetched}} fetched, {{inserted}} new.',
    interval: 'Fetch every (minutes)',
    health: 'Health',
    lastSuccess: 'Last success',
    lastPoll: 'Last attempt',
    nextPoll: 'Next time',
    lastError: 'Last error',
    never: 'never',
    items: 'Stored items',
    failures: 'failed {{count}} times in a row',
    reach: 'What Paginawacht sees',
    capabilities: 'What Paginawacht can do here',
    canHide: 'Hide comments',
    canDelete: 'Delete comments',
    manualSteps: 'By hand',
    errors: {
      notKeeper: 'Only the owner, backup owner or an administrator can change the connection.',
      noTokenNeeded: 'This platform uses no token.',
      baseUrlAdmin: 'Only an administrator can change the platform address.',
      unsupported: 'There is no connection for this platform.',
      badBaseUrl: 'This is not a valid address.',
      notMonitored: 'Only approved, linked pages are fetched.',
      noPoller: 'Fetching does not run in this window.',
    },
  },
} satisfies Widen<typeof nl>;
