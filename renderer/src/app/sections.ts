/** The product's sections, in menu order; later issues fill them in. */
export const SECTIONS = [
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
] as const;

export type SectionKey = (typeof SECTIONS)[number]['key'];
