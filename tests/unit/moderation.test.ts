import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex, verifyEvidence } from '../../db/evidence';
import { compareKeys, decodeCursor, encodeCursor } from '../../db/queue';
import { BASELINE_MS, WINDOW_MS, expectedPerWindow, judge, poissonTail } from '../../electron/services/derailment-rule';
import { escapeHtml, html } from '../../electron/services/html-template';
import { itemActions, itemRefusal, mayAnswer, type ItemFacts } from '../../electron/services/moderation-rules';
import type { Actor } from '../../electron/services/context';

const person = (id: number, ...roles: Actor['roles']): Actor => ({ personId: id, label: `p${id}`, roles, via: 'app' });

describe('poissonTail', () => {
  const direct = (n: number, l: number) => {
    let cdf = 0;
    let term = Math.exp(-l);
    for (let k = 0; k < n; k++) {
      cdf += term;
      term *= l / (k + 1);
    }
    return 1 - cdf;
  };
  it('matches the plain sum where that is accurate, and stays finite where it is not', () => {
    for (const [n, l] of [[1, 0.5], [3, 2], [5, 0.3], [10, 4], [20, 10]] as const) {
      expect(poissonTail(n, l)).toBeCloseTo(direct(n, l), 10);
    }
    expect(poissonTail(0, 3)).toBe(1);
    expect(poissonTail(4, 0)).toBe(0);
    expect(poissonTail(400, 50)).toBeGreaterThan(0);
    expect(poissonTail(400, 50)).toBeLessThan(1e-100);
    expect(poissonTail(40, 50)).toBeGreaterThan(0.9);
  });
});

describe('derailment rule', () => {
  const weeks = (n: number) => n * 7 * 86_400_000;
  it('wants a minimum count, a ratio over the usual rate and a small tail', () => {
    const history = { baselineMs: BASELINE_MS, windowMs: WINDOW_MS };
    // A page with ~1 flagged item a day: 5 flagged in half an hour is a burst; 4 is not enough.
    const quiet = { items: 336 * 2, flagged: 14 };
    expect(judge({ ...history, baseline: quiet, window: { items: 6, flagged: 5 } }).map((v) => v.kind)).toEqual(['flagged']);
    expect(judge({ ...history, baseline: quiet, window: { items: 6, flagged: 4 } })).toEqual([]);
    // A busy page: 30 items in a window it usually gets 10 in is not a derailment; 60 is.
    const busy = { items: 672 * 10, flagged: 672 };
    expect(judge({ ...history, baseline: busy, window: { items: 30, flagged: 1 } })).toEqual([]);
    expect(judge({ ...history, baseline: busy, window: { items: 60, flagged: 2 } }).map((v) => v.kind)).toEqual(['volume']);
  });

  it('has no volume alarms before a day of history, and smooths a young page towards the prior', () => {
    expect(judge({ baselineMs: 3_600_000, windowMs: WINDOW_MS, baseline: { items: 2, flagged: 0 }, window: { items: 80, flagged: 0 } })).toEqual([]);
    expect(expectedPerWindow(0, 0, WINDOW_MS, 2)).toBe(2);
    expect(expectedPerWindow(weeks(2) / WINDOW_MS, weeks(2), WINDOW_MS, 2)).toBeCloseTo(1, 1);
  });
});

describe('evidence hash', () => {
  it('hashes canonical JSON: same content, same bytes, whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 'x'], c: null } })).toBe('{"a":{"c":null,"d":[1,"x"]},"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
    const content = canonicalJson({ text: 'Ik maak je af', author: { name: 'K' } });
    const record = { content, sha256: sha256Hex(content) };
    expect(record.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(verifyEvidence(record)).toBe(true);
    expect(verifyEvidence({ ...record, content: content.replace('af', 'op') })).toBe(false);
  });
});

describe('html template', () => {
  it('escapes every interpolated value, nests templates, and drops empty ones', () => {
    const untrusted = '<script>alert("x")</script> & \'y\'';
    expect(html`<p>${untrusted}</p>`.value).toBe('<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</p>');
    expect(html`<ul>${['<a>', 'b'].map((x) => html`<li>${x}</li>`)}</ul>`.value).toBe('<ul><li>&lt;a&gt;</li><li>b</li></ul>');
    expect(html`${null}${undefined}${false}${0}`.value).toBe('0');
    expect(html`<a href="${'" onclick="x'}">`.value).toBe('<a href="&quot; onclick=&quot;x">');
    expect(escapeHtml('a<b')).toBe('a&lt;b');
  });
});

describe('queue cursor', () => {
  it('round-trips and refuses anything else', () => {
    const key = { severity: 2, createdAt: '2026-11-24T09:00:00.000Z', id: 42 };
    expect(decodeCursor(encodeCursor(key))).toEqual({ ...key, newestOnly: false });
    expect(decodeCursor(encodeCursor(key, true))).toEqual({ ...key, newestOnly: true });
    expect(decodeCursor('2|x; DROP|1')).toBeNull();
    expect(decodeCursor('9|2026-11-24T09:00:00.000Z|1')).toBeNull();
    expect(compareKeys('severity', { ...key, severity: 3 }, key)).toBeLessThan(0);
    expect(compareKeys('newest', { ...key, createdAt: '2026-11-25T00:00:00.000Z' }, key)).toBeLessThan(0);
  });
});

describe('moderation rules', () => {
  const page = { ownerId: 1, backupOwnerId: 2, managerId: 3 };
  const facts = (over: Partial<ItemFacts> = {}): ItemFacts => ({ page, status: 'nieuw', openEscalations: [], addressee: false, ...over });

  it('lets the keepers and the office decide; the manager may refer to the board', () => {
    expect(itemActions(facts(), person(1, 'eigenaar'))).toEqual(['keep', 'hide', 'delete', 'escalate', 'board', 'incident']);
    expect(itemActions(facts(), person(9, 'communicatie'))).toEqual(['keep', 'hide', 'delete', 'escalate', 'board', 'incident']);
    expect(itemActions(facts(), person(3, 'leidinggevende'))).toEqual(['board', 'incident']);
    expect(itemActions(facts(), person(8, 'directie'))).toEqual(['incident']);
    expect(itemActions(facts({ status: 'afgehandeld' }), person(2, 'eigenaar'))).toEqual(['board', 'reopen', 'incident']);
    expect(itemActions(facts({ openEscalations: ['B6'], status: 'in_behandeling' }), person(1, 'eigenaar'))).toEqual(['keep', 'hide', 'delete', 'board', 'incident']);
    expect(itemRefusal('keep', facts(), { ...person(1), personId: null })?.extra.key).toBe('decisions.errors.needPerson');
  });

  it('lets only the addressee answer', () => {
    expect(mayAnswer({ kind: 'B6', toPersonId: 3, status: 'open' }, person(3, 'leidinggevende'))).toBe(true);
    expect(mayAnswer({ kind: 'B6', toPersonId: 3, status: 'answered' }, person(3, 'leidinggevende'))).toBe(false);
    expect(mayAnswer({ kind: 'B6', toPersonId: 3, status: 'open' }, person(4, 'leidinggevende', 'directie'))).toBe(false);
    expect(mayAnswer({ kind: 'O3', toPersonId: null, status: 'open' }, person(4, 'directie'))).toBe(true);
  });
});
