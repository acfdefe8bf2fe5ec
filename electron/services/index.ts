import type { Handlers } from './handler-types';
import { setupHandlers } from './setup';
import { sessionHandlers } from './session';
import { peopleHandlers } from './people';
import { settingsHandlers } from './settings';
import { systemHandlers } from './system';

/** Every method of the contract, once. Both transports and the CLI call through this map. */
export const handlers: Handlers = {
  ...setupHandlers,
  ...sessionHandlers,
  ...peopleHandlers,
  ...settingsHandlers,
  ...systemHandlers,
};
