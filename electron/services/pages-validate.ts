import type { PersonRecord } from '../../db/people';
import { findLivePageByHandle, type PageFields } from '../../db/pages';
import type { Db } from '../../db/transaction';
import { PLATFORMS, type PlatformId } from '../../shared/platforms/catalogue';
import { hasSchoolSuffix, isCalendarDate, looksLikeFormula, suggestDisplayName } from '../../shared/api/pages';
import { isTrustedUrl } from '../../shared/security/trusted-url';

// The field rules of a page, shared by a request in the app and a row of a CSV import, so both refuse
// the same things with the same words. Each problem names the field; the import maps it to its column.

export type PageField =
  | 'platform'
  | 'displayName'
  | 'handle'
  | 'url'
  | 'purpose'
  | 'audience'
  | 'ownerId'
  | 'backupOwnerId'
  | 'managerId'
  | 'endDate'
  | 'ongoingReason'
  | 'genericConfirmed'
  | 'status';

export interface FieldIssue {
  field: PageField;
  /** Catalogue key under `pages.errors`. */
  code: string;
  message: string;
  params?: Record<string, string | number>;
}

/** The school's calendar day (Europe/Amsterdam), as YYYY-MM-DD. */
export function schoolToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * "@HetStreek" → "HetStreek" (the @ is how people write handles, not part of them); null when the
 * text cannot be an account name or address: spaces, quotes, angle brackets, control characters.
 */
export function normaliseHandle(raw: string): { handle: string } | { issue: 'formulaLike' | 'handleInvalid' } {
  let handle = raw.trim();
  if (/^@[\p{L}\p{N}_]/u.test(handle)) handle = handle.slice(1);
  if (!handle) return { issue: 'handleInvalid' };
  if (looksLikeFormula(handle)) return { issue: 'formulaLike' };
  if (/[\s<>"'`\\{}|^]/u.test(handle) || /[\u0000-\u001f\u007f]/.test(handle)) return { issue: 'handleInvalid' };
  return { handle };
}

export function checkDisplayName(displayName: string, suffix: string): FieldIssue | null {
  if (looksLikeFormula(displayName.trim())) {
    return { field: 'displayName', code: 'formulaLike', message: 'The name starts like a spreadsheet formula (=, +, -, @)' };
  }
  if (!hasSchoolSuffix(displayName, suffix)) {
    const suggestion = suggestDisplayName(displayName, suffix);
    return {
      field: 'displayName',
      code: 'suffixMissing',
      message: `The name must end with "${suffix}" (protocol B1), e.g. "${suggestion}"`,
      params: { suffix: suffix.trim(), suggestion },
    };
  }
  return null;
}

export function checkUrl(url: string): FieldIssue | null {
  if (!url) return null;
  if (looksLikeFormula(url)) return { field: 'url', code: 'formulaLike', message: 'The address starts like a spreadsheet formula (=, +, -, @)' };
  if (!isTrustedUrl(url)) return { field: 'url', code: 'urlInvalid', message: 'The address must be a web address starting with https://' };
  return null;
}

export function checkEndDate(
  endDate: string | null,
  ongoingReason: string,
  options: { today: string | null },
): FieldIssue | null {
  if (endDate === null) {
    if (!ongoingReason.trim()) {
      return { field: 'ongoingReason', code: 'ongoingReasonRequired', message: 'A page without an end date ("doorlopend") needs a written reason' };
    }
    return null;
  }
  if (!endDate) return { field: 'endDate', code: 'endDateRequired', message: 'Give a planned end date, or choose "doorlopend" with a reason' };
  if (!isCalendarDate(endDate)) {
    return { field: 'endDate', code: 'badDate', message: `"${endDate}" is not a date written as YYYY-MM-DD`, params: { value: endDate } };
  }
  if (options.today && endDate < options.today) {
    return { field: 'endDate', code: 'endDateInPast', message: `The end date ${endDate} has already passed`, params: { value: endDate } };
  }
  return null;
}

export interface PeopleOfPage {
  owner: PersonRecord | undefined;
  backup: PersonRecord | undefined;
  manager: PersonRecord | undefined;
}

/** Owner and backup owner hold the owner role; the manager is a line manager (or the board); all distinct and active. */
export function checkPeople(people: PeopleOfPage): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const { owner, backup, manager } = people;
  const roleCheck = (person: PersonRecord | undefined, field: PageField, roles: string[], code: string, what: string) => {
    if (!person) {
      issues.push({ field, code: 'personUnknown', message: `That ${what} does not exist` });
      return;
    }
    if (!person.active) {
      issues.push({ field, code: 'personInactive', message: `${person.name} has been deactivated`, params: { name: person.name } });
      return;
    }
    if (!person.roles.some((r) => roles.includes(r))) {
      issues.push({ field, code, message: `${person.name} does not have the role ${roles.join(' or ')}`, params: { name: person.name } });
    }
  };
  roleCheck(owner, 'ownerId', ['eigenaar'], 'notAnOwner', 'owner');
  roleCheck(backup, 'backupOwnerId', ['eigenaar'], 'notAnOwner', 'backup owner');
  roleCheck(manager, 'managerId', ['leidinggevende', 'directie'], 'notAManager', 'line manager');
  if (owner && backup && owner.id === backup.id) {
    issues.push({ field: 'backupOwnerId', code: 'sameOwnerAndBackup', message: 'The backup owner must be someone other than the owner' });
  }
  if (manager && ((owner && manager.id === owner.id) || (backup && manager.id === backup.id))) {
    issues.push({ field: 'managerId', code: 'managerIsOwner', message: 'The line manager cannot also be the owner or backup owner of the page' });
  }
  return issues;
}

export async function checkHandleFree(db: Db, platform: PlatformId, handle: string, exceptId?: number): Promise<FieldIssue | null> {
  const existing = await findLivePageByHandle(db, platform, handle, exceptId);
  if (!existing) return null;
  return {
    field: 'handle',
    code: 'handleTaken',
    message: `${PLATFORMS[platform].name} account ${handle} is already in the register ("${existing.displayName}")`,
    params: { handle, platform: PLATFORMS[platform].name, page: existing.displayName },
  };
}

export interface RequestFieldsInput {
  platform: PlatformId;
  displayName: string;
  handle: string;
  url: string;
  purpose: string;
  audience: PageFields['audience'];
  endDate: string | null;
  ongoingReason: string;
  genericConfirmed: boolean;
}

/**
 * Everything about a page's own fields (people and uniqueness come separately): the normalised
 * fields, or every problem found.
 */
export function checkPageFields(
  input: RequestFieldsInput,
  options: { suffix: string; today: string | null; requireGenericConfirmation: boolean },
): { issues: FieldIssue[]; handle: string; url: string | null } {
  const issues: FieldIssue[] = [];
  const name = checkDisplayName(input.displayName, options.suffix);
  if (name) issues.push(name);
  const handle = normaliseHandle(input.handle);
  if ('issue' in handle) {
    issues.push({
      field: 'handle',
      code: handle.issue,
      message: handle.issue === 'formulaLike' ? 'The handle starts like a spreadsheet formula (=, +, -, @)' : 'This is not an account name or address',
    });
  }
  const url = checkUrl(input.url.trim());
  if (url) issues.push(url);
  const end = checkEndDate(input.endDate, input.ongoingReason, { today: options.today });
  if (end) issues.push(end);
  if (options.requireGenericConfirmation && !PLATFORMS[input.platform].fullControl && !input.genericConfirmed) {
    issues.push({
      field: 'genericConfirmed',
      code: 'genericRequired',
      message: `${PLATFORMS[input.platform].name} gives no full control over what others post (A8): confirm this is a generic school page`,
      params: { platform: PLATFORMS[input.platform].name },
    });
  }
  return { issues, handle: 'handle' in handle ? handle.handle : input.handle.trim(), url: input.url.trim() || null };
}
