import { Notification } from 'electron';
import type { Backend } from '../backend/backend';
import { catalogues } from '../../shared/i18n';

/**
 * Urgent items (severity 3: threats, incitement to self-harm, self-harm care signals, doxxing of a
 * minor) and new derailment alerts (B5) raise a desktop notification at once. It names the page and
 * the kind of urgency, never the words themselves: notifications show on lock screens and shared
 * displays. Only pages in one of the desk person's queue views count, as in browser mode: someone
 * without a stake in the page is not woken for it.
 */
export function notifyUrgentItems(backend: Backend, focus: () => void): () => void {
  const show = (title: string, body: string) => {
    const notification = new Notification({ title, body, urgency: 'critical' });
    notification.on('click', focus);
    notification.show();
  };
  /** The page's name when it is in one of the desk person's views, else null. */
  const pageName = async (pageId: number): Promise<string | null> => {
    const actor = await backend.deskActor();
    if (!actor) return null;
    const counts = await backend.invokeAs(actor, 'queue.counts', {});
    if (!counts.ok) return null;
    for (const view of (counts.value as { views: string[] }).views) {
      const pages = await backend.invokeAs(actor, 'queue.pages', { view });
      const page = pages.ok ? (pages.value as { id: number; name: string }[]).find((p) => p.id === pageId) : undefined;
      if (page) return page.name;
    }
    return null;
  };

  return backend.events.subscribe((event, payload) => {
    if (!Notification.isSupported()) return;
    if (event === 'items.added') {
      const { pageId, urgentItemIds } = payload as { pageId: number; urgentItemIds: number[] };
      if (!urgentItemIds.length) return;
      void (async () => {
        const page = await pageName(pageId);
        if (page === null) return;
        const text = catalogues[backend.desk.language].notifications;
        show(
          text.urgentTitle,
          (urgentItemIds.length === 1 ? text.urgentBodyOne : text.urgentBodyMany).replace('{{count}}', String(urgentItemIds.length)).replace('{{page}}', page),
        );
      })();
    } else if (event === 'derailment.changed') {
      const { pageId, raised } = payload as { pageId: number; raised: boolean };
      if (!raised) return;
      void (async () => {
        const page = await pageName(pageId);
        if (page === null) return;
        const text = catalogues[backend.desk.language].derailment;
        show(text.notifyTitle, text.notifyBody.replace('{{page}}', page));
      })();
    }
  });
}
