import { compareKeys } from './watermark';

// The page's own recent posts, whose replies and comments are watched. Older posts drop out so that
// the number of requests per poll stays bounded; the window is a setting, not a platform rule.

export interface Root {
  id: string;
  /** ISO time the post was made. */
  at: string;
  /** Where the post is on the platform, for building links to its comments. */
  url?: string | null;
}

export function toRoots(v: unknown): Root[] {
  if (!Array.isArray(v)) return [];
  return v.filter(
    (r): r is Root => !!r && typeof r === 'object' && typeof (r as Root).id === 'string' && typeof (r as Root).at === 'string',
  );
}

/** Known and newly found roots, newest first, within the window and at most `max`. */
export function mergeRoots(known: readonly Root[], found: readonly Root[], now: Date, windowDays: number, max: number): Root[] {
  const cutoff = now.getTime() - windowDays * 86_400_000;
  const byId = new Map<string, Root>();
  for (const r of [...known, ...found]) if (Date.parse(r.at) >= cutoff) byId.set(r.id, r);
  return [...byId.values()]
    .sort((a, b) => compareKeys(b.at, a.at) || compareKeys(b.id, a.id))
    .slice(0, max);
}
