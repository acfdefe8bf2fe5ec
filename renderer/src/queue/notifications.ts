import { useEffect, useMemo, useState } from 'react';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useApiQuery } from '../api/hooks';

// Browser mode: urgent items (severity 3) and derailment alerts raise a desktop notification through
// the Web Notification API, once the person allowed it (asked once, from the queue). In the Electron
// window the main process notifies instead (electron/main/notifications.ts), so this stays silent there.
// A notification names the page, never the words: it may show on a lock screen.

const ASKED = 'paginawacht.notifications.asked';

function supported(): boolean {
  return api.transport === 'http' && typeof window !== 'undefined' && 'Notification' in window;
}

export function useNotificationOffer(): { show: boolean; enable: () => void; later: () => void } {
  const [show, setShow] = useState(() => supported() && Notification.permission === 'default' && !localStorage.getItem(ASKED));
  const done = () => {
    localStorage.setItem(ASKED, '1');
    setShow(false);
  };
  return {
    show,
    enable: () => {
      void Notification.requestPermission().finally(done);
    },
    later: done,
  };
}

/** The pages in any of this person's queue views, by id: whose urgent items concern them. */
function useMyPageNames(): ReadonlyMap<number, string> {
  const counts = useApiQuery('queue.counts', {}, { enabled: supported() });
  const views = counts.data?.views ?? [];
  const pages = useQueries({
    queries: views.map((view) => ({ queryKey: ['queue.pages', { view }], queryFn: () => api.call('queue.pages', { view }) })),
  });
  const stamp = pages.map((p) => p.dataUpdatedAt).join(',');
  return useMemo(() => new Map(pages.flatMap((p) => (p.data ?? []).map((page) => [page.id, page.name] as const))), [stamp]);
}

/**
 * Notifies about urgent items and bursts on the pages this person sees, on whatever screen is open
 * (mounted once, in the app shell).
 */
export function useDesktopNotifications(): void {
  const { t } = useTranslation();
  const pageNames = useMyPageNames();
  useEffect(() => {
    if (!supported()) return;
    const notify = (title: string, body: string, tag: string) => {
      if (Notification.permission !== 'granted') return;
      try {
        new Notification(title, { body, tag });
      } catch {
        // Some browsers only notify from a service worker; the queue still shows everything.
      }
    };
    const offItems = api.on('items.added', (p) => {
      const page = pageNames.get(p.pageId);
      if (!page || !p.urgentItemIds.length) return;
      const count = p.urgentItemIds.length;
      notify(t('notifications.urgentTitle'), t(count === 1 ? 'notifications.urgentBodyOne' : 'notifications.urgentBodyMany', { count, page }), `urgent-${p.pageId}`);
    });
    const offBursts = api.on('derailment.changed', (p) => {
      const page = pageNames.get(p.pageId);
      if (page && p.raised) notify(t('derailment.notifyTitle'), t('derailment.notifyBody', { page }), `derailment-${p.alertId}`);
    });
    return () => {
      offItems();
      offBursts();
    };
  }, [pageNames, t]);
}
