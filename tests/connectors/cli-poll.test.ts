import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend/backend';
import { startDemo, type Demo } from '../../electron/backend/demo';
import { silentLogger, tempDir } from '../helpers/backend';

// The headless commands as school IT staff run them: the built CLI in its own process, against the
// local platform servers, on a data folder set up through the app's own services.

const CLI = path.resolve('out/main/cli.js');

function run(args: string[], input = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, '--data-dir', dataDir, ...args], { env: { ...process.env, PAGINAWACHT_TEST: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(input);
  });
}

let dataDir: string;
let demo: Demo;

beforeAll(async () => {
  if (!fs.existsSync(CLI)) throw new Error('Build first: npm run build (npm test does this)');
  dataDir = tempDir();
  const backend = createBackend({ dataDir, host: { transport: 'cli' }, logger: silentLogger });
  demo = await startDemo(backend, { intervalMs: 0, seed: 11 });
  await backend.close();
});

afterAll(async () => {
  await demo.stop();
});

describe('paginawacht poll / items / connect', () => {
  it('poll --once stores exactly the items others posted, and a second run adds nothing', async () => {
    const first = await run(['poll', '--once', '--format', 'json']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const reports = first.stdout.trim().split('\n').map((l) => JSON.parse(l) as { outcome: string; inserted: number });
    expect(reports).toHaveLength(demo.traffic.pages.length);
    expect(reports.reduce((n, r) => n + r.inserted, 0)).toBe(demo.traffic.events.length);

    const second = await run(['poll', '--once', '--format', 'json']);
    expect(second.code).toBe(0);
    expect(second.stdout.trim().split('\n').map((l) => JSON.parse(l).inserted as number)).toEqual(reports.map(() => 0));
  });

  it('items --format json lists the stored items with their flags, newest first', async () => {
    const out = await run(['items', '--format', 'json', '--limit', '1000']);
    expect(out.code).toBe(0);
    const items = JSON.parse(out.stdout) as { id: number; flagged: boolean; classification: { categories: string[]; clauses: string[]; spans: unknown[] } }[];
    expect(items).toHaveLength(demo.traffic.events.length);
    expect(items[0]!.id).toBeGreaterThan(items.at(-1)!.id);
    const flagged = items.filter((i) => i.flagged);
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.every((i) => i.classification.categories.length > 0 && i.classification.clauses.length > 0)).toBe(true);

    const blog = demo.traffic.pages.find((p) => p.key === 'blog')!;
    const onePage = await run(['items', '--page', `rss:${blog.handle}`, '--format', 'json']);
    expect(onePage.code).toBe(0);
    expect((JSON.parse(onePage.stdout) as unknown[]).length).toBe(demo.traffic.events.filter((e) => e.pageKey === 'blog').length);
  });

  it('poll --once --page polls one page only; an unknown page is a usage error', async () => {
    demo.traffic.step(6);
    const x = demo.traffic.pages.find((p) => p.key === 'x')!;
    const one = await run(['poll', '--once', '--page', x.handle, '--format', 'json']);
    expect(one.code).toBe(0);
    expect(one.stdout.trim().split('\n')).toHaveLength(1);
    const unknown = await run(['poll', '--once', '--page', '@nobody']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/No open page with handle @nobody/);
  });

  it('connect reads the token from stdin, stores it outside the database and checks it', async () => {
    const x = demo.traffic.pages.find((p) => p.key === 'x')!;
    const wrong = await run(['connect', x.handle, '--token-stdin'], 'not-the-right-token\n');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/Not verified/);
    expect(wrong.stdout + wrong.stderr).not.toMatch(/not-the-right-token/);
    const right = await run(['connect', x.handle, '--token-stdin'], `${x.token}\n`);
    expect(right.code).toBe(0);
    expect(right.stdout).toMatch(/Verified: the token belongs to/);
    expect(fs.readFileSync(path.join(dataDir, 'paginawacht.sqlite')).toString('latin1')).not.toContain(x.token!);
    const missing = await run(['connect', x.handle]);
    expect(missing.code).toBe(2);
  });

  it('every command has --help', async () => {
    for (const command of ['serve', 'demo', 'poll', 'items', 'connect', 'pages', 'inventory', 'people']) {
      const help = await run([command, '--help']);
      expect(help.code, command).toBe(0);
      expect(help.stdout, command).toMatch(/Usage: paginawacht/);
    }
  });
});
