import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../shared/decency/index';
import { WordTable, hashWord } from '../../../shared/decency/table';
import { CodeUnits, SENTINEL } from '../../../shared/decency/units';
import { ByteMemo, MEMO_MAX_LEN, StringMemo } from '../../../shared/decency/word-memo';

/** The pieces that make classifying fast must never change what it reads. */
describe('code units', () => {
  const units = (text: string): number[] => {
    const c = new CodeUnits();
    c.load(text);
    return Array.from(c.u.subarray(0, text.length));
  };
  const charCodes = (text: string): number[] => {
    const out: number[] = [];
    for (let i = 0; i < text.length; i++) out.push(text.charCodeAt(i));
    return out;
  };
  const exact = (text: string): void => expect(units(text)).toEqual(charCodes(text));

  it('are the text’s UTF-16 units: ASCII, accents, homoglyphs, emoji, mathematical letters', () => {
    for (const t of ['', 'a', 'Hallo allemaal!', 'Één café, naïef', 'каnker', '👍🏽 ❤️ 👨‍👩‍👧', '𝐤𝐚𝐧𝐤𝐞𝐫', 'ｆｕｌｌ', '\u200bzero\u00adwidth']) exact(t);
  });

  it('keep lone surrogates and U+FFFD as they are (the encoder would replace them)', () => {
    for (const t of ['a\ud83d', '\udc4db', 'x\ud83dy\udc4dz', 'echt \ufffd raar', '\ud83d\ud83d\udc4d']) exact(t);
  });

  it('grow for long texts and mark the end', () => {
    const long = 'Ik vind het rooster echt raar 😅 '.repeat(400);
    exact(long);
    const c = new CodeUnits();
    c.load('kort');
    expect(c.u[4]).toBe(SENTINEL);
    expect(c.u[5]).toBe(SENTINEL);
  });

  it('read the new text after another one', () => {
    const c = new CodeUnits();
    c.load('een lange tekst met woorden');
    c.load('kort');
    expect(Array.from(c.u.subarray(0, 4))).toEqual(charCodes('kort'));
    expect(c.u[4]).toBe(SENTINEL);
  });
});

describe('word memos', () => {
  const buf = (s: string): Uint16Array => Uint16Array.from(s, (ch) => ch.charCodeAt(0));

  it('give back the same spelling, and never another word with the same hash', () => {
    const m = new StringMemo();
    const a = m.get(hashWord('juf'), buf('juf'), 0, 3);
    expect(a).toBe('juf');
    expect(m.get(hashWord('juf'), buf('xjufx'), 1, 3)).toBe('juf');
    // Same (forced) hash, other letters: a new string, not the memoised one.
    expect(m.get(hashWord('juf'), buf('jaf'), 0, 3)).toBe('jaf');
  });

  it('remember small values per spelling only', () => {
    const m = new ByteMemo();
    const h = hashWord('uitslag');
    expect(m.get(h, buf('uitslag'), 0, 7)).toBe(-1);
    m.set(h, buf('uitslag'), 0, 7, 1);
    expect(m.get(h, buf('uitslag'), 0, 7)).toBe(1);
    expect(m.get(h, buf('uitslak'), 0, 7)).toBe(-1);
    const long = 'x'.repeat(MEMO_MAX_LEN + 1);
    m.set(hashWord(long), buf(long), 0, long.length, 1);
    expect(m.get(hashWord(long), buf(long), 0, long.length)).toBe(-1);
  });
});

describe('word table', () => {
  const buf = (s: string): Uint16Array => Uint16Array.from(s, (ch) => ch.charCodeAt(0));
  it('finds every word by its letters and nothing else', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}x`);
    const t = new WordTable(words);
    words.forEach((w, id) => {
      expect(t.findWord(w)).toBe(id);
      expect(t.find(hashWord(w), buf(w), 0, w.length)).toBe(id);
    });
    expect(t.findWord('nope')).toBe(-1);
    expect(t.find(hashWord('nope'), buf('nope'), 0, 4)).toBe(-1);
  });
});

describe('an invisible mark between words', () => {
  it('changes nothing (the prefilter skips it, the analysis ignores it)', () => {
    const e = createEngine();
    for (const [a, b] of [
      ['Sterkte aan de familie, wat een verdriet. ❤️', 'Sterkte aan de familie, wat een verdriet. ❤'],
      ['Alle Polen moeten terug naar hun eigen land ❤️', 'Alle Polen moeten terug naar hun eigen land ❤'],
      ['wat een \u200bkutschool', 'wat een kutschool'],
    ] as const) {
      const ra = e.classify(a);
      const rb = e.classify(b);
      expect(ra.flagged).toBe(rb.flagged);
      expect(ra.categories).toEqual(rb.categories);
    }
  });
});
