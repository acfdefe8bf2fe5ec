/** One schema step. Numbers only ever increase; a shipped migration is never edited. */
export interface Migration {
  version: number;
  name: string;
  /** SQLite DDL/DML; the PostgreSQL store will carry its own list with the same numbers. */
  sql: string;
}
