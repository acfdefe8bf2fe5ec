import { describe, expect, it } from 'vitest';
import { tokenize, mergeSpacedLetters, TokenBuffer } from '../../../shared/decency/tokenize';
import { classify } from './helpers';

/** Spans must point into the original text even when the engine matched a normalised form. */
function spanText(text: string, rule?: string): string[] {
  return classify(text)
    .spans.filter((s) => !rule || s.rule === rule)
    .map((s) => text.slice(s.start, s.end));
}

describe('offsets survive normalisation', () => {
  it('leetspeak', () => {
    expect(spanText('jij bent een k4nk3rl1jer!')).toContain('k4nk3rl1jer');
  });
  it('spaced letters cover the whole spelled-out word', () => {
    expect(spanText('wat een k a n k e r l i j e r ben jij')).toContain('k a n k e r l i j e r');
  });
  it('homoglyphs (Cyrillic) keep their UTF-16 positions', () => {
    const text = 'Jij bent een каnkerlijer';
    expect(spanText(text)).toContain('каnkerlijer');
  });
  it('astral characters (emoji, mathematical letters) count as two UTF-16 units', () => {
    const text = '🔥🔥 jij 𝐤𝐚𝐧𝐤𝐞𝐫𝐥𝐢𝐣𝐞𝐫';
    const spans = classify(text).spans;
    expect(spans.length).toBeGreaterThan(0);
    expect(text.slice(spans[0]!.start, spans[0]!.end)).toBe('𝐤𝐚𝐧𝐤𝐞𝐫𝐥𝐢𝐣𝐞𝐫');
  });
  it('zero-width characters inside a word', () => {
    const text = 'Kut\u200bschool echt';
    expect(spanText(text)).toContain('Kut\u200bschool');
  });
  it('run-together words are split at the right place', () => {
    const text = 'Ikhaat homoseksuelen';
    const hits = spanText(text, 'hate.derogation');
    expect(hits).toContain('haat');
  });
  it('personal data spans the number as written', () => {
    const text = 'Bel hem: +31 6 1234 5678 of mail';
    expect(spanText(text, 'personal.phone')).toEqual(['+31 6 1234 5678']);
  });
  it('every span has a rule, a category and nl + en explanations', () => {
    for (const s of classify('Ik maak je af, kankerlijer. Bel 0612345678').spans) {
      expect(s.rule).toMatch(/^[a-z_]+\.[a-z_]+$/);
      expect(s.nl.length).toBeGreaterThan(3);
      expect(s.en.length).toBeGreaterThan(3);
      expect(s.end).toBeGreaterThanOrEqual(s.start);
    }
  });
});

describe('tokenizer', () => {
  const toks = (s: string): string[] => {
    const b = new TokenBuffer();
    tokenize(s, b);
    mergeSpacedLetters(s, b);
    b.materialize(s);
    return Array.from({ length: b.n }, (_, i) => b.norm[i] as string);
  };
  it('folds accents and case, keeps apostrophes inside words', () => {
    expect(toks("Geëxecuteerd, zo'n RUÏNE")).toEqual(['geexecuteerd', ',', "zo'n", 'ruine']);
  });
  it('keeps URLs and e-mail addresses whole', () => {
    expect(toks('kijk op tinyurl.com/abc of mail a.b@c.nl')).toEqual(['kijk', 'op', 'tinyurl.com/abc', 'of', 'mail', 'a.b@c.nl']);
  });
  it('does not merge ordinary single-letter words', () => {
    expect(toks('Ik kies a of b')).toEqual(['ik', 'kies', 'a', 'of', 'b']);
  });
});
