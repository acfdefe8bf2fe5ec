import { Notification } from 'electron';
import type { Backend } from '../backend/backend';
import { catalogues } from '../../shared/i18n';
import type { Reminder } from '../../shared/api/reminders';
import { reminderTexts } from '../services/reminders';

/**
 * Reminders newly due for the person at this desk (opened, or reaching them as line manager) raise a
 * desktop notification: what and which page, never anything someone wrote. The in-app list has the rest.
 */
export function notifyDueReminders(backend: Backend, focus: () => void): () => void {
  return backend.events.subscribe((event, payload) => {
    if (event !== 'reminders.due' || !Notification.isSupported()) return;
    const { reminderIds } = payload as { reminderIds: number[] };
    void (async () => {
      const result = await backend.invoke('reminders.list', { scope: 'mine', status: 'open' });
      if (!result.ok) return;
      const mine = (result.value as Reminder[]).filter((r) => reminderIds.includes(r.id));
      if (!mine.length) return;
      const lang = backend.desk.language;
      const text = catalogues[lang].reminders.notification;
      const first = mine[0]!;
      const body =
        mine.length === 1
          ? text.one.replace('{{title}}', reminderTexts(first, lang).title).replace('{{page}}', first.page.displayName)
          : text.many.replace('{{count}}', String(mine.length));
      const notification = new Notification({ title: text.title, body, urgency: mine.some((r) => r.urgency === 'urgent') ? 'critical' : 'normal' });
      notification.on('click', focus);
      notification.show();
    })();
  });
}
