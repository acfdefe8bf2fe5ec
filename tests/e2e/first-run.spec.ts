import { test, expect } from './fixtures';

test.describe('first run in browser mode', () => {
  test('Dutch: set up the school and the first person, then see the empty queue', async ({ page, desk }) => {
    await page.goto(desk.url);
    await expect(page.getByRole('heading', { name: 'Welkom bij Paginawacht' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');

    await page.getByLabel('Naam van de school').fill('CSG Het Streek');
    await page.getByRole('textbox', { name: 'Naam (verplicht)', exact: true }).fill('Anna de Vries');
    await page.getByLabel('E-mailadres').fill('anna.devries@hetstreek.nl');
    await expect(page.getByRole('checkbox', { name: /Beheer/ })).toBeChecked();
    await page.getByRole('button', { name: 'Paginawacht instellen' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Wachtrij' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Niets te beoordelen' })).toBeVisible();
    await expect(page.getByText('CSG Het Streek')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link')).toHaveText([
      'Wachtrij',
      'Pagina’s',
      'Aanvragen',
      'Inventaris',
      'Herinneringen',
      'Steekproef',
      'Uitzonderingen',
      'Incidenten',
      'Overzicht',
      'Instellingen',
    ]);
  });

  test('English: choose English first, then the same flow speaks English', async ({ page, desk }) => {
    await page.goto(desk.url);
    await page.getByLabel('Taal').selectOption('en');
    await expect(page.getByRole('heading', { name: 'Welcome to Paginawacht' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page.getByLabel('School name').fill('CSG Het Streek');
    await page.getByRole('textbox', { name: 'Name (required)', exact: true }).fill('Anna de Vries');
    await page.getByLabel('E-mail address').fill('anna.devries@hetstreek.nl');
    await page.getByRole('button', { name: 'Set up Paginawacht' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Queue' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Nothing to review' })).toBeVisible();

    // The choice is the desk's: a reload (or restart) keeps English.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Queue' })).toBeVisible();
  });

  test('invalid input is explained beside the field, in Dutch', async ({ page, desk }) => {
    await page.goto(desk.url);
    await page.getByLabel('Naam van de school').fill('CSG Het Streek');
    await page.getByRole('textbox', { name: 'Naam (verplicht)', exact: true }).fill('Anna');
    await page.getByLabel('E-mailadres').fill('anna-at-school');
    await page.getByRole('button', { name: 'Paginawacht instellen' }).click();
    const email = page.getByLabel('E-mailadres');
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Dit is geen geldig e-mailadres.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Welkom bij Paginawacht' })).toBeVisible();
  });

  test('the sections are reachable by keyboard alone', async ({ page, desk }) => {
    await page.goto(desk.url);
    await page.getByLabel('Naam van de school').fill('CSG Het Streek');
    await page.getByRole('textbox', { name: 'Naam (verplicht)', exact: true }).fill('Anna');
    await page.getByLabel('E-mailadres').fill('anna@hetstreek.nl');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Wachtrij' })).toBeVisible();

    const settings = page.getByRole('link', { name: 'Instellingen' });
    for (let i = 0; i < 30 && !(await settings.evaluate((el) => el === el.ownerDocument.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(settings).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Instellingen' })).toBeVisible();
  });

  test('without the key in the address the desk stays closed', async ({ page, desk }) => {
    const response = await page.goto(desk.url.replace(/\?token=.*/, ''));
    expect(response?.status()).toBe(401);
    await expect(page.getByText('open het adres dat bij het starten werd getoond')).toBeVisible();
  });
});
