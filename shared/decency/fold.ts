/**
 * Character folding: one table lookup per UTF-16 unit turns a character into the plain lower-case
 * letter a reader would see (É→e, Cyrillic а→a, fullwidth Ｋ→k, Ⓚ→k), so lexicon lookups see
 * through accents and homoglyphs. The table is built once; classifying never allocates for it.
 */

export const CC = {
  OTHER: 0, // symbols and emoji: separate words
  LETTER: 1,
  DIGIT: 2,
  SPACE: 3,
  NEWLINE: 4,
  END: 5, // . ! ?
  SEMI: 6, // ; :
  COMMA: 7,
  QUOTE: 8, // " “ ” „ « »
  APOS: 9, // ' ‘ ’ — a quote mark, or part of a word (zo'n, don't)
  HYPHEN: 10,
  LEET: 11, // @ $ * | € — part of a word when between letters (sh*t, h@te)
  SKIP: 12, // zero-width, soft hyphen, combining marks: invisible, never split a word
  PAREN: 13,
} as const;

const SIZE = 0x10000;
/** Folded code for letters and digits (0 for anything else). */
export const FOLD = new Uint16Array(SIZE);
/** Character class, one of CC. */
export const CLASS = new Uint8Array(SIZE);

/** Look-alikes that Unicode normalisation does not fold (Cyrillic, Greek). */
const HOMOGLYPHS: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y',
  х: 'x', і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l', ɡ: 'g', ı: 'i',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
  ω: 'w', ζ: 'z', μ: 'u', ϲ: 'c', ł: 'l', ø: 'o', đ: 'd', ß: 's', æ: 'a', œ: 'o', þ: 't',
};

/** Leetspeak digits and symbols, tried only when the plain form of a word is unknown. */
export const LEET: Record<string, string> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g',
  '@': 'a', $: 's', '!': 'i', '|': 'l', '€': 'e',
};

const LETTER_RE = /\p{L}/u;
const SPACE_RE = /\s/u;

function foldOne(ch: string): number {
  const base = ch.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const h = HOMOGLYPHS[base] ?? HOMOGLYPHS[ch.toLowerCase()];
  if (h) return h.charCodeAt(0);
  if (base.length >= 1) {
    const c = base.charCodeAt(0);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return c;
  }
  return ch.toLowerCase().charCodeAt(0);
}

function build(): void {
  const specials: Record<string, number> = {
    '.': CC.END, '!': CC.END, '?': CC.END, '…': CC.END, '؟': CC.END,
    ';': CC.SEMI, ':': CC.SEMI,
    ',': CC.COMMA, '،': CC.COMMA,
    '"': CC.QUOTE, '“': CC.QUOTE, '”': CC.QUOTE, '„': CC.QUOTE, '«': CC.QUOTE, '»': CC.QUOTE,
    '‹': CC.QUOTE, '›': CC.QUOTE, '＂': CC.QUOTE,
    "'": CC.APOS, '‘': CC.APOS, '’': CC.APOS, 'ʼ': CC.APOS, '`': CC.APOS, '´': CC.APOS,
    '-': CC.HYPHEN, '‐': CC.HYPHEN, '‑': CC.HYPHEN, '–': CC.HYPHEN, '—': CC.HYPHEN, '_': CC.HYPHEN,
    '@': CC.LEET, $: CC.LEET, '*': CC.LEET, '|': CC.LEET, '€': CC.LEET,
    '(': CC.PAREN, ')': CC.PAREN, '[': CC.PAREN, ']': CC.PAREN, '{': CC.PAREN, '}': CC.PAREN,
  };
  // Scripts where look-alikes and accents live get the full (slow) treatment; everything else is
  // classified by range, which keeps building the table to a few milliseconds.
  const detailed = (c: number): boolean =>
    c < 0x530 || (c >= 0x1d00 && c < 0x2000) || (c >= 0x2100 && c < 0x2500) || (c >= 0xff00 && c < 0xfff0);
  for (let c = 0; c < SIZE; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue; // surrogates: handled by the tokenizer
    if (c >= 65 && c <= 90) {
      CLASS[c] = CC.LETTER;
      FOLD[c] = c + 32;
    } else if (c >= 97 && c <= 122) {
      CLASS[c] = CC.LETTER;
      FOLD[c] = c;
    } else if (c >= 48 && c <= 57) {
      CLASS[c] = CC.DIGIT;
      FOLD[c] = c;
    } else if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
      CLASS[c] = CC.NEWLINE;
    } else if (c === 0xad || c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff ||
      (c >= 0xfe00 && c <= 0xfe0f) || (c >= 0x300 && c < 0x370) || (c >= 0x1ab0 && c < 0x1b00) ||
      (c >= 0x20d0 && c < 0x2100)) {
      CLASS[c] = CC.SKIP;
    } else if (c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000) {
      CLASS[c] = CC.SPACE;
    } else if (c < 128) {
      // ASCII punctuation and symbols: OTHER unless listed in `specials` below.
    } else if (!detailed(c)) {
      // Symbols, arrows, dingbats and CJK punctuation separate words; other scripts are letters.
      if (!((c >= 0x2000 && c < 0x2c00) || (c >= 0x3000 && c < 0x3040) || (c >= 0xe000 && c < 0xf900))) {
        CLASS[c] = CC.LETTER;
        FOLD[c] = c;
      }
    } else {
      const ch = String.fromCharCode(c);
      if (LETTER_RE.test(ch) || (c >= 0x2460 && c <= 0x24ff) || (c >= 0xff10 && c <= 0xff19)) {
        const f = foldOne(ch);
        if (f >= 48 && f <= 57) {
          CLASS[c] = CC.DIGIT;
          FOLD[c] = f;
        } else if (f !== 0) {
          CLASS[c] = CC.LETTER;
          FOLD[c] = f;
        }
      } else if (SPACE_RE.test(ch)) CLASS[c] = CC.SPACE;
    }
  }
  for (const [ch, cls] of Object.entries(specials)) {
    CLASS[ch.charCodeAt(0)] = cls;
    FOLD[ch.charCodeAt(0)] = 0;
  }
  // Straight apostrophes inside words (zo'n, don't) are decided by the tokenizer from context.
  FOLD["'".charCodeAt(0)] = 39;
  FOLD['’'.charCodeAt(0)] = 39;
  FOLD['‘'.charCodeAt(0)] = 39;
  FOLD['ʼ'.charCodeAt(0)] = 39;
  FOLD['`'.charCodeAt(0)] = 39;
  FOLD['´'.charCodeAt(0)] = 39;
  FOLD['*'.charCodeAt(0)] = 42;
  for (const k of Object.keys(LEET)) {
    const code = k.charCodeAt(0);
    if (CLASS[code] === CC.LEET) FOLD[code] = code;
  }
}
build();

/** Folds a whole word the way the tokenizer folds text (used when compiling word lists). */
export function foldWord(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const cls = CLASS[c];
    if (cls === CC.SKIP) continue;
    if (cls === CC.LETTER || cls === CC.DIGIT) out += String.fromCharCode(FOLD[c] as number);
    else if (cls === CC.APOS) out += "'";
    else if (cls === CC.LEET) out += word[i];
    else if (word[i] === '+') out += '+';
    else out += ' ';
  }
  return out.trim();
}

/** Folds a word's leetspeak characters to letters: "k4nk3r" → "kanker". */
export function unleet(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i] as string;
    out += LEET[ch] ?? ch;
  }
  return out;
}

/** Collapses runs of the same letter: "kuuuut" → "kut". Lexicon keys are squeezed the same way. */
export function squeeze(word: string): string {
  let out = '';
  let prev = -1;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c !== prev) out += word[i];
    prev = c;
  }
  return out;
}
