import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend, type Backend } from '../../electron/backend/backend';
import type { Actor, PlatformGateway } from '../../electron/services/context';
import type { Input, MethodName, Output } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';

const tempDirs: string[] = [];

/** A fresh directory under the system's temp dir, removed after the test file (tests/setup.ts). */
export function tempDir(prefix = 'paginawacht-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

/** Removes every directory tempDir made in this test file. */
export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** A controllable clock: tests move time by hand instead of waiting. */
export function fixedClock(start = '2026-11-24T09:00:00.000Z') {
  let now = new Date(start);
  return {
    now: () => new Date(now),
    set: (iso: string) => {
      now = new Date(iso);
    },
    advance: (ms: number) => {
      now = new Date(now.getTime() + ms);
    },
  };
}

export interface TestBackend {
  backend: Backend;
  clock: ReturnType<typeof fixedClock>;
  dataDir: string;
  /** Calls as an explicit actor and unwraps the result, failing the test on an error. */
  as<M extends MethodName>(actor: Actor | null, method: M, input: Input<M>): Promise<Output<M>>;
  /** Calls as an explicit actor and returns the raw result, for asserting refusals. */
  tryAs<M extends MethodName>(actor: Actor | null, method: M, input: Input<M>): Promise<ApiResult<Output<M>>>;
  close(): Promise<void>;
}

export function startTestBackend(options: { dataDir?: string; gateway?: PlatformGateway } = {}): TestBackend {
  const dataDir = options.dataDir ?? tempDir();
  const clock = fixedClock();
  const backend = createBackend({
    dataDir,
    host: { transport: 'ipc' },
    clock,
    logger: silentLogger,
    ...(options.gateway ? { gateway: options.gateway } : {}),
  });
  return {
    backend,
    clock,
    dataDir,
    async as(actor, method, input) {
      const result = await backend.invokeAs(actor, method, input);
      if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
      return result.value as never;
    },
    async tryAs(actor, method, input) {
      return (await backend.invokeAs(actor, method, input)) as never;
    },
    close: () => backend.close(),
  };
}

export const silentLogger = { info() {}, warn() {}, error() {} };

/** Sets up the school with a first admin and returns that admin as an actor. */
export async function setUpSchool(t: TestBackend, school = 'CSG Het Streek'): Promise<Actor> {
  const { personId } = await t.as(null, 'setup.complete', {
    schoolName: school,
    person: { name: 'Anna Admin', email: 'anna@school.nl', roles: ['beheer', 'communicatie'] },
    language: 'nl',
  });
  return { personId, label: 'Anna Admin', roles: ['beheer', 'communicatie'], via: 'app' };
}
