import path from 'node:path';
import Sqlite from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { test, expect, firstRun, actAs } from './fixtures';

// Chromium in Dutch: an owner archives a page from its end-date reminder, step by step; the officer
// draws a reproducible spot check and reviews items; the board reads the result without the words.

const STAFF = [
  'name,email,roles,manager_email',
  'Mark Manager,mark@hetstreek.nl,leidinggevende,',
  'Olga Owner,olga@hetstreek.nl,eigenaar,mark@hetstreek.nl',
  'Bert Backup,bert@hetstreek.nl,eigenaar,mark@hetstreek.nl',
  'Ilse Visser,ilse@hetstreek.nl,functionaris,',
  'Dirk Directie,dirk@hetstreek.nl,directie,',
].join('\n');

const HEADER = 'platform,handle,display_name,url,purpose,audience,owner_email,backup_owner_email,manager_email,end_date,status';
// The sports page ran until 30-06-2020: long past its end date.
const ACCOUNTS = [
  HEADER,
  'instagram,streek_sport,Sport - CSG Het Streek,,Sportdag,leerlingen,olga@hetstreek.nl,bert@hetstreek.nl,mark@hetstreek.nl,2020-06-30,actief',
  'x,streek_nieuws,Nieuws - CSG Het Streek,,Nieuws van de school,publiek,bert@hetstreek.nl,olga@hetstreek.nl,mark@hetstreek.nl,2031-07-31,actief',
].join('\n');

const menu = (page: Page, name: string) => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name, exact: true }).click();

test.describe('reminders, archiving and spot checks in browser mode', () => {
  test('Dutch: the owner archives a page from its end-date reminder, step by step', async ({ page, desk }) => {
    await firstRun(page, desk.url);
    expect((await desk.cli(['people', 'import', '-'], STAFF)).code).toBe(0);
    expect((await desk.cli(['pages', 'import', '-', '--note', 'Bestaand account'], ACCOUNTS)).code).toBe(0);
    // The reminder job, on demand (the app's poller runs it every minute as well).
    const due = await desk.cli(['reminders', '--due']);
    expect(due.code, due.stderr).toBe(0);
    expect(due.stdout).toMatch(/urgent\tend_date\tB3\tSport - CSG Het Streek .*Einddatum verstreken/);

    await page.reload();
    await actAs(page, 'Olga Owner');
    await menu(page, 'Herinneringen');
    await expect(page.getByRole('heading', { level: 1, name: 'Herinneringen' })).toBeVisible();
    const reminder = page.getByRole('article', { name: 'Einddatum verstreken' });
    await expect(reminder).toBeVisible();
    await expect(reminder.getByText('Nu doen')).toBeVisible();
    await expect(reminder.getByText('Protocol B3')).toBeVisible();
    await expect(reminder.getByText(/De einddatum 30-06-2020 is \d+ dagen geleden verstreken/)).toBeVisible();
    await reminder.getByRole('button', { name: 'Archiveren' }).click();

    const ask = page.getByRole('dialog', { name: 'Archiveren van Sport - CSG Het Streek' });
    await ask.getByRole('button', { name: 'Archiveren aanvragen' }).click();
    await expect(ask.getByText('Vul dit in.')).toBeVisible();
    await ask.getByRole('textbox', { name: /Waarom is de pagina niet meer nodig/ }).fill('De sportdag van 2020 is voorbij');
    await ask.getByRole('button', { name: 'Archiveren aanvragen' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Sport - CSG Het Streek archiveren' })).toBeVisible();
    await expect(page.getByText('0 van 4 stappen klaar')).toBeVisible();
    await expect(page.getByText('Rond eerst alle stappen af, of sla ze over met een reden.')).toBeVisible();

    const step = (name: string) => page.getByRole('listitem', { name });
    const download = page.waitForEvent('download');
    await step('1. Laatste export').getByRole('button', { name: 'Exporteren naar CSV' }).click();
    expect((await download).suggestedFilename()).toMatch(/^archief-instagram-streek_sport-\d{4}-\d{2}-\d{2}\.csv$/);
    await expect(step('1. Laatste export').getByText('Klaar')).toBeVisible();
    await expect(step('1. Laatste export').getByText(/0 meldingen en 0 besluiten geëxporteerd \(CSV\)\. Olga Owner/)).toBeVisible();

    const platform = step('2. Account opheffen op het platform');
    await platform.getByLabel('Verwijderd').check();
    await platform.getByRole('textbox', { name: /Toelichting/ }).fill('In de Instagram-app verwijderd');
    await platform.getByRole('button', { name: 'Vastleggen' }).click();
    await expect(platform.getByText('Account verwijderd.')).toBeVisible();

    const token = step('3. Toegangssleutel verwijderen');
    await token.getByRole('button', { name: 'Sleutel verwijderen' }).click();
    await expect(token.getByText('Klaar')).toBeVisible();

    // The office cannot be reached today: skipped, with a written reason.
    const inform = step('4. Communicatie inlichten');
    await inform.getByRole('button', { name: 'Overslaan met reden' }).click();
    await inform.getByRole('textbox', { name: /Waarom kan deze stap niet/ }).fill('Communicatie is deze week afwezig; mail gestuurd');
    await inform.getByRole('button', { name: 'Stap overslaan' }).click();
    await expect(inform.getByText('Overgeslagen')).toBeVisible();
    await expect(page.getByText('4 van 4 stappen klaar')).toBeVisible();

    await page.getByRole('textbox', { name: /Slotopmerking/ }).fill('Alle stappen gedaan');
    await page.getByRole('button', { name: 'Pagina archiveren' }).click();
    await expect(page.getByText('De pagina is gearchiveerd.')).toBeVisible();
    await expect(page.locator('.page-head').getByText('Gearchiveerd')).toBeVisible();

    // The reminder is resolved; the page keeps its history, every step in it.
    await menu(page, 'Herinneringen');
    await expect(page.getByText('Niets te doen.', { exact: false })).toBeVisible();
    await page.getByRole('button', { name: 'Afgehandeld' }).click();
    await expect(page.getByRole('article', { name: 'Einddatum verstreken' }).getByText('De reden is weg.')).toBeVisible();
    await page.getByRole('article', { name: 'Einddatum verstreken' }).getByRole('link', { name: 'Sport - CSG Het Streek' }).click();
    const history = page.getByRole('region', { name: 'Geschiedenis' });
    await expect(history.getByText('Gearchiveerd', { exact: true })).toBeVisible();
    await expect(history.getByText('Archiveerstap overgeslagen')).toBeVisible();
    await expect(history.getByText('Archiveerstap vastgelegd')).toHaveCount(3);
  });

  test('Dutch: the officer draws a reproducible spot check and reviews it; the board reads the results', async ({ page, desk }) => {
    await firstRun(page, desk.url);
    expect((await desk.cli(['people', 'import', '-'], STAFF)).code).toBe(0);
    expect((await desk.cli(['pages', 'import', '-', '--note', 'Bestaand account'], ACCOUNTS)).code).toBe(0);
    // What the poller would have stored over the last two weeks on both pages.
    const db = new Sqlite(path.join(desk.dataDir, 'paginawacht.sqlite'));
    db.pragma('busy_timeout = 5000');
    const pages = db.prepare('SELECT id, platform FROM pages ORDER BY id').all() as { id: number; platform: string }[];
    const insert = db.prepare(
      "INSERT INTO items (page_id, platform, external_id, kind, author_id, author_handle, text, created_at, fetched_at) VALUES (?, ?, ?, 'comment', ?, ?, ?, ?, ?)",
    );
    db.transaction(() => {
      let n = 0;
      for (const p of pages) {
        for (let i = 0; i < (p.platform === 'instagram' ? 40 : 20); i++) {
          const at = new Date(Date.now() - (i + 1) * 6 * 3_600_000).toISOString();
          insert.run(p.id, p.platform, `e2e-${++n}`, `a${n}`, `leerling${n}`, `Reactie ${n} op de pagina`, at, at);
        }
      }
    })();
    db.close();

    await page.reload();
    await actAs(page, 'Ilse Visser');
    await menu(page, 'Steekproef');
    await expect(page.getByRole('heading', { level: 1, name: 'Steekproef' })).toBeVisible();
    await page.getByRole('button', { name: 'Nieuwe steekproef' }).click();
    const form = page.getByRole('region', { name: 'Nieuwe steekproef trekken' });
    await form.getByRole('spinbutton', { name: 'Aantal meldingen' }).fill('12');
    await form.getByLabel('Spreiding over de pagina’s').selectOption('equal');
    await expect(form.getByText('Uit 60 meldingen worden er 12 getrokken.')).toBeVisible();
    await form.getByRole('button', { name: 'Steekproef trekken' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Steekproef 1' })).toBeVisible();
    const seed = (await page.getByText(/^Startgetal \d+/).textContent())!.match(/Startgetal (\d+)/)![1]!;
    await expect(page.getByText('0 van 12 beoordeeld')).toBeVisible();
    const strata = page.getByRole('table').first();
    await expect(strata.getByRole('row', { name: /Sport - CSG Het Streek 40 6 0 0/ })).toBeVisible();
    await expect(strata.getByRole('row', { name: /Nieuws - CSG Het Streek 20 6 0 0/ })).toBeVisible();

    const items = page.getByRole('list', { name: 'Meldingen' }).getByRole('listitem');
    await expect(items).toHaveCount(12);
    await expect(items.first().getByText(/^Reactie \d+ op de pagina$/)).toBeVisible();
    await items.first().getByRole('button', { name: 'In orde', exact: true }).click();
    await expect(items.first().locator('.verdict--in_orde')).toHaveText('✓ In orde');
    await expect(items.first().getByRole('button', { name: 'Oordeel wijzigen' })).toBeVisible();
    const second = items.nth(1);
    await second.getByRole('button', { name: 'Niet in orde', exact: true }).click();
    await expect(second.getByText('Schrijf op wat er niet in orde is.')).toBeVisible();
    await second.getByRole('textbox', { name: /Toelichting/ }).fill('Had verborgen moeten worden');
    await second.getByLabel('Artikel (optioneel)').selectOption('A10');
    await second.getByRole('button', { name: 'Niet in orde', exact: true }).click();
    await expect(second.getByText('“Had verborgen moeten worden”', { exact: false })).toBeVisible();
    await expect(page.getByText('2 van 12 beoordeeld')).toBeVisible();

    await page.getByRole('button', { name: 'Herhaalbaarheid controleren' }).click();
    await expect(page.getByText('Opnieuw getrokken: dezelfde 12 meldingen.')).toBeVisible();

    // Drawn again with the recorded seed: the same items.
    const firstItems = await items.locator('.sample-item__text').allTextContents();
    await page.getByRole('link', { name: 'Terug naar de steekproeven' }).click();
    await page.getByRole('button', { name: 'Nieuwe steekproef' }).click();
    await form.getByRole('spinbutton', { name: 'Aantal meldingen' }).fill('12');
    await form.getByLabel('Spreiding over de pagina’s').selectOption('equal');
    await form.getByRole('textbox', { name: 'Startgetal (optioneel)' }).fill(seed);
    await form.getByRole('button', { name: 'Steekproef trekken' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Steekproef 2' })).toBeVisible();
    expect(await items.locator('.sample-item__text').allTextContents()).toEqual(firstItems);

    // The board reads the results, never the words; it cannot review.
    await actAs(page, 'Dirk Directie');
    await menu(page, 'Steekproef');
    await page.getByRole('link', { name: 'Steekproef 1' }).click();
    await expect(page.getByText('De tekst ziet alleen de functionaris.')).toBeVisible();
    await expect(page.getByText(/Reactie \d+ op de pagina/)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'In orde', exact: true })).toHaveCount(0);
    await expect(page.getByText('“Had verborgen moeten worden”', { exact: false })).toBeVisible();
  });
});
