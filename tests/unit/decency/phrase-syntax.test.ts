import { describe, expect, it } from 'vitest';
import { expandGroups, parsePhrase } from '../../../shared/decency/compile';
import { PHRASES } from '../../../shared/decency/lexicon/phrases';
import { cats } from './helpers';

/**
 * The phrase syntax: a space starts a new slot, so alternatives of several words need parentheses.
 * Three code reviews found phrases whose multi-word alternative had silently split into slots.
 */
describe('phrase syntax', () => {
  it('expands a group of multi-word alternatives into every form', () => {
    expect(expandGroups('(no one|nobody) ~1 cares|notices')).toEqual(['no one ~1 cares|notices', 'nobody ~1 cares|notices']);
    expect(expandGroups('a (b|c d) e (f|g)')).toEqual(['a b e f', 'a b e g', 'a c d e f', 'a c d e g']);
    expect(expandGroups('plain words')).toEqual(['plain words']);
  });

  it('rejects a group that is never closed', () => {
    expect(() => expandGroups('(no one|nobody cares')).toThrow(/unclosed group/);
  });

  it('parses every built-in pattern, groups and all', () => {
    for (const [tag, patterns] of Object.entries(PHRASES)) {
      for (const pattern of patterns) {
        for (const form of expandGroups(pattern)) {
          const p = parsePhrase(form, 0, tag as never);
          expect(p, `${tag}: ${pattern}`).not.toBeNull();
          // A parenthesis left in a slot word would be a group the expansion missed.
          for (const slot of p?.slots ?? []) for (const w of slot.words) expect(w, pattern).not.toMatch(/[()]/);
        }
      }
    }
  });

  it('matches each form of a group in the running engine', () => {
    expect(cats('cut again. nobody cares')).toContain('self_harm');
    expect(cats('cut again. no one cares')).toContain('self_harm');
    expect(cats('Die Polen brengen niets dan problemen in de wijk')).toContain('hate');
    expect(cats('Die Polen brengen alleen maar overlast in de wijk')).toContain('hate');
  });
});
