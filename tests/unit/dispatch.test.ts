import { describe, expect, it, vi } from 'vitest';
import { createDispatch } from '../../electron/backend/dispatch';
import { handlers } from '../../electron/services';
import type { Handlers } from '../../electron/services/handler-types';
import type { ServiceContext } from '../../electron/services/context';
import { startTestBackend, setUpSchool, silentLogger } from '../helpers/backend';

function contextOf(t: ReturnType<typeof startTestBackend>): ServiceContext {
  return {
    store: t.backend.store,
    actor: null,
    clock: t.clock,
    events: t.backend.events,
    desk: t.backend.desk,
    host: { transport: 'ipc' },
    gateway: { verifyAccount: async () => ({ status: 'unsupported' as const }) },
    secrets: t.backend.secrets,
    poller: null,
    info: { appVersion: '0', dataDir: t.dataDir, demo: false },
  };
}

describe('dispatch: the one entry for every transport', () => {
  it('names the offending field for invalid input', async () => {
    const t = startTestBackend();
    const result = await t.backend.invokeAs(null, 'setup.complete', {
      schoolName: 'CSG Het Streek',
      person: { name: 'Anna', email: 'not-an-email', roles: ['beheer'] },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.field).toBe('person.email');
    expect(result.error.message).toMatch(/person\.email/);
  });

  it('refuses unknown fields instead of silently dropping them', async () => {
    const t = startTestBackend();
    const admin = await setUpSchool(t);
    const result = await t.tryAs(admin, 'people.deactivate', { id: admin.personId!, reason: 'x', extra: 1 } as never);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('answers unknown methods and missing actors with named errors', async () => {
    const t = startTestBackend();
    expect(await t.backend.invokeAs(null, 'people.explode', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await t.backend.invokeAs(null, 'settings.get', {})).toMatchObject({ ok: false, error: { code: 'no_actor' } });
  });

  it('turns a crashing handler into an `internal` result without details, and logs it', async () => {
    const t = startTestBackend();
    const log = { ...silentLogger, error: vi.fn() };
    const broken: Handlers = {
      ...handlers,
      'setup.status': async () => {
        throw new Error('disk on fire at /secret/path');
      },
    };
    const dispatch = createDispatch(broken, log);
    const result = await dispatch('setup.status', {}, contextOf(t));
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toMatch(/secret/);
    expect(log.error).toHaveBeenCalledOnce();
  });

  it('checks handler output against the contract', async () => {
    const t = startTestBackend();
    const log = { ...silentLogger, error: vi.fn() };
    const drifting: Handlers = { ...handlers, 'setup.status': async () => ({ complete: 'yes' }) as never };
    const dispatch = createDispatch(drifting, log);
    const result = await dispatch('setup.status', {}, contextOf(t));
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(log.error).toHaveBeenCalledWith(expect.stringMatching(/does not match the contract/), expect.anything());
  });
});
