import type { Analysis } from '../analyze';
import type { Findings } from '../findings';
import { A } from '../lexicon/roles';
import { TF, TK } from '../tokenize';
import type { Category } from '../types';

/**
 * Features for the small statistical model: hashed word unigrams and bigrams (of the engine's
 * normalised, de-leeted forms), the lexicon roles present, and what the rules already found. The
 * same code computes them when training (tests/eval/train-olid-model.ts) and when classifying.
 */
export const FEATURE_BITS = 18;
export const FEATURE_MASK = (1 << FEATURE_BITS) - 1;

/** FNV-1a over a string, 32-bit. */
export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const ROLE_FEATURES: [number, string][] = [
  [A.PROFANITY, 'PROFANITY'], [A.INSULT, 'INSULT'], [A.INSULT_ADJ, 'INSULT_ADJ'], [A.NEG_ATTRIB, 'NEG_ATTRIB'],
  [A.DEHUM, 'DEHUM'], [A.SLUR, 'SLUR'], [A.NEG_EMOTE, 'NEG_EMOTE'], [A.VIOLENT, 'VIOLENT'], [A.PRON2, 'PRON2'],
  [A.GROUP, 'GROUP'], [A.DISEASE, 'DISEASE'],
];
const ROLE_HASH = ROLE_FEATURES.map(([bit, name]) => [bit, hashString('role:' + name) & FEATURE_MASK] as const);
const RULE_HASH = new Map<Category, number>();
const COMBO_YOU_NEG = hashString('combo:you+neg') & FEATURE_MASK;
const CAPS = hashString('shape:allcaps') & FEATURE_MASK;
const TOKEN_HASH = new Map<string, number>();

function ruleHash(cat: Category): number {
  let h = RULE_HASH.get(cat);
  if (h === undefined) {
    h = hashString('rule:' + cat) & FEATURE_MASK;
    RULE_HASH.set(cat, h);
  }
  return h;
}

function tokenHash(s: string): number {
  let h = TOKEN_HASH.get(s);
  if (h === undefined) {
    h = hashString(s);
    if (TOKEN_HASH.size > 100_000) TOKEN_HASH.clear();
    TOKEN_HASH.set(s, h);
  }
  return h;
}

/** Writes feature indices into `out` (grown as needed) and the token each came from into `from`. */
export class FeatureBuffer {
  n = 0;
  idx = new Int32Array(256);
  from = new Int32Array(256);
  push(i: number, tok: number): void {
    if (this.n === this.idx.length) {
      const a = new Int32Array(this.n * 2);
      a.set(this.idx);
      this.idx = a;
      const b = new Int32Array(this.n * 2);
      b.set(this.from);
      this.from = b;
    }
    this.idx[this.n] = i;
    this.from[this.n] = tok;
    this.n++;
  }
}

export let CHAR_GRAMS = true;
export function setCharGrams(on: boolean): void {
  CHAR_GRAMS = on;
}

/** Character 3- and 4-grams of a word with boundary marks: robust to spelling ("fuckin", "idiots"). */
function charGrams(w: string, tok: number, out: FeatureBuffer): void {
  if (w.length < 3) return;
  const s = '<' + w + '>';
  for (let n = 3; n <= 4; n++) {
    for (let i = 0; i + n <= s.length; i++) {
      let h = 0x9747b28c;
      for (let k = i; k < i + n; k++) {
        h ^= s.charCodeAt(k);
        h = Math.imul(h, 0x01000193);
      }
      out.push((h >>> 0) & FEATURE_MASK, tok);
    }
  }
}

export function extractFeatures(an: Analysis, found: Findings, out: FeatureBuffer): void {
  out.n = 0;
  const t = an.t;
  let prev = -1;
  let roles = 0;
  let caps = 0;
  for (let i = 0; i < t.n; i++) {
    const kind = t.kind[i] as number;
    let h: number;
    if (kind === TK.WORD) {
      h = tokenHash(an.form[i] as string);
      roles |= an.a[i] as number;
      if ((t.flags[i] as number) & TF.ALLCAPS) caps++;
    } else if (kind === TK.MENTION) h = tokenHash('@user');
    else if (kind === TK.URL) h = tokenHash('<url>');
    else if (kind === TK.EMOJI) h = tokenHash('<emoji>');
    else if (kind === TK.END) h = tokenHash(t.norm[i] as string);
    else {
      prev = -1;
      continue;
    }
    out.push(h & FEATURE_MASK, i);
    if (prev >= 0) out.push(mix(prev, h) & FEATURE_MASK, i);
    if (CHAR_GRAMS && kind === TK.WORD) charGrams(an.form[i] as string, i, out);
    prev = h;
  }
  for (const [bit, h] of ROLE_HASH) if (roles & bit) out.push(h, -1);
  if (roles & A.PRON2 && roles & (A.INSULT | A.INSULT_ADJ | A.PROFANITY | A.NEG_ATTRIB)) out.push(COMBO_YOU_NEG, -1);
  if (caps >= 2) out.push(CAPS, -1);
  for (let k = 0; k < found.n; k++) out.push(ruleHash(found.cat[k] as Category), -1);
}


/** English or not, by function words: the model was trained on English and stays out of Dutch. */
export function looksEnglish(an: Analysis): boolean {
  return an.enWords > an.nlWords;
}
