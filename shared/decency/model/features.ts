import { A } from '../lexicon/roles';

/**
 * Features for the small statistical model, computed the same way whichever path read the item
 * (the one-pass prefilter or the full analysis) and when training (tests/eval/train-olid-model.ts):
 * hashed word unigrams and bigrams of the folded spellings, character 3- and 4-grams of each word
 * with boundary marks (robust to "fuckin", "idiots"), the lexicon roles present, and shouting.
 * Punctuation, numbers and emoji are left out, so both paths see the same words.
 */
export const FEATURE_BITS = 18;
export const FEATURE_MASK = (1 << FEATURE_BITS) - 1;

/** The words of one item: folded characters, where each word sits, its hash and its text offsets. */
export class WordSeq {
  n = 0;
  buf = new Uint16Array(512);
  start = new Int32Array(64);
  len = new Int32Array(64);
  hash = new Int32Array(64);
  /** Offsets into the original text, for the span the owner sees. */
  from = new Int32Array(64);
  to = new Int32Array(64);
  /** Each word's role bits as the rules read them (the model defers to the rules on judged words). */
  role = new Int32Array(64);
  roles = 0;
  caps = 0;

  reset(): void {
    this.n = 0;
    this.roles = 0;
    this.caps = 0;
  }

  /** Adds a word whose folded characters are src[off, off + len). */
  add(src: Uint16Array, off: number, len: number, hash: number, from: number, to: number, role = 0): void {
    const i = this.n;
    if (i === this.start.length) this.grow();
    const at = i === 0 ? 0 : (this.start[i - 1] as number) + (this.len[i - 1] as number);
    if (at + len > this.buf.length) {
      const b = new Uint16Array((at + len) * 2);
      b.set(this.buf);
      this.buf = b;
    }
    for (let k = 0; k < len; k++) this.buf[at + k] = src[off + k] as number;
    this.start[i] = at;
    this.len[i] = len;
    this.hash[i] = hash;
    this.from[i] = from;
    this.to[i] = to;
    this.role[i] = role;
    this.n = i + 1;
  }

  grow(): void {
    const cap = this.start.length * 2;
    const g = (a: Int32Array): Int32Array<ArrayBuffer> => {
      const b = new Int32Array(cap);
      b.set(a);
      return b;
    };
    this.start = g(this.start);
    this.len = g(this.len);
    this.hash = g(this.hash);
    this.from = g(this.from);
    this.to = g(this.to);
    this.role = g(this.role);
  }
}

/** Hash of two hashes (word bigrams). Exported for the feature experiments in tests/eval. */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** FNV-1a of a feature's name, not yet masked to the feature space. */
export function hashLabel(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const label = (s: string): number => hashLabel(s) & FEATURE_MASK;

/** The lexicon roles that are features, with the (unmasked) hash of each one's name. */
export const ROLE_LABELS: [number, number][] = (
  [
    [A.PROFANITY, 'PROFANITY'], [A.INSULT, 'INSULT'], [A.INSULT_ADJ, 'INSULT_ADJ'], [A.NEG_ATTRIB, 'NEG_ATTRIB'],
    [A.DEHUM, 'DEHUM'], [A.SLUR, 'SLUR'], [A.NEG_EMOTE, 'NEG_EMOTE'], [A.VIOLENT, 'VIOLENT'], [A.PRON2, 'PRON2'],
    [A.GROUP, 'GROUP'], [A.DISEASE, 'DISEASE'],
  ] as [number, string][]
).map(([bit, name]) => [bit, hashLabel('role:' + name)]);
const ROLE_FEATURES: [number, number][] = ROLE_LABELS.map(([bit, h]) => [bit, h & FEATURE_MASK]);
export const COMBO_LABEL = 'combo:you+neg';
export const CAPS_LABEL = 'shape:allcaps';
const COMBO_YOU_NEG = label(COMBO_LABEL);
const CAPS = label(CAPS_LABEL);
export const BIAS_WORD = 0x2f6b3a1d;

/** Writes feature indices into `out` and, for each, the word it came from (-1: the item as a whole). */
export class FeatureBuffer {
  n = 0;
  idx = new Int32Array(256);
  from = new Int32Array(256);
  push(i: number, word: number): void {
    if (this.n === this.idx.length) {
      const a = new Int32Array(this.n * 2);
      a.set(this.idx);
      this.idx = a;
      const b = new Int32Array(this.n * 2);
      b.set(this.from);
      this.from = b;
    }
    this.idx[this.n] = i;
    this.from[this.n] = word;
    this.n++;
  }
}

/** Scratch: the 3-gram hashes of the current word. */
let grams = new Int32Array(64);

export function extractFeatures(seq: WordSeq, out: FeatureBuffer): void {
  out.n = 0;
  const buf = seq.buf;
  let prev = BIAS_WORD;
  for (let w = 0; w < seq.n; w++) {
    const h = seq.hash[w] as number;
    out.push((h >>> 0) & FEATURE_MASK, w);
    out.push(mix(prev, h) & FEATURE_MASK, w);
    prev = h;
    const s = seq.start[w] as number;
    const len = seq.len[w] as number;
    if (len < 2) continue;
    // Character 3- and 4-grams of "<word>", hashed from the folded characters. The hash is FNV,
    // so a 4-gram's hash is its leading 3-gram's hash taken one character further: the 3-grams are
    // kept and extended (same values, pushed in the same order: all 3-grams, then all 4-grams).
    const n3 = len; // 3-grams start at -1 … len - 2
    if (grams.length < n3) grams = new Int32Array(n3 * 2);
    for (let i = -1; i + 3 <= len + 1; i++) {
      let g = 0x9747b28c;
      for (let k = i; k < i + 3; k++) g = Math.imul(g ^ (k < 0 ? 60 : k >= len ? 62 : (buf[s + k] as number)), 0x01000193);
      grams[i + 1] = g;
      out.push((g >>> 0) & FEATURE_MASK, w);
    }
    for (let i = -1; i + 4 <= len + 1; i++) {
      const k = i + 3;
      const g = Math.imul((grams[i + 1] as number) ^ (k >= len ? 62 : (buf[s + k] as number)), 0x01000193);
      out.push((g >>> 0) & FEATURE_MASK, w);
    }
  }
  const roles = seq.roles;
  for (const [bit, h] of ROLE_FEATURES) if (roles & bit) out.push(h, -1);
  if (roles & A.PRON2 && roles & (A.INSULT | A.INSULT_ADJ | A.PROFANITY | A.NEG_ATTRIB)) out.push(COMBO_YOU_NEG, -1);
  if (seq.caps >= 2) out.push(CAPS, -1);
}
