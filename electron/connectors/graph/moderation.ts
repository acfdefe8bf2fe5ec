import { guarded } from '../collector';
import { requireToken } from '../common';
import type { Connector, Credentials, PollOptions } from '../types';
import { graphContext, graphRequest } from './client';

/**
 * Hiding, unhiding and deleting a comment through the Graph API. Facebook and Instagram differ only
 * in the field that hides (`is_hidden` on Facebook, `hide` on Instagram).
 */
export function graphModeration(baseUrl: string, hideField: 'is_hidden' | 'hide'): Required<Pick<Connector, 'hide' | 'unhide' | 'delete'>> {
  async function moderate(action: 'hide' | 'unhide' | 'delete', externalId: string, credentials: Credentials | null, options?: PollOptions) {
    return guarded([credentials?.token], async () => {
      const ctx = graphContext(baseUrl, requireToken(credentials), options);
      if (action === 'delete') await graphRequest(ctx, 'DELETE', encodeURIComponent(externalId));
      else await graphRequest(ctx, 'POST', encodeURIComponent(externalId), { [hideField]: action === 'hide' });
    });
  }
  return {
    hide: (_account, externalId, credentials, options) => moderate('hide', externalId, credentials, options),
    unhide: (_account, externalId, credentials, options) => moderate('unhide', externalId, credentials, options),
    delete: (_account, externalId, credentials, options) => moderate('delete', externalId, credentials, options),
  };
}
