/** IPC channel names: `api:<method>` for calls, `event:<name>` for pushes. */
export const IPC_METHOD_PREFIX = 'api:';
export const IPC_EVENT_PREFIX = 'event:';
