import type { Store } from '../../db/store';
import type { Role } from '../../shared/api/common';
import type { EventBus } from '../backend/event-bus';
import type { DeskState } from '../backend/desk-state';
import type { SecretStore } from '../backend/secrets/secret-store';
import type { PollReport } from '../scheduler/types';

/** Who is acting. Every back-end action knows it; role checks read `roles` here, never the UI's idea. */
export interface Actor {
  /** Null for an operating-system user running the CLI without `--as`. */
  personId: number | null;
  label: string;
  roles: Role[];
  via: 'app' | 'cli';
}

export interface Clock {
  now(): Date;
}

/** What the host process (Electron or the Node CLI/server) can do that the services cannot do alone. */
export interface HostCapabilities {
  transport: 'ipc' | 'http' | 'cli';
  /** Opens a URL in the system browser; absent where the host is a server (browser mode). */
  openExternal?: (url: string) => Promise<void>;
}

/** What services may ask of the platforms (through the connectors), without knowing any platform. */
export interface PlatformGateway {
  /**
   * Checks that the account a page links to exists and is reachable with its stored credentials.
   * `unsupported` where no connector exists for the platform (the page is then linked unverified).
   * Throws a ServiceError with a plain-words message when verification fails.
   */
  verifyAccount(page: { id: number; platform: string; handle: string; url: string | null }): Promise<
    { status: 'verified'; externalAccountId: string; handle: string; displayName: string | null; url: string | null } | { status: 'unsupported' }
  >;
}

/** The poller of this process, when one runs here (the app, `serve`, `demo`; not a one-off CLI call). */
export interface PollerHandle {
  pollNow(pageId: number): Promise<PollReport | null>;
}

export interface ServiceContext {
  store: Store;
  actor: Actor | null;
  clock: Clock;
  events: EventBus;
  desk: DeskState;
  host: HostCapabilities;
  gateway: PlatformGateway;
  secrets: SecretStore;
  poller: PollerHandle | null;
  info: { appVersion: string; dataDir: string; demo: boolean };
}

export const systemClock: Clock = { now: () => new Date() };
