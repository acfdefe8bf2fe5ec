import { test, expect, firstRun, actAs } from './fixtures';

const STAFF = [
  'name,email,roles,manager_email',
  'Mark Manager,mark@hetstreek.nl,leidinggevende,',
  'Olga Owner,olga@hetstreek.nl,eigenaar,mark@hetstreek.nl',
  'Bert Backup,bert@hetstreek.nl,eigenaar,mark@hetstreek.nl',
  'Carla Communicatie,carla@hetstreek.nl,communicatie,',
].join('\n');

test.describe('pages register in browser mode', () => {
  test('Dutch: an owner requests a page, the manager approves it, the communications office sees it in the inventory', async ({ page, desk }) => {
    await firstRun(page, desk.url);
    // Staff come from the school's own list, through the CLI as IT would do it.
    const seeded = await desk.cli(['people', 'import', '-'], STAFF);
    expect(seeded.code, seeded.stderr).toBe(0);
    await page.reload();

    // The owner requests the page.
    await actAs(page, 'Olga Owner');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Aanvragen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Aanvragen' })).toBeVisible();
    await page.getByRole('link', { name: 'Nieuwe aanvraag' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Een pagina aanvragen' })).toBeVisible();
    await expect(page.getByText('Volledige controle over wat anderen plaatsen (A9)', { exact: false })).toBeVisible();

    const name = page.getByRole('textbox', { name: 'Naam van de pagina (verplicht)' });
    await name.fill('Project X');
    await expect(page.getByText('De naam moet eindigen op “- CSG Het Streek”.')).toBeVisible();
    await page.getByRole('button', { name: 'Maak er “Project X - CSG Het Streek” van' }).click();
    await expect(name).toHaveValue('Project X - CSG Het Streek');
    await expect(page.getByText('De naam eindigt op “- CSG Het Streek”.')).toBeVisible();

    await page.getByRole('textbox', { name: 'Gebruikersnaam of adres (verplicht)' }).fill('@projectx_streek');
    await page.getByRole('textbox', { name: 'Doel (verplicht)' }).fill('Foto’s en nieuws van Project X voor klas 3');
    await expect(page.getByRole('combobox', { name: 'Eigenaar (verplicht)', exact: true })).toHaveValue(/\d+/);
    await page.getByRole('combobox', { name: 'Reserve-eigenaar (verplicht)' }).selectOption({ label: 'Bert Backup' });
    await expect(page.getByRole('combobox', { name: 'Leidinggevende (verplicht)' }).locator('option:checked')).toHaveText('Mark Manager');

    // Without an end date the back end refuses, and says so beside the field.
    await page.getByRole('button', { name: 'Aanvraag versturen' }).click();
    await expect(page.getByText('Kies een geplande einddatum, of kies “doorlopend” met een reden.')).toBeVisible();
    await page.getByLabel('Geplande einddatum').fill('2030-07-15');
    await page.getByRole('button', { name: 'Aanvraag versturen' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Project X - CSG Het Streek' })).toBeVisible();
    await expect(page.locator('.page-head').getByText('Aangevraagd')).toBeVisible();
    await expect(page.getByText('Paginawacht houdt de pagina nog niet bij.')).toBeVisible();
    // The owner may not approve: the button is not offered.
    await expect(page.getByRole('button', { name: 'Goedkeuren' })).toHaveCount(0);

    // The line manager approves, with a written reason.
    await actAs(page, 'Mark Manager');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Aanvragen' }).click();
    const toDecide = page.getByRole('region', { name: 'Te beoordelen' });
    await expect(toDecide.getByText('Project X - CSG Het Streek')).toBeVisible();
    await toDecide.getByRole('button', { name: 'Goedkeuren' }).click();
    const dialog = page.getByRole('dialog', { name: 'Project X - CSG Het Streek goedkeuren' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Goedkeuren' }).click();
    await expect(dialog.getByText('Vul dit in.')).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Reden (verplicht)' }).fill('Besproken in het teamoverleg van 20-11');
    await dialog.getByRole('button', { name: 'Goedkeuren' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('region', { name: 'Te beoordelen' })).toHaveCount(0);

    // The communications office sees it in the inventory.
    await actAs(page, 'Carla Communicatie');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inventaris' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Inventaris' })).toBeVisible();
    const row = page.getByRole('row', { name: /Project X - CSG Het Streek/ });
    await expect(row).toContainText('Instagram');
    await expect(row).toContainText('projectx_streek');
    await expect(row).toContainText('Olga Owner');
    await expect(row).toContainText('Bert Backup');
    await expect(row).toContainText('Mark Manager');
    await expect(row).toContainText('Goedgekeurd');
    await expect(row).toContainText('15-07-2030');
    await expect(page.getByText('1 pagina', { exact: true })).toBeVisible();

    // Search runs in the back end; the page's history tells who, when, what and why.
    await page.getByRole('searchbox', { name: 'Zoeken' }).fill('klas 3');
    await expect(row).toBeVisible();
    await page.getByRole('searchbox', { name: 'Zoeken' }).fill('niets dat bestaat');
    await expect(page.getByText('Geen pagina’s gevonden met deze zoekterm of filters.')).toBeVisible();
    await page.getByRole('searchbox', { name: 'Zoeken' }).fill('');
    await row.getByRole('link', { name: 'Project X - CSG Het Streek' }).click();
    const history = page.getByRole('region', { name: 'Geschiedenis' });
    await expect(history.getByText('Goedgekeurd')).toBeVisible();
    await expect(history.getByText('“Besproken in het teamoverleg van 20-11”')).toBeVisible();
    await expect(history.getByText(/Controle geslaagd/)).toBeVisible();
  });

  test('Dutch: the inventory imports a CSV in the app, reporting bad rows by line and column', async ({ page, desk }) => {
    await firstRun(page, desk.url);
    expect((await desk.cli(['people', 'import', '-'], STAFF)).code).toBe(0);
    await page.reload();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inventaris' }).click();
    await expect(page.getByRole('heading', { name: 'De inventaris is leeg' })).toBeVisible();
    await page.getByRole('button', { name: 'Importeren uit CSV' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Bestaande accounts importeren' });
    const csv = [
      'platform;handle;display_name;url;purpose;audience;owner_email;backup_owner_email;manager_email;end_date;status',
      'instagram;@streek_sport;Sport - CSG Het Streek;;Sportdag;leerlingen;olga@hetstreek.nl;bert@hetstreek.nl;mark@hetstreek.nl;2030-07-31;actief',
      'myspace;streek;Streek;;Oud;publiek;olga@hetstreek.nl;bert@hetstreek.nl;niemand@hetstreek.nl;31-12-2030;actief',
    ].join('\r\n');
    await dialog.getByLabel('CSV-bestand').setInputFiles({ name: 'accounts.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}`) });
    await expect(dialog.getByText('2 regels: 1 klaar om te importeren, 1 met fouten.')).toBeVisible();
    const problems = dialog.getByRole('region', { name: 'Gevonden fouten' });
    await expect(problems.getByRole('row', { name: /platform/ })).toContainText('Onbekend platform');
    await expect(problems.getByRole('row', { name: /display_name/ })).toContainText('eindigt niet op “- CSG Het Streek”');
    await expect(problems.getByRole('row', { name: /manager_email/ })).toContainText('niemand@hetstreek.nl');
    await expect(problems.getByRole('row', { name: /end_date/ })).toContainText('JJJJ-MM-DD');
    await expect(dialog.getByRole('button', { name: /^\d+ regels? importeren$/ })).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Alleen de 1 goede regel importeren' }).click();
    await expect(dialog.getByText('1 regel geïmporteerd.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Sluiten', exact: true }).first().click();
    const row = page.getByRole('row', { name: /Sport - CSG Het Streek/ });
    await expect(row).toContainText('Actief');
    await expect(row).toContainText('geïmporteerd');
  });

  test('Dutch: deactivating an owner lists their pages; the office proposes a new owner, who accepts', async ({ page, desk }) => {
    await firstRun(page, desk.url);
    const staff = `${STAFF}\nOtto Opvolger,otto@hetstreek.nl,eigenaar,mark@hetstreek.nl`;
    expect((await desk.cli(['people', 'import', '-'], staff)).code).toBe(0);
    const accounts = [
      'platform,handle,display_name,url,purpose,audience,owner_email,backup_owner_email,manager_email,end_date,status',
      'instagram,streek_sport,Sport - CSG Het Streek,,Sportdag,leerlingen,olga@hetstreek.nl,bert@hetstreek.nl,mark@hetstreek.nl,,actief',
    ].join('\n');
    const imported = await desk.cli(['pages', 'import', '-', '--note', 'Bestaand account'], accounts);
    expect(imported.code, imported.stdout + imported.stderr).toBe(0);
    await page.reload();

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Instellingen' }).click();
    await page.getByRole('link', { name: 'Mensen' }).click();
    await page.getByRole('row', { name: /Olga Owner/ }).getByRole('button', { name: 'Deactiveren' }).click();
    const dialog = page.getByRole('dialog', { name: 'Olga Owner deactiveren' });
    await expect(dialog.getByText('Sport - CSG Het Streek')).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Reden van deactiveren (verplicht)' }).fill('Uit dienst');
    await dialog.getByRole('button', { name: 'Deactiveren' }).click();
    await expect(dialog.getByText('Olga Owner is gedeactiveerd.', { exact: false })).toBeVisible();
    await dialog.getByRole('link', { name: 'Overdragen' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Sport - CSG Het Streek' })).toBeVisible();
    await page.getByRole('button', { name: 'Eigendom overdragen' }).click();
    const transfer = page.getByRole('dialog', { name: 'Sport - CSG Het Streek overdragen' });
    await transfer.getByRole('combobox', { name: 'Nieuwe eigenaar (verplicht)' }).selectOption({ label: 'Otto Opvolger (otto@hetstreek.nl)' });
    await transfer.getByRole('textbox', { name: 'Reden (verplicht)' }).fill('Olga is vertrokken; Otto neemt de sportpagina over');
    await transfer.getByRole('button', { name: 'Overdracht voorstellen' }).click();
    await expect(transfer).toBeHidden();
    await expect(page.getByText(/stelde op .* voor om Otto Opvolger eigenaar te maken/)).toBeVisible();

    await actAs(page, 'Otto Opvolger');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Aanvragen' }).click();
    const offered = page.getByRole('region', { name: 'Overdrachten voor jou' });
    await offered.getByRole('button', { name: 'Overdracht accepteren' }).click();
    const accept = page.getByRole('dialog', { name: 'Sport - CSG Het Streek overnemen' });
    await accept.getByRole('button', { name: 'Overdracht accepteren' }).click();
    await expect(accept).toBeHidden();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Pagina’s' }).click();
    await expect(page.getByRole('row', { name: /Sport - CSG Het Streek/ })).toContainText('Eigenaar');
  });
});
