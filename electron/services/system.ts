import { isTrustedUrl } from '../../shared/security/trusted-url';
import type { DomainHandlers } from './handler-types';
import { invalid } from './errors';
import { requireActor } from './roles';

export const systemHandlers: DomainHandlers<'system'> = {
  async 'system.info'(_input, ctx) {
    return {
      appVersion: ctx.info.appVersion,
      schemaVersion: ctx.store.migration.to,
      dataDir: ctx.info.dataDir,
      transport: ctx.host.transport,
      demo: ctx.info.demo,
    };
  },

  async 'system.openExternal'(input, ctx) {
    requireActor(ctx);
    if (!isTrustedUrl(input.url)) throw invalid('url', 'This link is not opened: it is not a web address', 'errors.untrustedUrl');
    // Browser mode has no system browser to hand the link to; the client opens it in a new tab.
    if (!ctx.host.openExternal) return { opened: false };
    await ctx.host.openExternal(input.url);
    return { opened: true };
  },
};
