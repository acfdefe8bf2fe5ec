import { Notification } from 'electron';
import type { Backend } from '../backend/backend';
import { catalogues } from '../../shared/i18n';

/**
 * Urgent items (severity 3: threats, incitement to self-harm, self-harm care signals, doxxing of a
 * minor) and new derailment alerts (B5) raise a desktop notification at once. It names the page and
 * the kind of urgency, never the words themselves: notifications show on lock screens and shared
 * displays.
 */
export function notifyUrgentItems(backend: Backend, focus: () => void): () => void {
  const show = (title: string, body: string) => {
    const notification = new Notification({ title, body, urgency: 'critical' });
    notification.on('click', focus);
    notification.show();
  };
  const pageName = async (pageId: number) =>
    (await backend.store.db.selectFrom('pages').select(['display_name']).where('id', '=', pageId).executeTakeFirst())?.display_name ?? '';

  return backend.events.subscribe((event, payload) => {
    if (!Notification.isSupported()) return;
    if (event === 'items.added') {
      const { pageId, urgentItemIds } = payload as { pageId: number; urgentItemIds: number[] };
      if (!urgentItemIds.length) return;
      void (async () => {
        const text = catalogues[backend.desk.language].notifications;
        show(
          text.urgentTitle,
          (urgentItemIds.length === 1 ? text.urgentBodyOne : text.urgentBodyMany)
            .replace('{{count}}', String(urgentItemIds.length))
            .replace('{{page}}', await pageName(pageId)),
        );
      })();
    } else if (event === 'derailment.changed') {
      const { pageId, raised } = payload as { pageId: number; raised: boolean };
      if (!raised) return;
      void (async () => {
        const text = catalogues[backend.desk.language].derailment;
        show(text.notifyTitle, text.notifyBody.replace('{{page}}', await pageName(pageId)));
      })();
    }
  });
}
