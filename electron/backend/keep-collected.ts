import type { ConnectorItem } from '../connectors/types';
import type { DecencyResult } from '../../shared/decency';

/**
 * Whether a collected item goes into the store. Items are by others by construction, except where a
 * platform shows only names (RSS/Atom comment feeds): there an item signed with the page's own name
 * is taken for the page's own reply only when nothing is wrong with it. A flagged one is kept,
 * whoever wrote it: a visitor can sign "Redactie", and a rude reply in the school's name needs the
 * owner's eyes all the more (B2).
 */
export function keepCollected(item: Pick<ConnectorItem, 'signedAsPage'>, result: Pick<DecencyResult, 'flagged'>): boolean {
  return !item.signedAsPage || result.flagged;
}
