/**
 * The item's UTF-16 code units in a typed array, read once per item. Every scan of the text (the
 * prefilter, the tokenizer, the spaced-letter merge, the quote pairing) reads `u[i]` instead of
 * `text.charCodeAt(i)`: V8 reads a typed array several times faster than it calls charCodeAt on
 * the cons and two-byte strings comments arrive as, and the texts are scanned more than once.
 *
 * The units come from the platform's native UTF-8 encoder (TextEncoder, in browsers and Node
 * alike) and are decoded back to UTF-16 in one tight loop: `u[i] === text.charCodeAt(i)` for every
 * i < n. The encoder writes U+FFFD for a lone surrogate; wherever U+FFFD comes out, the unit is
 * read from the text itself, so even malformed text gets its exact units.
 *
 * Past the end, u[n] and u[n + 1] hold SENTINEL, a unit of class OTHER that is no spacer, so
 * look-ahead at the last character sees "nothing that joins a word", as charCodeAt's NaN did.
 */
export const SENTINEL = 0x7f;

const encoder = new TextEncoder();

export class CodeUnits {
  /** The text the units were read from. */
  text = '';
  n = 0;
  u = new Uint16Array(256);
  private bytes = new Uint8Array(768);

  constructor() {
    this.u[0] = SENTINEL;
    this.u[1] = SENTINEL;
  }

  /** Reads `text` unless it is the one already loaded. */
  load(text: string): void {
    if (text === this.text && this.n === text.length) return;
    const n = text.length;
    if (n * 3 + 4 > this.bytes.length) this.bytes = new Uint8Array(n * 6 + 8);
    if (n + 2 > this.u.length) this.u = new Uint16Array(n * 2 + 4);
    const bytes = this.bytes;
    const u = this.u;
    const m = encoder.encodeInto(text, bytes).written;
    let j = 0;
    for (let i = 0; i < m; i++) {
      const b = bytes[i] as number;
      if (b < 0x80) {
        u[j++] = b;
      } else if (b < 0xe0) {
        u[j++] = ((b & 0x1f) << 6) | ((bytes[++i] as number) & 0x3f);
      } else if (b < 0xf0) {
        const c = ((b & 0x0f) << 12) | (((bytes[i + 1] as number) & 0x3f) << 6) | ((bytes[i + 2] as number) & 0x3f);
        i += 2;
        u[j] = c === 0xfffd ? text.charCodeAt(j) : c;
        j++;
      } else {
        const cp = ((((b & 0x07) << 18) | (((bytes[i + 1] as number) & 0x3f) << 12) | (((bytes[i + 2] as number) & 0x3f) << 6) |
          ((bytes[i + 3] as number) & 0x3f)) - 0x10000);
        i += 3;
        u[j++] = 0xd800 + (cp >> 10);
        u[j++] = 0xdc00 + (cp & 0x3ff);
      }
    }
    u[n] = SENTINEL;
    u[n + 1] = SENTINEL;
    this.n = n;
    this.text = text;
  }
}

/** One per process: classifying is synchronous, so items never interleave. */
export const UNITS = new CodeUnits();

/** 🍆 🍑 as UTF-16 pairs: the emoji that stand for sex (💦 and 👅 are as often water and food). */
export function sexualEmoji(hi: number, lo: number): boolean {
  return hi === 0xd83c && (lo === 0xdf46 || lo === 0xdf51);
}

/** 💦 👅 🥵 🤤: water, food and heat on their own; sexual next to 🍆 or 🍑 ("🍑💦"). */
export function sexualEmojiBeside(hi: number, lo: number): boolean {
  return (hi === 0xd83d && (lo === 0xdca6 || lo === 0xdc45)) || (hi === 0xd83e && (lo === 0xdd75 || lo === 0xdd24));
}

/** How many emoji stand for sex: 🍆 and 🍑, and 💦 👅 🥵 🤤 when one of those two is there. */
export function countSexualEmoji(u: Uint16Array, from: number, to: number): [number, number] {
  return [countEmoji(u, from, to, sexualEmoji), countEmoji(u, from, to, sexualEmojiBeside)];
}

/** 🔪 🔫 as UTF-16 pairs: a weapon drawn in a message (💣 is "de bom", praise). */
export function weaponEmoji(hi: number, lo: number): boolean {
  return hi === 0xd83d && (lo === 0xdd2a || lo === 0xdd2b);
}

/** 🐒 🐵 🦍 as UTF-16 pairs: thrown at Black players and people of colour. */
export function monkeyEmoji(hi: number, lo: number): boolean {
  return (hi === 0xd83d && (lo === 0xdc12 || lo === 0xdc35)) || (hi === 0xd83e && lo === 0xdd8d);
}

/** 🐷 🐖 🐽 as UTF-16 pairs: thrown at Muslims and Jews. */
export function pigEmoji(hi: number, lo: number): boolean {
  return hi === 0xd83d && (lo === 0xdc37 || lo === 0xdc16 || lo === 0xdc3d);
}

/** How many emoji of a kind (sexualEmoji, weaponEmoji) the units hold between `from` and `to`. */
export function countEmoji(u: Uint16Array, from: number, to: number, kind: (hi: number, lo: number) => boolean): number {
  let n = 0;
  for (let k = from; k + 1 < to; k++) if (kind(u[k] as number, u[k + 1] as number)) n++;
  return n;
}
