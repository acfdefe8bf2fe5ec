import type { Store } from '../../db/store';
import type { Role } from '../../shared/api/common';
import type { EventBus } from '../backend/event-bus';
import type { DeskState } from '../backend/desk-state';

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

export interface ServiceContext {
  store: Store;
  actor: Actor | null;
  clock: Clock;
  events: EventBus;
  desk: DeskState;
  host: HostCapabilities;
  info: { appVersion: string; dataDir: string; demo: boolean };
}

export const systemClock: Clock = { now: () => new Date() };
