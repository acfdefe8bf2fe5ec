import { describe, expect, it } from 'vitest';
import { isValidBsn, isValidIban, normalizeDutchPhone } from '../../../shared/decency/personal-data/checksums';
import { createEngine } from '../../../shared/decency/index';
import { spelledEmails, spelledPhones } from '../../../shared/decency/personal-data/spelled';
import { cats, classify } from './helpers';

describe('Dutch phone numbers in their real formats', () => {
  it.each(['06-12345678', '06 12345678', '0612345678', '06 1234 5678', '+31 6 12345678', '+31612345678', '0031 6 12345678',
    '+31 (0)6 12345678', '020-1234567', '010 123 4567', '0318-123456', '088 123 4567'])('%s', (n) => {
    expect(cats(`Bel ${n} maar`)).toContain('personal_data');
  });
  it('not dates, scores, amounts or service numbers', () => {
    for (const t of ['Op 12-05-2026 is de open dag', 'We wonnen met 6-0', 'Dat kost €12,50', 'Bel 0800-1234 gratis', 'Lokaal 2.14']) {
      expect(cats(t)).not.toContain('personal_data');
    }
  });
  it('normalises to the national number', () => {
    expect(normalizeDutchPhone('+31 (0)6-1234 5678')).toBe('0612345678');
    expect(normalizeDutchPhone('12345')).toBeNull();
  });
});

describe('other personal data', () => {
  it('e-mail addresses', () => expect(cats('Mail hem: jan.devries@hotmail.com')).toContain('personal_data'));
  it('an e-mail address with letters outside ASCII is one address, highlighted whole', () => {
    const text = 'Mail zoë.müller@gmail.com even';
    const r = classify(text);
    expect(r.categories).toContain('personal_data');
    expect(r.spans.map((s) => text.slice(s.start, s.end))).toContain('zoë.müller@gmail.com');
  });
  it("a school's parents' desk mailbox is a role, at a free provider it is someone's own", () => {
    expect(cats('Vragen? Mail ouders@csgdevliet.nl')).toEqual([]);
    expect(cats('Vragen? Mail ouders@gmail.com')).toContain('personal_data');
  });
  it('street + house number', () => expect(cats('Ze woont op de Molenweg 27')).toContain('personal_data'));
  it('postcode', () => expect(cats('Adres: 3911 KL Rhenen')).toContain('personal_data'));
  it('BSN with a valid elfproef', () => expect(cats('Zijn BSN is 111222333')).toContain('personal_data'));
  it('a 9-digit number failing the elfproef is not a BSN', () => expect(cats('Ordernummer 123456789')).toEqual([]));
  it('IBAN with a valid mod-97', () => expect(cats('Stort op NL44RABO0123456789')).toContain('personal_data'));
  it('an IBAN with a wrong check digit is ignored', () => expect(cats('Stort op NL45RABO0123456789')).toEqual([]));
  it('student numbers', () => expect(cats('Mijn leerlingnummer is 204518')).toContain('personal_data'));
  it('sensitive facts about a named person', () => {
    expect(cats('Ruben is blijven zitten omdat hij dyslexie heeft')).toContain('personal_data');
    expect(cats('Lisa zit bij jeugdzorg')).toContain('personal_data');
  });
  it('but not an illness named in sympathy, without a name', () => {
    expect(cats('Mijn oma is aan kanker overleden')).toEqual([]);
    expect(cats('Dank voor de goede zorg in het ziekenhuis')).toEqual([]);
  });
});

describe("the school's own public contact data is allowed", () => {
  it('phone, e-mail, address and IBAN on the list', () => {
    expect(cats('Bel 0317 123456 of mail info@csghetstreek.nl')).toEqual([]);
    expect(cats('Kom langs op Kerkstraat 1, 3911 AB Rhenen')).toEqual([]);
    expect(cats('Ouderbijdrage op NL91 ABNA 0417 1643 00')).toEqual([]);
  });
  it('other numbers still flag', () => {
    expect(classify('Bel 0317 654321').categories).toContain('personal_data');
  });
  it("links to the school's own domains are not phishing; the same name elsewhere is", () => {
    const school = createEngine({ version: 't', publicContacts: ['https://www.csg-betalingen.nl', 'info@csghetstreek.nl'] });
    const pay = 'Betaal de ouderbijdrage via csg-betalingen.nl/login voor 1 oktober';
    expect(school.classify(pay).flagged).toBe(false);
    expect(school.classify('Inloggen kan op portal.csghetstreek.nl/betaling-login').flagged).toBe(false);
    expect(classify(pay).categories).toContain('spam');
    expect(school.classify('Betaal via csg-betalingen-nl.xyz/login').categories).toContain('spam');
  });
});

describe('contact data spelled out in words', () => {
  it('reads digit words back into a phone number, with the same checks as written digits', () => {
    const text = 'bel bram: nul zes, vier één, zeven zeven, twee acht, negen nul';
    expect(spelledPhones(text)).toEqual([{ start: 10, end: 62, value: '0641772890' }]);
    expect(spelledPhones('Call him: zero six, four eight, two two, nine one, seven three')[0]?.value).toBe('0648229173');
    expect(spelledPhones('App op nul zes 12 34 56 78')[0]?.value).toBe('0612345678');
  });
  it('leaves counting and short runs alone', () => {
    expect(spelledPhones('we tellen af: tien negen acht zeven zes vijf vier drie twee een nul')).toEqual([]);
    expect(spelledPhones('een twee drie vier hoedje van papier')).toEqual([]);
    expect(spelledPhones('Bel 0612345678')).toEqual([]); // written digits are the number detector's
  });
  it('reads "apenstaartje", "at", "punt" and "dot" back into an address', () => {
    expect(spelledEmails('daan punt vermeer apenstaartje hotmail punt com, stuur maar')[0]?.value).toBe('daan.vermeer@hotmail.com');
    expect(spelledEmails('jan (at) gmail (dot) com')[0]?.value).toBe('jan@gmail.com');
    expect(spelledEmails('meet me at home dot com')).toEqual([]);
    expect(spelledEmails('Order your yearbook at bol dot com')).toEqual([]); // plain "at" only with a free mail provider
    // One reading of every word, so a run of "dot" words is read in one pass (it once backtracked for seconds).
    expect(spelledEmails('Wacht maar ' + 'dot '.repeat(40) + 'com')).toEqual([]);
  });
  it('flags them as personal data, except the school\'s own and role mailboxes', () => {
    expect(cats('mail mevrouw Peeters thuis: annpeeters apenstaartje gmail punt com')).toEqual(['personal_data']);
    expect(cats('mail info apenstaartje school punt nl voor vragen')).toEqual([]);
    const school = createEngine({ version: 't', publicContacts: ['0317 123456'] });
    expect(school.classify('bel nul drie een zeven, een twee drie vier vijf zes').flagged).toBe(false);
  });
});

describe('checksums', () => {
  it('elfproef', () => {
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('123456782')).toBe(true);
    expect(isValidBsn('123456789')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
  });
  it('mod-97', () => {
    expect(isValidIban('NL91ABNA0417164300')).toBe(true);
    expect(isValidIban('NL91 ABNA 0417 1643 00')).toBe(true);
    expect(isValidIban('NL92ABNA0417164300')).toBe(false);
    expect(isValidIban('BE68539007547034')).toBe(true);
  });
});
