/**
 * Small fixed-size memos keyed by a word's folded characters (with their FNV hash), for answers
 * that depend on the spelling alone: the string of a word the lexicon does not know, whether an
 * unknown word may be a compound. Words repeat from item to item (names, everyday words), so most
 * lookups hit, and a hit saves making a string or probing every split point.
 *
 * Direct-mapped: a slot holds the last word that hashed to it, so the memory is fixed however many
 * items pass (a colliding word simply replaces the older one). Every hit compares the characters,
 * so an answer is only ever reused for the very same spelling.
 */
const SLOTS = 4096;
const MASK = SLOTS - 1;
/** Longer words are not memoised (rare, and they would need a bigger pool). */
export const MEMO_MAX_LEN = 32;

function slotOf(h: number): number {
  return (h ^ (h >>> 13)) & MASK;
}

/** Folded spelling → its string. */
export class StringMemo {
  private readonly hashes = new Int32Array(SLOTS);
  private readonly strs: (string | undefined)[] = new Array<string | undefined>(SLOTS).fill(undefined);

  /** The string spelled by buf[off, off + len) with hash h, made once per spelling. */
  get(h: number, buf: Uint16Array, off: number, len: number): string {
    const slot = slotOf(h);
    const s = this.strs[slot];
    if (s !== undefined && this.hashes[slot] === h && s.length === len) {
      let k = 0;
      while (k < len && s.charCodeAt(k) === buf[off + k]) k++;
      if (k === len) return s;
    }
    const made = String.fromCharCode.apply(null, buf.subarray(off, off + len) as unknown as number[]);
    this.strs[slot] = made;
    this.hashes[slot] = h;
    return made;
  }
}

/** Folded spelling → a small number (0–254) computed from the spelling alone. */
export class ByteMemo {
  private readonly hashes = new Int32Array(SLOTS);
  /** 0: empty; else the word's length. */
  private readonly lens = new Uint8Array(SLOTS);
  private readonly vals = new Uint8Array(SLOTS);
  private readonly chars = new Uint16Array(SLOTS * MEMO_MAX_LEN);

  /** The memoised value, or -1. */
  get(h: number, buf: Uint16Array, off: number, len: number): number {
    const slot = slotOf(h);
    if (this.lens[slot] !== len || this.hashes[slot] !== h) return -1;
    const base = slot * MEMO_MAX_LEN;
    for (let k = 0; k < len; k++) if (this.chars[base + k] !== buf[off + k]) return -1;
    return this.vals[slot] as number;
  }

  set(h: number, buf: Uint16Array, off: number, len: number, v: number): void {
    if (len > MEMO_MAX_LEN || len === 0) return;
    const slot = slotOf(h);
    const base = slot * MEMO_MAX_LEN;
    for (let k = 0; k < len; k++) this.chars[base + k] = buf[off + k] as number;
    this.lens[slot] = len;
    this.hashes[slot] = h;
    this.vals[slot] = v;
  }
}
