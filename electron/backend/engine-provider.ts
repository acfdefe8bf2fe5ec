import { currentListVersion, currentListVersionId } from '../../db/decency-lists';
import { listPeople } from '../../db/people';
import type { Db } from '../../db/transaction';
import { createEngine, EMPTY_LISTS, SchoolListsSchema, type DecencyEngine, type SchoolLists } from '../../shared/decency';

/**
 * The decency engine compiled with the school's current word lists. Compiling costs milliseconds, so
 * it happens once per list version; each use checks only the newest version id. Staff known to the
 * desk (the people list) count as known names, so accusations against them are recognised.
 */
export class EngineProvider {
  private cached: { listId: number | null; peopleKey: string; engine: DecencyEngine; knownNames: string[] } | null = null;
  private checkedAt = 0;

  /** `recheckMs`: how long a checked version is trusted; a poll classifies many items in a row. */
  constructor(
    private readonly db: Db,
    private readonly recheckMs = 2_000,
    private readonly now: () => number = Date.now,
  ) {}

  async current(): Promise<{ engine: DecencyEngine; knownNames: string[] }> {
    if (this.cached && this.now() - this.checkedAt < this.recheckMs) return this.cached;
    this.checkedAt = this.now();
    const listId = await currentListVersionId(this.db);
    const people = await listPeople(this.db, { includeInactive: true });
    const peopleKey = people.map((p) => `${p.id}:${p.name}`).join('|');
    if (this.cached && this.cached.listId === listId && this.cached.peopleKey === peopleKey) return this.cached;
    const record = listId === null ? null : await currentListVersion(this.db);
    const parsed = record ? SchoolListsSchema.safeParse(record.lists) : null;
    const lists: SchoolLists = parsed?.success ? parsed.data : EMPTY_LISTS;
    this.cached = { listId, peopleKey, engine: createEngine(lists), knownNames: people.map((p) => p.name) };
    return this.cached;
  }
}
