import { insertClassifiedItems } from '../../db/items';
import type { Db } from '../../db/transaction';
import type { Category, DecencyResult } from '../../shared/decency/types';
import { clausesFor } from '../../shared/decency/categories';

let counter = 0;

export interface TestItem {
  createdAt: string;
  fetchedAt?: string;
  categories?: Category[];
  severity?: 0 | 1 | 2 | 3;
  text?: string;
  hasMedia?: boolean;
}

/** Stores items on a page as a poll would (with a classification), straight into the database. */
export async function addItems(db: Db, page: { id: number; platform: string }, items: TestItem[]): Promise<number[]> {
  const ids: number[] = [];
  const byFetch = new Map<string, TestItem[]>();
  for (const item of items) {
    const at = item.fetchedAt ?? item.createdAt;
    byFetch.set(at, [...(byFetch.get(at) ?? []), item]);
  }
  for (const [at, group] of byFetch) {
    const entries = group.map((item) => {
      counter++;
      const categories = item.categories ?? [];
      const result: DecencyResult = {
        flagged: categories.length > 0,
        severity: categories.length ? (item.severity ?? 2) : 0,
        categories,
        clauses: clausesFor(categories),
        spans: categories.map((category) => ({ start: 0, end: 0, rule: `test.${category}`, category, nl: 'test', en: 'test' })),
        engineVersion: 'test',
        listVersion: 'test',
      };
      return {
        item: {
          externalId: `test-${page.id}-${counter}-${Math.random().toString(36).slice(2)}`,
          kind: 'comment' as const,
          url: null,
          author: { id: `a${counter % 17}`, handle: `leerling${counter % 17}`, name: null },
          text: item.text ?? `Reactie nummer ${counter}`,
          createdAt: item.createdAt,
          parentExternalId: null,
          threadExternalId: null,
          hasMedia: item.hasMedia ?? false,
          media: [],
        },
        result,
      };
    });
    const inserted = await insertClassifiedItems(db, page, entries, at);
    ids.push(...inserted.map((i) => i.id));
  }
  return ids;
}
