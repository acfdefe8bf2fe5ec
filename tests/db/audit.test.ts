import { describe, expect, it } from 'vitest';
import { appendAudit, listAudit, verifyAuditChain, GENESIS_HASH } from '../../db/audit';
import { openStore } from '../../db/store';

const actor = { personId: null, label: 'os:tester', via: 'cli' as const };

async function storeWithEntries(n: number) {
  const store = openStore({ file: ':memory:' });
  for (let i = 0; i < n; i++) {
    await appendAudit(store.db, {
      at: `2026-11-24T10:00:0${i}.000Z`,
      actor,
      action: 'test.step',
      subjectType: 'thing',
      subjectId: i,
      reason: `step ${i}`,
      data: { i, nested: { b: 2, a: 1 } },
    });
  }
  return store;
}

describe('audit log', () => {
  it('chains each entry to the one before', async () => {
    const store = await storeWithEntries(3);
    const rows = store.sqlite.prepare('SELECT prev_hash, hash FROM audit_log ORDER BY id').all() as { prev_hash: string; hash: string }[];
    expect(rows[0]!.prev_hash).toBe(GENESIS_HASH);
    expect(rows[1]!.prev_hash).toBe(rows[0]!.hash);
    expect(rows[2]!.prev_hash).toBe(rows[1]!.hash);
    expect(await verifyAuditChain(store.db)).toEqual({ ok: true, checked: 3, brokenAt: null, truncated: false });
  });

  it('lists entries of one subject in order', async () => {
    const store = await storeWithEntries(3);
    const entries = await listAudit(store.db, { subjectType: 'thing', subjectId: 1 });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'test.step', reason: 'step 1', data: { i: 1, nested: { a: 1, b: 2 } } });
  });

  it('refuses updates and deletes in the database itself', async () => {
    const store = await storeWithEntries(2);
    expect(() => store.sqlite.prepare("UPDATE audit_log SET reason = 'edited' WHERE id = 1").run()).toThrow(/append-only/);
    expect(() => store.sqlite.prepare('DELETE FROM audit_log WHERE id = 1').run()).toThrow(/append-only/);
  });

  it('detects an entry edited behind the triggers', async () => {
    const store = await storeWithEntries(3);
    store.sqlite.exec('DROP TRIGGER audit_log_no_update');
    store.sqlite.prepare("UPDATE audit_log SET reason = 'nothing happened' WHERE id = 2").run();
    expect(await verifyAuditChain(store.db)).toEqual({ ok: false, checked: 1, brokenAt: 2, truncated: false });
  });

  it('detects a removed entry', async () => {
    const store = await storeWithEntries(3);
    store.sqlite.exec('DROP TRIGGER audit_log_no_delete');
    store.sqlite.prepare('DELETE FROM audit_log WHERE id = 2').run();
    expect(await verifyAuditChain(store.db)).toMatchObject({ ok: false, brokenAt: 3 });
  });

  it('detects entries cut off the end, where the rest still links up', async () => {
    const store = await storeWithEntries(4);
    store.sqlite.exec('DROP TRIGGER audit_log_no_delete');
    store.sqlite.prepare('DELETE FROM audit_log WHERE id >= 3').run();
    expect(await verifyAuditChain(store.db)).toEqual({ ok: false, checked: 2, brokenAt: 3, truncated: true });
    // The head keeps following new entries; an honest chain still verifies.
    const fresh = await storeWithEntries(2);
    expect(await verifyAuditChain(fresh.db)).toMatchObject({ ok: true, checked: 2 });
    expect(() => fresh.sqlite.prepare('DELETE FROM audit_head').run()).toThrow(/cannot be removed/);
  });
});
