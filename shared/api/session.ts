import { z } from 'zod';
import { method } from './define';
import { empty, idSchema, languageSchema } from './common';
import { personSchema } from './people';

export const sessionSchema = z.object({
  /** The person this desk acts as; null until someone has been chosen. */
  person: personSchema.nullable(),
  language: languageSchema,
  /** How the UI reaches the back end; the browser build shows a notice in `http` mode. */
  transport: z.enum(['ipc', 'http', 'cli']),
});
export type Session = z.infer<typeof sessionSchema>;

export const sessionMethods = {
  'session.get': method(empty, sessionSchema, { public: true }),
  /** Choose who you are on this desk (remembered). Not a security boundary: see README. */
  'session.choose': method(z.object({ personId: idSchema }).strict(), sessionSchema, { public: true }),
  'session.setLanguage': method(z.object({ language: languageSchema }).strict(), sessionSchema, { public: true }),
};
