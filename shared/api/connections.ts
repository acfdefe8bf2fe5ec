import { z } from 'zod';
import { method } from './define';
import { empty, idSchema, isoDateTime } from './common';

export const pollErrorSchema = z.object({
  kind: z.string(),
  /** Catalogue key, `poll.error.<kind>`. */
  key: z.string(),
  nl: z.string(),
  en: z.string(),
  /** The connector's own sentence (English, never a token). */
  detail: z.string(),
  retryAt: z.string().nullable(),
  at: z.string(),
});

export const connectionSchema = z.object({
  pageId: idSchema,
  platform: z.string(),
  /** A connector exists for the platform: Paginawacht collects what others post. */
  supported: z.boolean(),
  /** Approved and live: the poller visits it (never before approval). */
  monitored: z.boolean(),
  capabilities: z
    .object({ hide: z.boolean(), delete: z.boolean(), manualStepsKey: z.string().nullable() })
    .nullable(),
  /** The platform needs an access token (feeds do not). */
  needsToken: z.boolean(),
  hasToken: z.boolean(),
  /** Where the token lives: the OS keychain (app) or an owner-only file (headless). */
  tokenStore: z.enum(['keychain', 'file']).nullable(),
  pollIntervalS: z.number().int(),
  baseUrl: z.string().nullable(),
  health: z.object({
    lastPollAt: isoDateTime.nullable(),
    lastSuccessAt: isoDateTime.nullable(),
    lastError: pollErrorSchema.nullable(),
    nextPollAt: isoDateTime.nullable(),
    consecutiveFailures: z.number().int(),
  }),
  itemCount: z.number().int(),
});
export type Connection = z.infer<typeof connectionSchema>;

const pageRef = z.object({ pageId: idSchema }).strict();

export const connectionsMethods = {
  'connections.get': method(pageRef, connectionSchema),
  'connections.list': method(empty, z.array(connectionSchema)),
  'connections.setToken': method(z.object({ pageId: idSchema, token: z.string().trim().min(8).max(4096) }).strict(), connectionSchema),
  'connections.removeToken': method(pageRef, connectionSchema),
  'connections.update': method(
    z
      .object({
        pageId: idSchema,
        pollIntervalS: z.number().int().min(60).max(86_400),
        /** Only for tests and the sandbox; https, or http to this computer. */
        baseUrl: z.string().trim().max(500).nullable(),
      })
      .strict(),
    connectionSchema,
  ),
  /** Tries the stored token against the platform now ("Koppeling testen", `paginawacht connect`). */
  'connections.verify': method(
    pageRef,
    z.object({ status: z.enum(['verified', 'unsupported']), handle: z.string().nullable(), displayName: z.string().nullable() }),
  ),
  'connections.pollNow': method(
    pageRef,
    z.object({
      outcome: z.enum(['ok', 'partial', 'failed', 'skipped']),
      fetched: z.number().int(),
      inserted: z.number().int().nullable(),
      error: pollErrorSchema.omit({ at: true }).nullable(),
    }),
  ),
};
