import { getConnection } from '../../db/connections';
import type { Db } from '../../db/transaction';
import { getConnector, isConnected, needsToken } from '../connectors/index';
import { ConnectorError, type ConnectorErrorKind } from '../connectors/types';
import { describeError } from '../scheduler/messages';
import type { ApiErrorCode } from '../../shared/api/result';
import type { PlatformGateway } from '../services/context';
import { ServiceError } from '../services/errors';
import { pageSecretKey, type SecretStore } from './secrets/secret-store';

const CODE_FOR: Partial<Record<ConnectorErrorKind, ApiErrorCode>> = {
  auth: 'forbidden',
  forbidden: 'forbidden',
  not_found: 'not_found',
  rejected: 'invalid_input',
};

/**
 * The services' door to the platforms: verifies the account a page links to through its connector,
 * with the page's stored token and base-URL setting. Platforms without a connector say `unsupported`.
 */
export function createPlatformGateway(deps: { db: Db; secrets: SecretStore }): PlatformGateway {
  return {
    async verifyAccount(page) {
      if (!isConnected(page.platform as never)) return { status: 'unsupported' };
      const connection = await getConnection(deps.db, page.id);
      const token = deps.secrets.get(pageSecretKey(page.id));
      if (!token && needsToken(page.platform)) {
        // Nothing to verify with yet: say what to do, not that a login "expired".
        throw new ServiceError('conflict', "Store the page's access token first (Koppeling → Toegangssleutel), then link the page", { key: 'pages.errors.tokenFirst' });
      }
      try {
        const connector = getConnector(page.platform as never, { baseUrl: connection.baseUrl });
        const verified = await connector.verify(
          { platform: page.platform as never, handle: page.handle, externalAccountId: null, url: page.url, ownAuthorNames: connection.ownAuthorNames },
          token ? { token } : null,
          { requestTimeoutMs: 20_000 },
        );
        return { status: 'verified', ...verified };
      } catch (error) {
        if (!(error instanceof ConnectorError)) throw error;
        const plain = describeError(error);
        throw new ServiceError(CODE_FOR[error.kind] ?? 'unavailable', `Verifying the account failed: ${plain.en}`, {
          key: plain.key,
          params: { detail: plain.detail },
        });
      }
    },
  };
}
