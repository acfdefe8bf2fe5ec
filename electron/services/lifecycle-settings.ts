import { getSetting, setSetting } from '../../db/settings';
import type { Db } from '../../db/transaction';
import { DEFAULT_REMINDER_SETTINGS, reminderSettingsSchema, type ReminderSettings } from '../../shared/api/reminders';

// The reminder thresholds, one JSON value in `settings`. A value missing or out of range (an older
// version wrote it, or someone edited the database) falls back to the default for that field.

export const REMINDER_SETTINGS_KEY = 'reminders.settings';
export const LAST_PURGE_KEY = 'retention.lastPurge';

export async function readReminderSettings(db: Db): Promise<ReminderSettings> {
  const stored = (await getSetting<Partial<ReminderSettings>>(db, REMINDER_SETTINGS_KEY)) ?? {};
  const merged: Record<string, number> = { ...DEFAULT_REMINDER_SETTINGS };
  for (const [key, fallback] of Object.entries(DEFAULT_REMINDER_SETTINGS)) {
    const one = reminderSettingsSchema.shape[key as keyof ReminderSettings].safeParse((stored as Record<string, unknown>)[key]);
    merged[key] = one.success ? one.data : fallback;
  }
  return merged as unknown as ReminderSettings;
}

export async function writeReminderSettings(db: Db, settings: ReminderSettings, at: string): Promise<void> {
  await setSetting(db, REMINDER_SETTINGS_KEY, settings, at);
}
