import type { Migration } from './types';
import { migration0001 } from './0001-foundation';
import { migration0002 } from './0002-pages';
import { migration0003 } from './0003-items';
import { migration0004 } from './0004-decency-lists';
import { migration0005 } from './0005-moderation';
import { migration0006 } from './0006-lifecycle';
import { migration0007 } from './0007-page-posts';
import { migration0008 } from './0008-audit-head';

export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006, migration0007, migration0008];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);
