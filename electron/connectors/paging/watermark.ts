// Where a feed of items was read up to. `key` orders items (an id or a time); `ids` are the items
// seen at exactly that key, because times repeat (Graph gives whole seconds) and an item in the same
// second as the last poll must neither be lost nor be delivered twice.

export interface Watermark {
  key: string;
  ids: string[];
}

/** Numeric ids (X, Mastodon snowflakes) compare as numbers; ULIDs and ISO times as text. */
export function compareKeys(a: string, b: string): number {
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
    const x = a.replace(/^0+(?=\d)/, '');
    const y = b.replace(/^0+(?=\d)/, '');
    if (x.length !== y.length) return x.length - y.length;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isAfter(key: string, id: string, mark: Watermark | null): boolean {
  if (!mark) return true;
  const c = compareKeys(key, mark.key);
  return c > 0 || (c === 0 && !mark.ids.includes(id));
}

/** The later of two marks; at equal keys the ids are merged. */
export function laterMark(a: Watermark | null, b: Watermark | null): Watermark | null {
  if (!a) return b;
  if (!b) return a;
  const c = compareKeys(a.key, b.key);
  if (c > 0) return a;
  if (c < 0) return b;
  return { key: a.key, ids: [...new Set([...a.ids, ...b.ids])] };
}

/** The newest position among entries (not necessarily sorted). */
export function markOf<T>(entries: readonly T[], keyOf: (e: T) => string, idOf: (e: T) => string): Watermark | null {
  let mark: Watermark | null = null;
  for (const e of entries) mark = laterMark(mark, { key: keyOf(e), ids: [idOf(e)] });
  return mark;
}

/** Graph and IG times ("2024-05-01T10:00:00+0000") as sortable ISO strings in UTC. */
export function timeKey(value: string | null | undefined): string {
  if (!value) return '0000-00-00T00:00:00.000Z';
  const fixed = value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const t = Date.parse(fixed);
  return Number.isNaN(t) ? '0000-00-00T00:00:00.000Z' : new Date(t).toISOString();
}

export function isWatermark(v: unknown): v is Watermark {
  return (
    !!v &&
    typeof v === 'object' &&
    typeof (v as Watermark).key === 'string' &&
    Array.isArray((v as Watermark).ids) &&
    (v as Watermark).ids.every((i) => typeof i === 'string')
  );
}
