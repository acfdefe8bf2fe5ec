import { Notification } from 'electron';
import type { Backend } from '../backend/backend';
import { catalogues } from '../../shared/i18n';

/**
 * Urgent items (severity 3: threats, incitement to self-harm, self-harm care signals, doxxing of a
 * minor) raise a desktop notification at once. It names the page and the kind of urgency, never the
 * words themselves: notifications show on lock screens and shared displays.
 */
export function notifyUrgentItems(backend: Backend, focus: () => void): () => void {
  return backend.events.subscribe((event, payload) => {
    if (event !== 'items.added' || !Notification.isSupported()) return;
    const { pageId, urgentItemIds } = payload as { pageId: number; urgentItemIds: number[] };
    if (!urgentItemIds.length) return;
    void (async () => {
      const page = await backend.store.db.selectFrom('pages').select(['display_name']).where('id', '=', pageId).executeTakeFirst();
      const text = catalogues[backend.desk.language].notifications;
      const notification = new Notification({
        title: text.urgentTitle,
        body: (urgentItemIds.length === 1 ? text.urgentBodyOne : text.urgentBodyMany)
          .replace('{{count}}', String(urgentItemIds.length))
          .replace('{{page}}', page?.display_name ?? ''),
        urgency: 'critical',
      });
      notification.on('click', focus);
      notification.show();
    })();
  });
}
