import type { Actor, PlatformGateway } from '../../electron/services/context';
import type { Role } from '../../shared/api/common';
import type { Input } from '../../shared/api/contract';
import { setUpSchool, startTestBackend } from './backend';

/** No connector for any platform: pages are linked unverified. Tests that verify pass their own. */
export const unsupportedGateway: PlatformGateway = { verifyAccount: async () => ({ status: 'unsupported' }) };

/** A school with the cast of the pages workflow, each as an actor. */
export async function pagesSchool(options: { gateway?: PlatformGateway } = {}) {
  const t = startTestBackend({ gateway: options.gateway ?? unsupportedGateway });
  const admin = await setUpSchool(t);
  const add = async (name: string, email: string, roles: Role[], managerId: number | null = null): Promise<Actor> => {
    const p = await t.as(admin, 'people.add', { name, email, roles, managerId });
    return { personId: p.id, label: p.name, roles: p.roles, via: 'app' };
  };
  const manager = await add('Mark Manager', 'mark@school.nl', ['leidinggevende']);
  const otherManager = await add('Mia Manager', 'mia@school.nl', ['leidinggevende']);
  const owner = await add('Olga Owner', 'olga@school.nl', ['eigenaar'], manager.personId);
  const backup = await add('Bert Backup', 'bert@school.nl', ['eigenaar'], manager.personId);
  const otherOwner = await add('Otto Owner', 'otto@school.nl', ['eigenaar'], otherManager.personId);
  const board = await add('Dirk Directie', 'dirk@school.nl', ['directie']);
  const comms = await add('Carla Communicatie', 'carla@school.nl', ['communicatie']);
  const plain = await add('Piet Personeel', 'piet@school.nl', ['functionaris']);
  const osUser: Actor = { personId: null, label: 'os:tester', roles: ['beheer'], via: 'cli' };
  return { t, admin, manager, otherManager, owner, backup, otherOwner, board, comms, plain, osUser };
}

export type PagesSchool = Awaited<ReturnType<typeof pagesSchool>>;

export function requestInput(s: PagesSchool, overrides: Partial<Input<'pages.request'>> = {}): Input<'pages.request'> {
  return {
    platform: 'instagram',
    displayName: 'Project X - CSG Het Streek',
    handle: '@projectx_streek',
    url: 'https://www.instagram.com/projectx_streek',
    purpose: 'Foto’s en nieuws van Project X voor leerlingen van klas 3',
    audience: 'leerlingen',
    ownerId: s.owner.personId!,
    backupOwnerId: s.backup.personId!,
    managerId: s.manager.personId!,
    endDate: '2027-07-15',
    ongoingReason: '',
    genericConfirmed: false,
    ...overrides,
  };
}

/** Requests a page as the owner and returns it. */
export async function requested(s: PagesSchool, overrides: Partial<Input<'pages.request'>> = {}) {
  return s.t.as(s.owner, 'pages.request', requestInput(s, overrides));
}

/** Requested, approved by the manager and linked by the owner. */
export async function activePage(s: PagesSchool, overrides: Partial<Input<'pages.request'>> = {}) {
  const page = await requested(s, overrides);
  await s.t.as(s.manager, 'pages.approve', { id: page.id, reason: 'Besproken in het teamoverleg' });
  return s.t.as(s.owner, 'pages.link', { id: page.id });
}
