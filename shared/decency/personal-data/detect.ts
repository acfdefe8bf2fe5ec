import { TM } from '../analyze';
import type { Analysis } from '../analyze';
import type { Findings } from '../findings';
import { A, B } from '../lexicon/roles';
import { TAG } from '../analyze';
import { TK } from '../tokenize';
import { isValidBsn, isValidIban, normalizeDutchPhone } from './checksums';

/** The school's own public contact data, normalised for comparison; never flagged. */
export interface PublicContacts {
  phones: Set<string>;
  emails: Set<string>;
  ibans: Set<string>;
  /** Folded street+number and postcodes ("molenweg 27", "3911kl"). */
  addresses: Set<string>;
}

export function normalizeContacts(list: readonly string[]): PublicContacts {
  const out: PublicContacts = { phones: new Set(), emails: new Set(), ibans: new Set(), addresses: new Set() };
  for (const raw of list) {
    const v = raw.trim();
    if (v.includes('@')) out.emails.add(v.toLowerCase());
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

function addrKey(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const PHONE = /(?<![\w+])(?:\+|00)?\d[\d \-.()]{7,17}\d(?!\w)/g;
const BSN = /(?<![\d.,-])(?:\d{9}|\d{3}[ .]\d{3}[ .]\d{3}|\d{4}[ .]\d{2}[ .]\d{3}|\d{8})(?!\d|[.,-]\d)/g;
const IBAN = /\b[A-Z]{2}\d{2} ?(?:[A-Z0-9]{4} ?){2,7}[A-Z0-9]{1,4}\b/gi;
const POSTCODE = /\b[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}\b/g;
const STREET = /\b[A-Z][a-zà-ÿ'.-]*(?:straat|laan|weg|plein|gracht|kade|singel|dijk|pad|hof|steeg|dreef|park|markt|baan|wal|allee|erf|kamp|ring|oord|akker|berg|burg|hoek|veld|dam|kwartier|street|road|lane|avenue)\s\d{1,4}(?:\s?[a-zA-Z](?![a-zA-Z]))?/g;
const STUDENT_NO = /\b(?:leerling(?:en)?nummer|leerlingnr|leerling-nummer|studentnummer|student ?(?:number|id))(?:\s*(?:is|:|#|=))?\s*\d{4,}/gi;
const BSN_CONTEXT = /\b(?:bsn|burgerservicenummer|sofinummer|sofi-nummer)\b/i;

/**
 * Personal data (A3): phone numbers in their real Dutch formats, e-mail addresses, street +
 * house number and postcodes, BSN (with the elfproef), IBAN (mod-97), student numbers, and
 * sensitive facts (health, care, grades) about a named person. The school's own public contact
 * data is allowed.
 */
export function personalDataRule(an: Analysis, out: Findings, contacts: PublicContacts): void {
  const t = an.t;
  const text = an.text;
  let hasEmail = false;
  for (let i = 0; i < t.n; i++) if (t.kind[i] === TK.EMAIL) hasEmail = true;
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch >= 48 && ch <= 57) digits++;
  }
  if (hasEmail) {
    for (let i = 0; i < t.n; i++) {
      if (t.kind[i] !== TK.EMAIL || contacts.emails.has(t.norm[i] as string)) continue;
      out.tokens(an, 'personal_data', 'personal.email', 2, i, i + 1);
    }
  }
  if (digits >= 1) numbers(text, out, contacts, digits);
  sensitiveFacts(an, out);
}

function numbers(text: string, out: Findings, contacts: PublicContacts, digits: number): void {
  const taken: [number, number][] = [];
  if (digits < 4) {
    streets(text, out, contacts);
    return;
  }
  const free = (s: number, e: number): boolean => taken.every(([a, b]) => e <= a || s >= b);
  IBAN.lastIndex = 0;
  for (let m = IBAN.exec(text); m; m = IBAN.exec(text)) {
    const v = m[0].trim();
    if (!isValidIban(v)) continue;
    const key = v.replace(/\s+/g, '').toUpperCase();
    taken.push([m.index, m.index + m[0].length]);
    if (contacts.ibans.has(key)) continue;
    out.chars('personal_data', 'personal.iban', 2, m.index, m.index + v.length);
  }
  if (digits >= 9) {
    PHONE.lastIndex = 0;
    for (let m = PHONE.exec(text); m; m = PHONE.exec(text)) {
      const s = m.index;
      const e = s + m[0].length;
      if (!free(s, e)) continue;
      const phone = normalizeDutchPhone(m[0]);
      if (!phone) continue;
      taken.push([s, e]);
      if (contacts.phones.has(phone)) continue;
      out.chars('personal_data', 'personal.phone', 2, s, e);
    }
    BSN.lastIndex = 0;
    const context = BSN_CONTEXT.test(text);
    for (let m = BSN.exec(text); m; m = BSN.exec(text)) {
      const s = m.index;
      const e = s + m[0].length;
      const d = m[0].replace(/\D/g, '');
      if (!free(s, e) || (d.length === 8 && !context) || !isValidBsn(d)) continue;
      taken.push([s, e]);
      out.chars('personal_data', 'personal.bsn', 3, s, e);
    }
  }
  STUDENT_NO.lastIndex = 0;
  for (let m = STUDENT_NO.exec(text); m; m = STUDENT_NO.exec(text)) {
    out.chars('personal_data', 'personal.student_number', 2, m.index, m.index + m[0].length);
  }
  POSTCODE.lastIndex = 0;
  for (let m = POSTCODE.exec(text); m; m = POSTCODE.exec(text)) {
    if (contacts.addresses.has(addrKey(m[0]))) continue;
    out.chars('personal_data', 'personal.address', 2, m.index, m.index + m[0].length);
  }
  streets(text, out, contacts);
}

function streets(text: string, out: Findings, contacts: PublicContacts): void {
  STREET.lastIndex = 0;
  for (let m = STREET.exec(text); m; m = STREET.exec(text)) {
    if (contacts.addresses.has(addrKey(m[0]))) continue;
    out.chars('personal_data', 'personal.address', 2, m.index, m.index + m[0].length);
  }
}

/** "Yara heeft een eetstoornis", "Ruben is blijven zitten": health, care or grades of a named person. */
function sensitiveFacts(an: Analysis, out: Findings): void {
  if (!(an.textB & B.SENSITIVE) && !(an.textTags & TAG.sensitive)) return;
  if (!(an.textMark & TM.NAME)) return;
  for (let c = 0; c < an.nc; c++) {
    const tags = an.cTags[c] as number;
    if (!((an.cB[c] as number) & B.SENSITIVE) && !(tags & TAG.sensitive)) continue;
    const s = an.cSent[c] as number;
    if (!((an.sMark[s] as number) & TM.NAME) && !((an.sA[s] as number) & A.PRON3S)) continue;
    let at = -1;
    let end = -1;
    for (let i = an.cStart[c] as number; i < (an.cEnd[c] as number); i++) {
      if ((an.b[i] as number) & B.SENSITIVE) {
        at = i;
        end = i + 1;
        break;
      }
    }
    if (at < 0) {
      for (let h = 0; h < an.np; h++) {
        if (an.pTag[h] === TAG.sensitive && an.clause[an.pStart[h] as number] === c) {
          at = an.pStart[h] as number;
          end = an.pEnd[h] as number;
          break;
        }
      }
    }
    if (at < 0) continue;
    out.tokens(an, 'personal_data', 'personal.sensitive', 2, at, end);
  }
}
