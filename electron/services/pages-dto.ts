import { listPeople, type PersonRecord } from '../../db/people';
import type { PageRecord } from '../../db/pages';
import type { Db } from '../../db/transaction';
import type { Page, PersonRef } from '../../shared/api/pages';
import type { Actor } from './context';
import { allowedActions } from './pages-rules';

/** Everyone, active or not: a page keeps naming its people after they leave. */
export async function peopleById(db: Db): Promise<Map<number, PersonRecord>> {
  const people = await listPeople(db, { includeInactive: true });
  return new Map(people.map((p) => [p.id, p]));
}

export function personRef(people: Map<number, PersonRecord>, id: number): PersonRef {
  const p = people.get(id);
  // A page row references people by foreign key, so a miss means a bug; show it rather than crash.
  return p ? { id: p.id, name: p.name, email: p.email, active: p.active } : { id, name: `#${id}`, email: '', active: false };
}

export function toPageDto(page: PageRecord, people: Map<number, PersonRecord>, actor: Actor): Page {
  const ref = (id: number | null) => (id === null ? null : personRef(people, id));
  return {
    id: page.id,
    platform: page.platform,
    handle: page.handle,
    displayName: page.displayName,
    url: page.url,
    purpose: page.purpose,
    audience: page.audience,
    owner: personRef(people, page.ownerId),
    backupOwner: personRef(people, page.backupOwnerId),
    manager: personRef(people, page.managerId),
    requestedBy: ref(page.requestedBy),
    decidedBy: ref(page.decidedBy),
    endDate: page.endDate,
    ongoingReason: page.ongoingReason,
    genericConfirmed: page.genericConfirmed,
    status: page.status,
    statusReason: page.statusReason,
    source: page.source,
    externalAccountId: page.externalAccountId,
    verified: page.verified,
    createdAt: page.createdAt,
    updatedAt: page.updatedAt,
    approvedAt: page.approvedAt,
    rejectedAt: page.rejectedAt,
    activatedAt: page.activatedAt,
    archiveRequestedAt: page.archiveRequestedAt,
    archivedAt: page.archivedAt,
    lastActivityAt: page.lastActivityAt,
    transfer: page.transfer
      ? {
          to: personRef(people, page.transfer.toId),
          newBackupOwner: ref(page.transfer.newBackupOwnerId),
          proposedBy: page.transfer.byLabel,
          proposedAt: page.transfer.at,
          reason: page.transfer.reason,
        }
      : null,
    actions: allowedActions(page, actor, { ownerActive: people.get(page.ownerId)?.active ?? false }),
  };
}
