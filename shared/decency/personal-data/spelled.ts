/**
 * Contact data written out in words to get past a filter: "nul zes, vier één, zeven zeven …",
 * "daan punt vermeer apenstaartje hotmail punt com", "jan at gmail dot com". The words are read
 * back into digits and an address, and the same checks as for the written forms decide.
 */
import { normalizeDutchPhone } from './checksums';
import { FREE_MAIL_PROVIDERS } from './free-mail';

const DIGIT_WORDS: Record<string, string> = {
  nul: '0', zero: '0', een: '1', één: '1', eén: '1', one: '1', twee: '2', two: '2', drie: '3', three: '3',
  vier: '4', four: '4', vijf: '5', five: '5', zes: '6', six: '6', zeven: '7', seven: '7', acht: '8', eight: '8',
  negen: '9', nine: '9',
};

/** A word, or digits, with what separates it from the next. */
const TOKEN = /[\p{L}\d]+/gu;
const SEPARATOR = /^[\s,.;:\-–/]*$/;

export interface SpelledHit {
  start: number;
  end: number;
  /** The number or the address as written digits and symbols ("0641772890", "daan.vermeer@hotmail.com"). */
  value: string;
}

/** Runs of digit words (and digits) that read as a Dutch phone number. */
export function spelledPhones(text: string): SpelledHit[] {
  const out: SpelledHit[] = [];
  const lower = text.toLowerCase();
  let digits = '';
  let start = -1;
  let end = -1;
  let words = 0;
  const close = (): void => {
    // Ten digits, two or more of them in words: dictation, not a number with a word beside it; and
    // not counting ("nul, een, twee, …").
    if (digits.length >= 10 && words >= 2 && !straightRun(digits)) {
      const phone = normalizeDutchPhone(digits);
      if (phone) out.push({ start, end, value: phone });
    }
    digits = '';
    start = -1;
    words = 0;
  };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(lower); m; m = TOKEN.exec(lower)) {
    const w = m[0];
    const d = /^\d+$/.test(w) ? w : DIGIT_WORDS[w];
    if (d === undefined || (start >= 0 && !SEPARATOR.test(lower.slice(end, m.index)))) {
      close();
      if (d === undefined) continue;
    }
    if (start < 0) start = m.index;
    if (d !== w) words++;
    digits += d;
    end = m.index + w.length;
  }
  close();
  return out;
}

/** Digits that only count up or down ("0123456789"). */
function straightRun(d: string): boolean {
  let up = true;
  let down = true;
  for (let i = 1; i < d.length; i++) {
    const step = d.charCodeAt(i) - d.charCodeAt(i - 1);
    if (step !== 1 && step !== -9) up = false;
    if (step !== -1 && step !== 9) down = false;
  }
  return up || down;
}

// Each word is either a part of the address or one of the spelled symbols, never both, so the
// pattern has one reading of any text and no backtracking to try ("dot dot dot …").
const SPELLED = String.raw`(?:apenstaartje|at|punt|dot)\b`;
const AT = String.raw`\s*(?:([[(])\s*)?(apenstaartje|at)\s*[\])]?\s*`;
const DOT = String.raw`\s*[[(]?\s*(?:punt|dot)\s*[\])]?\s*`;
const PART = String.raw`(?!${SPELLED})[a-z0-9][a-z0-9_-]*`;
/** Name, the "at" word, a domain, the "dot" word and a top-level domain; at least one of them spelled. */
const SPELLED_EMAIL = new RegExp(
  String.raw`(?<![\w@.])(${PART}(?:(?:${DOT}|[._])${PART})*)${AT}(${PART}(?:${DOT}${PART})*?)${DOT}(com|nl|be|net|org|eu|info|de|uk|co)\b`,
  'g',
);
/** Plain "at" is also just "at" ("order it at bol dot com"): only with a free mail provider is it "@". */
const FREE_MAIL = new Set<string>(FREE_MAIL_PROVIDERS);
const DOT_WORD = new RegExp(DOT, 'g');
/** Longer texts are not contact data dictated in a comment; the scan stays linear in any case. */
const MAX_SCAN = 2000;

const PRONOUNS = new Set(['me', 'you', 'him', 'her', 'us', 'them', 'it', 'je', 'mij', 'hem', 'haar', 'ons', 'jou', 'hen']);

/** E-mail addresses spelled out with "apenstaartje"/"at" and "punt"/"dot". */
export function spelledEmails(text: string): SpelledHit[] {
  const out: SpelledHit[] = [];
  if (text.length > MAX_SCAN) return out;
  const lower = text.toLowerCase();
  SPELLED_EMAIL.lastIndex = 0;
  for (let m = SPELLED_EMAIL.exec(lower); m; m = SPELLED_EMAIL.exec(lower)) {
    const spell = (s: string): string => s.replace(DOT_WORD, '.');
    const local = spell(m[1] as string);
    const domain = spell(m[4] as string);
    // "meet me at home dot com": a pronoun is nobody's mailbox.
    if (PRONOUNS.has(local)) continue;
    if (m[3] === 'at' && !m[2] && !FREE_MAIL.has(domain.split('.')[0] as string)) continue;
    const value = `${local}@${domain}.${m[5] as string}`;
    out.push({ start: m.index, end: m.index + m[0].length, value });
  }
  return out;
}
