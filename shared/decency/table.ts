/**
 * An open-addressing hash table from words to small integer ids, looked up straight from a buffer
 * of folded character codes: the tokenizer hashes each word while folding it, so a lookup costs a
 * few array reads and no string is made. The hash is FNV-1a (32-bit) over UTF-16 code units, the
 * same the tokenizer and the model's features use.
 */
export const FNV_SEED = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

export function hashChars(buf: ArrayLike<number>, off: number, len: number): number {
  let h = FNV_SEED;
  for (let k = off; k < off + len; k++) h = Math.imul(h ^ (buf[k] as number), FNV_PRIME);
  return h;
}

export function hashWord(s: string): number {
  let h = FNV_SEED;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), FNV_PRIME);
  return h;
}

export class WordTable {
  readonly size: number;
  private readonly mask: number;
  /**
   * Four ints per slot, side by side so that a probe touches one cache line (the tables are too
   * big for the fastest caches, and a miss costs more than the rest of a lookup): the word's hash,
   * its id + 1 (0 = empty), and where its characters sit in `pool` and how many there are.
   */
  private readonly slots: Int32Array;
  private readonly pool: Uint16Array;
  readonly words: readonly string[];

  constructor(words: readonly string[]) {
    this.words = words;
    let cap = 16;
    while (cap < words.length * 1.5) cap *= 2;
    this.mask = cap - 1;
    this.size = words.length;
    this.slots = new Int32Array(cap * 4);
    let total = 0;
    for (const w of words) total += w.length;
    this.pool = new Uint16Array(total);
    let p = 0;
    words.forEach((w, id) => {
      const h = hashWord(w);
      let i = h & this.mask;
      while (this.slots[i * 4 + 1] !== 0) i = (i + 1) & this.mask;
      this.slots[i * 4] = h;
      this.slots[i * 4 + 1] = id + 1;
      this.slots[i * 4 + 2] = p;
      this.slots[i * 4 + 3] = w.length;
      for (let k = 0; k < w.length; k++) this.pool[p++] = w.charCodeAt(k);
    });
  }

  /** The id of the word spelled by buf[off, off + len) with hash h, or -1. */
  find(h: number, buf: Uint16Array, off: number, len: number): number {
    const mask = this.mask;
    const slots = this.slots;
    let i = h & mask;
    for (;;) {
      const r = i * 4;
      const s = slots[r + 1] as number;
      if (s === 0) return -1;
      if (slots[r] === h && slots[r + 3] === len) {
        const p = slots[r + 2] as number;
        let k = 0;
        while (k < len && this.pool[p + k] === buf[off + k]) k++;
        if (k === len) return s - 1;
      }
      i = (i + 1) & mask;
    }
  }

  findWord(w: string): number {
    const h = hashWord(w);
    const mask = this.mask;
    let i = h & mask;
    for (;;) {
      const s = this.slots[i * 4 + 1] as number;
      if (s === 0) return -1;
      if (this.slots[i * 4] === h && this.words[s - 1] === w) return s - 1;
      i = (i + 1) & mask;
    }
  }
}
