import fs from 'node:fs';
import { HARMLESS, INSULT, MENTION, THREAT, actAs, expect, openQueue, row, test } from './moderation-fixtures';

// The moderation queue in Chromium, in Dutch, against the local X server: triage by keyboard, hiding
// on the platform (and undoing it), escalating to the line manager and reading the answer, and the
// incident report with its evidence hash and every untrusted text escaped.

test.describe('de wachtrij', () => {
  test('triage met het toetsenbord: j/k, laten staan, verbergen op X, ongedaan maken', async ({ page, desk, school, platforms }) => {
    await openQueue(page, desk.url);
    const list = page.getByRole('listbox', { name: 'Wachtrij' });
    await expect(list.getByRole('option')).toHaveCount(4);
    await expect(page.getByRole('button', { name: /Mijn pagina’s.*4 open.*1 dringend/ })).toBeVisible();
    // Severity first: the threat opens the queue, with its words highlighted as text.
    const detail = page.getByRole('region', { name: 'Melding' });
    await expect(detail.getByRole('heading', { level: 2 })).toContainText('Kevin H.');
    await expect(detail.locator('.item-text')).toContainText('<script>alert(1)</script>');
    await expect(detail.locator('mark').first()).toBeVisible();
    await expect(detail.getByText('Dringend').first()).toBeVisible();
    // What it answers: the page's own post, kept as context when the page was polled.
    const thread = detail.getByRole('region', { name: 'Gesprek' });
    await expect(thread.getByText('Reactie op het bericht van', { exact: false })).toBeVisible();
    await expect(thread.getByRole('button', { name: 'Bericht van de pagina openen' })).toBeVisible();

    await list.focus();
    await page.keyboard.press('j');
    await expect(detail.getByRole('heading', { level: 2 })).not.toContainText('Kevin H.');
    await page.keyboard.press('k');
    await expect(detail.getByRole('heading', { level: 2 })).toContainText('Kevin H.');
    await expect(list).toHaveAttribute('aria-activedescendant', /queue-item-\d+/);

    // Keep (e): the item leaves the open queue; undo (u) brings it back.
    await row(page, HARMLESS).click();
    await expect(detail.getByRole('heading', { level: 2 })).toContainText('Lisa B.');
    await page.keyboard.press('e');
    await expect(page.getByRole('status').filter({ hasText: 'Melding laten staan.' })).toBeVisible();
    await expect(row(page, HARMLESS)).toHaveCount(0);
    await page.keyboard.press('u');
    await expect(page.getByRole('status').filter({ hasText: 'Ongedaan gemaakt.' })).toBeVisible();
    await expect(row(page, HARMLESS)).toHaveCount(1);

    // Hide (h) goes to X, after the original was preserved; undo shows it again there.
    await row(page, INSULT).click();
    await page.keyboard.press('h');
    await expect(page.getByRole('status').filter({ hasText: 'Melding verborgen op het platform.' })).toBeVisible();
    await expect(row(page, INSULT)).toHaveCount(0);
    expect(platforms.servers.x.hideCalls).toEqual([{ tweetId: school.tweets.insult.id, hidden: true, userId: expect.any(String) }]);
    await page.keyboard.press('u');
    await expect(page.getByRole('status').filter({ hasText: 'Ongedaan gemaakt.' })).toBeVisible();
    await expect.poll(() => platforms.servers.x.hideCalls.at(-1)).toMatchObject({ tweetId: school.tweets.insult.id, hidden: false });
    await expect(row(page, INSULT)).toHaveCount(1);

    // A mention is not in the page's own conversation: X cannot hide it, and the view says what to do.
    await row(page, MENTION).click();
    await expect(detail.getByRole('button', { name: /Verbergen/ })).toBeDisabled();
    await expect(detail.getByText('Dit soort bericht kan Paginawacht op X niet verbergen.', { exact: false })).toBeVisible();
    await expect(detail.getByText('Een vermelding, of een reactie in het gesprek van een ander, kan de pagina op X niet verbergen', { exact: false })).toBeVisible();
    await page.keyboard.press('h');
    // The key says why nothing happened, instead of doing nothing.
    await expect(page.locator('.toast').getByText('Dit soort bericht kan Paginawacht op X niet verbergen.', { exact: false })).toBeVisible();
    expect(platforms.servers.x.hideCalls).toHaveLength(2);

    // The keyboard map is one key away.
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Sneltoetsen' });
    await expect(help.getByRole('row', { name: /Laatste beslissing ongedaan maken/ })).toBeVisible();
    await help.getByRole('button', { name: 'Sluiten' }).last().click();
    await expect(help).toBeHidden();

    // The decision is in the item's history with who and which clause.
    await row(page, INSULT).click();
    const history = detail.getByRole('region', { name: 'Geschiedenis' });
    await expect(history.getByText(/Verborgen · A10 · verborgen op het platform \(ongedaan gemaakt\)/)).toBeVisible();
    await expect(history.getByText('Sanne Jansen', { exact: false }).first()).toBeVisible();
  });

  test('escaleren naar de leidinggevende, die in de app antwoordt; de eigenaar ziet het antwoord', async ({ page, desk, school }) => {
    await openQueue(page, desk.url);
    await row(page, THREAT).click();
    await page.keyboard.press('m');
    const dialog = page.getByRole('dialog', { name: 'Escaleren naar leidinggevende' });
    await expect(dialog.getByText('Naar Mark de Boer (leidinggevende van de pagina)')).toBeVisible();
    await dialog.getByLabel('Dreigt te ontsporen (B5)').check();
    await dialog.getByRole('textbox', { name: 'Toelichting (verplicht)' }).fill('Een leerling wordt bedreigd. Wat doen we?');
    await dialog.getByRole('button', { name: 'Versturen' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Geëscaleerd naar Mark de Boer.' })).toBeVisible();
    await expect(row(page, THREAT)).toContainText('Geëscaleerd (B5)');

    await actAs(page, 'Mark de Boer');
    await expect(page.getByRole('button', { name: /Aan mij voorgelegd.*1 open/ })).toBeVisible();
    await expect(page.getByRole('listbox').getByRole('option')).toHaveCount(1);
    const detail = page.getByRole('region', { name: 'Melding' });
    const escalations = detail.getByRole('region', { name: 'Escalaties' });
    await expect(escalations.getByText('“Een leerling wordt bedreigd. Wat doen we?”')).toBeVisible();
    await expect(escalations.getByText('Dreigt te ontsporen (B5) — Wacht op antwoord')).toBeVisible();
    // The manager answers; deciding stays with the owner.
    await expect(detail.getByRole('button', { name: /Verbergen/ })).toHaveCount(0);
    await detail.getByRole('textbox', { name: 'Je antwoord' }).fill('Verbergen en de ouders bellen; ik bel de mentor.');
    await detail.getByRole('button', { name: 'Antwoord versturen' }).click();
    await expect(detail.getByText('Antwoord van Mark de Boer', { exact: false })).toBeVisible();

    await actAs(page, 'Sanne Jansen');
    const notice = page.getByRole('region', { name: 'Antwoorden op je escalaties' });
    await expect(notice.getByText('Mark de Boer antwoordde op je escalatie over Nieuws - CSG De Vliet:')).toBeVisible();
    await expect(notice.getByText('“Verbergen en de ouders bellen; ik bel de mentor.”')).toBeVisible();
    await notice.getByRole('button', { name: 'Melding bekijken' }).click();
    const detailOwner = page.getByRole('region', { name: 'Melding' });
    await expect(detailOwner.getByText('Antwoord van Mark de Boer', { exact: false })).toBeVisible();
    await notice.getByRole('button', { name: 'Gelezen' }).click();
    await expect(notice).toHaveCount(0);
    // The whole exchange is in the audit log, by item id and clause.
    const item = await school.call<{ escalations: { status: string; answer: string }[] }>('queue.get', { id: Number((await row(page, THREAT).getAttribute('data-item-id'))!) });
    expect(item.escalations[0]).toMatchObject({ status: 'answered', answer: 'Verbergen en de ouders bellen; ik bel de mentor.' });
  });

  test('incident openen vanuit twee meldingen en een aangifterapport maken met bewijs en hashes', async ({ page, desk, school }) => {
    expect(school.pageId).toBeGreaterThan(0);
    await openQueue(page, desk.url);
    await row(page, THREAT).click();
    await page.keyboard.press('x');
    await row(page, INSULT).click({ modifiers: ['Control'] });
    await expect(page.getByText('2 geselecteerd').first()).toBeVisible();
    await page.keyboard.press('i');
    const dialog = page.getByRole('dialog', { name: 'Incident openen' });
    await expect(dialog.getByText('Met 2 meldingen.', { exact: false })).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Titel (verplicht)' }).fill('Bedreiging na de sportdag');
    await dialog.getByRole('combobox', { name: 'Betreft (verplicht)' }).selectOption({ label: 'Leerling' });
    await dialog.getByRole('textbox', { name: 'Wat is er gebeurd' }).fill('Twee reacties onder het bericht over de sportdag.');
    await dialog.getByRole('button', { name: 'Incident openen' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Bedreiging na de sportdag' })).toBeVisible();
    const items = page.getByRole('region', { name: 'Meldingen en bewijs' });
    await expect(items.getByText('hash klopt')).toHaveCount(2);
    const hash = (await items.locator('code').first().textContent())!.trim();
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    await expect(page.getByRole('region', { name: 'Tijdlijn' }).getByText('Bewijs vastgelegd').first()).toBeVisible();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Voor een aangifte (S5)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^incident-\d+-aangifte-\d{4}-\d{2}-\d{2}\.html$/);
    const html = fs.readFileSync((await file.path())!, 'utf8');
    expect(html).toContain('Bewijsstukken voor een aangifte');
    expect(html).toContain(hash);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    await expect(page.getByText(/Rapport opgeslagen als incident-/)).toBeVisible();
  });
});
