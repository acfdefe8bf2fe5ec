import type { Role } from '../../../shared/api/common';
import { INVENTORY_READERS, MODERATORS, REPORT_READERS, SPOT_CHECK_READERS } from '../../../shared/api/section-roles';

/**
 * The product's sections, in menu order. `roles`: shown only to people holding one of them (the same
 * lists the back end enforces); without `roles`, everyone's.
 */
export const SECTIONS: readonly { path: string; key: string; roles?: readonly Role[] }[] = [
  { path: '/queue', key: 'queue', roles: MODERATORS },
  { path: '/pages', key: 'pages' },
  { path: '/requests', key: 'requests' },
  { path: '/inventory', key: 'inventory', roles: INVENTORY_READERS },
  { path: '/reminders', key: 'reminders' },
  { path: '/spot-check', key: 'spotCheck', roles: SPOT_CHECK_READERS },
  { path: '/exemptions', key: 'exemptions' },
  { path: '/incidents', key: 'incidents', roles: MODERATORS },
  { path: '/reports', key: 'reports', roles: REPORT_READERS },
  { path: '/settings', key: 'settings' },
];

export function sectionsFor(roles: readonly Role[]): typeof SECTIONS {
  return SECTIONS.filter((s) => !s.roles || s.roles.some((r) => roles.includes(r)));
}
