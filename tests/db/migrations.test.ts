import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../db/migrate';
import { MIGRATIONS, LATEST_SCHEMA_VERSION } from '../../db/migrations';
import { MigrationError, NewerDatabaseError } from '../../db/errors';
import { openStore } from '../../db/store';
import type { Migration } from '../../db/migrations/types';
import { tempDir } from '../helpers/backend';

const m1: Migration = { version: 1, name: 'one', sql: 'CREATE TABLE a (x INTEGER);' };
const m2: Migration = { version: 2, name: 'two', sql: 'CREATE TABLE b (y INTEGER); INSERT INTO a VALUES (2);' };
const broken: Migration = { version: 3, name: 'broken', sql: 'CREATE TABLE c (z INTEGER); INSERT INTO nope VALUES (1);' };

function fileDb(dir: string) {
  const file = path.join(dir, 'paginawacht.sqlite');
  return { file, db: new Sqlite(file) };
}

describe('migrate', () => {
  it('brings an empty database to the latest version and stamps user_version', () => {
    const db = new Sqlite(':memory:');
    const report = migrate(db, [m1, m2], { file: ':memory:' });
    expect(report).toMatchObject({ from: 0, to: 2, applied: [1, 2], backupFile: null });
    expect(db.pragma('user_version', { simple: true })).toBe(2);
  });

  it('does nothing when the schema is current', () => {
    const db = new Sqlite(':memory:');
    migrate(db, [m1, m2], { file: ':memory:' });
    expect(migrate(db, [m1, m2], { file: ':memory:' }).applied).toEqual([]);
  });

  it('copies the file before migrating an existing database', () => {
    const dir = tempDir();
    const { file, db } = fileDb(dir);
    migrate(db, [m1], { file });
    db.prepare('INSERT INTO a VALUES (1)').run();
    const report = migrate(db, [m1, m2], { file, now: () => new Date('2026-11-24T10:00:00Z') });
    expect(report.backupFile).toMatch(/paginawacht-v1-before-v2-2026-11-24T10-00-00-000Z\.sqlite$/);
    const copy = new Sqlite(report.backupFile!, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(copy.prepare('SELECT x FROM a').all()).toEqual([{ x: 1 }]);
    expect(() => copy.prepare('SELECT * FROM b').all()).toThrow(/no such table/);
  });

  it('applies all pending migrations in one transaction: a failure changes nothing', () => {
    const dir = tempDir();
    const { file, db } = fileDb(dir);
    migrate(db, [m1], { file });
    let error: unknown;
    try {
      migrate(db, [m1, m2, broken], { file });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as MigrationError).backupFile).toBeTruthy();
    expect(fs.existsSync((error as MigrationError).backupFile!)).toBe(true);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    // Migration 2 succeeded on its own, but it must have been rolled back with the broken 3.
    expect(() => db.prepare('SELECT * FROM b').all()).toThrow(/no such table/);
    expect(db.prepare('SELECT count(*) AS n FROM a').get()).toEqual({ n: 0 });
  });

  it('refuses a database written by a newer version, and leaves it untouched', () => {
    const dir = tempDir();
    const { file, db } = fileDb(dir);
    db.pragma('user_version = 99');
    db.close();
    const before = fs.readFileSync(file);
    expect(() => openStore({ file })).toThrow(NewerDatabaseError);
    expect(() => openStore({ file })).toThrow(/schema version 99.*update Paginawacht/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a list whose numbers do not increase one by one', () => {
    expect(() => migrate(new Sqlite(':memory:'), [m2, m1], { file: ':memory:' })).toThrow(/out of order/);
  });
});

describe('openStore', () => {
  it('uses WAL and enforces foreign keys', () => {
    const dir = tempDir();
    const store = openStore({ file: path.join(dir, 'paginawacht.sqlite') });
    expect(store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(() => store.sqlite.prepare("INSERT INTO person_roles (person_id, role) VALUES (12345, 'eigenaar')").run()).toThrow(
      /FOREIGN KEY/,
    );
    store.sqlite.close();
  });

  it('has one migration per version, numbered from 1', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_m, i) => i + 1));
  });
});
