import { createBackend, resolveCliActor, type Backend } from '../backend/backend';
import { resolveDataDir } from '../backend/paths';
import { NewerDatabaseError, MigrationError } from '../../db/errors';
import type { Actor } from '../services/context';
import type { Input, MethodName, Output } from '../../shared/api/contract';
import { EXIT } from './exit-codes';

export interface GlobalOptions {
  dataDir?: string;
  as?: string;
}

/** A failure the CLI reports in one line and turns into an exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    public readonly exitCode: number,
  ) {
    super(message);
  }
}

export function openBackend(global: GlobalOptions, transport: 'cli' | 'http' = 'cli', extra: { demo?: boolean } = {}): Backend {
  let dataDir: string;
  try {
    dataDir = resolveDataDir(global.dataDir);
  } catch (error) {
    throw new CliError((error as Error).message, EXIT.usage);
  }
  try {
    return createBackend({ dataDir, host: { transport }, ...extra });
  } catch (error) {
    if (error instanceof NewerDatabaseError || error instanceof MigrationError) throw new CliError(error.message, EXIT.data);
    const message = error instanceof Error ? error.message : String(error);
    throw new CliError(`Cannot open the data folder ${dataDir}: ${message}`, EXIT.data);
  }
}

export interface CliSession {
  backend: Backend;
  actor: Actor;
  call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>>;
}

/** Runs `fn` with an open backend and the CLI's actor, and always closes the database. */
export async function withCli<T>(global: GlobalOptions, fn: (session: CliSession) => Promise<T>): Promise<T> {
  const backend = openBackend(global);
  try {
    let actor: Actor;
    try {
      actor = await resolveCliActor(backend, global.as);
    } catch (error) {
      throw new CliError((error as Error).message, EXIT.usage);
    }
    return await fn({
      backend,
      actor,
      async call(method, input) {
        const result = await backend.invokeAs(actor, method, input);
        if (!result.ok) {
          const field = result.error.field ? ` (${result.error.field})` : '';
          throw new CliError(`${result.error.message}${field}`, EXIT.failed);
        }
        return result.value as never;
      },
    });
  } finally {
    await backend.close();
  }
}
