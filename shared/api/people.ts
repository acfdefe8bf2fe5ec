import { z } from 'zod';
import { method } from './define';
import { emailSchema, idSchema, isoDateTime, optionalText, roleSchema, text } from './common';

export const personSchema = z.object({
  id: idSchema,
  name: z.string(),
  email: z.string(),
  roles: z.array(roleSchema),
  active: z.boolean(),
  managerId: idSchema.nullable(),
  note: z.string(),
  createdAt: isoDateTime,
  deactivatedAt: isoDateTime.nullable(),
});
export type Person = z.infer<typeof personSchema>;

const personFields = {
  name: text(120),
  email: emailSchema,
  roles: z.array(roleSchema).min(1).max(6),
  managerId: idSchema.nullable().default(null),
  note: optionalText(500),
};

export const peopleMethods = {
  'people.list': method(z.object({ includeInactive: z.boolean().default(false) }).strict(), z.array(personSchema), {
    public: true,
  }),
  'people.add': method(z.object(personFields).strict(), personSchema),
  'people.update': method(z.object({ id: idSchema, ...personFields }).strict(), personSchema),
  'people.deactivate': method(z.object({ id: idSchema, reason: text(500) }).strict(), personSchema),
  'people.reactivate': method(z.object({ id: idSchema }).strict(), personSchema),
};
