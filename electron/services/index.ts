import type { Handlers } from './handler-types';
import { setupHandlers } from './setup';
import { sessionHandlers } from './session';
import { peopleHandlers } from './people';
import { settingsHandlers } from './settings';
import { systemHandlers } from './system';
import { pagesHandlers } from './pages';
import { inventoryHandlers } from './inventory';
import { peopleImportHandlers } from './people-import';
import { connectionsHandlers } from './connections';
import { listsHandlers } from './lists';
import { queueHandlers } from './queue';
import { decisionsHandlers } from './decisions';
import { escalationsHandlers } from './escalations';
import { incidentsHandlers } from './incidents';
import { derailmentHandlers } from './derailment';
import { remindersHandlers } from './reminders';
import { endDatesHandlers } from './end-dates';
import { archiveHandlers } from './archive';
import { spotChecksHandlers } from './spot-checks';
import { exemptionsHandlers } from './exemptions';
import { reportsHandlers } from './reports';
import { retentionHandlers } from './retention';

/** Every method of the contract, once. Both transports and the CLI call through this map. */
export const handlers: Handlers = {
  ...setupHandlers,
  ...sessionHandlers,
  ...peopleHandlers,
  ...settingsHandlers,
  ...systemHandlers,
  ...pagesHandlers,
  ...inventoryHandlers,
  ...peopleImportHandlers,
  ...connectionsHandlers,
  ...listsHandlers,
  ...queueHandlers,
  ...decisionsHandlers,
  ...escalationsHandlers,
  ...incidentsHandlers,
  ...derailmentHandlers,
  ...remindersHandlers,
  ...endDatesHandlers,
  ...archiveHandlers,
  ...spotChecksHandlers,
  ...exemptionsHandlers,
  ...reportsHandlers,
  ...retentionHandlers,
};
