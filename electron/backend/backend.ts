import os from 'node:os';
import { openStore, type Store } from '../../db/store';
import { findPersonByEmail, getPerson } from '../../db/people';
import type { ApiResult } from '../../shared/api/result';
import { handlers } from '../services';
import { systemClock, type Actor, type Clock, type HostCapabilities, type PlatformGateway, type ServiceContext } from '../services/context';
import { DeskState } from './desk-state';
import { createDispatch } from './dispatch';
import { EventBus } from './event-bus';
import { createLogger, type Logger } from './logger';
import { dataPaths } from './paths';
import { createPlatformGateway } from './platform-gateway';
import { FileSecretStore } from './secrets/file-secret-store';
import { MemorySecretStore } from './secrets/memory-secret-store';
import type { SecretStore } from './secrets/secret-store';
import type { PollerHandle } from '../services/context';
import { version as appVersion } from '../../package.json';

export interface BackendOptions {
  /** Folder holding the database, desk state, logs and backups; ':memory:' keeps everything in memory (tests). */
  dataDir: string;
  host: HostCapabilities;
  nativeBinding?: string;
  demo?: boolean;
  clock?: Clock;
  logger?: Logger;
  /** How services reach the platforms; tests pass their own. */
  gateway?: PlatformGateway;
  /** Where tokens live; default: a file only the user can read (the Electron app passes its keychain). */
  secrets?: SecretStore;
}

export interface Backend {
  store: Store;
  events: EventBus;
  desk: DeskState;
  log: Logger;
  dataDir: string;
  secrets: SecretStore;
  /** The poller running in this process, if any ("poll now" goes to it). */
  attachPoller(poller: PollerHandle | null): void;
  /** Calls a method as the person chosen on this desk (app and browser mode). */
  invoke(method: string, input: unknown): Promise<ApiResult<unknown>>;
  /** Calls a method as an explicit actor (the CLI's `--as`, or the operating-system user). */
  invokeAs(actor: Actor | null, method: string, input: unknown): Promise<ApiResult<unknown>>;
  deskActor(): Promise<Actor | null>;
  close(): Promise<void>;
}

export function createBackend(options: BackendOptions): Backend {
  const inMemory = options.dataDir === ':memory:';
  const paths = inMemory ? null : dataPaths(options.dataDir);
  const log = options.logger ?? createLogger(paths?.logs ?? null);
  const clock = options.clock ?? systemClock;
  const store = openStore({
    file: paths?.database ?? ':memory:',
    ...(paths ? { backupDir: paths.backups } : {}),
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    now: () => clock.now(),
  });
  if (store.migration.applied.length) {
    log.info('database migrated', { ...store.migration });
  }
  const events = new EventBus();
  const desk = new DeskState(paths?.desk ?? null);
  const dispatch = createDispatch(handlers, log);
  const secrets = options.secrets ?? (paths ? new FileSecretStore(paths.secrets, (m) => log.warn(m)) : new MemorySecretStore());
  const gateway = options.gateway ?? createPlatformGateway({ db: store.db, secrets });
  let poller: PollerHandle | null = null;

  const context = (actor: Actor | null): ServiceContext => ({
    store,
    actor,
    clock,
    events,
    desk,
    host: options.host,
    gateway,
    secrets,
    poller,
    info: { appVersion, dataDir: options.dataDir, demo: options.demo ?? false },
  });

  async function deskActor(): Promise<Actor | null> {
    const id = desk.personId;
    if (id === null) return null;
    const person = await getPerson(store.db, id);
    if (!person || !person.active) return null;
    return { personId: person.id, label: person.name, roles: person.roles, via: 'app' };
  }

  return {
    store,
    events,
    desk,
    log,
    dataDir: options.dataDir,
    secrets,
    attachPoller(p) {
      poller = p;
    },
    async invoke(method, input) {
      return dispatch(method, input, context(await deskActor()));
    },
    async invokeAs(actor, method, input) {
      return dispatch(method, input, context(actor));
    },
    deskActor,
    async close() {
      await store.close();
    },
  };
}

/**
 * The CLI's actor: the person `--as EMAIL` names, or else the operating-system user. Whoever can run
 * the CLI can read the database file directly, so the OS user acts with the technical-admin role.
 */
export async function resolveCliActor(backend: Backend, asEmail: string | undefined): Promise<Actor> {
  if (asEmail) {
    const person = await findPersonByEmail(backend.store.db, asEmail);
    if (!person) throw new Error(`No person with e-mail ${asEmail} (see: paginawacht people list)`);
    if (!person.active) throw new Error(`${asEmail} has been deactivated`);
    return { personId: person.id, label: person.name, roles: person.roles, via: 'cli' };
  }
  let username = 'unknown';
  try {
    username = os.userInfo().username;
  } catch {
    username = process.env.USER ?? process.env.USERNAME ?? 'unknown';
  }
  return { personId: null, label: `os:${username}`, roles: ['beheer'], via: 'cli' };
}
