import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/api/people';
import { useApiMutation, useApiQuery } from '../api/hooks';

export function PersonSwitcher({ current }: { current: Person }) {
  const { t } = useTranslation();
  const people = useApiQuery('people.list', { includeInactive: false });
  const choose = useApiMutation('session.choose');
  return (
    <label className="person-switcher">
      <span>{t('choose.current')}</span>
      <select
        value={current.id}
        aria-describedby="person-roles"
        onChange={(e) => choose.mutate({ personId: Number(e.target.value) })}
      >
        {(people.data ?? [current]).map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      <span id="person-roles" className="person-switcher__roles">
        {current.roles.map((r) => t(`roles.${r}`)).join(' · ')}
      </span>
    </label>
  );
}
