import { describe, expect, it } from 'vitest';
import { createEngine, ENGINE_VERSION, SchoolListsSchema } from '../../../shared/decency/index';

describe('school lists', () => {
  it('validates: rejects empty version, bad categories, words on both lists', () => {
    expect(SchoolListsSchema.safeParse({ version: '' }).success).toBe(false);
    expect(SchoolListsSchema.safeParse({ version: '1', flagWords: [{ term: 'x', category: 'hate' }] }).success).toBe(false);
    expect(SchoolListsSchema.safeParse({ version: '1', flagWords: [{ term: 'sloeber', category: 'nonsense' }] }).success).toBe(false);
    expect(
      SchoolListsSchema.safeParse({ version: '1', flagWords: [{ term: 'sloeber', category: 'insult' }], allowWords: ['Sloeber'] }).success,
    ).toBe(false);
    const ok = SchoolListsSchema.parse({ version: '2026-03.1' });
    expect(ok).toEqual({ version: '2026-03.1', flagWords: [], allowWords: [], publicContacts: [], staffNames: [] });
  });

  it('flag words and phrases take their category; the list version is echoed', () => {
    const e = createEngine({
      version: 'v7',
      flagWords: [{ term: 'sloeber', category: 'insult', severity: 1 }, { term: 'stomme school', category: 'coarse_language' }],
    });
    const r = e.classify('Wat ben jij een sloeber');
    expect(r.categories).toEqual(['insult']);
    expect(r.listVersion).toBe('v7');
    expect(r.engineVersion).toBe(ENGINE_VERSION);
    expect(e.classify('Echt een stomme school dit').categories).toEqual(['coarse_language']);
  });

  it("a school-list engine keeps the base phrases' words-that-may-not-follow", () => {
    // The school engine copies the base phrases and numbers their words in its own table.
    const e = createEngine({ version: '1', flagWords: [{ term: 'stomme school', category: 'coarse_language' }] });
    expect(e.classify('Who would stab her in the back anyway').flagged).toBe(false);
    expect(e.classify("I'll stab you in the back of your neck when you're not looking").categories).toContain('threat');
    expect(e.classify('minecraft update: we have to go back to the jungle biome lol').flagged).toBe(false);
    expect(e.classify('go back to the jungle you monkey').categories).toContain('hate');
    // And the plain engine, built before, still reads its own.
    const plain = createEngine();
    expect(plain.classify('Who would stab her in the back anyway').flagged).toBe(false);
    expect(plain.classify("I'll stab you in the back of your neck when you're not looking").categories).toContain('threat');
  });

  it('allow words are never flagged', () => {
    const plain = createEngine();
    expect(plain.classify('Wat een kutweer').flagged).toBe(true);
    const e = createEngine({ version: '1', allowWords: ['kutweer'] });
    expect(e.classify('Wat een kutweer').flagged).toBe(false);
  });

  it('staff names make accusations recognisable as defamation', () => {
    const e = createEngine({ version: '1', staffNames: ['Henk Zwart'] });
    expect(e.classify('zwart heeft geld gestolen').categories).toContain('defamation');
  });

  it('context names work like staff names', () => {
    const e = createEngine();
    expect(e.classify('bakker heeft geld gestolen', { knownNames: ['Ilse Bakker'] }).categories).toContain('defamation');
  });

  it('results are plain data (safe to store and send over IPC)', () => {
    const r = createEngine().classify('Kut school');
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});

describe('purity', () => {
  it('shared/decency imports no Node or Electron modules', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const { join } = await import('node:path');
    const root = join(__dirname, '../../../shared/decency');
    const files: string[] = [];
    const walk = (d: string): void => {
      for (const f of readdirSync(d)) {
        const p = join(d, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.ts')) files.push(p);
      }
    };
    walk(root);
    for (const f of files) {
      const src = readFileSync(f, 'utf8');
      expect(src, f).not.toMatch(/from ['"](node:|fs|path|electron|os|crypto)['"/]/);
      expect(src, f).not.toMatch(/\bprocess\.|\brequire\(/);
    }
  });
});
