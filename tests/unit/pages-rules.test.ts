import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/contract';
import { hasSchoolSuffix, isCalendarDate, looksLikeFormula, suggestDisplayName } from '../../shared/api/pages';
import { detectDelimiter, neutralise, parseCsv, toCsv } from '../../electron/services/csv';
import { normaliseHandle, schoolToday } from '../../electron/services/pages-validate';
import { PLATFORMS } from '../../shared/platforms/catalogue';

const SUFFIX = ' - CSG Het Streek';

describe('the school suffix (B1)', () => {
  it('accepts "<something> - <school>" only', () => {
    expect(hasSchoolSuffix('Project X - CSG Het Streek', SUFFIX)).toBe(true);
    expect(hasSchoolSuffix('  Jan de Wit - CSG Het Streek ', SUFFIX)).toBe(true);
    expect(hasSchoolSuffix('Project X', SUFFIX)).toBe(false);
    expect(hasSchoolSuffix(' - CSG Het Streek', SUFFIX)).toBe(false);
    expect(hasSchoolSuffix('Project X – CSG Het Streek', SUFFIX)).toBe(false);
    expect(hasSchoolSuffix('Project X - csg het streek', SUFFIX)).toBe(false);
  });

  it('suggests the one-click fix, repairing near misses instead of doubling the school', () => {
    expect(suggestDisplayName('Project X', SUFFIX)).toBe('Project X - CSG Het Streek');
    expect(suggestDisplayName('Project X – csg het streek', SUFFIX)).toBe('Project X - CSG Het Streek');
    expect(suggestDisplayName('Project X CSG Het Streek', SUFFIX)).toBe('Project X - CSG Het Streek');
    expect(suggestDisplayName('Project  X | CSG Het Streek', SUFFIX)).toBe('Project X - CSG Het Streek');
    expect(suggestDisplayName('Project X - CSG Het Streek', SUFFIX)).toBe('Project X - CSG Het Streek');
    expect(suggestDisplayName('', SUFFIX)).toBe('');
  });
});

describe('dates, handles, formulas', () => {
  it('knows a real calendar date', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('2027-13-01')).toBe(false);
    expect(isCalendarDate('24-11-2026')).toBe(false);
    expect(isCalendarDate('2026-11-24T00:00')).toBe(false);
  });

  it('takes the school day in Amsterdam, not in UTC', () => {
    expect(schoolToday(new Date('2026-11-24T23:30:00Z'))).toBe('2026-11-25');
    expect(schoolToday(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
  });

  it('normalises handles and refuses what cannot be one', () => {
    expect(normaliseHandle('@HetStreek')).toEqual({ handle: 'HetStreek' });
    expect(normaliseHandle(' @school@mastodon.nl ')).toEqual({ handle: 'school@mastodon.nl' });
    expect(normaliseHandle('https://blog.hetstreek.nl/feed')).toEqual({ handle: 'https://blog.hetstreek.nl/feed' });
    expect(normaliseHandle('=cmd|x')).toEqual({ issue: 'formulaLike' });
    expect(normaliseHandle('@@x')).toEqual({ issue: 'formulaLike' });
    expect(normaliseHandle('-x')).toEqual({ issue: 'formulaLike' });
    expect(normaliseHandle('het streek')).toEqual({ issue: 'handleInvalid' });
    expect(normaliseHandle('<script>')).toEqual({ issue: 'handleInvalid' });
    expect(normaliseHandle('@')).toEqual({ issue: 'formulaLike' });
  });

  it('spots what a spreadsheet would run', () => {
    for (const v of ['=1+1', '+31612345678', '-2', '@SUM(A1)', '\tx', '\rx']) expect(looksLikeFormula(v), v).toBe(true);
    for (const v of ['1+1', 'a=b', "'=1", '']) expect(looksLikeFormula(v), v).toBe(false);
  });
});

describe('CSV', () => {
  it('detects the delimiter from the header, ignoring quoted text', () => {
    expect(detectDelimiter('a;b;c\n1,2;3')).toBe(';');
    expect(detectDelimiter('a,b,c\n1;2;3;4;5')).toBe(',');
    expect(detectDelimiter('"a;b;c",d,e\n')).toBe(',');
  });

  it('neutralises formula cells on the way out and restores them on the way in', () => {
    expect(neutralise('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(neutralise('Project X')).toBe('Project X');
    const text = toCsv(['a', 'b'], [{ a: '=1+1', b: 'regel 1\nregel 2' }, { a: '@x', b: null }]);
    expect(text).toBe('a,b\r\n\'=1+1,"regel 1\nregel 2"\r\n\'@x,\r\n');
    const parsed = parseCsv(text, ['a', 'b']);
    expect(parsed.ok && parsed.records.map((r) => [r.line, r.cells])).toEqual([
      [2, { a: '=1+1', b: 'regel 1\nregel 2' }],
      [4, { a: '@x', b: '' }],
    ]);
  });

  it('matches columns by name in any order and case', () => {
    const parsed = parseCsv('\uFEFFB ; A\r\n2;1\r\n', ['a', 'b']);
    expect(parsed).toMatchObject({ ok: true, delimiter: ';', records: [{ line: 2, cells: { a: '1', b: '2' } }] });
  });
});

describe('the contract for pages', () => {
  it('refuses unknown fields on every pages, inventory and import method', () => {
    for (const [name, spec] of Object.entries(contract)) {
      if (!/^(pages|inventory|peopleImport)\./.test(name)) continue;
      const result = spec.input.safeParse({ unexpected: true });
      expect(result.success, name).toBe(false);
      expect(JSON.stringify(result.error?.issues), name).toMatch(/unrecognized_keys|unexpected/);
    }
  });

  it('follows protocol A8/A9 in the platform catalogue', () => {
    expect(PLATFORMS.x.fullControl).toBe(true);
    expect(PLATFORMS.linkedin.fullControl).toBe(true);
    expect(PLATFORMS.rss.fullControl).toBe(true);
    expect(PLATFORMS.facebook.fullControl).toBe(false);
  });
});
