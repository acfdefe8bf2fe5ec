import { CF, TM, nextWord, prevWord } from '../analyze';
import type { Analysis } from '../analyze';
import type { Findings } from '../findings';
import { A, B } from '../lexicon/roles';
import { TAG } from '../analyze';
import { TF, TK } from '../tokenize';
import { FIRST_NAME_SET } from '../lexicon/first-names';
import { isValidBsn, isValidIban, normalizeDutchPhone } from './checksums';
import { UNITS } from '../units';
import { spelledEmails, spelledPhones } from './spelled';
import { FREE_MAIL_PROVIDERS } from './free-mail';
import { PHOTO_WORDS, sentenceHas } from '../rules/common';

/** The school's own public contact data, normalised for comparison; never flagged. */
export interface PublicContacts {
  phones: Set<string>;
  emails: Set<string>;
  ibans: Set<string>;
  /** Folded street+number and postcodes ("molenweg 27", "3911kl"). */
  addresses: Set<string>;
  /** The school's own web and mail domains ("csghetstreek.nl", "csg-betalingen.nl"): its links are not phishing. */
  hosts: Set<string>;
}

const WEB_ADDRESS = /^(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:[/:?#]\S*)?$/i;

/** Whether a link's host is one of the school's own domains or a subdomain of one. */
export function ownHost(contacts: PublicContacts, host: string): boolean {
  if (contacts.hosts.size === 0) return false;
  const name = (host.split(/[/:?#]/)[0] as string).replace(/^www\./, '');
  for (const h of contacts.hosts) if (name === h || name.endsWith('.' + h)) return true;
  return false;
}

export function normalizeContacts(list: readonly string[]): PublicContacts {
  const out: PublicContacts = { phones: new Set(), emails: new Set(), ibans: new Set(), addresses: new Set(), hosts: new Set() };
  for (const raw of list) {
    const v = raw.trim();
    const web = WEB_ADDRESS.exec(v);
    if (v.includes('@')) {
      out.emails.add(v.toLowerCase());
      const domain = v.slice(v.lastIndexOf('@') + 1).toLowerCase();
      // The school's own domain, not the free mail provider a desk may use.
      if (WEB_ADDRESS.test(domain) && !FREE_MAIL.test('@' + domain)) out.hosts.add(domain);
    } else if (web) out.hosts.add((web[1] as string).toLowerCase());
    else if (isValidIban(v)) out.ibans.add(v.replace(/\s+/g, '').toUpperCase());
    else {
      const phone = normalizeDutchPhone(v);
      if (phone) out.phones.add(phone);
      else {
        // Keep the parts the detectors report: a street with its number, a postcode.
        for (const re of [STREET, POSTCODE]) {
          re.lastIndex = 0;
          for (let m = re.exec(v); m; m = re.exec(v)) out.addresses.add(addrKey(m[0]));
        }
        out.addresses.add(addrKey(v));
      }
    }
  }
  return out;
}

/**
 * Mailboxes of a desk or a department, not of a person: "info@", "administratie@",
 * "vertrouwenspersoon@". An organisation's contact data is public, whether or not the
 * communications office has listed it; at a free mail provider the same name is someone's own.
 */
const ROLE_MAILBOXES = new Set(
  `info contact contactformulier administratie admin receptie secretariaat office frontoffice backoffice
  international internationaal vertrouwenspersoon ouderraad oudervereniging leerlingenraad mr gmr directie
  communicatie pers press media verzuim ziekmelding ziekmeldingen absentie afmelden aanmelden aanmelding
  inschrijving inschrijvingen examens examensecretariaat examencommissie mediatheek bibliotheek conciergerie
  zorg zorgteam support helpdesk servicedesk klantenservice noreply no-reply financien financiele-administratie
  facturen factuur debiteuren crediteuren hallo welkom stage stages personeelszaken hr planning rooster roosters
  ict webmaster redactie nieuwsbrief events evenementen sport excursies schoolreis decanaat decaan loopbaan
  enquiries enquiry admissions admission reception frontdesk hello team careers jobs vacatures dsl safeguarding
  sports attendance absence finance head headteacher principal toelating toelatingen bieb exchange uitwisseling lr llr
  secretary secretaris penningmeester voorzitter bestuur reunie alumni oud-leerlingen coordinator coordinatie
  coördinator coordinatoren ib dp myp programme program mentoraat kamp werkweek kantine gym lo zorgcoordinator
  intern begeleider begeleiding ondersteuning privacy fg klachten leerlingzaken studentzaken
  onderwijs jaarlaag onderbouw bovenbouw brugklas havo vwo vmbo mavo tto bilingual locatie it year office ouders parents
  examensecretaris examsecretary exams exam examoffice examsofficer examinations roosteraar roostermaker
  opendag openday voorlichting kennismaking informatieavond sportdag musical gala excursie excursies leerplicht`.split(/\s+/),
);
const FREE_MAIL = new RegExp(`@(?:${FREE_MAIL_PROVIDERS.join('|')})\\.`);

function roleMailbox(address: string): boolean {
  const at = address.indexOf('@');
  if (at <= 0 || FREE_MAIL.test(address)) return false;
  const local = address.slice(0, at);
  if (ROLE_MAILBOXES.has(local)) return true;
  // "ib.coordinator@", "examens-havo@": every part a role word, no person's name among them.
  const parts = local.split(/[._-]+/);
  return parts.length > 1 && parts.every((p) => ROLE_MAILBOXES.has(p) || /^\d+$/.test(p));
}

const REACH = /\b(?:bereikbaar|bereiken|mail|mailen|e-mail|email|contact|vragen|questions|reach|reachable|contacted)\b/i;

/**
 * "Meester Jeroen is bereikbaar via j.vos@hetbaken.nl": a member of staff's work address, given
 * for contact, at the organisation's own domain (not a free mail provider) is public work data.
 */
function workAddress(an: Analysis, address: string): boolean {
  return (an.textA & A.STAFF) !== 0 && !FREE_MAIL.test(address) && REACH.test(an.text);
}

/** A desk, an office or an organisation named before a landline: "bel de administratie op 0318-…". */
const DESK = /\b(?:praktijk|tandartspraktijk|huisartsenpraktijk|fysiotherapie|apotheek|tandarts|huisarts|bso|kinderopvang|opvang|zwembad|pool|sportschool|sporthal|vv|sv|hockeyclub|voetbalclub|kantine|bedrijf|winkel|restaurant|garage|bibliotheek|library|clinic|dentist|surgery|leisure centre|sports centre|nieuwe telefoonnummer|nieuw telefoonnummer|new number|administratie|receptie|secretariaat|kantoor|balie|muziekschool|ggd|jeugdarts|loge|conci[eë]rgeloge|op school|club|vereniging|afdeling|admissions|conci[eë]rge|vertrouwenspersoon|ziekmeldingen|ziekmelden|ziekmelding|afmeldingen|verzuimlijn|schoolnummer|hoofdnummer|algemeen nummer|algemene nummer|de school|onze school|het schoolgebouw|locatie|gemeente|huisartsenpost|politie|stichting|ouderraad|office|reception|front desk|main number|helpdesk|servicedesk|klantenservice|kantooruren|kantoortijden|openingstijden|office hours|business hours|opening hours|open dag|opendag|open day|onze website|our website|informatieavond|voorlichtingsavond|bureau|leerplicht|receptie is|bereikbaar)\b/i;

/** The organisation's own number: a landline (not a mobile) with a desk or an extension named. */
function deskNumber(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 80), at);
  // "Op school zijn ze nooit bereikbaar, bel ons huisnummer": a home number, whatever desk is named.
  if (PRIVATE_LINE.test(before)) return false;
  return DESK.test(before) || EXTENSION.test(text);
}

const PRIVATE_LINE = /\b(?:huisnummer|thuisnummer|privenummer|privénummer|mijn nummer|m'n nummer|ons nummer|onze vaste lijn|home number|my number|our number|(?:haar|zijn|z'n) (?:vaste |mobiele |priv[eé])?nummer|her number|his number|bij (?:ons|mij|hem|haar) thuis)\b/i;
const EXTENSION = /\b(?:toestel|tst\.?|ext\.?|extension)\s*\d/i;
const ANY_MAIL = /[\p{L}\p{N}_.+-]+@[\w-]+\.[\w.]+/gu;

/** "info@vvdemeeuwen.nl / 06-…": a number given next to an organisation's role mailbox is its contact. */
function organisationBlock(text: string): boolean {
  if (!text.includes('@')) return false;
  ANY_MAIL.lastIndex = 0;
  for (let m = ANY_MAIL.exec(text); m; m = ANY_MAIL.exec(text)) if (roleMailbox(m[0].toLowerCase())) return true;
  return false;
}

/** Money for an organisation: "t.n.v. Stichting …", the parents' contribution, a charity. */
const ORGANISATION_ACCOUNT = /\b(?:stichting|vereniging|ouderraad|oudervereniging|ouderbijdrage|schoolfonds|scholengemeenschap|goede doel|collecte|sponsorloop|sponsoractie|inzamelingsactie|actie|donaties?|doneer|doneren|o\.v\.v\.?|ovv|foundation|charity|fundraiser|donations?)\b/i;
const OWN_ACCOUNT = /\b(?:mijn|m'n|mn|zijn|z'n|zn|haar|jouw|je|my|his|her|your)\s+(?:bank)?(?:rekening(?:nummer)?|iban|account|bankpas)\b/i;

function organisationAccount(text: string): boolean {
  return ORGANISATION_ACCOUNT.test(text) && !OWN_ACCOUNT.test(text);
}

function addrKey(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const PHONE = /(?<![\w+])(?:\+|00)?\d[\d \-.()]{7,17}\d(?!\w)/g;
const BSN = /(?<![\d.,-])(?:\d{9}|\d{3}[ .]\d{3}[ .]\d{3}|\d{4}[ .]\d{2}[ .]\d{3}|\d{8})(?!\d|[.,-]\d)/g;
const IBAN = /\b[A-Z]{2}\d{2} ?(?:[A-Z0-9]{4} ?){2,7}[A-Z0-9]{1,4}\b/gi;
const BANK_CODE = /^[A-Z]{2}\d{2} ?[A-Z]{4}/i;
const POSTCODE = /\b[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}\b/g;
const STREET = /\b[A-Z][a-zà-ÿ'.-]*(?:straat|laan|weg|plein|gracht|kade|singel|dijk|pad|hof|steeg|dreef|park|markt|baan|wal|allee|erf|kamp|ring|oord|akker|berg|burg|hoek|veld|dam|kwartier|street|road|lane|avenue)\s\d{1,4}(?:\s?[a-zA-Z](?![a-zA-Z]))?/g;
/** The English order, number first: "22 Elm Road", "7 St John's Close". */
const NR = /\s(?:nr|nummer|no)\b/i;
const STREET_NR = /\b[a-zà-ÿ'-]{2,}(?:straat|laan|weg|plein|gracht|kade|singel|dijk|steeg|dreef)\s(?:nr\.?|nummer|no\.?)\s?\d{1,4}\b/gi;
// "22 Elm Road", and a Dutch street in the English order: "22 Parkweg".
const STREET_EN = /\b\d{1,4}\s(?:(?:[A-Z][a-z']+\s){1,2}(?:Road|Street|Lane|Avenue|Close|Drive|Way|Court|Place|Crescent|Gardens|Grove|Terrace|Rd|Ave)|[A-Z][a-z]+(?:weg|straat|laan|plein|gracht|kade|singel|dijk|dreef))\b/g;
/** Typed in lower case where someone lives: "fatima woont op de kastanjelaan 27", "liam's address is 12 willow lane". */
const STREET_LC = /\b[a-zà-ÿ][a-zà-ÿ'-]+(?:straat|laan|weg|plein|gracht|kade|singel|dijk|steeg|dreef)\s\d{1,4}\b/g;
const STREET_EN_LC = /\b\d{1,4}\s(?:[a-z][a-z']+\s){1,2}(?:road|street|lane|avenue|close|drive|way|court|crescent|gardens|grove|terrace)\b/g;
/** Marks listed per name: "Jamal 4,5 Roos 5,2 Tim 3,9". */
const GRADE_LIST = /\b[A-Z][a-zà-ÿ]+:?\s(?:10|[1-9])[,.]\d\b/g;
const GRADE_TOPIC = /\b(?:cijfers?|herexamen|tentamen|rapport|gezakt|onvoldoende|onvoldoendes|grades?|marks|failed)\b/i;
const STUDENT_NO = /\b(?:leerling(?:en)?nummer|leerlingnr|leerling-nummer|studentnummer|student ?(?:number|id))(?:\s*(?:is|:|#|=))?\s*\d{4,}/gi;
const STUDENT_HINT = /nummer|nr|student/i;
/** A Dutch mobile with its digits spaced out or its zeros written as the letter O. */
const MASKED_MOBILE = /(?<![\w+])[0oO][\s.-]{0,3}6(?:[\s.-]{0,3}[0-9oO]){8}(?![\w])/g;
const BSN_CONTEXT = /\b(?:bsn|burgerservicenummer|sofinummer|sofi-nummer)\b/i;
/** A number shown as an example or a fake one in a lesson or a warning. */
const EXAMPLE = /\b(?:voorbeeld|example|nep|nep-bsn|fake|bijv|bijvoorbeeld|e\.g|ongeldig|invalid|deel nooit|never share)\b/i;
const BSN_LABEL = /\b(?:bsn|burgerservicenummer|sofinummer|sofi-nummer)(?:[\s:=-]*(?:nummer|nr\.?|number|van \S+(?: \S+)?))?[\s:=-]*(?:is|was)?[\s:=-]*$/i;

/**
 * Personal data (A3): phone numbers in their real Dutch formats, e-mail addresses, street +
 * house number and postcodes, BSN (with the elfproef), IBAN (mod-97), student numbers, and
 * sensitive facts (health, care, grades) about a named person. The school's own public contact
 * data is allowed.
 */
export function personalDataRule(an: Analysis, out: Findings, contacts: PublicContacts): void {
  const t = an.t;
  const text = an.text;
  const hasEmail = (an.kinds & (1 << TK.EMAIL)) !== 0;
  let digits = 0;
  // Digits only ever stand in numbers, leetspeak words, links, addresses and handles.
  if (an.kinds & ((1 << TK.NUM) | (1 << TK.URL) | (1 << TK.EMAIL) | (1 << TK.MENTION))) {
    UNITS.load(text);
    const u = UNITS.u;
    for (let i = 0; i < text.length; i++) {
      const ch = u[i] as number;
      if (ch >= 48 && ch <= 57) digits++;
    }
  }
  if (hasEmail) {
    for (let i = 0; i < t.n; i++) {
      const addr = t.norm[i] as string;
      if (t.kind[i] !== TK.EMAIL || contacts.emails.has(addr) || roleMailbox(addr) || workAddress(an, addr)) continue;
      out.tokens(an, 'personal_data', 'personal.email', 2, i, i + 1);
    }
  }
  if (digits >= 1) numbers(text, out, contacts, digits, an.enWords > an.nlWords);
  if (an.textB & B.SPELLED) spelledOut(an, out, contacts);
  sensitiveFacts(an, out);
  if (digits >= 1) failingGrades(an, out);
  if (digits >= 4 && gradeListIn(text)) {
    GRADE_LIST.lastIndex = 0;
    for (let m = GRADE_LIST.exec(text); m; m = GRADE_LIST.exec(text)) {
      if (gradeOfAPerson(text, m)) out.chars('personal_data', 'personal.sensitive', 2, m.index, m.index + m[0].length);
    }
  }
}

/** Phone numbers and e-mail addresses written out in words, judged as their written forms are. */
function spelledOut(an: Analysis, out: Findings, contacts: PublicContacts): void {
  const text = an.text;
  for (const hit of spelledPhones(text)) {
    if (contacts.phones.has(hit.value) || (!hit.value.startsWith('06') && deskNumber(text, hit.start)) || organisationBlock(text)) continue;
    out.chars('personal_data', 'personal.phone', 2, hit.start, hit.end);
  }
  for (const hit of spelledEmails(text)) {
    if (contacts.emails.has(hit.value) || roleMailbox(hit.value) || workAddress(an, hit.value)) continue;
    out.chars('personal_data', 'personal.email', 2, hit.start, hit.end);
  }
}

/** Two or more names each with a mark, in a text about marks: a class list made public. */
function gradeListIn(text: string): boolean {
  if (!GRADE_TOPIC.test(text)) return false;
  GRADE_LIST.lastIndex = 0;
  let marks = 0;
  let names = 0;
  // People with marks, not "Gemiddelde: 6,8" or "Daan 9.8 sec": no label words, no units, a first name among them.
  for (let m = GRADE_LIST.exec(text); m; m = GRADE_LIST.exec(text)) {
    if (!gradeOfAPerson(text, m)) continue;
    marks++;
    if (FIRST_NAME_SET.has(plainWord(m[0]))) names++;
  }
  return marks >= 2 && names >= 1;
}

const MARK_LABELS = new Set(['gemiddelde', 'hoogste', 'laagste', 'totaal', 'score', 'cijfer', 'klas', 'average', 'highest', 'lowest', 'total', 'mean', 'class']);
const UNIT_AFTER = /^\s?(?:sec|s\b|km|m\b|min|punten|pnt|kg|%|meter|uur|euro)/i;

function plainWord(match: string): string {
  return (match.split(/[\s:]/)[0] as string).toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

function gradeOfAPerson(text: string, m: RegExpExecArray): boolean {
  return !MARK_LABELS.has(plainWord(m[0])) && !UNIT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 7));
}

/**
 * The number detectors alone, for an item whose words hold nothing to find (the prefilter said
 * so): phone, BSN, IBAN, student number, postcode, street. False when a grade pattern needs the
 * full analysis (whose grade it is).
 */
export function personalNumbers(text: string, digits: number, out: Findings, contacts: PublicContacts, english = false): boolean {
  GRADE.lastIndex = 0;
  if (GRADE.test(text)) return false;
  if (gradeListIn(text)) return false;
  numbers(text, out, contacts, digits, english);
  return true;
}

const GRADE = /\b(?:een|a|an)\s+([1-5](?:[.,]\d)?)\s+(?:gemiddeld\s+|gemiddelde\s+|average\s+)?(?:voor|op|for|on|in)\b/gi;

/** "Ruben had een 2,3 voor Frans": a failing grade of a named person (not the writer's own). */
function failingGrades(an: Analysis, out: Findings): void {
  if (!(an.textMark & TM.NAME) && !(an.textA & A.PRON3S)) return;
  GRADE.lastIndex = 0;
  for (let m = GRADE.exec(an.text); m; m = GRADE.exec(an.text)) {
    if (Number((m[1] as string).replace(',', '.')) >= 5.5) continue;
    const tok = tokenAt(an, m.index);
    if (tok < 0) continue;
    const s = an.cSent[an.clause[tok] as number] as number;
    if (!((an.sMark[s] as number) & TM.NAME) && !((an.sA[s] as number) & A.PRON3S)) continue;
    if ((an.sA[s] as number) & A.PRON1 && !((an.sMark[s] as number) & TM.NAME)) continue;
    out.chars('personal_data', 'personal.sensitive', 2, m.index, m.index + m[0].length);
  }
}

function tokenAt(an: Analysis, pos: number): number {
  for (let i = 0; i < an.t.n; i++) if ((an.t.end[i] as number) > pos) return i;
  return -1;
}

function numbers(text: string, out: Findings, contacts: PublicContacts, digits: number, english: boolean): void {
  const taken: [number, number][] = [];
  if (digits < 4) {
    streets(text, out, contacts, english);
    return;
  }
  const free = (s: number, e: number): boolean => taken.every(([a, b]) => e <= a || s >= b);
  IBAN.lastIndex = 0;
  // Every IBAN has at least 12 digits (two check digits and a national number of ten or more).
  for (let m = digits >= 12 ? IBAN.exec(text) : null; m; m = IBAN.exec(text)) {
    const v = m[0].trim();
    // An account number with a bank code ("NL02 RABO 0123 4567 89") that fails mod-97 is a typo or
    // an example, not an IBAN to report; its digits are no phone number either.
    if (!isValidIban(v)) {
      if (BANK_CODE.test(v)) taken.push([m.index, m.index + m[0].length]);
      continue;
    }
    const key = v.replace(/\s+/g, '').toUpperCase();
    taken.push([m.index, m.index + m[0].length]);
    if (contacts.ibans.has(key) || organisationAccount(text)) continue;
    out.chars('personal_data', 'personal.iban', 2, m.index, m.index + v.length);
  }
  if (digits >= 9) {
    let organisation = -1; // whether the text gives an organisation's role mailbox, read once
    PHONE.lastIndex = 0;
    for (let m = PHONE.exec(text); m; m = PHONE.exec(text)) {
      const s = m.index;
      const e = s + m[0].length;
      if (!free(s, e)) continue;
      const phone = normalizeDutchPhone(m[0]);
      if (!phone) continue;
      taken.push([s, e]);
      if (contacts.phones.has(phone) || (!phone.startsWith('06') && deskNumber(text, s))) continue;
      if (organisation < 0) organisation = organisationBlock(text) ? 1 : 0;
      if (organisation === 1) continue;
      out.chars('personal_data', 'personal.phone', 2, s, e);
    }
    // "0 6 - 1 2 3 4 - 5 6 7 8", "O6-12345678": a mobile number spelled to get past a filter.
    MASKED_MOBILE.lastIndex = 0;
    for (let m = MASKED_MOBILE.exec(text); m; m = MASKED_MOBILE.exec(text)) {
      const s = m.index;
      const e = s + m[0].length;
      // Letters for zeros, or every digit on its own: not a date with a time ("06.12.2024 19.30").
      if (!/[oO]/.test(m[0]) && !m[0].split(/[\s.-]+/).every((g) => g.length === 1)) continue;
      const phone = m[0].replace(/[oO]/g, '0').replace(/\D/g, '');
      if (!free(s, e) || phone.length !== 10 || contacts.phones.has(phone)) continue;
      taken.push([s, e]);
      out.chars('personal_data', 'personal.phone', 2, s, e);
    }
    BSN.lastIndex = 0;
    const context = BSN_CONTEXT.test(text);
    for (let m = BSN.exec(text); m; m = BSN.exec(text)) {
      const s = m.index;
      const e = s + m[0].length;
      const d = m[0].replace(/\D/g, '');
      // "Mijn BSN is 204875319": a number the writer calls a BSN is one, even mistyped.
      const labelled = context && d.length === 9 && !/^(\d)\1+$/.test(d) && !EXAMPLE.test(text) && BSN_LABEL.test(text.slice(Math.max(0, s - 40), s));
      if (!free(s, e) || (d.length === 8 && !context) || (!labelled && !isValidBsn(d))) continue;
      taken.push([s, e]);
      out.chars('personal_data', 'personal.bsn', 3, s, e);
    }
  }
  STUDENT_NO.lastIndex = 0;
  for (let m = STUDENT_HINT.test(text) ? STUDENT_NO.exec(text) : null; m; m = STUDENT_NO.exec(text)) {
    out.chars('personal_data', 'personal.student_number', 2, m.index, m.index + m[0].length);
  }
  POSTCODE.lastIndex = 0;
  let venue = -1;
  for (let m = POSTCODE.exec(text); m; m = POSTCODE.exec(text)) {
    if (contacts.addresses.has(addrKey(m[0]))) continue;
    if (venue < 0) venue = publicPlace(text) ? 1 : 0;
    if (venue === 1) continue;
    out.chars('personal_data', 'personal.address', 2, m.index, m.index + m[0].length);
  }
  streets(text, out, contacts, english);
}

function streets(text: string, out: Findings, contacts: PublicContacts, english: boolean): void {
  streetsBy(STREET, text, out, contacts);
  // Typed in lower case with "nr": "emre woont op de kerkstraat nr 12" — only where someone lives.
  if (NR.test(text)) {
    STREET_NR.lastIndex = 0;
    if (STREET_NR.test(text) && RESIDENCE.test(text)) streetsBy(STREET_NR, text, out, contacts);
  }
  // In lower case only where the text says someone lives there, and not a museum or a storybook
  // character ("Paddington lives at 32 windsor gardens in the books").
  if (lowerCaseStreet(text) && (RESIDENCE.test(text) || namedOwner(text)) && !STORY.test(text) && !PLACE.test(text)) {
    streetsBy(STREET_LC, text, out, contacts);
    streetsBy(STREET_EN_LC, text, out, contacts);
  }
  // The English order, in English text, is only someone's home when the text says so ("home address").
  if (!english) return;
  STREET_EN.lastIndex = 0;
  if (STREET_EN.test(text) && RESIDENCE.test(text)) streetsBy(STREET_EN, text, out, contacts);
}

/** A street word at all, before the costlier patterns run (most texts with a number have none). */
const STREET_WORD = /(?:straat|laan|weg|plein|gracht|kade|singel|dijk|steeg|dreef|road|street|lane|avenue|close|drive|way|court|crescent|gardens|grove|terrace)\b/;

function lowerCaseStreet(text: string): boolean {
  if (!STREET_WORD.test(text)) return false;
  STREET_LC.lastIndex = 0;
  STREET_EN_LC.lastIndex = 0;
  return STREET_LC.test(text) || STREET_EN_LC.test(text);
}

function namedOwner(text: string): boolean {
  if (!text.includes("'s")) return false;
  OWNER_ADDRESS.lastIndex = 0;
  for (let m = OWNER_ADDRESS.exec(text); m; m = OWNER_ADDRESS.exec(text)) if (FIRST_NAME_SET.has((m[1] as string).toLowerCase())) return true;
  return false;
}

function streetsBy(re: RegExp, text: string, out: Findings, contacts: PublicContacts): void {
  re.lastIndex = 0;
  let venue = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (contacts.addresses.has(addrKey(m[0]))) continue;
    if (venue < 0) venue = publicPlace(text) ? 1 : 0;
    if (venue === 1) continue;
    out.chars('personal_data', 'personal.address', 2, m.index, m.index + m[0].length);
  }
}

/** A book, a film or a character: "Paddington lives at …", "de hoofdpersoon heeft een eetstoornis". */
const STORY = /\b(?:book|books|boek|boeken|novel|roman|film|movie|series|serie|cartoon|strip|episode|aflevering|character|personage|hoofdpersoon)\b/i;
/** Shared in public by the person, or with their permission (not told to the writer in private). */
const DISCLOSED = /\b(?:wanted everyone to know|wants everyone to know|asked us to share|wants us to share|share (?:her|his) story|speaks openly|talks openly|spreekt openlijk|met (?:haar|zijn) toestemming|with (?:her|his) permission|(?:haar|zijn) verhaal delen|tijdens (?:haar|zijn) spreekbeurt|in (?:her|his) (?:talk|presentation|speech))\b/i;
/** "liam's address is …": a first name's address, not the dentist's or the bakery's. */
const OWNER_ADDRESS = /\b([a-z]+)'s (?:home )?address\b/gi;
const RESIDENCE = /\b(?:woon|woont|wonen|woonde|woonden|woonadres|huisadres|thuisadres|adres van(?! de | het | onze | ons )|zijn adres|haar adres|jouw adres|je adres|bij (?:hem|haar|jou|mij) thuis|kom maar langs|lives?|living|home address|(?:his|her|your) address)\b/i;
const PLACE = /(?:gebouw|nieuwbouw|building|sporthal|sportpark|sportcentrum|zwembad|ijsbaan|theater|schouwburg|bioscoop|museum|bibliotheek|kerk|moskee|synagoge|station|stadhuis|gemeentehuis|centrum|zaal|hal|kantine|camping|hotel|restaurant|stadion|park|dierentuin|school|college|lyceum|gymnasium|universiteit|hogeschool|cafe|café|club|kantoor|winkel|markt|plein|manege|kinderboerderij|(?:cultuur|buurt|club|dorps|verenigings|gemeenschaps|kamp|jeugd|wijk)huis|kampeerboerderij|groepsaccommodatie)\b|\b(?:verzamelen|verzamel|vindt plaats|vinden plaats|locatie|adres van de|ingang|parkeren|meeting point|venue|takes place|bezoekadres|postadres|ons adres|our address|visiting address|navigatie|routebeschrijving|directions|open dag|open day|open avond|open evening|parking|sports? cent(?:re|er))\b/i;

/**
 * A street and number is someone's home unless the text is about a public place: "We verzamelen bij
 * sporthal De Meent, Meentweg 12" gives a meeting point; "Emma woont op de Lindelaan 23" does not.
 * Words of living somewhere always make it a home address.
 */
function publicPlace(text: string): boolean {
  return !RESIDENCE.test(text) && PLACE.test(text);
}

/** Someone named in the text (then also "he", "she"), or one pupil pointed out. */
function aboutSomeone(an: Analysis, c: number): boolean {
  if (an.textMark & TM.NAME && ((an.cMark[c] as number) & TM.NAME || (an.cA[c] as number) & A.PRON3S)) return true;
  return pointedPupil(an, c);
}

const POINTERS = new Set(['de', 'het', 'die', 'dat', 'the', 'that', 'this']);
/** A class: "4b", "3C", "4v", "11B" (not the ordinal "2e"). */
const CLASS_CODE = /^(?:[1-6][a-dfghmv]|1[0-3][a-z])\d?$/i;
const SOMEONE = new Set(['iemand', 'someone', 'somebody']);
const CLASS_WORDS = new Set(['klas', 'class', 'groep', 'jaarlaag']);
const OUR = new Set(['onze', 'mijn', 'our', 'my']);
/** Hints that give a person away without naming them: initials, "begint met een M". */
const GIVEAWAY = /\b(?:initialen|initials)\b|\b(?:begint|begins|starts) (?:met|with) (?:een |an? )?[A-Z]\b/;
/** "Als iemand …", "If someone …", "voor iemand met …": anyone, in advice, not one person. */
const ANYONE_BEFORE = new Set(['als', 'if', 'when', 'wanneer', 'voor', 'for', 'elke', 'every', 'of', 'whether']);

/**
 * "Het meisje links op de foto heeft diabetes", "the girl in the blue hoodie in the 2nd pic", "die
 * jongen uit 4b … zit in een kliniek": one pupil or teacher pointed out by a photo or a class, as good
 * as named. One person ("the girl", not "the kids"), earlier in the same sentence as the fact, with the
 * photo or the class in that sentence too.
 */
function pointedPupil(an: Analysis, c: number): boolean {
  const s = an.cSent[c] as number;
  const t = an.t;
  // "Het meisje rechts op de foto. Ze heeft anorexia.": pointed out in the sentence before.
  if (!((an.sA[s] as number) & (A.PERSON_ROLE | A.STAFF)) && !sentenceHas(an, s, SOMEONE)) {
    return s > 0 && an.sFirst[s] === c && HE_OR_SHE.has(t.norm[an.cStart[c] as number] as string) && pointedPupil(an, (an.sEnd[s - 1] as number) - 1);
  }
  const from = an.cStart[an.sFirst[s] as number] as number;
  const to = an.cEnd[(an.sEnd[s] as number) - 1] as number;
  let pointed = false;
  for (let i = from; i < (an.cEnd[c] as number) && !pointed; i++) {
    // "iemand uit 4v", "someone in 11B": no article needed; not "als iemand …" or a question ("Heeft iemand …?").
    if (SOMEONE.has(t.norm[i] as string)) {
      const pv = prevWord(t, i);
      pointed = !((an.cFlags[c] as number) & CF.QUESTION) && !(pv >= 0 && ANYONE_BEFORE.has(t.norm[pv] as string));
      continue;
    }
    // One person: not "girls", "meisjes", "leerlingen", "docenten", "meiden" (but "jongen" is one).
    if (!((an.a[i] as number) & (A.PERSON_ROLE | A.STAFF)) || /(?:s|ingen|ten|ren|den)$/.test(t.norm[i] as string)) continue;
    // "die jongen", "die nieuwe jongen" (one adjective between).
    const pv = prevWord(t, i);
    const pp = pv >= 0 ? prevWord(t, pv) : -1;
    pointed = (pv >= 0 && POINTERS.has(t.norm[pv] as string)) || (pp >= 0 && POINTERS.has(t.norm[pp] as string) && !((an.b[pv] as number) & B.FUNCTION));
  }
  if (!pointed) return false;
  if (GIVEAWAY.test(an.text)) return true;
  for (let k = from; k < to; k++) {
    const w = t.norm[k] as string;
    if (PHOTO_WORDS.has(w) || CLASS_CODE.test(an.text.slice(t.start[k] as number, t.end[k] as number))) return true;
    // "die nieuwe jongen uit onze klas"
    if (CLASS_WORDS.has(w) && k > 0 && OUR.has(t.norm[k - 1] as string)) return true;
  }
  return false;
}

const CONDOLENCE = new Set(['overleden', 'gestorven', 'overlijden', 'condoleance', 'condoleances', 'gecondoleerd', 'died', 'passed', 'condolences', 'rip']);

/** Someone's death of an illness, told in sympathy, is not a confidence being broken. */
function condolence(an: Analysis): boolean {
  for (let i = 0; i < an.t.n; i++) if (CONDOLENCE.has(an.form[i] as string)) return true;
  return false;
}

const MY = new Set(['mijn', "m'n", 'mn', 'onze', 'ons', 'my', 'our']);

function ownFamily(an: Analysis, c: number): boolean {
  for (let i = an.cStart[c] as number; i + 1 < (an.cEnd[c] as number); i++) {
    if (!MY.has(an.t.norm[i] as string)) continue;
    const nx = nextWord(an.t, i);
    if (nx >= 0 && (an.b[nx] as number) & B.FAMILY) return true;
  }
  return false;
}

/**
 * "Emma is mijn dochter, ze heeft dyslexie", "That's my son in the photo. He has epilepsy": earlier
 * the person is said to be the writer's own child. An earlier sentence counts only when the fact is
 * told of "he" or "she", not of someone named.
 */
function namedAsOwnFamily(an: Analysis, c: number): boolean {
  const heOrShe = HE_OR_SHE.has(an.t.norm[an.cStart[c] as number] as string);
  // "Thats my son next to Tom, Tom has autism": someone named is not the writer's child, unless the
  // name was given as the child's ("This is my daughter Emma, Emma has diabetes").
  if (!heOrShe && (an.cMark[c] as number) & TM.NAME) return namesOwnChild(an, c);
  const first = heOrShe ? 0 : (an.sFirst[an.cSent[c] as number] as number);
  for (let k = first; k < c; k++) {
    if (((an.cB[k] as number) & B.COPULA || clauseHas(an, k, THATS)) && ownFamily(an, k)) return true;
  }
  return false;
}

/** "He has epilepsy", not "Her friend Noor has …". */
const HE_OR_SHE = new Set(['he', 'she', "he's", "she's", 'hij', 'zij', 'ze']);
/** A name in the clause given earlier right after "my daughter", "mijn zoon". */
function namesOwnChild(an: Analysis, c: number): boolean {
  const t = an.t;
  for (let i = an.cStart[c] as number; i < (an.cEnd[c] as number); i++) {
    if (!((an.mark[i] as number) & TM.NAME)) continue;
    for (let j = 1; j + 1 < (an.cStart[c] as number); j++) {
      if (t.norm[j + 1] === t.norm[i] && (an.b[j] as number) & B.FAMILY && MY.has(t.norm[j - 1] as string)) return true;
    }
  }
  return false;
}

const THATS = new Set(["that's", 'thats', "here's", 'heres']);

function clauseHas(an: Analysis, c: number, words: ReadonlySet<string>): boolean {
  for (let i = an.cStart[c] as number; i < (an.cEnd[c] as number); i++) if (words.has(an.t.norm[i] as string)) return true;
  return false;
}

const CAUSE_NOUNS = new Set(['fundraiser', 'fundraising', 'awareness', 'charity', 'research', 'foundation', 'campaign', 'workshop',
  'talk', 'lecture', 'fonds', 'stichting', 'collecte', 'sponsorloop', 'onderzoek', 'voorlichting', 'campagne', 'event', 'lezing', 'gastles']);
/** "KWF tegen kanker", "fietst tegen kanker": an organisation or a sponsored ride or run against it. */
const CAUSE_BODIES = new Set(['kwf', 'stichting', 'fonds', 'fund', 'foundation', 'alliance', 'alliantie', 'vereniging', 'society',
  'fietst', 'fietsen', 'loopt', 'lopen', 'zwemt', 'zwemmen', 'rent', 'rennen', 'wandelt', 'wandelen', 'runs', 'run', 'walks', 'walk',
  'cycles', 'cycle', 'rides', 'ride', 'swims', 'swim']);

/**
 * "at the diabetes fundraiser", "Eating Disorder Awareness Week", "voor KWF tegen kanker": a cause,
 * not someone's condition. ("Meester Bram vecht tegen kanker" is his.)
 */
function forACause(an: Analysis, i: number): boolean {
  const nx = nextWord(an.t, i);
  if (nx === i + 1 && CAUSE_NOUNS.has(an.t.norm[nx] as string)) return true;
  const pv = prevWord(an.t, i);
  // "een spreekbeurt over diabetes", "a talk about anxiety": the topic, not someone's condition.
  if (pv >= 0 && (an.t.norm[pv] === 'over' || an.t.norm[pv] === 'about')) return true;
  const pp = pv >= 0 ? prevWord(an.t, pv) : -1;
  return pv >= 0 && (an.t.norm[pv] === 'tegen' || an.t.norm[pv] === 'against') && pp >= 0 && CAUSE_BODIES.has(an.t.norm[pp] as string);
}

/** "'kanker-jood' riep iemand": the illness as a curse, quoted or in a hyphenated slur, is no one's condition. */
function cursing(an: Analysis, i: number): boolean {
  const t = an.t;
  if ((t.flags[i] as number) & TF.QUOTED || (an.mark[i] as number) & TM.CURSED) return true;
  return i + 1 < t.n && ((t.flags[i + 1] as number) & TF.HYPHEN_BEFORE) !== 0 && ((an.a[i + 1] as number) & (A.SLUR | A.GROUP | A.INSULT)) !== 0;
}

function someoneIn(an: Analysis): boolean {
  for (let i = 0; i < an.t.n; i++) if (SOMEONE.has(an.t.norm[i] as string)) return true;
  return false;
}

/** A negator just before the word: "never actually failed maths", "has not actually ever failed" (three words at most). */
function deniedAt(an: Analysis, i: number): boolean {
  let k = i;
  for (let n = 0; n < 3; n++) {
    k = prevWord(an.t, k);
    if (k < 0) return false;
    if ((an.a[k] as number) & A.NEGATOR) return true;
  }
  return false;
}

/** "Autism Acceptance Week", "Stichting tegen Kanker": capitalised among capitals, a name of something. */
function inTitle(an: Analysis, i: number): boolean {
  const t = an.t;
  const f = t.flags[i] as number;
  if (!(f & TF.CAP) || f & TF.ALLCAPS) return false;
  const cap = (k: number): boolean => k >= 0 && ((t.flags[k] as number) & (TF.CAP | TF.ALLCAPS)) === TF.CAP && !(((t.flags[k] as number) & TF.SENT_START) && k === i);
  return (i + 1 < t.n && t.kind[i + 1] === TK.WORD && cap(i + 1)) || (!(f & TF.SENT_START) && i > 0 && t.kind[i - 1] === TK.WORD && cap(i - 1));
}

const WRITER = new Set(['ik', 'i', "i've", 'ive', "i'm", 'im']);

/**
 * The writer tells of themselves: "ik" before the fact and no one else named before it ("Ik heb
 * zelf borstkanker gehad … de Pink Ribbon-actie"; not "Ik hoorde dat Ruben is blijven zitten").
 */
function ownFact(an: Analysis, c: number, at: number): boolean {
  let writer = false;
  for (let i = an.cStart[c] as number; i < at; i++) {
    if ((an.mark[i] as number) & TM.NAME || (an.a[i] as number) & A.PRON3S) return false;
    if (WRITER.has(an.t.norm[i] as string)) writer = true;
  }
  return writer;
}

/** "Yara heeft een eetstoornis", "Ruben is blijven zitten": health, care or grades of a named person. */
function sensitiveFacts(an: Analysis, out: Findings): void {
  if (!(an.textB & B.SENSITIVE) && !(an.textTags & TAG.sensitive)) return;
  if (!(an.textMark & TM.NAME) && !(an.textA & (A.PERSON_ROLE | A.STAFF)) && !someoneIn(an)) return;
  if (condolence(an) || DISCLOSED.test(an.text) || (STORY.test(an.text) && !(an.textMark & TM.NAME))) return;
  for (let c = 0; c < an.nc; c++) {
    const tags = an.cTags[c] as number;
    if (!((an.cB[c] as number) & B.SENSITIVE) && !(tags & TAG.sensitive)) continue;
    // The person must be in the clause that tells the fact (or the one it continues): in "Die toets
    // Duits was zwaar, iedereen had een onvoldoende" nobody is singled out.
    if (!aboutSomeone(an, c) && !(c > 0 && (an.cFlags[c] as number) & (CF.SUBORD | CF.EMBEDDED) && aboutSomeone(an, c - 1))) continue;
    // "Mr. Okafor's patience with my daughter's maths anxiety": a parent tells of their own child.
    if (ownFamily(an, c) || namedAsOwnFamily(an, c)) continue;
    let at = -1;
    let end = -1;
    for (let i = an.cStart[c] as number; i < (an.cEnd[c] as number); i++) {
      // "Einstein never actually failed maths", "heeft geen ADHD maar autisme": the first fact not denied.
      if ((an.b[i] as number) & B.SENSITIVE && !inTitle(an, i) && !forACause(an, i) && !deniedAt(an, i) && !cursing(an, i)) {
        at = i;
        end = i + 1;
        break;
      }
    }
    if (at < 0) {
      for (let h = 0; h < an.np; h++) {
        const ps = an.pStart[h] as number;
        if (an.pTag[h] === TAG.sensitive && an.clause[ps] === c && !inTitle(an, ps) && !forACause(an, (an.pEnd[h] as number) - 1) && !deniedAt(an, ps)) {
          at = an.pStart[h] as number;
          end = an.pEnd[h] as number;
          break;
        }
      }
    }
    if (at < 0 || ownFact(an, c, at)) continue;
    out.tokens(an, 'personal_data', 'personal.sensitive', 2, at, end);
  }
}
