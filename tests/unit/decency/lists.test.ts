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
