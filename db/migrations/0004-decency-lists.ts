import type { Migration } from './types';

// The school's word lists (extra words to flag, words to allow, public contact data, staff names) as
// immutable versions: every change is a new row, and every classification names the version it used.
export const migration0004: Migration = {
  version: 4,
  name: 'school word lists, versioned',
  sql: `
    CREATE TABLE decency_list_versions (
      id INTEGER PRIMARY KEY,
      version TEXT NOT NULL UNIQUE,
      lists TEXT NOT NULL,
      created_at TEXT NOT NULL,
      created_by INTEGER REFERENCES people(id),
      created_by_label TEXT NOT NULL,
      note TEXT NOT NULL DEFAULT ''
    );
  `,
};
