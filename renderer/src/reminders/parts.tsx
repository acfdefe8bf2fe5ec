import { useTranslation } from 'react-i18next';
import { reminderParams, reminderVariant, type Reminder, type Urgency } from '../../../shared/api/reminders';
import { formatDate, formatDateTime } from '../pages/format';

// Never colour alone (UX.md): the icon and the word go with it.
const ICONS: Record<Urgency, string> = { urgent: '⚠', warning: '◷', info: 'ℹ' };

export function UrgencyBadge({ urgency }: { urgency: Urgency }) {
  const { t } = useTranslation();
  return (
    <span className={`urgency urgency--${urgency}`}>
      <span aria-hidden="true">{ICONS[urgency]}</span> {t(`reminders.urgency.${urgency}`)}
    </span>
  );
}

export function Clause({ id }: { id: string }) {
  const { t } = useTranslation();
  return <span className="clause">{t('reminders.card.clause', { clause: id })}</span>;
}

/** Title and explanation of a reminder, as the back end's digest says it too. */
export function useReminderText(r: Pick<Reminder, 'rule' | 'facts'>): { title: string; body: string } {
  const { t } = useTranslation();
  const variant = reminderVariant(r);
  const params: Record<string, string | number> = reminderParams(r.facts, { date: formatDate, dateTime: formatDateTime });
  if (typeof r.facts.errorKey === 'string') params.error = t(r.facts.errorKey, { defaultValue: '' });
  return { title: t(`reminders.text.${variant}.title`, params), body: t(`reminders.text.${variant}.body`, params) };
}

/** A small two-or-more-way switch (aria-pressed buttons). */
export function Segmented<T extends string>({ label, value, options, onChange }: { label: string; value: T; options: { value: T; label: string }[]; onChange: (v: T) => void }) {
  return (
    <div className="segmented" role="group" aria-label={label}>
      {options.map((o) => (
        <button key={o.value} type="button" aria-pressed={o.value === value} onClick={() => onChange(o.value)}>
          {o.label}
        </button>
      ))}
    </div>
  );
}

export { schoolDayPlus } from '../pages/format';
