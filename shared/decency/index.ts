/**
 * Paginawacht decency engine: pure TypeScript, no Node or Electron APIs, so the back end, the CLI
 * and the renderer run the same code.
 *
 *   const engine = createEngine(lists);          // once per list version
 *   const r = engine.classify(text, { hasMedia, platform, page, knownNames });
 *   r.flagged, r.severity, r.categories, r.clauses, r.spans, r.engineVersion, r.listVersion
 */
export { createEngine, ENGINE_VERSION } from './engine';
export type { DecencyEngine, EngineOptions } from './engine';
export { SchoolListsSchema, FlagWordSchema, EMPTY_LISTS, LIST_CATEGORIES } from './lists';
export type { SchoolLists, SchoolListsInput } from './lists';
export { CATEGORIES } from './types';
export type { Category, Severity, Span, DecencyContext, DecencyResult } from './types';
export { CATEGORY_INFO, clausesFor } from './categories';
export { EXPLANATIONS } from './explanations';
