import { appendAudit } from '../../db/audit';
import { countPeople, insertPerson } from '../../db/people';
import { getSetting, setSetting } from '../../db/settings';
import { inTransaction } from '../../db/transaction';
import type { Db } from '../../db/transaction';
import type { ServiceContext } from './context';
import type { DomainHandlers } from './handler-types';
import { conflict, invalid } from './errors';
import { SETTING_KEYS } from './settings';

async function setupStatus(db: Db): Promise<{ complete: boolean; schoolName: string | null }> {
  const schoolName = (await getSetting<string>(db, SETTING_KEYS.schoolName)) ?? null;
  const people = await countPeople(db);
  return { complete: schoolName !== null && people > 0, schoolName };
}

/**
 * Refuses work that needs the school set up: people brought in before the first-run screen would make
 * that screen refuse (it creates the first person), and pages would be named without the school.
 */
export async function requireSetUp(ctx: ServiceContext): Promise<void> {
  if ((await setupStatus(ctx.store.db)).complete) return;
  throw conflict(
    'Paginawacht is not set up yet: start it once (npm start, or paginawacht serve) and fill in the first-run screen with the school name and the first person, then try again',
    'errors.setup.notYet',
  );
}

export const setupHandlers: DomainHandlers<'setup'> = {
  async 'setup.status'(_input, ctx) {
    return setupStatus(ctx.store.db);
  },

  async 'setup.complete'(input, ctx) {
    // Someone must be able to add the rest of the school; without these roles nobody could.
    if (!input.person.roles.some((r) => r === 'beheer' || r === 'communicatie')) {
      throw invalid('person.roles', 'The first person needs the role beheer or communicatie', 'errors.setup.firstPersonRoles');
    }
    const at = ctx.clock.now().toISOString();
    const personId = await inTransaction(ctx.store.db, async (trx) => {
      if ((await countPeople(trx)) > 0) throw conflict('Paginawacht has already been set up', 'errors.setup.done');
      await setSetting(trx, SETTING_KEYS.schoolName, input.schoolName, at);
      const id = await insertPerson(trx, { ...input.person, managerId: null, note: '' }, at);
      await appendAudit(trx, {
        at,
        actor: { personId: id, label: input.person.name, via: ctx.host.transport === 'cli' ? 'cli' : 'app' },
        action: 'setup.complete',
        subjectType: 'school',
        subjectId: null,
        data: { schoolName: input.schoolName, firstPerson: { id, email: input.person.email, roles: input.person.roles } },
      });
      return id;
    });
    ctx.desk.update({ personId, language: input.language });
    ctx.events.emit('setup.changed', {});
    ctx.events.emit('session.changed', {});
    return { personId };
  },
};
