import type { Widen } from '../catalogue';
import type { lifecycle as nl } from '../nl/lifecycle';
import { core } from './core';

export const lifecycle: Widen<typeof nl> = {
  nav: { ...core.nav, exemptions: 'Exemptions', reports: 'Overview' },
  settings: { ...core.settings, tabs: { ...core.settings.tabs, reminders: 'Reminders' } },
  lifecycle: {
    history: {
      archiveStep: 'Archiving step recorded',
      archiveStepSkip: 'Archiving step skipped',
      endDateRequest: 'End-date extension asked',
      endDateApprove: 'End date extended',
      endDateReject: 'End-date extension rejected',
      endDateWithdraw: 'End-date extension withdrawn',
      token: { remove: 'Access token removed', set: 'Access token stored' },
      connection: { update: 'Connection changed' },
    },
    card: {
      title: 'Lifecycle (B3)',
      endDate: 'End date',
      ongoing: 'none (ongoing)',
      ownActivity: 'Last post by the page itself',
      ownActivityUnknown: 'unknown — this platform does not show it, or nothing was collected yet',
      credentials: 'Access token expires',
      credentialsUnknown: 'the platform does not say',
      reminders: 'Open reminders',
      remindersNone: 'None',
      extend: 'Extend end date',
      pendingExtension: 'Extension to {{date}} waits for {{manager}}.',
    },
  },
};
