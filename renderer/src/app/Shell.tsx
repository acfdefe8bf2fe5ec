import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { Session } from '../../../shared/api/session';
import { useApiQuery } from '../api/hooks';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { PersonSwitcher } from './PersonSwitcher';
import { useDesktopNotifications } from '../queue/notifications';
import { sectionsFor } from './sections';

export function Shell({ session, children }: { session: Session & { person: NonNullable<Session['person']> }; children: ReactNode }) {
  const { t } = useTranslation();
  const [location] = useLocation();
  const setup = useApiQuery('setup.status', {});
  const info = useApiQuery('system.info', {});
  useDesktopNotifications();
  return (
    <div className="shell">
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <div className="topbar__brand">
          <span className="brand">{t('app.name')}</span>
          {setup.data?.schoolName ? <span className="topbar__school">{setup.data.schoolName}</span> : null}
        </div>
        <div className="topbar__tools">
          <PersonSwitcher current={session.person} />
          <LanguageSwitch />
        </div>
      </header>
      {info.data?.demo ? <p className="banner banner--demo">{t('app.demoMode')}</p> : null}
      {session.transport === 'http' ? <p className="banner">{t('app.browserMode')}</p> : null}
      <div className="shell__body">
        <nav className="sidebar" aria-label={t('nav.label')}>
          <ul>
            {sectionsFor(session.person.roles).map((section) => {
              const active = location === section.path || location.startsWith(`${section.path}/`);
              return (
                <li key={section.key}>
                  <Link href={section.path} className={`sidebar__link${active ? ' is-active' : ''}`} aria-current={active ? 'page' : undefined}>
                    {t(`nav.${section.key}`)}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        <main className="content" id="main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  );
}
