import type { Role } from '../../../shared/api/common';
import { sectionVisible, type SectionKey } from '../../../shared/api/section-roles';

/** The product's sections, in menu order; who sees which lives with the roles in shared/api/section-roles.ts. */
export const SECTIONS: readonly { path: string; key: SectionKey }[] = [
  { path: '/queue', key: 'queue' },
  { path: '/pages', key: 'pages' },
  { path: '/requests', key: 'requests' },
  { path: '/inventory', key: 'inventory' },
  { path: '/reminders', key: 'reminders' },
  { path: '/spot-check', key: 'spotCheck' },
  { path: '/exemptions', key: 'exemptions' },
  { path: '/incidents', key: 'incidents' },
  { path: '/reports', key: 'reports' },
  { path: '/settings', key: 'settings' },
];

export function sectionsFor(roles: readonly Role[]): typeof SECTIONS {
  return SECTIONS.filter((s) => sectionVisible(s.key, roles));
}
