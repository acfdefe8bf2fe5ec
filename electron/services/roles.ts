import type { Role } from '../../shared/api/common';
import type { Actor, ServiceContext } from './context';
import { ServiceError, forbidden } from './errors';

export function requireActor(ctx: ServiceContext): Actor {
  if (!ctx.actor) throw new ServiceError('no_actor', 'Choose who you are first', { key: 'errors.noActor' });
  return ctx.actor;
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return actor.roles.some((r) => roles.includes(r));
}

/** Refuses unless the actor holds one of `roles`; the message names them so the user knows whom to ask. */
export function requireRole(ctx: ServiceContext, ...roles: Role[]): Actor {
  const actor = requireActor(ctx);
  if (!hasRole(actor, ...roles)) {
    throw forbidden(`This needs one of the roles: ${roles.join(', ')}`, 'errors.needsRole', { roles: roles.join(', ') });
  }
  return actor;
}

export function auditActor(actor: Actor): { personId: number | null; label: string; via: 'app' | 'cli' } {
  return { personId: actor.personId, label: actor.label, via: actor.via };
}
