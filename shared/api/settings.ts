import { z } from 'zod';
import { method } from './define';
import { empty, text } from './common';

export const schoolSettingsSchema = z.object({
  schoolName: z.string(),
  /** Appended to page display names, as the protocol shows: "Project X - CSG Het Streek" (B1). */
  pageNameSuffix: z.string(),
  /** Days items with personal data of minors are kept (privacy); the purge honours open incidents. */
  retentionDays: z.number().int().min(30).max(3650),
});
export type SchoolSettings = z.infer<typeof schoolSettingsSchema>;

export const settingsMethods = {
  'settings.get': method(empty, schoolSettingsSchema),
  'settings.update': method(
    z
      .object({
        schoolName: text(120),
        retentionDays: z.number().int().min(30).max(3650),
      })
      .strict(),
    schoolSettingsSchema,
  ),
};
