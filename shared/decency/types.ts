import type { ClauseId } from '../protocol/clauses';
import type { PlatformId } from '../platforms/catalogue';

/** Fixed category names; the UI, the database and the reports key on them. */
export const CATEGORIES = [
  'coarse_language',
  'insult',
  'bullying',
  'threat',
  'stalking',
  'defamation',
  'hate',
  'sexual',
  'personal_data',
  'self_harm',
  'spam',
  'media_consent',
] as const;

export type Category = (typeof CATEGORIES)[number];

/** 0 none, 1 low, 2 medium, 3 high / urgent. */
export type Severity = 0 | 1 | 2 | 3;

/** A highlighted stretch of the item's original text, with the reason it was marked. */
export interface Span {
  /** UTF-16 offset into the original text (inclusive). */
  start: number;
  /** UTF-16 offset into the original text (exclusive). A zero-length span marks the item as a whole. */
  end: number;
  /** Stable id of the rule that fired, e.g. `threat.direct`. */
  rule: string;
  category: Category;
  /** Short explanation for the page owner. */
  nl: string;
  en: string;
}

/** What the engine knows about an item besides its text. */
export interface DecencyContext {
  platform?: PlatformId | string;
  /** The item carries a photo, video or audio (A6). */
  hasMedia?: boolean;
  /** The page the item landed on (handle or display name); its own name is never a "named person". */
  page?: string;
  /** Names of people the school knows (staff); merged with the school list's staff names. */
  knownNames?: readonly string[];
}

export interface DecencyResult {
  flagged: boolean;
  severity: Severity;
  categories: Category[];
  clauses: ClauseId[];
  spans: Span[];
  /** Engine version and the version of the school lists it ran with, stored with every flag. */
  engineVersion: string;
  listVersion: string;
}
