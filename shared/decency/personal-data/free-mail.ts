/**
 * Free mail providers: an address there is a person's own, never an organisation's desk
 * (detect.ts), and plain "at" before one is an address spelled out (spelled.ts).
 */
export const FREE_MAIL_PROVIDERS = [
  'gmail', 'googlemail', 'hotmail', 'outlook', 'live', 'msn', 'yahoo', 'icloud', 'me', 'ziggo', 'kpnmail', 'kpnplanet', 'planet',
  'home', 'xs4all', 'aol', 'proton', 'protonmail', 'gmx', 'telfort', 'tele2', 'upcmail', 'chello', 'casema', 'quicknet', 'telenet',
  'skynet',
] as const;
