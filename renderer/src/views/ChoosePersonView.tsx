import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { ErrorNotice } from '../components/ErrorNotice';
import { LanguageSwitch } from '../components/LanguageSwitch';

/** "Who are you?" on this computer. Not a password check: see README, "People and roles". */
export function ChoosePersonView() {
  const { t } = useTranslation();
  const people = useApiQuery('people.list', { includeInactive: false });
  const choose = useApiMutation('session.choose');
  return (
    <main className="first-run" id="main">
      <div className="first-run__card">
        <div className="first-run__top">
          <p className="brand">{t('app.name')}</p>
          <LanguageSwitch />
        </div>
        <h1>{t('choose.title')}</h1>
        <p className="lead">{t('choose.intro')}</p>
        {people.error ? <ErrorNotice error={people.error} /> : null}
        {people.data?.length === 0 ? <p>{t('choose.empty')}</p> : null}
        <ul className="person-list">
          {people.data?.map((person) => (
            <li key={person.id}>
              <button type="button" className="person-list__button" onClick={() => choose.mutate({ personId: person.id })}>
                <span className="person-list__name">{person.name}</span>
                <span className="muted">{person.roles.map((r) => t(`roles.${r}`)).join(', ')}</span>
              </button>
            </li>
          ))}
        </ul>
        <ErrorNotice error={choose.error} />
      </div>
    </main>
  );
}
