import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { test as base, expect, type Page } from '@playwright/test';

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

/** First run through the UI, in Dutch, with Anna de Vries (beheer, communicatie) as the first person. */
export async function firstRun(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Naam van de school').fill('CSG Het Streek');
  await page.getByRole('textbox', { name: 'Naam (verplicht)', exact: true }).fill('Anna de Vries');
  await page.getByLabel('E-mailadres').fill('anna@hetstreek.nl');
  await page.getByRole('button', { name: 'Paginawacht instellen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wachtrij' })).toBeVisible();
}

/** Switches who this desk acts as, with the "Je bent" chooser in the top bar. */
export async function actAs(page: Page, name: string): Promise<void> {
  await page.getByLabel('Je bent').selectOption({ label: name });
  await expect(page.getByLabel('Je bent').locator('option:checked')).toHaveText(name);
}
