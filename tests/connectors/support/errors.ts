import { inspect } from 'node:util';
import { ConnectorError } from '../../../electron/connectors/types';

/** Runs `fn`, expects a ConnectorError, and checks that no rendering of it contains the secret. */
export async function expectConnectorError(fn: () => Promise<unknown>, secret?: string): Promise<ConnectorError> {
  let caught: unknown;
  try {
    await fn();
  } catch (err) {
    caught = err;
  }
  if (!(caught instanceof ConnectorError)) throw new Error(`expected a ConnectorError, got ${inspect(caught)}`);
  if (secret) assertNoSecret(caught, secret);
  return caught;
}

export function assertNoSecret(value: unknown, secret: string): void {
  const renderings = [
    value instanceof Error ? value.message : '',
    value instanceof Error ? String(value.stack) : '',
    JSON.stringify(value),
    inspect(value, { depth: 10, showHidden: true }),
    String(value),
  ];
  for (const text of renderings) if (text.includes(secret)) throw new Error(`secret leaked in: ${text.slice(0, 300)}`);
}
