import { insertClassifiedItems, type ClassifiedConnectorItem } from '../../db/items';
import type { ConnectorItem } from '../../electron/connectors/types';
import { CATEGORY_INFO, clausesFor } from '../../shared/decency/categories';
import type { Category, DecencyResult, Severity } from '../../shared/decency/types';
import type { Actor } from '../../electron/services/context';
import { activePage, pagesSchool, requestInput, type PagesSchool } from './pages';

// A school with pages and items for the moderation tests. Items are stored as a poll would store them
// (insertClassifiedItems), with classifications made by hand so each test knows exactly what it has.

export interface ItemSpec {
  text?: string;
  /** Minutes after 2026-11-24T08:00Z (negative: before). */
  minute?: number;
  at?: string;
  categories?: Category[];
  severity?: Severity;
  author?: string;
  kind?: ConnectorItem['kind'];
  thread?: string | null;
  parent?: string | null;
  externalId?: string;
  media?: ConnectorItem['media'];
  /** Words to mark: each occurrence in the text becomes a span of the first category. */
  words?: string[];
}

export const BASE_TIME = Date.parse('2026-11-24T08:00:00.000Z');
let seq = 0;

export function classified(spec: ItemSpec): ClassifiedConnectorItem {
  const text = spec.text ?? `Bericht ${++seq}`;
  const categories = spec.categories ?? [];
  const severity = (spec.severity ?? (categories.length ? Math.max(...categories.map((c) => CATEGORY_INFO[c].severity)) : 0)) as Severity;
  const spans: DecencyResult['spans'] = [];
  for (const word of spec.words ?? []) {
    const start = text.indexOf(word);
    if (start >= 0) spans.push({ start, end: start + word.length, rule: `test.${categories[0] ?? 'insult'}`, category: categories[0] ?? 'insult', nl: 'Testregel', en: 'Test rule' });
  }
  const at = spec.at ?? new Date(BASE_TIME + (spec.minute ?? 0) * 60_000).toISOString();
  const author = spec.author ?? 'Lisa';
  return {
    item: {
      externalId: spec.externalId ?? `ext-${++seq}-${Math.random().toString(36).slice(2, 8)}`,
      kind: spec.kind ?? 'comment',
      url: 'https://www.instagram.com/p/abc/',
      author: { id: `id-${author}`, handle: author.toLowerCase(), name: author },
      text,
      createdAt: at,
      parentExternalId: spec.parent ?? null,
      threadExternalId: spec.thread === undefined ? 'thread-1' : spec.thread,
      hasMedia: (spec.media ?? []).length > 0,
      media: spec.media ?? [],
    },
    result: {
      flagged: categories.length > 0,
      severity,
      categories,
      clauses: clausesFor(categories),
      spans,
      engineVersion: 'test-1',
      listVersion: 'builtin',
    },
  };
}

export async function addItems(s: PagesSchool, pageId: number, specs: ItemSpec[]): Promise<number[]> {
  const page = await s.t.backend.store.db.selectFrom('pages').select(['id', 'platform']).where('id', '=', pageId).executeTakeFirstOrThrow();
  const inserted = await insertClassifiedItems(s.t.backend.store.db, page, specs.map(classified), new Date(BASE_TIME).toISOString());
  return inserted.map((i) => i.id);
}

/** The pages cast plus two live pages: Olga's (with Bert as backup, Mark as manager) and Otto's (manager Mia). */
export async function moderationSchool() {
  const s = await pagesSchool();
  const page = await activePage(s);
  const requestedByOtto = await s.t.as(
    s.otherOwner,
    'pages.request',
    requestInput(s, { handle: '@otto_streek', displayName: 'Otto - CSG Het Streek', ownerId: s.otherOwner.personId!, managerId: s.otherManager.personId! }),
  );
  await s.t.as(s.otherManager, 'pages.approve', { id: requestedByOtto.id, reason: 'Goed plan' });
  const otherPage = await s.t.as(s.otherOwner, 'pages.link', { id: requestedByOtto.id });
  s.t.clock.set('2026-11-24T09:00:00.000Z');
  return { ...s, page, otherPage };
}

export type ModerationSchool = Awaited<ReturnType<typeof moderationSchool>>;

export function actorOf(s: PagesSchool, who: keyof Pick<PagesSchool, 'owner' | 'backup' | 'manager' | 'otherManager' | 'otherOwner' | 'board' | 'comms' | 'plain' | 'admin'>): Actor {
  return s[who];
}
