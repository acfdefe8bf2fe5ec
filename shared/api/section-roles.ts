import type { Role } from './common';

// Who works in which part of the desk. The services enforce these (they import them from here); the
// menu uses the same lists to show each person only the sections they can use.

export const INVENTORY_READERS = ['communicatie', 'directie', 'beheer'] as const satisfies readonly Role[];
export const REPORT_READERS = ['communicatie', 'directie', 'beheer'] as const satisfies readonly Role[];
/** O1: the officer draws and reviews; the board and communications office read the results. */
export const SPOT_CHECK_READERS = ['functionaris', 'directie', 'communicatie'] as const satisfies readonly Role[];
/** Moderation is for those who own pages, answer escalations or oversee all pages — not the officer (O1). */
export const MODERATORS = ['eigenaar', 'leidinggevende', 'communicatie', 'directie'] as const satisfies readonly Role[];

/**
 * Who can request a page: an owner-to-be (the owner needs the eigenaar role), or the communications
 * office and the board on someone's behalf. Others see the requests section only to decide or follow.
 */
export const REQUESTERS = ['eigenaar', 'communicatie', 'directie'] as const satisfies readonly Role[];

/** The desk's sections and who sees them in the menu (null: everyone). */
export const SECTION_ROLES = {
  queue: MODERATORS,
  pages: null,
  requests: null,
  inventory: INVENTORY_READERS,
  reminders: null,
  spotCheck: SPOT_CHECK_READERS,
  exemptions: null,
  incidents: MODERATORS,
  reports: REPORT_READERS,
  settings: null,
} as const satisfies Record<string, readonly Role[] | null>;

export type SectionKey = keyof typeof SECTION_ROLES;

export function sectionVisible(section: SectionKey, roles: readonly Role[]): boolean {
  const needed: readonly Role[] | null = SECTION_ROLES[section];
  return !needed || needed.some((r) => roles.includes(r));
}
