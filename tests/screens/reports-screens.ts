import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { chromium } from '@playwright/test';
import { seedReports } from './seed';

// Screenshots of Overzicht (and the lifecycle views) with generated data, for a person to look at:
//   npm run build && npx tsx tests/screens/reports-screens.ts
// Writes PNGs and the exported printable report to test-results/screens/ (not committed).

const OUT = path.resolve('test-results/screens');
const CHROMIUM = process.env.PAGINAWACHT_CHROMIUM ?? '/usr/bin/chromium';

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'paginawacht-screens-'));
  const seeded = await seedReports(dataDir);
  const exported = await seeded.backend.invokeAs(seeded.people['f.elamrani']!, 'reports.export', {
    from: new Date(Date.now() - 26 * 7 * 86_400_000).toISOString().slice(0, 10),
    to: new Date().toISOString().slice(0, 10),
    granularity: 'month',
    format: 'html',
  });
  if (exported.ok) fs.writeFileSync(path.join(OUT, 'overzicht-afdrukbaar.html'), (exported.value as { content: string }).content);
  await seeded.backend.close();

  const child = spawn(process.execPath, ['out/main/cli.js', '--data-dir', dataDir, 'serve', '--no-poll', '--format', 'json'], { env: { ...process.env, PAGINAWACHT_TEST: '1' }, stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve) => readline.createInterface({ input: child.stdout! }).once('line', resolve));
  const { url } = JSON.parse(line) as { url: string };
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, deviceScaleFactor: 1 });
    await page.goto(url);
    const shot = async (name: string, hash: string, ready: () => Promise<unknown>) => {
      await page.goto(`${new URL(url).origin}/#${hash}`);
      await ready();
      await page.waitForTimeout(400);
      await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: true });
      process.stdout.write(`${name}.png\n`);
    };
    await shot('overzicht-weken', '/reports', () => page.getByRole('heading', { name: 'Markeringen per categorie' }).waitFor());
    // Close-ups, to check by eye at full resolution.
    await page.locator('.stat-grid').screenshot({ path: path.join(OUT, 'detail-cijfers.png') });
    const cards = page.locator('.chart-card');
    for (let i = 0; i < (await cards.count()); i++) await cards.nth(i).screenshot({ path: path.join(OUT, `detail-grafiek-${i + 1}.png`) });
    await page.locator('.table-wrap').last().screenshot({ path: path.join(OUT, 'detail-per-pagina.png') });
    await page.getByRole('button', { name: 'Laatste 6 maanden' }).click();
    await page.waitForTimeout(800);
    await page.screenshot({ path: path.join(OUT, 'overzicht-maanden.png'), fullPage: true });
    await page.getByLabel('Pagina', { exact: true }).selectOption({ label: 'Leerlingen - CSG De Vliet' });
    await page.waitForTimeout(800);
    await page.screenshot({ path: path.join(OUT, 'overzicht-een-pagina.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: path.join(OUT, 'overzicht-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    await shot('herinneringen', '/reminders', () => page.getByRole('heading', { level: 1, name: 'Herinneringen' }).waitFor());
    await shot('uitzonderingen', '/exemptions', () => page.getByRole('heading', { level: 1, name: 'Uitzonderingen' }).waitFor());
    await shot('pagina-levensloop', `/pages/${seeded.pages.csgdevliet}`, () => page.getByRole('heading', { name: 'Levensloop (B3)' }).waitFor());
    await shot('steekproef', '/spot-check/1', () => page.getByRole('heading', { level: 1, name: 'Steekproef 1' }).waitFor());
    await shot('instellingen-herinneringen', '/settings/reminders', () => page.getByRole('heading', { name: 'Herinneringen' }).waitFor());
    await page.goto(`file://${path.join(OUT, 'overzicht-afdrukbaar.html')}`);
    await page.screenshot({ path: path.join(OUT, 'overzicht-afdrukbaar.png'), fullPage: true });
  } finally {
    await browser.close();
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
