import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { Person } from '../../../shared/api/people';
import { SchoolSettings } from './SchoolSettings';
import { PeopleSettings } from './PeopleSettings';
import { AboutSettings } from './AboutSettings';
import { ListsSettings } from './ListsSettings';
import { ReminderSettings } from '../reminders/ReminderSettings';

const TABS = [
  { path: '/settings', key: 'school' },
  { path: '/settings/people', key: 'people' },
  { path: '/settings/lists', key: 'lists' },
  { path: '/settings/reminders', key: 'reminders' },
  { path: '/settings/about', key: 'about' },
] as const;

export function SettingsView({ me }: { me: Person }) {
  const { t } = useTranslation();
  const [location] = useLocation();
  const current = TABS.find((tab) => tab.path === location) ?? TABS[0];
  return (
    <>
      <h1>{t('settings.title')}</h1>
      <nav className="tabs" aria-label={t('settings.title')}>
        {TABS.map((tab) => (
          <Link key={tab.key} href={tab.path} className={`tabs__tab${tab === current ? ' is-active' : ''}`} aria-current={tab === current ? 'page' : undefined}>
            {t(`settings.tabs.${tab.key}`)}
          </Link>
        ))}
      </nav>
      {current.key === 'school' ? <SchoolSettings me={me} /> : null}
      {current.key === 'people' ? <PeopleSettings me={me} /> : null}
      {current.key === 'lists' ? <ListsSettings me={me} /> : null}
      {current.key === 'reminders' ? <ReminderSettings me={me} /> : null}
      {current.key === 'about' ? <AboutSettings /> : null}
    </>
  );
}
