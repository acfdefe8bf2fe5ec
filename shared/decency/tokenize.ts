import { CC, CLASS, FOLD } from './fold';
import { FNV_PRIME, FNV_SEED, hashChars } from './table';
import { UNITS } from './units';
import { StringMemo } from './word-memo';

const WORDS = new StringMemo();

/** Token kinds. */
export const TK = {
  WORD: 1,
  NUM: 2,
  END: 3, // . ! ? and line breaks: sentence end
  SEMI: 4, // ; :
  COMMA: 5,
  QUOTE: 6,
  URL: 7,
  EMAIL: 8,
  MENTION: 9,
  EMOJI: 10,
  PAREN: 11,
} as const;

/** Token flags. */
export const TF = {
  CAP: 1, // starts with a capital
  ALLCAPS: 2,
  LEET: 4, // letters mixed with digits or @ $ ! | €
  RUN3: 8, // a letter repeated three times or more ("kuuut")
  SPACED: 16, // merged from spaced-out letters ("k a n k e r")
  MASK: 32, // contains * ("f*ck")
  HYPHEN_BEFORE: 64, // glued to the previous word by a hyphen ("kut-school")
  REMAPPED: 128, // folded form is not a 1:1 copy of the original characters
  QUOTED: 256,
  SENT_START: 512,
  SPLIT: 1024, // part of a word split by the lexicon ("Ikhaat" → ik + haat)
  PLAIN: 2048, // ASCII letters and digits only: the folded form is the text, lower-cased
  UPPER: 4096, // has a capital letter somewhere
} as const;

/**
 * Tokens as parallel arrays, reused from item to item. Offsets index the original text (UTF-16).
 * A word's folded characters sit in `fold` (fstart, flen) with their hash; its string (`norm`) is
 * made only when an item needs the full analysis (`materialize`), so clean items allocate nothing.
 */
export class TokenBuffer {
  n = 0;
  norm: string[] = [];
  start = new Int32Array(64);
  end = new Int32Array(64);
  kind = new Uint8Array(64);
  flags = new Uint16Array(64);
  hash = new Int32Array(64);
  fstart = new Int32Array(64);
  flen = new Int32Array(64);
  /** Folded characters of the words, shared with any buffer derived from this one. */
  fold = new Uint16Array(1024);
  fn = 0;
  /** One-letter word tokens the tokenizer made (fewer than three: no spelled-out word to merge). */
  singles = 0;
  materialized = false;

  reset(): void {
    this.n = 0;
    this.singles = 0;
    this.fn = 0;
    this.materialized = false;
  }

  push(norm: string, start: number, end: number, kind: number, flags: number, hash = 0, fstart = 0, flen = 0): number {
    const i = this.n;
    if (i === this.start.length) this.grow();
    this.norm[i] = norm;
    this.start[i] = start;
    this.end[i] = end;
    this.kind[i] = kind;
    this.flags[i] = flags;
    this.hash[i] = hash;
    this.fstart[i] = fstart;
    this.flen[i] = flen;
    this.n = i + 1;
    return i;
  }

  /** Room for `more` folded characters. */
  reserve(more: number): void {
    if (this.fn + more <= this.fold.length) return;
    let cap = this.fold.length * 2;
    while (cap < this.fn + more) cap *= 2;
    const f = new Uint16Array(cap);
    f.set(this.fold.subarray(0, this.fn));
    this.fold = f;
  }

  /** The folded spelling of word token i as a string (made once per spelling: see StringMemo). */
  wordAt(i: number, text: string): string {
    void text;
    return WORDS.get(this.hash[i] as number, this.fold, this.fstart[i] as number, this.flen[i] as number);
  }

  /** Makes the strings of every word token (the full analysis compares words as strings). */
  materialize(text: string): void {
    if (this.materialized) return;
    this.materialized = true;
    for (let i = 0; i < this.n; i++) {
      const k = this.kind[i];
      if ((k === TK.WORD || k === TK.NUM) && this.norm[i] === '') this.norm[i] = this.wordAt(i, text);
    }
  }

  private grow(): void {
    const cap = this.start.length * 2;
    const g32 = (a: Int32Array): Int32Array<ArrayBuffer> => {
      const b = new Int32Array(cap);
      b.set(a);
      return b;
    };
    this.start = g32(this.start);
    this.end = g32(this.end);
    this.hash = g32(this.hash);
    this.fstart = g32(this.fstart);
    this.flen = g32(this.flen);
    const k = new Uint8Array(cap);
    k.set(this.kind);
    this.kind = k;
    const f = new Uint16Array(cap);
    f.set(this.flags);
    this.flags = f;
  }
}

const URL_AT = /(?:https?:\/\/|www\.)[^\s<>"]+|[a-z0-9\u00c0-\u024f][a-z0-9\u00c0-\u024f._%+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}|[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|nl|net|org|ly|io|be|de|co|uk|eu|info|me|gl|gd|cc|example|app|xyz|link|site|online|shop|tk|ru|biz|to|gg|tv|us|page|club|store|help|support|services|click|icu|vip|sbs|cfd|cyou|buzz)(?![a-z0-9])(?:\/[^\s<>"]*)?/iy;

let mathCache: Map<number, number> | null = null;

/** Mathematical alphanumerics (𝐤𝐚𝐧𝐤𝐞𝐫) and other astral letters, folded to a-z / 0-9, or 0. */
function foldAstral(cp: number): number {
  if (cp < 0x1d400 || cp > 0x1d7ff) return 0;
  mathCache ??= new Map();
  let f = mathCache.get(cp);
  if (f === undefined) {
    const s = String.fromCodePoint(cp).normalize('NFKD').toLowerCase();
    const c = s.charCodeAt(0);
    f = s.length === 1 && ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) ? c : 0;
    mathCache.set(cp, f);
  }
  return f;
}

function isWordClass(cls: number | undefined): boolean {
  return cls === CC.LETTER || cls === CC.DIGIT;
}

/**
 * Splits text into tokens in one pass: lower-cases and folds each character, keeps leetspeak
 * symbols inside words, recognises URLs, e-mail addresses and @mentions, and records for every
 * token where it sits in the original text.
 */
export function tokenize(text: string, out: TokenBuffer): void {
  out.reset();
  UNITS.load(text);
  const u = UNITS.u;
  const n = text.length;
  out.reserve(n + 1);
  let hyphenPending = false;
  let i = 0;
  while (i < n) {
    const c = u[i] as number;
    // Spaces and lower-case ASCII letters first: they are most of every text.
    if (c === 32) {
      hyphenPending = false;
      i++;
      continue;
    }
    if (c >= 97 && c <= 122) {
      i = scanWord(text, u, i, out, hyphenPending);
      hyphenPending = false;
      continue;
    }
    const cls = CLASS[c] as number;
    // Astral characters: fancy letters fold, emoji become EMOJI tokens.
    if (c >= 0xd800 && c <= 0xdbff) {
      const cp = text.codePointAt(i) as number;
      if (foldAstral(cp) !== 0) {
        i = scanWord(text, u, i, out, hyphenPending);
        hyphenPending = false;
        continue;
      }
      let j = i + 2;
      // Keep one emoji with its modifiers and zero-width joins together.
      while (j < n) {
        const d = (u[j] as number);
        if (d === 0x200d || (d >= 0xfe00 && d <= 0xfe0f)) j += 1;
        else if (d >= 0xdc00 && d <= 0xdfff) j += 1;
        else if ((u[j - 1] as number) === 0x200d && d >= 0xd800 && d <= 0xdbff) j += 2;
        else if (d === 0xd83c && ((u[j + 1] as number) & 0xfff0) === 0xdff0) j += 2; // skin tone
        else break;
      }
      out.push('', i, j, TK.EMOJI, 0);
      hyphenPending = false;
      i = j;
      continue;
    }
    if (cls === CC.LETTER || cls === CC.DIGIT ||
      (cls === CC.LEET && (c === 36 /* $ */ || c === 64 /* @ */) && isWordClass(CLASS[(u[i + 1] as number)]))) {
      if (c === 64 /* @ */ && (i === 0 || !isWordClass(CLASS[(u[i - 1] as number)]))) {
        // @mention: a handle, never a word to judge.
        let j = i + 1;
        while (j < n && (isWordClass(CLASS[(u[j] as number)]) || (u[j] as number) === 95)) j++;
        out.push(text.slice(i + 1, j).toLowerCase(), i, j, TK.MENTION, 0);
        i = j;
        continue;
      }
      i = scanWord(text, u, i, out, hyphenPending);
      hyphenPending = false;
      continue;
    }
    hyphenPending = false;
    switch (cls) {
      case CC.END:
        // "juf P. deelt …", "mevr. de Jong": the full stop of an initial or a title ends nothing.
        if (c === 46 && abbreviationBefore(out, u, i)) break;
        // "om 15:20 weer": the colon of a time of day ends no clause.
        if (c === 58 && i > 0 && isDigitCode(u[i - 1] as number) && isDigitCode(u[i + 1] as number)) break;
        out.push(text[i] as string, i, i + 1, TK.END, 0);
        break;
      case CC.NEWLINE:
        out.push('\n', i, i + 1, TK.END, 0);
        break;
      case CC.SEMI:
        out.push(text[i] as string, i, i + 1, TK.SEMI, 0);
        break;
      case CC.COMMA:
        out.push(',', i, i + 1, TK.COMMA, 0);
        break;
      case CC.QUOTE:
      case CC.APOS:
        out.push(text[i] as string, i, i + 1, TK.QUOTE, 0);
        break;
      case CC.PAREN:
        out.push(text[i] as string, i, i + 1, TK.PAREN, 0);
        break;
      case CC.HYPHEN:
        hyphenPending = out.n > 0 && i > 0 && isWordClass(CLASS[(u[i - 1] as number)]);
        break;
      default:
        break;
    }
    i++;
  }
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Scans one word from `i`; returns the index after it. */
function scanWord(text: string, u: Uint16Array, i: number, out: TokenBuffer, hyphenBefore: boolean): number {
  const n = text.length;
  const startIdx = i;
  let len = 0;
  let letters = 0;
  let digits = 0;
  let leet = false;
  let mask = false;
  let remapped = false;
  let run = 1;
  let run3 = false;
  let caps = 0;
  let plain = true; // every character is ASCII a-z/A-Z/0-9 copied as is
  let prev = -1;
  let j = i;
  const codes = out.fold;
  const base = out.fn;
  let h = FNV_SEED;
  while (j < n) {
    const c = (u[j] as number);
    if (c >= 97 && c <= 122) {
      // Lower-case ASCII, most of every text: no table lookups.
      letters++;
      if (c === prev) {
        if (++run >= 3) run3 = true;
      } else run = 1;
      prev = c;
      codes[base + len++] = c;
      h = Math.imul(h ^ c, FNV_PRIME);
      j++;
      continue;
    }
    const cls = CLASS[c] as number;
    let f = 0;
    let width = 1;
    if (cls === CC.LETTER) {
      f = FOLD[c] as number;
      letters++;
      if (f !== c) {
        if (c >= 65 && c <= 90) caps++;
        else {
          remapped = true;
          plain = false;
        }
      } else if (c > 122) plain = false;
    } else if (cls === CC.DIGIT) {
      f = FOLD[c] as number;
      digits++;
      if (f !== c) {
        remapped = true;
        plain = false;
      }
    } else if (cls === CC.SKIP) {
      remapped = true;
      plain = false;
      j++;
      continue;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      f = foldAstral(text.codePointAt(j) as number);
      if (f === 0) break;
      width = 2;
      letters++;
      remapped = true;
      plain = false;
    } else if (c === 42 && len > 0) {
      // "f***", "f**k", "f***ing": stars after a letter mask the rest of the word.
      f = 42;
      plain = false;
      mask = true;
    } else if ((cls === CC.LEET || (c === 33 /* ! */ && len > 0)) && isWordClass(CLASS[(u[j + 1] as number)])) {
      f = c === 42 ? 42 : c;
      plain = false;
      if (c === 42) mask = true;
      else leet = true;
    } else if (cls === CC.APOS && len > 0 && prev >= 97 && CLASS[(u[j + 1] as number)] === CC.LETTER) {
      f = 39;
      if (c !== 39) {
        remapped = true;
        plain = false;
      }
    } else if ((c === 46 || c === 64 || c === 58 || c === 47 || (c === 45 && len > 0)) && isWordClass(CLASS[(u[j + 1] as number)])) {
      // "." "@" ":" "/" inside a run of letters: maybe a URL or an e-mail address. A hyphen too:
      // "postnl-bezorging-nl.com" is one host, not three words and a link.
      URL_AT.lastIndex = startIdx;
      const m = URL_AT.exec(text);
      if (m) {
        let end = startIdx + m[0].length;
        while (end > startIdx && /[.,!?;:)]/.test(text[end - 1] as string)) end--;
        const isEmail = m[0].includes('@') && !m[0].includes('/');
        out.push(text.slice(startIdx, end).toLowerCase(), startIdx, end, isEmail ? TK.EMAIL : TK.URL, 0);
        return end;
      }
      break;
    } else break;
    if (f === prev) {
      run++;
      if (run >= 3 && cls === CC.LETTER) run3 = true;
    } else run = 1;
    prev = f;
    codes[base + len++] = f;
    h = Math.imul(h ^ f, FNV_PRIME);
    j += width;
  }
  if (j === startIdx) return startIdx + 1; // never stall on a lone symbol
  let flags = 0;
  if (hyphenBefore) flags |= TF.HYPHEN_BEFORE;
  const first = (u[startIdx] as number);
  if ((first >= 65 && first <= 90) || (first > 191 && isUpperOther(first))) flags |= TF.CAP;
  if (caps >= 2 && caps === letters) flags |= TF.ALLCAPS;
  if (leet || (digits > 0 && letters > 0)) flags |= TF.LEET;
  if (mask) flags |= TF.MASK;
  if (run3) flags |= TF.RUN3;
  if (remapped || j - startIdx !== len) flags |= TF.REMAPPED;
  // Plain ASCII: a slice (lower-cased if needed) is the folded form, made only when asked for.
  if (plain && j - startIdx === len) flags |= TF.PLAIN;
  if (caps > 0) flags |= TF.UPPER;
  out.fn = base + len;
  if (len === 1 && letters > 0) out.singles++;
  out.push('', startIdx, j, letters > 0 ? TK.WORD : TK.NUM, flags, h, base, len);
  return j;
}

/**
 * Joins words spelled out letter by letter ("k a n k e r", "k.a.n.k.e.r") into one token that
 * spans the original letters. Three or more single letters in a row, one separator apart.
 */
export function mergeSpacedLetters(text: string, t: TokenBuffer): void {
  if (t.singles < 3) return;
  UNITS.load(text);
  const n = t.n;
  let w = 0;
  let i = 0;
  while (i < n) {
    if (t.kind[i] === TK.WORD && t.flen[i] === 1) {
      let k = i + 1;
      let count = 1;
      let last = i;
      while (k < n) {
        if (t.kind[k] === TK.END && t.norm[k] === '.' && k + 1 < n && t.kind[k + 1] === TK.WORD &&
          t.flen[k + 1] === 1 && (t.start[k + 1] as number) - (t.end[last] as number) === 1) {
          k++;
          continue;
        }
        if (t.kind[k] === TK.WORD && t.flen[k] === 1 &&
          (t.start[k] as number) - (t.end[last] as number) === 1 && isSpacer(UNITS.u[t.end[last] as number] as number)) {
          last = k;
          count++;
          k++;
          continue;
        }
        break;
      }
      if (count >= 3) {
        // Single letters write one folded character each, in order: together they are one run.
        const fs = t.fstart[i] as number;
        const fl = (t.fstart[last] as number) + 1 - fs;
        t.norm[w] = '';
        t.start[w] = t.start[i] as number;
        t.end[w] = t.end[last] as number;
        t.kind[w] = TK.WORD;
        t.flags[w] = ((t.flags[i] as number) & (TF.CAP | TF.HYPHEN_BEFORE)) | TF.SPACED | TF.REMAPPED;
        t.fstart[w] = fs;
        t.flen[w] = fl;
        t.hash[w] = hashChars(t.fold, fs, fl);
        w++;
        i = last + 1;
        continue;
      }
    }
    if (w !== i) {
      t.norm[w] = t.norm[i] as string;
      t.start[w] = t.start[i] as number;
      t.end[w] = t.end[i] as number;
      t.kind[w] = t.kind[i] as number;
      t.flags[w] = t.flags[i] as number;
      t.hash[w] = t.hash[i] as number;
      t.fstart[w] = t.fstart[i] as number;
      t.flen[w] = t.flen[i] as number;
    }
    w++;
    i++;
  }
  t.n = w;
}

function isSpacer(c: number): boolean {
  return c === 32 || c === 46 || c === 45 || c === 95 || c === 42 || c === 0xa0;
}

const TITLES = new Set(['mevr', 'dhr', 'mr', 'mrs', 'ms', 'dr', 'drs', 'ir', 'ing', 'mw', 'hr', 'fam', 'st']);

/** The word right before this full stop is an initial (one capital letter) or a title. */
function abbreviationBefore(out: TokenBuffer, u: Uint16Array, i: number): boolean {
  const k = out.n - 1;
  if (k < 0 || out.kind[k] !== TK.WORD || (out.end[k] as number) !== i) return false;
  const len = i - (out.start[k] as number);
  if (len === 1) {
    const ch = u[i - 1] as number;
    return ch >= 65 && ch <= 90;
  }
  if (len > 4) return false;
  // (Words are folded later; read the title from the code units, in lower case.)
  let w = '';
  for (let j = i - len; j < i; j++) w += String.fromCharCode((u[j] as number) | 0x20);
  return TITLES.has(w);
}

/** A capital outside ASCII: "Öztürk", "Şahin", "Émile" (the rare path, so a string test is fine). */
function isUpperOther(code: number): boolean {
  const ch = String.fromCharCode(code);
  return ch !== ch.toLowerCase();
}
