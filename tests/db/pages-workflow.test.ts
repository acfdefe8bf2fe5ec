import { describe, expect, it } from 'vitest';
import { listAudit, verifyAuditChain } from '../../db/audit';
import { getPage, listMonitoredPages } from '../../db/pages';
import { ServiceError } from '../../electron/services/errors';
import type { PlatformGateway } from '../../electron/services/context';
import { createPlatformGateway } from '../../electron/backend/platform-gateway';
import { activePage, pagesSchool, requestInput, requested } from '../helpers/pages';

const unsupported: PlatformGateway = { verifyAccount: async () => ({ status: 'unsupported' }) };

describe('requesting a page (B1)', () => {
  it('records a request, audited, and monitors nothing', async () => {
    const s = await pagesSchool();
    const page = await requested(s);
    expect(page).toMatchObject({
      status: 'aangevraagd',
      handle: 'projectx_streek',
      displayName: 'Project X - CSG Het Streek',
      owner: { id: s.owner.personId, name: 'Olga Owner' },
      backupOwner: { id: s.backup.personId },
      manager: { id: s.manager.personId },
      requestedBy: { id: s.owner.personId },
      endDate: '2027-07-15',
      ongoingReason: null,
      source: 'request',
      approvedAt: null,
    });
    expect(page.actions).toEqual(['update', 'withdraw']);
    const audit = await listAudit(s.t.backend.store.db, { subjectType: 'page', subjectId: page.id });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'page.request', actorLabel: 'Olga Owner', data: { to: 'aangevraagd', handle: 'projectx_streek' } });
    expect(await listMonitoredPages(s.t.backend.store.db)).toEqual([]);
  });

  it('requires the school suffix and suggests the fix', async () => {
    const s = await pagesSchool();
    const result = await s.t.tryAs(s.owner, 'pages.request', requestInput(s, { displayName: 'Project X' }));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'displayName', key: 'pages.errors.suffixMissing', params: { suggestion: 'Project X - CSG Het Streek' } },
    });
  });

  it('requires an end date, or "doorlopend" with a written reason', async () => {
    const s = await pagesSchool();
    const cases = [
      [{ endDate: '' }, 'endDate', 'pages.errors.endDateRequired'],
      [{ endDate: '2027-02-30' }, 'endDate', 'pages.errors.badDate'],
      [{ endDate: '15-07-2027' }, 'endDate', 'pages.errors.badDate'],
      [{ endDate: '2026-11-23' }, 'endDate', 'pages.errors.endDateInPast'],
      [{ endDate: null, ongoingReason: '  ' }, 'ongoingReason', 'pages.errors.ongoingReasonRequired'],
    ] as const;
    for (const [overrides, field, key] of cases) {
      const result = await s.t.tryAs(s.owner, 'pages.request', requestInput(s, overrides));
      expect(result, JSON.stringify(overrides)).toMatchObject({ ok: false, error: { field, key } });
    }
    const ongoing = await requested(s, { endDate: null, ongoingReason: 'Vaste ouderpagina van de school', handle: 'ouders_streek' });
    expect(ongoing).toMatchObject({ endDate: null, ongoingReason: 'Vaste ouderpagina van de school' });
    // The clock says 24-11-2026: today is still allowed.
    expect(await requested(s, { endDate: '2026-11-24', handle: 'today_streek' })).toMatchObject({ endDate: '2026-11-24' });
  });

  it('checks the people: roles, active, owner ≠ backup ≠ manager', async () => {
    const s = await pagesSchool();
    const cases = [
      [{ backupOwnerId: s.owner.personId! }, 'backupOwnerId', 'pages.errors.sameOwnerAndBackup'],
      [{ managerId: s.backup.personId! }, 'managerId', 'pages.errors.notAManager'],
      [{ backupOwnerId: s.plain.personId! }, 'backupOwnerId', 'pages.errors.notAnOwner'],
      [{ managerId: 9999 }, 'managerId', 'pages.errors.personUnknown'],
    ] as const;
    for (const [overrides, field, key] of cases) {
      expect(await s.t.tryAs(s.owner, 'pages.request', requestInput(s, overrides)), key).toMatchObject({ ok: false, error: { field, key } });
    }
    await s.t.as(s.admin, 'people.deactivate', { id: s.backup.personId!, reason: 'Vertrokken' });
    expect(await s.t.tryAs(s.owner, 'pages.request', requestInput(s))).toMatchObject({
      ok: false,
      error: { field: 'backupOwnerId', key: 'pages.errors.personInactive' },
    });
  });

  it('refuses a handle already in the register, a formula-like handle and a non-web address', async () => {
    const s = await pagesSchool();
    await requested(s);
    expect(await s.t.tryAs(s.owner, 'pages.request', requestInput(s, { handle: 'ProjectX_Streek' }))).toMatchObject({
      ok: false,
      error: { code: 'conflict', field: 'handle', key: 'pages.errors.handleTaken' },
    });
    // The same handle on another platform is another account.
    expect(await requested(s, { platform: 'tiktok' })).toMatchObject({ platform: 'tiktok' });
    expect(await s.t.tryAs(s.owner, 'pages.request', requestInput(s, { handle: '=HYPERLINK("http://x")' }))).toMatchObject({
      ok: false,
      error: { field: 'handle', key: 'pages.errors.formulaLike' },
    });
    expect(await s.t.tryAs(s.owner, 'pages.request', requestInput(s, { handle: 'other', url: 'javascript:alert(1)' }))).toMatchObject({
      ok: false,
      error: { field: 'url', key: 'pages.errors.urlInvalid' },
    });
  });

  it('on a platform without full control (A8) the requester confirms a generic school page', async () => {
    const s = await pagesSchool();
    const input = requestInput(s, { platform: 'facebook', handle: 'projectxstreek' });
    expect(await s.t.tryAs(s.owner, 'pages.request', input)).toMatchObject({
      ok: false,
      error: { field: 'genericConfirmed', key: 'pages.errors.genericRequired' },
    });
    expect(await s.t.as(s.owner, 'pages.request', { ...input, genericConfirmed: true })).toMatchObject({ genericConfirmed: true });
    // X has full control (A9): no confirmation needed.
    expect(await requested(s, { platform: 'x', handle: 'projectx' })).toMatchObject({ platform: 'x' });
  });

  it('is asked by a person for themselves; the communications office may ask on behalf of others', async () => {
    const s = await pagesSchool();
    expect(await s.t.tryAs(s.otherOwner, 'pages.request', requestInput(s))).toMatchObject({
      ok: false,
      error: { field: 'ownerId', key: 'pages.errors.requestForOthers' },
    });
    expect(await s.t.tryAs(s.osUser, 'pages.request', requestInput(s))).toMatchObject({
      ok: false,
      error: { code: 'forbidden', key: 'pages.errors.needPerson' },
    });
    const byBackup = await s.t.as(s.backup, 'pages.request', requestInput(s));
    expect(byBackup.requestedBy?.id).toBe(s.backup.personId);
    const byOffice = await s.t.as(s.comms, 'pages.request', requestInput(s, { handle: 'office_made' }));
    expect(byOffice).toMatchObject({ requestedBy: { id: s.comms.personId }, owner: { id: s.owner.personId } });
  });
});

describe('approval (B1): only the named line manager or the board, always with a reason', () => {
  it('the named manager approves with a written reason; the page is still not monitored', async () => {
    const s = await pagesSchool();
    const page = await requested(s);
    const asManager = await s.t.as(s.manager, 'pages.get', { id: page.id });
    expect(asManager.actions).toEqual(['approve', 'reject']);
    const approved = await s.t.as(s.manager, 'pages.approve', { id: page.id, reason: 'Goed plan, besproken op 20-11' });
    expect(approved).toMatchObject({
      status: 'goedgekeurd',
      statusReason: 'Goed plan, besproken op 20-11',
      decidedBy: { id: s.manager.personId },
      approvedAt: '2026-11-24T09:00:00.000Z',
    });
    expect(await listMonitoredPages(s.t.backend.store.db)).toEqual([]);
    const audit = await listAudit(s.t.backend.store.db, { subjectType: 'page', subjectId: page.id });
    expect(audit.at(-1)).toMatchObject({ action: 'page.approve', actorLabel: 'Mark Manager', reason: 'Goed plan, besproken op 20-11', data: { from: 'aangevraagd', to: 'goedgekeurd' } });
  });

  it('refuses a decision without a reason', async () => {
    const s = await pagesSchool();
    const page = await requested(s);
    expect(await s.t.tryAs(s.manager, 'pages.approve', { id: page.id, reason: '   ' })).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'reason' } });
    expect(await s.t.tryAs(s.manager, 'pages.reject', { id: page.id } as never)).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'reason' } });
  });

  it('refuses another manager, the owner, the backup owner, the office and the OS user', async () => {
    const s = await pagesSchool();
    const page = await requested(s);
    for (const [actor, key] of [
      [s.otherManager, 'pages.errors.cannotSee'],
      [s.owner, 'pages.errors.ownRequest'],
      [s.backup, 'pages.errors.ownRequest'],
      [s.comms, 'pages.errors.notManager'],
      [s.osUser, 'pages.errors.needPerson'],
    ] as const) {
      for (const method of ['pages.approve', 'pages.reject'] as const) {
        const result = await s.t.tryAs(actor, method, { id: page.id, reason: 'ok' });
        expect(result, `${actor.label} ${method}`).toMatchObject({ ok: false, error: { code: 'forbidden', key } });
      }
    }
    expect((await getPage(s.t.backend.store.db, page.id))?.status).toBe('aangevraagd');
  });

  it('the board may decide any request, but never its own', async () => {
    const s = await pagesSchool();
    const page = await requested(s);
    expect(await s.t.as(s.board, 'pages.reject', { id: page.id, reason: 'Past niet bij het beleid' })).toMatchObject({ status: 'afgewezen' });
    // A board member who is also an owner cannot approve their own request.
    const boardOwner = await s.t.as(s.admin, 'people.add', { name: 'Dora Directie', email: 'dora@school.nl', roles: ['directie', 'eigenaar'] });
    const asDora = { personId: boardOwner.id, label: boardOwner.name, roles: boardOwner.roles, via: 'app' as const };
    const own = await s.t.as(asDora, 'pages.request', requestInput(s, { ownerId: boardOwner.id, handle: 'dora_streek' }));
    expect(await s.t.tryAs(asDora, 'pages.approve', { id: own.id, reason: 'ok' })).toMatchObject({ ok: false, error: { key: 'pages.errors.ownRequest' } });
    expect(await s.t.tryAs(s.board, 'pages.approve', { id: own.id, reason: 'Akkoord' })).toMatchObject({ ok: true });
  });

  it('a named manager who lost the manager role can no longer decide', async () => {
    const s = await pagesSchool();
    const page = await requested(s);
    await s.t.as(s.admin, 'people.update', { id: s.manager.personId!, name: 'Mark Manager', email: 'mark@school.nl', roles: ['eigenaar'] });
    const demoted = { ...s.manager, roles: ['eigenaar' as const] };
    expect(await s.t.tryAs(demoted, 'pages.approve', { id: page.id, reason: 'ok' })).toMatchObject({ ok: false, error: { key: 'pages.errors.notManager' } });
  });

  it('a decision is final: no approving after rejecting or twice', async () => {
    const s = await pagesSchool();
    const page = await requested(s);
    await s.t.as(s.manager, 'pages.reject', { id: page.id, reason: 'Gebruik de bestaande schoolpagina' });
    for (const method of ['pages.approve', 'pages.reject'] as const) {
      expect(await s.t.tryAs(s.manager, method, { id: page.id, reason: 'toch wel' })).toMatchObject({
        ok: false,
        error: { code: 'conflict', key: 'pages.errors.wrongStatus', params: { status: 'afgewezen' } },
      });
    }
  });

  it('lists requests to decide for the named manager and the board, never for the requester', async () => {
    const s = await pagesSchool();
    const page = await requested(s);
    expect((await s.t.as(s.manager, 'pages.list', { view: 'decide' })).map((p) => p.id)).toEqual([page.id]);
    expect(await s.t.as(s.otherManager, 'pages.list', { view: 'decide' })).toEqual([]);
    expect((await s.t.as(s.board, 'pages.list', { view: 'decide' })).map((p) => p.id)).toEqual([page.id]);
    expect(await s.t.as(s.owner, 'pages.list', { view: 'decide' })).toEqual([]);
    expect((await s.t.as(s.owner, 'pages.list', { view: 'mine' })).map((p) => p.id)).toEqual([page.id]);
    expect((await s.t.as(s.backup, 'pages.list', { view: 'mine' })).map((p) => p.id)).toEqual([page.id]);
  });
});

describe('changing, withdrawing and resubmitting a request', () => {
  it('the requester changes a waiting request; the manager cannot; after the decision nobody can', async () => {
    const s = await pagesSchool();
    const page = await requested(s);
    const { actions: _a, ...rest } = page;
    const fields = { ...requestInput(s), purpose: 'Nieuws van Project X voor klas 3 en 4' };
    const updated = await s.t.as(s.owner, 'pages.update', { id: page.id, ...fields });
    expect(updated.purpose).toBe('Nieuws van Project X voor klas 3 en 4');
    expect(rest.purpose).not.toBe(updated.purpose);
    const audit = await listAudit(s.t.backend.store.db, { subjectType: 'page', subjectId: page.id });
    expect(audit.at(-1)).toMatchObject({ action: 'page.update', data: { purpose: { from: page.purpose, to: fields.purpose } } });
    expect(await s.t.tryAs(s.manager, 'pages.update', { id: page.id, ...fields })).toMatchObject({ ok: false, error: { code: 'forbidden', key: 'pages.errors.notYourPage' } });
    await s.t.as(s.manager, 'pages.approve', { id: page.id, reason: 'Akkoord' });
    expect(await s.t.tryAs(s.owner, 'pages.update', { id: page.id, ...fields })).toMatchObject({ ok: false, error: { code: 'conflict', key: 'pages.errors.wrongStatus' } });
  });

  it('the requester withdraws: the request is closed as archived and frees the handle', async () => {
    const s = await pagesSchool();
    const page = await requested(s);
    expect(await s.t.tryAs(s.otherOwner, 'pages.withdraw', { id: page.id, reason: 'x' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const withdrawn = await s.t.as(s.owner, 'pages.withdraw', { id: page.id, reason: 'Project gaat niet door' });
    expect(withdrawn).toMatchObject({ status: 'gearchiveerd', statusReason: 'Project gaat niet door', archivedAt: expect.any(String), actions: [] });
    expect(await requested(s)).toMatchObject({ status: 'aangevraagd' });
  });

  it('after a rejection the requester changes the request and asks again, answering in writing', async () => {
    const s = await pagesSchool();
    const page = await requested(s, { audience: 'publiek' });
    await s.t.as(s.manager, 'pages.reject', { id: page.id, reason: 'Alleen voor leerlingen, niet openbaar' });
    const asOwner = await s.t.as(s.owner, 'pages.get', { id: page.id });
    expect(asOwner.actions).toEqual(['resubmit', 'withdraw']);
    expect(await s.t.tryAs(s.manager, 'pages.resubmit', { id: page.id, ...requestInput(s), reason: 'x' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const again = await s.t.as(s.owner, 'pages.resubmit', { id: page.id, ...requestInput(s, { audience: 'leerlingen' }), reason: 'Alleen nog voor leerlingen' });
    expect(again).toMatchObject({ status: 'aangevraagd', audience: 'leerlingen', statusReason: 'Alleen nog voor leerlingen', decidedBy: null });
    expect(await s.t.as(s.manager, 'pages.approve', { id: page.id, reason: 'Zo is het goed' })).toMatchObject({ status: 'goedgekeurd' });
  });
});

describe('linking the live account', () => {
  it('without a connector: active, linked unverified, and that is in the history', async () => {
    const s = await pagesSchool({ gateway: unsupported });
    const page = await requested(s);
    expect(await s.t.tryAs(s.owner, 'pages.link', { id: page.id })).toMatchObject({ ok: false, error: { key: 'pages.errors.wrongStatus' } });
    await s.t.as(s.manager, 'pages.approve', { id: page.id, reason: 'Akkoord' });
    expect(await s.t.tryAs(s.manager, 'pages.link', { id: page.id })).toMatchObject({ ok: false, error: { code: 'forbidden', key: 'pages.errors.notOwner' } });
    const linked = await s.t.as(s.backup, 'pages.link', { id: page.id, handle: '@ProjectX_Streek' });
    expect(linked).toMatchObject({ status: 'actief', verified: false, externalAccountId: null, handle: 'ProjectX_Streek', activatedAt: expect.any(String) });
    const audit = await listAudit(s.t.backend.store.db, { subjectType: 'page', subjectId: page.id });
    expect(audit.at(-1)).toMatchObject({ action: 'page.link', data: { verified: false, from: 'goedgekeurd', to: 'actief' } });
    expect((await listMonitoredPages(s.t.backend.store.db)).map((p) => p.id)).toEqual([page.id]);
  });

  it('with a connector: verified, the platform account id stored', async () => {
    const seen: unknown[] = [];
    const gateway: PlatformGateway = {
      async verifyAccount(page) {
        seen.push(page);
        return { status: 'verified', externalAccountId: '17841400000', handle: 'projectx_streek', displayName: 'Project X', url: 'https://www.instagram.com/projectx_streek/' };
      },
    };
    const s = await pagesSchool({ gateway });
    const page = await activePage(s);
    expect(seen).toEqual([{ id: page.id, platform: 'instagram', handle: 'projectx_streek', url: 'https://www.instagram.com/projectx_streek' }]);
    expect(page).toMatchObject({ status: 'actief', verified: true, externalAccountId: '17841400000', url: 'https://www.instagram.com/projectx_streek/' });
    const audit = await listAudit(s.t.backend.store.db, { subjectType: 'page', subjectId: page.id });
    expect(audit.at(-1)).toMatchObject({ action: 'page.link', data: { verified: true, externalAccountId: '17841400000', platformDisplayName: 'Project X' } });
  });

  it('asks for the access token first rather than saying a login expired', async () => {
    // The real gateway, bound once the backend exists.
    let real: PlatformGateway | null = null;
    const s = await pagesSchool({ gateway: { verifyAccount: (p) => real!.verifyAccount(p) } });
    real = createPlatformGateway({ db: s.t.backend.store.db, secrets: s.t.backend.secrets });
    const page = await requested(s);
    await s.t.as(s.manager, 'pages.approve', { id: page.id, reason: 'Akkoord' });
    expect(await s.t.tryAs(s.owner, 'pages.link', { id: page.id })).toMatchObject({ ok: false, error: { code: 'conflict', key: 'pages.errors.tokenFirst' } });
    expect((await getPage(s.t.backend.store.db, page.id))?.status).toBe('goedgekeurd');
  });

  it('a failed verification changes nothing, says why, and is recorded', async () => {
    const gateway: PlatformGateway = {
      async verifyAccount() {
        throw new ServiceError('unavailable', 'Instagram says this account does not exist', { key: 'connectors.errors.accountNotFound' });
      },
    };
    const s = await pagesSchool({ gateway });
    const page = await requested(s);
    await s.t.as(s.manager, 'pages.approve', { id: page.id, reason: 'Akkoord' });
    expect(await s.t.tryAs(s.owner, 'pages.link', { id: page.id })).toMatchObject({
      ok: false,
      error: { code: 'unavailable', message: 'Instagram says this account does not exist' },
    });
    expect((await getPage(s.t.backend.store.db, page.id))?.status).toBe('goedgekeurd');
    const audit = await listAudit(s.t.backend.store.db, { subjectType: 'page', subjectId: page.id });
    expect(audit.at(-1)).toMatchObject({ action: 'page.linkFailed', reason: 'Instagram says this account does not exist' });
    expect(await listMonitoredPages(s.t.backend.store.db)).toEqual([]);
  });

  it('an unexpected connector failure is answered in plain words, not as a crash', async () => {
    const gateway: PlatformGateway = {
      async verifyAccount() {
        throw new Error('ECONNRESET');
      },
    };
    const s = await pagesSchool({ gateway });
    const page = await requested(s);
    await s.t.as(s.manager, 'pages.approve', { id: page.id, reason: 'Akkoord' });
    expect(await s.t.tryAs(s.owner, 'pages.link', { id: page.id })).toMatchObject({ ok: false, error: { code: 'unavailable', key: 'pages.errors.verifyFailed' } });
  });
});

describe('archiving (B3)', () => {
  it('asked by the line manager, confirmed by the owner; then no longer monitored and the handle is free', async () => {
    const s = await pagesSchool();
    const page = await activePage(s);
    expect(await s.t.tryAs(s.otherOwner, 'pages.requestArchive', { id: page.id, reason: 'x' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await s.t.tryAs(s.owner, 'pages.archive', { id: page.id, reason: 'x' })).toMatchObject({ ok: false, error: { key: 'pages.errors.wrongStatus' } });
    const asked = await s.t.as(s.manager, 'pages.requestArchive', { id: page.id, reason: 'Project X is afgelopen' });
    expect(asked).toMatchObject({ status: 'archiveren_gevraagd', archiveRequestedAt: expect.any(String) });
    // Still monitored until the account is really gone.
    expect((await listMonitoredPages(s.t.backend.store.db)).map((p) => p.id)).toEqual([page.id]);
    expect(await s.t.tryAs(s.manager, 'pages.archive', { id: page.id, reason: 'x' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const archived = await s.t.as(s.owner, 'pages.archive', { id: page.id, reason: 'Account op Instagram gedeactiveerd' });
    expect(archived).toMatchObject({ status: 'gearchiveerd', archivedAt: expect.any(String), actions: [] });
    expect(await listMonitoredPages(s.t.backend.store.db)).toEqual([]);
    expect(await requested(s)).toMatchObject({ status: 'aangevraagd' });
  });

  it('an archive request can be withdrawn', async () => {
    const s = await pagesSchool();
    const page = await activePage(s);
    await s.t.as(s.comms, 'pages.requestArchive', { id: page.id, reason: 'Einddatum verstreken' });
    expect(await s.t.as(s.owner, 'pages.cancelArchive', { id: page.id, reason: 'Project is verlengd' })).toMatchObject({ status: 'actief', archiveRequestedAt: null });
  });
});

describe('ownership transfer', () => {
  it('the owner proposes, the new owner accepts; both audited', async () => {
    const s = await pagesSchool();
    const page = await activePage(s);
    expect(await s.t.tryAs(s.backup, 'pages.proposeTransfer', { id: page.id, toPersonId: s.otherOwner.personId!, reason: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const proposed = await s.t.as(s.owner, 'pages.proposeTransfer', { id: page.id, toPersonId: s.otherOwner.personId!, reason: 'Ik ga naar een andere school' });
    expect(proposed.transfer).toMatchObject({ to: { id: s.otherOwner.personId }, reason: 'Ik ga naar een andere school', proposedBy: 'Olga Owner' });
    expect(await s.t.tryAs(s.owner, 'pages.proposeTransfer', { id: page.id, toPersonId: s.otherOwner.personId!, reason: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', key: 'pages.errors.transferPending' },
    });
    expect(await s.t.tryAs(s.backup, 'pages.acceptTransfer', { id: page.id })).toMatchObject({ ok: false, error: { key: 'pages.errors.notTransferTarget' } });
    expect((await s.t.as(s.otherOwner, 'pages.list', { view: 'transfers' })).map((p) => p.id)).toEqual([page.id]);
    const asTarget = await s.t.as(s.otherOwner, 'pages.get', { id: page.id });
    expect(asTarget.actions).toEqual(['acceptTransfer', 'declineTransfer']);
    const accepted = await s.t.as(s.otherOwner, 'pages.acceptTransfer', { id: page.id, note: 'Neem ik over' });
    expect(accepted).toMatchObject({ owner: { id: s.otherOwner.personId }, backupOwner: { id: s.backup.personId }, transfer: null });
    const actions = (await listAudit(s.t.backend.store.db, { subjectType: 'page', subjectId: page.id })).map((a) => a.action);
    expect(actions.slice(-2)).toEqual(['page.transferPropose', 'page.transferAccept']);
    // The old owner is now just a bystander.
    expect(await s.t.tryAs(s.owner, 'pages.requestArchive', { id: page.id, reason: 'x' })).toMatchObject({ ok: false });
  });

  it('the new owner may decline; the owner may cancel', async () => {
    const s = await pagesSchool();
    const page = await activePage(s);
    await s.t.as(s.owner, 'pages.proposeTransfer', { id: page.id, toPersonId: s.otherOwner.personId!, reason: 'Verlof' });
    expect(await s.t.tryAs(s.otherOwner, 'pages.declineTransfer', { id: page.id, reason: ' ' })).toMatchObject({ ok: false, error: { field: 'reason' } });
    expect(await s.t.as(s.otherOwner, 'pages.declineTransfer', { id: page.id, reason: 'Geen tijd dit jaar' })).toMatchObject({ transfer: null, owner: { id: s.owner.personId } });
    await s.t.as(s.owner, 'pages.proposeTransfer', { id: page.id, toPersonId: s.otherOwner.personId!, reason: 'Verlof' });
    expect(await s.t.as(s.owner, 'pages.cancelTransfer', { id: page.id, reason: 'Verlof gaat niet door' })).toMatchObject({ transfer: null });
    expect(await s.t.tryAs(s.backup, 'pages.acceptTransfer', { id: page.id })).toMatchObject({ ok: false, error: { key: 'pages.errors.noTransfer' } });
    // Whoever was offered the page but did not take it cannot see it any more.
    expect(await s.t.tryAs(s.otherOwner, 'pages.acceptTransfer', { id: page.id })).toMatchObject({ ok: false, error: { key: 'pages.errors.cannotSee' } });
  });

  it('the communications office proposes only once the owner has been deactivated', async () => {
    const s = await pagesSchool();
    const page = await activePage(s);
    const input = { id: page.id, toPersonId: s.otherOwner.personId!, reason: 'Olga is vertrokken' };
    expect(await s.t.tryAs(s.comms, 'pages.proposeTransfer', input)).toMatchObject({ ok: false, error: { key: 'pages.errors.ownerStillActive' } });
    const held = await s.t.as(s.admin, 'pages.ofPerson', { personId: s.owner.personId! });
    expect(held.map((p) => p.id)).toEqual([page.id]);
    await s.t.as(s.admin, 'people.deactivate', { id: s.owner.personId!, reason: 'Uit dienst' });
    expect((await s.t.as(s.comms, 'pages.get', { id: page.id })).actions).toContain('proposeTransfer');
    expect(await s.t.as(s.comms, 'pages.proposeTransfer', input)).toMatchObject({ transfer: { to: { id: s.otherOwner.personId } } });
    expect(await s.t.as(s.otherOwner, 'pages.acceptTransfer', { id: page.id })).toMatchObject({ owner: { id: s.otherOwner.personId } });
    expect(await s.t.as(s.admin, 'pages.ofPerson', { personId: s.owner.personId! })).toEqual([]);
  });

  it('checks the new owner; the backup owner taking over needs a new backup', async () => {
    const s = await pagesSchool();
    const page = await activePage(s);
    const propose = (toPersonId: number, newBackupOwnerId: number | null = null) =>
      s.t.tryAs(s.owner, 'pages.proposeTransfer', { id: page.id, toPersonId, newBackupOwnerId, reason: 'Overdracht' });
    expect(await propose(s.plain.personId!)).toMatchObject({ ok: false, error: { field: 'toPersonId', key: 'pages.errors.notAnOwner' } });
    expect(await propose(s.owner.personId!)).toMatchObject({ ok: false, error: { key: 'pages.errors.alreadyOwner' } });
    expect(await propose(s.backup.personId!)).toMatchObject({ ok: false, error: { field: 'newBackupOwnerId', key: 'pages.errors.backupRequired' } });
    expect(await propose(s.backup.personId!, s.otherOwner.personId!)).toMatchObject({ ok: true });
    const done = await s.t.as(s.backup, 'pages.acceptTransfer', { id: page.id });
    expect(done).toMatchObject({ owner: { id: s.backup.personId }, backupOwner: { id: s.otherOwner.personId } });
  });

  it('the owner or the office changes the backup owner', async () => {
    const s = await pagesSchool();
    const page = await activePage(s);
    expect(await s.t.tryAs(s.backup, 'pages.changeBackupOwner', { id: page.id, backupOwnerId: s.otherOwner.personId!, reason: 'x' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await s.t.as(s.comms, 'pages.changeBackupOwner', { id: page.id, backupOwnerId: s.otherOwner.personId!, reason: 'Bert vertrekt' })).toMatchObject({
      backupOwner: { id: s.otherOwner.personId },
    });
  });
});

describe('who sees a page', () => {
  it('its people and the office see it; an unrelated owner does not', async () => {
    const s = await pagesSchool();
    const page = await requested(s);
    for (const actor of [s.owner, s.backup, s.manager, s.comms, s.board, s.admin, s.osUser]) {
      expect(await s.t.tryAs(actor, 'pages.get', { id: page.id }), actor.label).toMatchObject({ ok: true });
    }
    for (const actor of [s.otherOwner, s.otherManager, s.plain]) {
      expect(await s.t.tryAs(actor, 'pages.get', { id: page.id }), actor.label).toMatchObject({ ok: false, error: { code: 'forbidden', key: 'pages.errors.cannotSee' } });
      expect(await s.t.tryAs(actor, 'pages.history', { id: page.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await s.t.tryAs(s.owner, 'pages.get', { id: 4242 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await s.t.tryAs(s.otherOwner, 'pages.ofPerson', { personId: s.owner.personId! })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('audit: every change, chained', () => {
  it('a full lifecycle leaves a complete, verifiable history on the page', async () => {
    const s = await pagesSchool({ gateway: unsupported });
    const page = await requested(s);
    s.t.clock.advance(60_000);
    await s.t.as(s.manager, 'pages.approve', { id: page.id, reason: 'Akkoord' });
    s.t.clock.advance(60_000);
    await s.t.as(s.owner, 'pages.link', { id: page.id });
    await s.t.as(s.owner, 'pages.proposeTransfer', { id: page.id, toPersonId: s.otherOwner.personId!, reason: 'Andere taak' });
    await s.t.as(s.otherOwner, 'pages.acceptTransfer', { id: page.id });
    await s.t.as(s.otherOwner, 'pages.requestArchive', { id: page.id, reason: 'Klaar' });
    await s.t.as(s.otherOwner, 'pages.archive', { id: page.id, reason: 'Verwijderd' });

    const history = await s.t.as(s.comms, 'pages.history', { id: page.id });
    expect(history.chain).toMatchObject({ ok: true, brokenAt: null });
    expect(history.entries.map((e) => [e.action, e.actorLabel])).toEqual([
      ['page.request', 'Olga Owner'],
      ['page.approve', 'Mark Manager'],
      ['page.link', 'Olga Owner'],
      ['page.transferPropose', 'Olga Owner'],
      ['page.transferAccept', 'Otto Owner'],
      ['page.archiveRequest', 'Otto Owner'],
      ['page.archive', 'Otto Owner'],
    ]);
    expect(history.entries[1]).toMatchObject({ at: '2026-11-24T09:01:00.000Z', reason: 'Akkoord' });
  });

  it('tampering behind the triggers is detected and shown with the history', async () => {
    const s = await pagesSchool();
    const page = await requested(s);
    await s.t.as(s.manager, 'pages.approve', { id: page.id, reason: 'Akkoord' });
    const sqlite = s.t.backend.store.sqlite;
    sqlite.exec('DROP TRIGGER audit_log_no_update');
    sqlite.prepare("UPDATE audit_log SET reason = 'Nooit goedgekeurd' WHERE action = 'page.approve'").run();
    const history = await s.t.as(s.comms, 'pages.history', { id: page.id });
    expect(history.chain.ok).toBe(false);
    expect(history.chain.brokenAt).toBe(history.entries.find((e) => e.action === 'page.approve')!.id);
    expect(await verifyAuditChain(s.t.backend.store.db)).toMatchObject({ ok: false });
  });

  it('refused actions change nothing and write nothing', async () => {
    const s = await pagesSchool();
    const page = await requested(s);
    const before = await listAudit(s.t.backend.store.db);
    await s.t.tryAs(s.otherManager, 'pages.approve', { id: page.id, reason: 'x' });
    await s.t.tryAs(s.owner, 'pages.archive', { id: page.id, reason: 'x' });
    expect(await listAudit(s.t.backend.store.db)).toEqual(before);
  });

  it('each change tells the UI once it is committed', async () => {
    const s = await pagesSchool();
    const seen: string[] = [];
    s.t.backend.events.subscribe((event) => seen.push(event));
    const page = await requested(s);
    await s.t.tryAs(s.otherManager, 'pages.approve', { id: page.id, reason: 'x' });
    expect(seen).toEqual(['pages.changed']);
  });
});
