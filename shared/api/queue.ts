import { z } from 'zod';
import { method } from './define';
import { empty, idSchema, isoDateTime } from './common';
import { CATEGORIES } from '../decency/types';
import { CLAUSE_IDS } from '../protocol/clauses';
import { platformSchema } from './pages';

// The moderation queue (Wachtrij): what waits for a decision, one screen at a time (keyset paging),
// and one item with everything needed to decide on it (protocol B3, B5, B6, A5).

export const ITEM_STATUSES = ['nieuw', 'in_behandeling', 'afgehandeld'] as const;
export const itemStatusSchema = z.enum(ITEM_STATUSES);
export type ItemStatus = z.infer<typeof itemStatusSchema>;
/** What the queue shows unless asked otherwise: everything not yet decided. */
export const OPEN_STATUSES: readonly ItemStatus[] = ['nieuw', 'in_behandeling'];

/**
 * mine: pages I own or back up; escalated: open escalations to me; team: the pages I am the line
 * manager of (to look, not to decide: deciding is the owner's); all: every page (communications
 * office, board).
 */
export const QUEUE_VIEWS = ['mine', 'escalated', 'team', 'all'] as const;
export const queueViewSchema = z.enum(QUEUE_VIEWS);
export type QueueView = z.infer<typeof queueViewSchema>;

export const QUEUE_SORTS = ['severity', 'newest'] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

export const DECISIONS = ['keep', 'hide', 'delete', 'escalate', 'board', 'reopen'] as const;
export const decisionSchema = z.enum(DECISIONS);
export type Decision = z.infer<typeof decisionSchema>;

export const categorySchema = z.enum(CATEGORIES);
export const clauseSchema = z.enum(CLAUSE_IDS as [string, ...string[]]);

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const queueFilterSchema = z
  .object({
    statuses: z.array(itemStatusSchema).max(3).default([...OPEN_STATUSES]),
    severities: z.array(z.number().int().min(0).max(3)).max(4).default([0, 1, 2, 3]),
    pageIds: z.array(idSchema).max(500).default([]),
    platforms: z.array(platformSchema).max(20).default([]),
    categories: z.array(categorySchema).max(12).default([]),
    clauses: z.array(clauseSchema).max(30).default([]),
    /** Created on or after this day (Europe/Amsterdam), YYYY-MM-DD. */
    from: day.nullable().default(null),
    /** Created on or before this day (Europe/Amsterdam), YYYY-MM-DD. */
    to: day.nullable().default(null),
    /** Words to find in the text, the author's name or handle (full-text search). */
    search: z.string().trim().max(200).default(''),
  })
  .strict();
export type QueueFilterInput = z.input<typeof queueFilterSchema>;
export type QueueFilter = z.output<typeof queueFilterSchema>;

export const queueRowSchema = z.object({
  id: idSchema,
  pageId: idSchema,
  pageName: z.string(),
  platform: z.string(),
  kind: z.string(),
  authorName: z.string().nullable(),
  authorHandle: z.string().nullable(),
  /** The start of the text, whitespace collapsed: shown as text, never as HTML. */
  snippet: z.string(),
  createdAt: z.string(),
  severity: z.number().int().min(0).max(3),
  status: itemStatusSchema,
  hasMedia: z.boolean(),
  categories: z.array(z.string()),
  openEscalation: z.enum(['B5', 'B6', 'O3']).nullable(),
  answeredEscalation: z.boolean(),
  lastDecision: decisionSchema.nullable(),
});
export type QueueRow = z.infer<typeof queueRowSchema>;

export const queueListSchema = z.object({
  rows: z.array(queueRowSchema),
  /** Pass back to get the next screen; null at the end. */
  nextCursor: z.string().nullable(),
  /** Only on the first screen: how many match (at least, when `totalExact` is false). */
  total: z.number().int().nullable(),
  totalExact: z.boolean(),
  /** The search matched very many items: only the newest of them were searched. */
  truncated: z.boolean(),
});
export type QueueList = z.infer<typeof queueListSchema>;

const viewCount = z.object({ open: z.number().int(), urgent: z.number().int() });

export const queueCountsSchema = z.object({
  /** Views this person has, in menu order; null counts mean the view is not theirs. */
  views: z.array(queueViewSchema),
  mine: viewCount.nullable(),
  escalated: viewCount.nullable(),
  team: viewCount.nullable(),
  all: viewCount.nullable(),
});

export const queuePageOptionSchema = z.object({ id: idSchema, name: z.string(), platform: z.string() });

const spanSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  rule: z.string(),
  category: z.string(),
  nl: z.string(),
  en: z.string(),
});

const threadItemSchema = z.object({
  id: idSchema,
  authorName: z.string().nullable(),
  authorHandle: z.string().nullable(),
  text: z.string(),
  createdAt: z.string(),
  severity: z.number().int(),
  status: itemStatusSchema,
});

export const decisionEntrySchema = z.object({
  id: idSchema,
  decision: decisionSchema,
  clause: z.string().nullable(),
  reason: z.string(),
  actorLabel: z.string(),
  decidedAt: isoDateTime,
  platformResult: z.string().nullable(),
  notAViolation: z.boolean(),
  undoesId: z.number().int().nullable(),
  /** A later decision undid or reopened this one. */
  undone: z.boolean(),
});
export type DecisionEntry = z.infer<typeof decisionEntrySchema>;

export const escalationSchema = z.object({
  id: idSchema,
  itemId: idSchema,
  kind: z.enum(['B5', 'B6', 'O3']),
  from: z.object({ id: idSchema, name: z.string() }),
  /** Null for O3: the board as a whole. */
  to: z.object({ id: idSchema, name: z.string() }).nullable(),
  note: z.string(),
  status: z.enum(['open', 'answered', 'withdrawn']),
  createdAt: isoDateTime,
  answer: z.string().nullable(),
  answeredAt: isoDateTime.nullable(),
  answeredBy: z.object({ id: idSchema, name: z.string() }).nullable(),
  /** The person asking may answer it now. */
  canAnswer: z.boolean(),
});
export type Escalation = z.infer<typeof escalationSchema>;

export const ITEM_ACTIONS = ['keep', 'hide', 'delete', 'escalate', 'board', 'reopen', 'incident'] as const;
export type ItemAction = (typeof ITEM_ACTIONS)[number];

/** Whether the platform lets Paginawacht do it for this item, and if not, why (catalogue key). */
const platformAbility = z.object({ possible: z.boolean(), reasonKey: z.string().nullable() });

export const queueItemSchema = z.object({
  id: idSchema,
  page: z.object({ id: idSchema, name: z.string(), platform: z.string(), handle: z.string() }),
  platform: z.string(),
  kind: z.string(),
  externalId: z.string(),
  url: z.string().nullable(),
  author: z.object({ id: z.string(), handle: z.string().nullable(), name: z.string().nullable() }),
  text: z.string(),
  createdAt: z.string(),
  fetchedAt: z.string(),
  status: itemStatusSchema,
  severity: z.number().int().min(0).max(3),
  flagged: z.boolean(),
  classification: z
    .object({
      categories: z.array(z.string()),
      clauses: z.array(z.string()),
      spans: z.array(spanSchema),
      engineVersion: z.string(),
      listsVersion: z.string(),
      classifiedAt: z.string(),
    })
    .nullable(),
  /** References only; nothing is loaded until the person asks (`queue.media`). */
  media: z.array(z.object({ type: z.string(), url: z.string().nullable() })),
  thread: z.object({
    /** The item this one answers, when it is a stored item (a post by someone else). */
    parent: threadItemSchema.nullable(),
    parentExternalId: z.string().nullable(),
    /**
     * The page's own post this item answers or sits under (its parent, else its thread's root), as
     * the connector saw it when polling; null when it was not seen (older than the watch window).
     */
    pagePost: z.object({ text: z.string(), url: z.string().nullable(), createdAt: z.string(), isParent: z.boolean() }).nullable(),
    /** Stored items of the same thread around this one, oldest first (this one included). */
    neighbours: z.array(threadItemSchema),
  }),
  decisions: z.array(decisionEntrySchema),
  escalations: z.array(escalationSchema),
  evidence: z.array(z.object({ id: idSchema, capturedAt: isoDateTime, sha256: z.string(), purpose: z.string() })),
  incidents: z.array(z.object({ id: idSchema, title: z.string(), status: z.string() })),
  platformAbilities: z.object({
    hide: platformAbility,
    delete: platformAbility,
    /** Undoing a hide can unhide it on the platform. */
    unhide: z.boolean(),
    /** Catalogue key with what the owner must do by hand there (`connector.<platform>.manualSteps`). */
    manualStepsKey: z.string().nullable(),
  }),
  /** What the person asking may do with this item now. */
  actions: z.array(z.enum(ITEM_ACTIONS)),
  /** Who an escalation (B5, B6) goes to: the page's line manager. */
  manager: z.object({ id: idSchema, name: z.string() }),
});
export type QueueItem = z.infer<typeof queueItemSchema>;

export const queueMethods = {
  /** The views this person has, with open and urgent counts (kept by counters: instant at 1M items). */
  'queue.counts': method(empty, queueCountsSchema),
  /** Pages this person may filter on in a view. */
  'queue.pages': method(z.object({ view: queueViewSchema }).strict(), z.array(queuePageOptionSchema)),
  /** One screen of a view, filtered and ordered (severity, then age; or newest first), keyset-paged. */
  'queue.list': method(
    z
      .object({
        view: queueViewSchema,
        filter: queueFilterSchema.default(queueFilterSchema.parse({})),
        sort: z.enum(QUEUE_SORTS).default('severity'),
        cursor: z.string().max(100).nullable().default(null),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    queueListSchema,
  ),
  'queue.get': method(z.object({ id: idSchema }).strict(), queueItemSchema),
  /**
   * Loads one media reference of an item, only because the person asked: images up to 5 MiB, http(s)
   * only, only addresses stored on the item. Anything else is opened in the system browser instead.
   */
  'queue.media': method(
    z.object({ itemId: idSchema, index: z.number().int().min(0).max(50) }).strict(),
    z.object({ dataUrl: z.string(), mimeType: z.string(), bytes: z.number().int() }),
  ),
};
