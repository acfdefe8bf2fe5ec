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
};
