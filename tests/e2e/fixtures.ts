import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { test as base, expect } from '@playwright/test';

export interface Desk {
  url: string;
  port: number;
  dataDir: string;
  /** Runs the CLI against this desk's data folder. */
  cli(args: string[], input?: string): Promise<{ code: number; stdout: string; stderr: string }>;
}

const CLI = path.resolve('out/main/cli.js');

/** Starts browser mode on a fresh data folder per test; PAGINAWACHT_TEST makes the app insist on one. */
async function startDesk(dataDir: string): Promise<{ desk: Desk; child: ChildProcess }> {
  const child = spawn(process.execPath, [CLI, '--data-dir', dataDir, 'serve', '--format', 'json'], {
    env: { ...process.env, PAGINAWACHT_TEST: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (c) => (stderr += c));
  const line = await new Promise<string>((resolve, reject) => {
    const rl = readline.createInterface({ input: child.stdout! });
    rl.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
  const { url, port } = JSON.parse(line) as { url: string; port: number };
  const desk: Desk = {
    url,
    port,
    dataDir,
    cli: (args, input) =>
      new Promise((resolve) => {
        const p = spawn(process.execPath, [CLI, '--data-dir', dataDir, ...args], { env: { ...process.env, PAGINAWACHT_TEST: '1' } });
        let stdout = '';
        let err = '';
        p.stdout.on('data', (c) => (stdout += c));
        p.stderr.on('data', (c) => (err += c));
        p.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr: err }));
        p.stdin.end(input ?? '');
      }),
  };
  return { desk, child };
}

export const test = base.extend<{ desk: Desk }>({
  desk: async ({}, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'paginawacht-e2e-'));
    const { desk, child } = await startDesk(dataDir);
    await use(desk);
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };
