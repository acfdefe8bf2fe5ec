import type { z } from 'zod';
import type { ApiResult } from './result';
import type { EventName, EventPayload } from './events';
import { setupMethods } from './setup';
import { sessionMethods } from './session';
import { peopleMethods } from './people';
import { settingsMethods } from './settings';
import { systemMethods } from './system';
import { pagesMethods } from './pages';
import { inventoryMethods } from './inventory';
import { peopleImportMethods } from './people-import';
import { connectionsMethods } from './connections';
import { listsMethods } from './lists';
import { queueMethods } from './queue';
import { decisionsMethods, escalationsMethods } from './decisions';
import { incidentsMethods } from './incidents';
import { derailmentMethods } from './derailment';
import { remindersMethods } from './reminders';
import { endDatesMethods } from './end-dates';
import { archiveMethods } from './archive';
import { spotChecksMethods } from './spotChecks';
import { exemptionsMethods } from './exemptions';
import { reportsMethods, retentionMethods } from './reports';

/** The one API: the Electron bridge, the IPC handlers, the loopback server and the client all derive from it. */
export const contract = {
  ...setupMethods,
  ...sessionMethods,
  ...peopleMethods,
  ...settingsMethods,
  ...systemMethods,
  ...pagesMethods,
  ...inventoryMethods,
  ...peopleImportMethods,
  ...connectionsMethods,
  ...listsMethods,
  ...queueMethods,
  ...decisionsMethods,
  ...escalationsMethods,
  ...incidentsMethods,
  ...derailmentMethods,
  ...remindersMethods,
  ...endDatesMethods,
  ...archiveMethods,
  ...spotChecksMethods,
  ...exemptionsMethods,
  ...reportsMethods,
  ...retentionMethods,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type Input<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type Output<M extends MethodName> = z.output<Contract[M]['output']>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** Exactly what the Electron preload exposes on `window.paginawacht`: one function per method. */
export type BridgeMethods = { [M in MethodName]: (input: Input<M>) => Promise<ApiResult<Output<M>>> };

export interface PaginawachtBridge {
  transport: 'ipc';
  methods: BridgeMethods;
  /** Subscribe to a back-end event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}
