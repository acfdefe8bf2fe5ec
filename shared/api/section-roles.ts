import type { Role } from './common';

// Who works in which part of the desk. The services enforce these (they import them from here); the
// menu uses the same lists to show each person only the sections they can use.

export const INVENTORY_READERS = ['communicatie', 'directie', 'beheer'] as const satisfies readonly Role[];
export const REPORT_READERS = ['communicatie', 'directie', 'beheer'] as const satisfies readonly Role[];
/** O1: the officer draws and reviews; the board and communications office read the results. */
export const SPOT_CHECK_READERS = ['functionaris', 'directie', 'communicatie'] as const satisfies readonly Role[];
/** Moderation is for those who own pages, answer escalations or oversee all pages — not the officer (O1). */
export const MODERATORS = ['eigenaar', 'leidinggevende', 'communicatie', 'directie'] as const satisfies readonly Role[];
