import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../shared/decency/index';

// Several engines live in one process (the poller's, a re-check's, the word-list try-out's). Making
// one with the school's own multi-word terms must not change what any other engine says.

const TEXTS = [
  'Alle Polen moeten terug naar hun eigen land',
  'Alle Polen moeten terug naar hun eigen land ❤️',
  'Niemand wil naast jou zitten in de bus',
  'Ik weet waar je woont',
  'ik wil niet meer leven',
  'Wat een mooie open dag, bedankt!',
];

describe('engines are independent', () => {
  it('a school-list engine with phrases leaves the plain engine and itself unchanged', () => {
    const plain = createEngine();
    const before = TEXTS.map((t) => plain.classify(t));
    const school = createEngine({
      version: 'test.1',
      flagWords: [{ term: 'stomme bus', category: 'insult' }, { term: 'rare kluns', category: 'insult' }],
      allowWords: ['open dag voor iedereen'],
      publicContacts: [],
      staffNames: [],
    });
    const schoolBefore = TEXTS.map((t) => school.classify(t));
    const another = createEngine({ version: 'test.2', flagWords: [{ term: 'gekke henkie', category: 'insult' }], allowWords: [], publicContacts: [], staffNames: [] });
    expect(TEXTS.map((t) => plain.classify(t))).toEqual(before);
    expect(TEXTS.map((t) => school.classify(t))).toEqual(schoolBefore);
    expect(school.classify('Wat een stomme bus is dat').categories).toContain('insult');
    expect(another.classify('Wat een stomme bus is dat').categories).not.toContain('insult');
    expect(plain.classify('Alle Polen moeten terug naar hun eigen land').categories).toContain('hate');
  });
});
