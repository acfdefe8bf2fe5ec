import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine, ENGINE_VERSION } from '../../../shared/decency/index';
import type { DecencyResult } from '../../../shared/decency/index';
import { cats } from './helpers';

/** What a word list gets wrong on a Dutch school page, and what the engine must still catch. */
describe('English slang inside Dutch words and sentences', () => {
  it.each([
    'Wanneer is de uitslag van de verkiezing voor de leerlingenraad?',
    'Hoe laat begint de ouderavond op donderdag?',
    'Welke slagzin hebben ze gekozen?',
    'Kan ik mijn kind afmelden via de app of moet ik bellen?',
    'De douches in de gymzaal zijn kapot.',
    'Geslaagd cum laude, wat knap!',
    'Ik gun het jullie van harte.',
    'De stand is 3-2 voor de docenten.',
    'Het regent pijpenstelen, neem je regenjas mee!',
    'Hij gaat er prat op dat hij nooit te laat is.',
  ])('%s', (text) => {
    expect(cats(text)).toEqual([]);
  });
  it('the same words keep their meaning in English', () => {
    expect(cats('You are such a slag')).toContain('insult');
  });
});

describe('public places, sports, sympathy and criticism', () => {
  it.each([
    'We verzamelen om 9 uur bij sporthal De Meent, Meentweg 12.',
    'Het eindfeest is in Partycentrum De Schouw, Industrieweg 22, 6716 BT Ede.',
    'Ze hebben ons gisteren echt afgeslacht met 0-8, volgende keer beter.',
    'Our relay team murdered them in the last lap, what a finish.',
    'Bij het schaaktoernooi hebben we ze een pak slaag gegeven',
    'Veel sterkte aan de familie van meneer De Wit, hij is veel te jong overleden aan kanker.',
    'Mijn tante heeft tyfus opgelopen op reis, gelukkig is ze weer beter.',
    'Die toets Duits was een slachtpartij, iedereen had een onvoldoende haha',
    'Die nieuwe regel over petjes slaat nergens op.',
    'De school heeft de plank volledig misgeslagen met deze excursie.',
  ])('%s', (text) => {
    expect(cats(text)).toEqual([]);
  });
  it('a home address is still personal data', () => {
    expect(cats('Emma woont op de Lindelaan 23 in het centrum')).toContain('personal_data');
  });
  it('a threat in sports talk still counts when one person is singled out', () => {
    expect(cats('Na de wedstrijd maak ik je af')).toContain('threat');
  });
});

describe('harm the first version missed', () => {
  it.each([
    ['threat', 'Als je dat nog een keer zegt, sla ik je in elkaar.'],
    ['threat', 'I will kill you if you tell anyone.'],
    ['threat', 'Meneer Visser moet oppassen, ik weet waar zijn auto staat.'],
    ['insult', 'Wat ben jij een kutwijf zeg.'],
    ['bullying', 'Wie nodigt die nou uit voor zijn feestje, zielig kind.'],
    ['bullying', 'We hebben een groepsapp zonder Milan, lekker puh.'],
    ['stalking', 'Blokkeer me maar, ik maak gewoon een nieuw account.'],
    ['hate', 'Zigeuners stelen alles, let op je fiets.'],
    ['hate', 'Die gehandicapten moeten weg uit onze school.'],
    ['sexual', 'Je bent zo sexy in die legging, stuur eens een pic.'],
    ['personal_data', 'Ruben had een 2,3 voor Frans, die blijft zitten.'],
    ['self_harm', "I don't want to live anymore."],
  ])('%s: %s', (cat, text) => {
    expect(cats(text)).toContain(cat);
  });
});

/**
 * The one-pass prefilter may only ever say "clean" where the full analysis finds nothing. An item
 * with media skips the prefilter, so it shows what the full analysis says.
 */
describe('the prefilter never changes a verdict', () => {
  const engine = createEngine({ version: 't', publicContacts: ['0318-641200', 'info@csgrivierenland.nl'], staffNames: ['Pieter Visser'] });
  const strip = (r: DecencyResult): string =>
    JSON.stringify([r.categories.filter((c) => c !== 'media_consent'), r.spans.filter((s) => s.rule !== 'media.consent')]);
  const texts = readFileSync(join(__dirname, '../../eval/heldout/school-pages.jsonl'), 'utf8')
    .split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text)
    .concat([
      'k4nker school', 'k a n k e r', 'kuuuut', 'кankerlijer', 'f*ck dit', 'sh!t', 'Ikhaat vrouwen', 'kutwijf',
      'Immigrnten zijn uitschot', "women's rights", 'bit.ly/abc', 'mail me op a@b.nl', 'Bel 06-12345678',
      'Wat een 𝐤𝐚𝐧𝐤𝐞𝐫 dag', 'Kut\u200bschool', 'I h a t e women', 'Mijn leerlingnummer is 204518',
      'Stort op NL44RABO0123456789', 'Lokaal 2.14', 'Om 17.30 uur', 'Ze woont op de Molenweg 27',
    ]);
  it('on the held-out comments and the evasions', () => {
    for (const t of texts) expect(strip(engine.classify(t)), t).toBe(strip(engine.classify(t, { hasMedia: true })));
  });
});

it('behaviour changed, so the version did', () => {
  expect(ENGINE_VERSION).toBe('1.10.0');
});
