import type { Migration } from './types';

// Moderation: decisions, escalations, evidence (A5), incidents (S1–S5), derailment alerts (B5).
export const migration0005: Migration = {
  version: 5,
  name: 'moderation: decisions, escalations, evidence, incidents',
  sql: `SELECT 1;`,
};
