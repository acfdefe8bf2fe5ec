import type { Migration } from './types';
import { migration0001 } from './0001-foundation';

export const MIGRATIONS: readonly Migration[] = [migration0001];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);
