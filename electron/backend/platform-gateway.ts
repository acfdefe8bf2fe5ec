import type { PlatformGateway } from '../services/context';

/**
 * The services' door to the platforms. Account verification goes through the connectors once they
 * are wired in (see electron/connectors); until a platform has one, linking says `unsupported` and the
 * page is linked without verification, which the page's history records.
 */
export function createPlatformGateway(): PlatformGateway {
  return {
    async verifyAccount() {
      return { status: 'unsupported' };
    },
  };
}
