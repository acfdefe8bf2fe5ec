import { appendAudit } from '../../db/audit';
import { getSettings, setSetting } from '../../db/settings';
import { inTransaction } from '../../db/transaction';
import type { SchoolSettings } from '../../shared/api/settings';
import type { Db } from '../../db/transaction';
import type { DomainHandlers } from './handler-types';
import { auditActor, requireActor, requireRole } from './roles';

export const SETTING_KEYS = {
  schoolName: 'school.name',
  retentionDays: 'privacy.retentionDays',
} as const;

export const DEFAULT_RETENTION_DAYS = 365;

export async function readSchoolSettings(db: Db): Promise<SchoolSettings> {
  const values = await getSettings(db, Object.values(SETTING_KEYS));
  const schoolName = (values.get(SETTING_KEYS.schoolName) as string | undefined) ?? '';
  return {
    schoolName,
    pageNameSuffix: schoolName ? ` - ${schoolName}` : '',
    retentionDays: (values.get(SETTING_KEYS.retentionDays) as number | undefined) ?? DEFAULT_RETENTION_DAYS,
  };
}

export const settingsHandlers: DomainHandlers<'settings'> = {
  async 'settings.get'(_input, ctx) {
    requireActor(ctx);
    return readSchoolSettings(ctx.store.db);
  },

  async 'settings.update'(input, ctx) {
    const actor = requireRole(ctx, 'communicatie', 'beheer', 'directie');
    const at = ctx.clock.now().toISOString();
    await inTransaction(ctx.store.db, async (trx) => {
      const before = await readSchoolSettings(trx);
      await setSetting(trx, SETTING_KEYS.schoolName, input.schoolName, at);
      await setSetting(trx, SETTING_KEYS.retentionDays, input.retentionDays, at);
      await appendAudit(trx, {
        at,
        actor: auditActor(actor),
        action: 'settings.update',
        subjectType: 'school',
        subjectId: null,
        data: {
          before: { schoolName: before.schoolName, retentionDays: before.retentionDays },
          after: { schoolName: input.schoolName, retentionDays: input.retentionDays },
        },
      });
    });
    ctx.events.emit('settings.changed', {});
    return readSchoolSettings(ctx.store.db);
  },
};
