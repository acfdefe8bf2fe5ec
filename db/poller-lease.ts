import { getSetting, setSetting } from './settings';
import { inTransaction, type Db } from './transaction';

// One poller at a time per database: the desktop app, `paginawacht serve` and `paginawacht poll` may
// all run against the same data, and only one of them should spend the platforms' rate budgets. The
// holder renews its lease while it polls; a crashed holder's lease simply runs out. (The shared
// multi-desk store will elect its poller the same way.)

const KEY = 'poller.lease';

export interface Lease {
  holder: string;
  label: string;
  expiresAt: string;
  /** Where the holder runs, so a crashed holder on this computer is recognised at once. */
  host?: string;
  pid?: number;
}

export interface LeaseOwner {
  holder: string;
  label: string;
  host: string;
  pid: number;
}

/** A lease is live until it expires, unless its holder ran on this computer and is gone (killed, crashed). */
export function leaseIsLive(lease: Lease | null | undefined, now: Date, thisHost: string): boolean {
  if (!lease || new Date(lease.expiresAt) <= now) return false;
  if (lease.host === thisHost && lease.pid !== undefined) {
    try {
      process.kill(lease.pid, 0);
    } catch (error) {
      // ESRCH: no such process. EPERM means it exists under another user: still live.
      if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
    }
  }
  return true;
}

/** Takes or renews the lease; false when another live poller holds it. */
export async function acquireLease(db: Db, owner: LeaseOwner, now: Date, ttlMs: number): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const current = await getSetting<Lease>(trx, KEY);
    if (current && current.holder !== owner.holder && leaseIsLive(current, now, owner.host)) return false;
    const lease: Lease = { ...owner, expiresAt: new Date(now.getTime() + ttlMs).toISOString() };
    await setSetting(trx, KEY, lease, now.toISOString());
    return true;
  });
}

export async function releaseLease(db: Db, holder: string, now: Date): Promise<void> {
  await inTransaction(db, async (trx) => {
    const current = await getSetting<Lease>(trx, KEY);
    if (current?.holder === holder) await setSetting(trx, KEY, { ...current, expiresAt: now.toISOString() }, now.toISOString());
  });
}

export async function currentLease(db: Db): Promise<Lease | null> {
  return (await getSetting<Lease>(db, KEY)) ?? null;
}
