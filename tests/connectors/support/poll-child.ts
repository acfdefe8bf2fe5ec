import { getConnector } from '../../../electron/connectors/index';
import { createScheduler } from '../../../electron/scheduler/index';
import { SqliteStore } from './sqlite-store';

// `paginawacht poll --once` in miniature, run as a child process by the kill -9 test:
//   node --import tsx poll-child.ts <db-file> [pause-in-commit]
// It prints one line per finished poll, and "IN_TX" when asked to pause inside a commit.

const [dbPath, mode] = process.argv.slice(2);
if (!dbPath) throw new Error('usage: poll-child.ts <db> [pause-in-commit]');
const store = new SqliteStore(dbPath);
if (mode === 'pause-in-commit') {
  store.duringCommit = (pageId, commit) => {
    if (commit.items.length === 0) return;
    process.stdout.write(`IN_TX ${pageId} ${commit.items.length}\n`);
    // Block inside the transaction until killed: the test sends SIGKILL now.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 30_000);
  };
}
const scheduler = createScheduler<string[]>({
  store,
  classify: (item) => (/\b(kut|sukkel)\b/i.test(item.text) ? ['coarse_language'] : []),
  connectorFor: (page) => getConnector(page.platform, { baseUrl: page.baseUrl ?? null }),
  maxConcurrent: 1,
  requestTimeoutMs: 30_000,
  onPoll: (report) => process.stdout.write(`POLLED ${report.pageId} ${report.outcome} ${report.fetched}\n`),
});
const reports = await scheduler.runOnce({ force: true });
process.stdout.write(`DONE ${JSON.stringify(reports.map((r) => [r.pageId, r.outcome, r.fetched, r.inserted]))}\n`);
store.close();
