import { getPerson } from '../../db/people';
import type { Session } from '../../shared/api/session';
import type { ServiceContext } from './context';
import type { DomainHandlers } from './handler-types';
import { ServiceError, notFound } from './errors';

async function currentSession(ctx: ServiceContext): Promise<Session> {
  const id = ctx.desk.personId;
  const person = id === null ? undefined : await getPerson(ctx.store.db, id);
  return {
    person: person && person.active ? person : null,
    language: ctx.desk.language,
    transport: ctx.host.transport,
  };
}

export const sessionHandlers: DomainHandlers<'session'> = {
  async 'session.get'(_input, ctx) {
    return currentSession(ctx);
  },

  async 'session.choose'(input, ctx) {
    const person = await getPerson(ctx.store.db, input.personId);
    if (!person) throw notFound('person');
    if (!person.active) {
      throw new ServiceError('forbidden', 'This person has been deactivated', { key: 'errors.session.inactive' });
    }
    ctx.desk.update({ personId: person.id });
    ctx.events.emit('session.changed', {});
    return currentSession(ctx);
  },

  async 'session.setLanguage'(input, ctx) {
    ctx.desk.update({ language: input.language });
    ctx.events.emit('session.changed', {});
    return currentSession(ctx);
  },
};
