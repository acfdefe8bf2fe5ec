import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend/backend';
import { startDemo, type Demo } from '../../electron/backend/demo';
import { openStore } from '../../db/store';
import { silentLogger, tempDir } from '../helpers/backend';

// `paginawacht poll` killed with SIGKILL in the middle of a poll (one platform stalls), then started
// again: everything others posted ends up stored exactly once, on the real store and the real CLI.

const CLI = path.resolve('out/main/cli.js');
let dataDir: string;
let demo: Demo;

function counts() {
  const store = openStore({ file: path.join(dataDir, 'paginawacht.sqlite') });
  try {
    const row = store.sqlite.prepare('SELECT count(*) AS n, count(DISTINCT platform || external_id) AS d FROM items').get() as { n: number; d: number };
    return row;
  } finally {
    store.sqlite.close();
  }
}

beforeAll(async () => {
  if (!fs.existsSync(CLI)) throw new Error('Build first: npm run build (npm test does this)');
  dataDir = tempDir();
  const backend = createBackend({ dataDir, host: { transport: 'cli' }, logger: silentLogger });
  demo = await startDemo(backend, { intervalMs: 0, seed: 5 });
  await backend.close();
});

afterAll(async () => {
  await demo.stop();
});

describe('kill -9 in the middle of a poll', () => {
  it('loses nothing and stores nothing twice after a restart', async () => {
    const mastodon = demo.traffic.servers.mastodon;
    mastodon.http.injectFault({ kind: 'stall', match: '/api/v1/notifications', times: 1 });
    const child = spawn(process.execPath, [CLI, '--data-dir', dataDir, 'poll', '--once', '--format', 'json'], {
      env: { ...process.env, PAGINAWACHT_TEST: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    await mastodon.http.waitForRequest((r) => r.path.startsWith('/api/v1/notifications'));
    // Let the other pages commit, then kill while Mastodon's answer hangs.
    const deadline = Date.now() + 10_000;
    while (out.trim().split('\n').filter(Boolean).length < demo.traffic.pages.length - 1 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    mastodon.http.releaseStalled();
    const partial = counts();
    expect(partial.n).toBe(partial.d);
    expect(partial.n).toBeLessThan(demo.traffic.events.length);

    // The dead poller's lease does not block the restart.
    const again = spawn(process.execPath, [CLI, '--data-dir', dataDir, 'poll', '--once', '--format', 'json'], {
      env: { ...process.env, PAGINAWACHT_TEST: '1' },
    });
    let err = '';
    again.stderr.on('data', (c) => (err += c));
    const code = await new Promise((r) => again.once('exit', r));
    expect(err).toBe('');
    expect(code).toBe(0);
    const final = counts();
    expect(final.n).toBe(final.d);
    expect(final.n).toBe(demo.traffic.events.length);
  });
});
