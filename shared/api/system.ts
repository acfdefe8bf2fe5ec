import { z } from 'zod';
import { method } from './define';
import { empty } from './common';

export const systemInfoSchema = z.object({
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  dataDir: z.string(),
  transport: z.enum(['ipc', 'http', 'cli']),
  /** Set when the desk runs against local demo servers instead of real platforms. */
  demo: z.boolean(),
});

export const systemMethods = {
  'system.info': method(empty, systemInfoSchema, { public: true }),
  /** Opens a platform link in the system browser, only after `isTrustedUrl` accepts it. */
  'system.openExternal': method(z.object({ url: z.string().max(4096) }).strict(), z.object({ opened: z.boolean() })),
};
