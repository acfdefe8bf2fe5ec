import { z } from 'zod';
import { method } from './define';
import { emailSchema, languageSchema, roleSchema, text, empty, idSchema } from './common';

export const setupStatusSchema = z.object({
  /** False until the first run has recorded the school and a first person. */
  complete: z.boolean(),
  schoolName: z.string().nullable(),
});

export const firstRunInput = z
  .object({
    schoolName: text(120),
    person: z.object({
      name: text(120),
      email: emailSchema,
      roles: z.array(roleSchema).min(1).max(6),
    }),
    language: languageSchema.default('nl'),
  })
  .strict();

export const setupMethods = {
  'setup.status': method(empty, setupStatusSchema, { public: true }),
  'setup.complete': method(firstRunInput, z.object({ personId: idSchema }), { public: true }),
};
