/**
 * Held-out school-page checks that do not come from the dev data: our own hand-written sets
 * (tests/eval/heldout/*.jsonl: realistic comments with the dev sets' label mapping)
 * and the demo connector's hand-written templates (tests/connectors/demo/templates.ts, read-only
 * here; their categories are the labels). Both run with a school's lists — its own public contact
 * data and staff names — as the app would.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEMPLATES } from '../connectors/demo/templates';
import { createEngine } from '../../shared/decency/index';
import type { DecencyEngine } from '../../shared/decency/index';
import type { Predictions } from './report';
import type { Row } from './rows';
import { loadRows } from './rows';

const here = dirname(fileURLToPath(import.meta.url));

/** The (made-up) school of the held-out set: its own contact data must never be flagged. */
export const HELDOUT_LISTS = {
  version: 'heldout',
  publicContacts: ['0318-641200', 'info@csgrivierenland.nl', 'verzuim@csgrivierenland.nl', 'Molenweg 40, 6711 AB Ede', 'NL20INGB0001234567'],
  staffNames: ['Pieter Visser', 'Esra Yilmaz', 'Karin de Vries', 'Tim Bakker', 'Ahmed Peters'],
};

/** The demo school: the address and IBAN its templates use as the school's own. */
export const DEMO_LISTS = {
  version: 'demo',
  publicContacts: [],
  staffNames: ['Bakker', 'De Vries', 'Yilmaz', 'Jansen', 'Esra', 'Tim'],
};

export function heldoutEngine(model?: 'builtin' | null): DecencyEngine {
  return createEngine(HELDOUT_LISTS, model === undefined ? {} : { model });
}

export function loadHeldout(): Row[] {
  return loadRows(join(here, 'heldout/school-pages.jsonl'));
}

/**
 * A second hand-written set (154 comments), written after the rule work on the first was done, so
 * that its first score said how well that work generalised. First run, engine 1.1.0 before any
 * change made for it: precision 0.980, recall 0.877, false positives on harmless 1/97 (1.0%); the
 * misses were phrasings (inverted word order, a name instead of "je") that were then generalised,
 * so later scores on it are no longer blind.
 */
export function loadFresh(): Row[] {
  return loadRows(join(here, 'heldout/school-pages-fresh.jsonl'));
}

const FILL = {
  leerling: ['Sanne', 'Yusuf', 'Zoë'],
  docent: ['meneer Bakker', 'mevrouw De Vries', 'juf Esra'],
  klas: ['2B', '4 vwo', 'de brugklas'],
};

/** Every demo template, filled three ways (different names, a teacher, a class). */
export function demoRows(): Row[] {
  const rows: Row[] = [];
  const seen = new Set<string>();
  TEMPLATES.forEach((t, n) => {
    for (let k = 0; k < 3; k++) {
      const student = FILL.leerling[k] as string;
      const text = t.text
        .replace(/\{leerling\}/g, student)
        .replace(/\{docent\}/g, FILL.docent[k] as string)
        .replace(/\{klas\}/g, FILL.klas[k] as string)
        .replace(/\{email\}/g, `${student.toLowerCase()}.ouders@example.com`);
      if (seen.has(text)) continue;
      seen.add(text);
      rows.push({
        id: `demo-${n}-${k}`,
        text,
        flag: t.category === 'harmless' ? 0 : 1,
        category: t.category === 'harmless' ? null : t.category,
        meta: { media: !!t.photo, ...(t.category === 'harmless' ? { kind: 'demo' } : {}) },
      });
    }
  });
  return rows;
}

export function classifyRows(engine: DecencyEngine, rows: Row[]): Predictions {
  const pred: number[] = [];
  const cats: string[][] = [];
  for (const r of rows) {
    const res = engine.classify(r.text, { hasMedia: r.meta?.media === true });
    pred.push(res.flagged ? 1 : 0);
    cats.push(res.categories);
  }
  return { pred, cats };
}
