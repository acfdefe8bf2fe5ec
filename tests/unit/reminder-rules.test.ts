import { describe, expect, it } from 'vitest';
import {
  activeExemption,
  connectorFailingRule,
  credentialsRule,
  desiredReminders,
  endDateRule,
  inactiveRule,
  ownerGoneRule,
  unreviewedRule,
  type PageFacts,
} from '../../electron/services/reminder-rules';
import { DEFAULT_REMINDER_SETTINGS as S, reminderVariant } from '../../shared/api/reminders';
import { fixedClock } from '../helpers/backend';

// Each rule with a controllable clock: the same facts at different "now"s.

function page(overrides: Partial<PageFacts> = {}): PageFacts {
  return {
    pageId: 7,
    status: 'actief',
    endDate: '2027-07-15',
    ownerId: 1,
    ownerActive: true,
    backupOwnerId: 2,
    backupActive: true,
    transferPending: false,
    activatedAt: '2026-09-01T08:00:00.000Z',
    supported: true,
    ownLastPostAt: null,
    unreviewed: { count: 0, oldestAt: null, urgent: 0 },
    connector: { lastSuccessAt: '2026-11-24T08:55:00.000Z', consecutiveFailures: 0, lastErrorKey: null },
    credentialsExpireAt: null,
    ...overrides,
  };
}

describe('end date (B3)', () => {
  const clock = fixedClock('2027-06-01T10:00:00.000Z');
  it('is silent until the warning window, warns inside it, is urgent once the day has passed', () => {
    expect(endDateRule(page(), clock.now(), S)).toBeNull();
    clock.set('2027-07-01T10:00:00.000Z'); // 14 days before, Amsterdam
    expect(endDateRule(page(), clock.now(), S)).toMatchObject({ key: 'end_date:7:2027-07-15', urgency: 'warning', clause: 'B3', facts: { daysLeft: 14 } });
    clock.set('2027-07-15T21:30:00.000Z'); // 23:30 in Amsterdam: still the last day
    expect(endDateRule(page(), clock.now(), S)).toMatchObject({ urgency: 'warning', facts: { daysLeft: 0 } });
    clock.set('2027-07-15T22:30:00.000Z'); // 00:30 on the 16th in Amsterdam
    const passed = endDateRule(page(), clock.now(), S)!;
    expect(passed).toMatchObject({ urgency: 'urgent', facts: { daysLeft: -1 }, dueAt: '2027-07-15T22:00:00.000Z' });
    expect(reminderVariant(passed)).toBe('end_date_passed');
  });

  it('keys on the end date, so a new end date is a new reminder', () => {
    const at = new Date('2027-07-10T10:00:00.000Z');
    expect(endDateRule(page({ endDate: '2027-07-20' }), at, S)!.key).toBe('end_date:7:2027-07-20');
  });

  it('asks a live page without an end date for one (or an O2 exemption), and skips closed pages', () => {
    const at = new Date('2027-01-01T10:00:00.000Z');
    expect(endDateRule(page({ endDate: null }), at, S)).toMatchObject({ key: 'end_date:7:none', urgency: 'info' });
    expect(endDateRule(page({ status: 'gearchiveerd' }), new Date('2028-01-01T00:00:00Z'), S)).toBeNull();
    expect(endDateRule(page({ status: 'aangevraagd' }), new Date('2028-01-01T00:00:00Z'), S)).toBeNull();
  });

  it('honours the configured warning window', () => {
    const at = new Date('2027-06-20T10:00:00.000Z');
    expect(endDateRule(page(), at, S)).toBeNull();
    expect(endDateRule(page(), at, { ...S, endDateWarnDays: 30 })).not.toBeNull();
  });
});

describe('inactive page (B3)', () => {
  it('stays silent while the own activity is unknown', () => {
    expect(inactiveRule(page({ ownLastPostAt: null }), new Date('2030-01-01T00:00:00Z'), S)).toBeNull();
  });
  it('fires N days after the last own post, keyed on that post', () => {
    const p = page({ ownLastPostAt: '2026-09-01T12:00:00.000Z' });
    expect(inactiveRule(p, new Date('2026-10-31T11:00:00.000Z'), S)).toBeNull();
    expect(inactiveRule(p, new Date('2026-10-31T12:00:00.000Z'), S)).toMatchObject({ key: 'inactive:7:2026-09-01T12:00:00.000Z', facts: { days: 60 } });
    expect(inactiveRule(p, new Date('2026-10-10T12:00:00.000Z'), { ...S, inactiveDays: 30 })).not.toBeNull();
  });
});

describe('flagged items unreviewed', () => {
  it('fires when flagged items wait past the threshold; urgent when one of them is urgent', () => {
    const now = new Date('2026-11-24T09:00:00.000Z');
    expect(unreviewedRule(page(), now, S)).toBeNull();
    const waiting = page({ unreviewed: { count: 3, oldestAt: '2026-11-21T09:00:00.000Z', urgent: 0 } });
    expect(unreviewedRule(waiting, now, S)).toMatchObject({ key: 'unreviewed:7', urgency: 'warning', facts: { count: 3, hours: 48 }, dueAt: '2026-11-23T09:00:00.000Z' });
    expect(unreviewedRule({ ...waiting, unreviewed: { ...waiting.unreviewed, urgent: 1 } }, now, S)!.urgency).toBe('urgent');
    expect(unreviewedRule({ ...waiting, status: 'gearchiveerd' }, now, S)).toBeNull();
  });
});

describe('owner left', () => {
  it('asks for a transfer when the owner is deactivated, at once to the line manager', () => {
    const now = new Date('2026-11-24T09:00:00.000Z');
    expect(ownerGoneRule(page(), now)).toBeNull();
    expect(ownerGoneRule(page({ ownerActive: false }), now)).toMatchObject({ key: 'owner_gone:7:owner:1', urgency: 'urgent', managerAtOnce: true, facts: { role: 'owner' } });
    expect(ownerGoneRule(page({ ownerActive: false, transferPending: true }), now)).toBeNull();
    expect(ownerGoneRule(page({ backupActive: false }), now)).toMatchObject({ key: 'owner_gone:7:backup:2', managerAtOnce: false });
  });
});

describe('connector failing (B2)', () => {
  it('fires after more than the configured hours without a success', () => {
    const clock = fixedClock('2026-11-25T08:00:00.000Z');
    const failing = page({ connector: { lastSuccessAt: '2026-11-24T09:00:00.000Z', consecutiveFailures: 12, lastErrorKey: 'poll.error.auth' } });
    expect(connectorFailingRule(failing, clock.now(), S)).toBeNull();
    clock.advance(3_600_000);
    expect(connectorFailingRule(failing, clock.now(), S)).toMatchObject({ key: 'connector_failing:7', clause: 'B2', facts: { errorKey: 'poll.error.auth', failures: 12 } });
    expect(connectorFailingRule({ ...failing, connector: { ...failing.connector, consecutiveFailures: 0 } }, clock.now(), S)).toBeNull();
    expect(connectorFailingRule({ ...failing, supported: false }, clock.now(), S)).toBeNull();
    // Never succeeded: counted from the day it went live.
    expect(connectorFailingRule(page({ connector: { lastSuccessAt: null, consecutiveFailures: 2, lastErrorKey: null } }), clock.now(), S)).not.toBeNull();
  });
});

describe('credentials expiring', () => {
  it('stays silent where the platform does not say; warns ahead; urgent once expired', () => {
    const now = new Date('2026-11-24T09:00:00.000Z');
    expect(credentialsRule(page(), now, S)).toBeNull();
    expect(credentialsRule(page({ credentialsExpireAt: '2027-01-30T00:00:00.000Z' }), now, S)).toBeNull();
    expect(credentialsRule(page({ credentialsExpireAt: '2026-12-01T00:00:00.000Z' }), now, S)).toMatchObject({ urgency: 'warning', clause: 'B2' });
    expect(credentialsRule(page({ credentialsExpireAt: '2026-11-20T00:00:00.000Z' }), now, S)!.urgency).toBe('urgent');
  });
});

describe('exemptions (O2)', () => {
  const now = new Date('2027-07-20T09:00:00.000Z');
  const e = { id: 3, kind: 'end_date' as const, pageId: 7, personId: null, validFrom: '2027-01-01', validUntil: '2027-12-31' };
  it('an active end-date exemption holds the end-date reminder back and names itself', () => {
    const out = desiredReminders([page()], now, S, [e]);
    expect(out.due.map((d) => d.rule)).not.toContain('end_date');
    expect(out.exempted).toEqual([{ key: 'end_date:7:2027-07-15', rule: 'end_date', pageId: 7, exemptionId: 3 }]);
  });
  it('only within its period, only for its page or its person’s pages, only for its kind', () => {
    expect(activeExemption([e], 'end_date', { pageId: 7, ownerId: 1 }, '2028-01-01')).toBeNull();
    expect(activeExemption([e], 'end_date', { pageId: 8, ownerId: 1 }, '2027-07-20')).toBeNull();
    expect(activeExemption([e], 'inactivity', { pageId: 7, ownerId: 1 }, '2027-07-20')).toBeNull();
    const person = { ...e, pageId: null, personId: 1 };
    expect(activeExemption([person], 'end_date', { pageId: 99, ownerId: 1 }, '2027-07-20')).toBe(person);
    const out = desiredReminders([page({ ownLastPostAt: '2027-01-01T00:00:00Z' })], now, S, [{ ...e, kind: 'inactivity' }]);
    expect(out.due.map((d) => d.rule).sort()).toEqual(['end_date']);
    expect(out.exempted.map((x) => x.rule)).toEqual(['inactive']);
  });
});
