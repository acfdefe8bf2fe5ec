import { handleKey } from '../../db/pages';
import type { Db } from '../../db/transaction';
import { EXIT } from './exit-codes';
import { CliError } from './context';

/**
 * Finds the page a CLI argument names: its number, its handle ("@hetstreek", case-insensitive), or
 * "platform:handle" where the same handle exists on two platforms. Closed pages are not matched.
 */
export async function findPageRef(db: Db, ref: string): Promise<{ id: number; platform: string; handle: string }> {
  const trimmed = ref.trim();
  if (/^\d+$/.test(trimmed)) {
    const page = await db.selectFrom('pages').select(['id', 'platform', 'handle']).where('id', '=', Number(trimmed)).executeTakeFirst();
    if (page) return page;
    throw new CliError(`No page with number ${trimmed}`, EXIT.usage);
  }
  const colon = trimmed.indexOf(':');
  const platform = colon > 0 && !trimmed.startsWith('http') ? trimmed.slice(0, colon) : null;
  const handle = platform ? trimmed.slice(colon + 1) : trimmed;
  let query = db
    .selectFrom('pages')
    .select(['id', 'platform', 'handle'])
    // People type handles with or without the @.
    .where('handle_key', 'in', [...new Set([handleKey(handle), handleKey(handle.replace(/^@/, '')), handleKey(`@${handle.replace(/^@/, '')}`)])])
    .where('status', 'not in', ['afgewezen', 'gearchiveerd']);
  if (platform) query = query.where('platform', '=', platform);
  const pages = await query.execute();
  if (pages.length === 1) return pages[0]!;
  if (pages.length === 0) throw new CliError(`No open page with handle ${handle}${platform ? ` on ${platform}` : ''} (see: paginawacht inventory)`, EXIT.usage);
  throw new CliError(`${handle} exists on ${pages.map((p) => p.platform).join(' and ')}: write platform:handle`, EXIT.usage);
}
