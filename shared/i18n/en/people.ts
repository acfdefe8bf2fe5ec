import type { Widen } from '../catalogue';
import type { people as nl } from '../nl/people';

export const people = {
  people: {
    title: 'People',
    intro: 'Everyone who works with Paginawacht, with their roles. People are never deleted, so history stays correct.',
    add: 'Add person',
    name: 'Name',
    email: 'E-mail address',
    roles: 'Roles',
    manager: 'Line manager',
    noManager: 'None',
    note: 'Note',
    status: 'Status',
    active: 'Active',
    inactive: 'Deactivated',
    showInactive: 'Show deactivated people',
    deactivate: 'Deactivate',
    reactivate: 'Reactivate',
    deactivateReason: 'Reason for deactivating',
    deactivateTitle: 'Deactivate {{name}}',
    deactivateBody: 'This person can no longer use Paginawacht. Everything they did stays in the history.',
    editTitle: 'Edit {{name}}',
    addTitle: 'Add person',
    readOnly: 'Only the communications office or an administrator can add or change people.',
    you: 'you',
    count_one: '{{count}} person',
    count_other: '{{count}} people',
    errors: {
      emailTaken: 'Someone with the e-mail address {{email}} already exists.',
      selfManager: 'Someone cannot be their own line manager.',
      unknownManager: 'That line manager does not exist.',
      ownAdminRole: 'You cannot remove your own communications or administrator role.',
      deactivateSelf: 'You cannot deactivate yourself.',
    },
  },
} satisfies Widen<typeof nl>;
