import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Redirect, Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { useApiQuery, useBackendEvents } from '../api/hooks';
import { applyLanguage } from '../i18n';
import { ErrorNotice } from '../components/ErrorNotice';
import { FirstRunView } from '../views/FirstRunView';
import { ChoosePersonView } from '../views/ChoosePersonView';
import { SectionEmpty } from '../views/SectionPlaceholder';
import { SettingsView } from '../settings/SettingsView';
import { PagesSection } from '../pages/PagesSection';
import { RequestsSection } from '../requests/RequestsSection';
import { InventorySection } from '../inventory/InventorySection';
import { Shell } from './Shell';

export function App() {
  const { t } = useTranslation();
  useBackendEvents();
  const setup = useApiQuery('setup.status', {});
  const session = useApiQuery('session.get', {});

  useEffect(() => {
    if (session.data) void applyLanguage(session.data.language);
  }, [session.data?.language]);

  if (setup.error || session.error) {
    return (
      <main className="first-run" id="main">
        <ErrorNotice error={setup.error ?? session.error} />
      </main>
    );
  }
  if (!setup.data || !session.data) {
    return (
      <p className="splash" role="status">
        {t('common.loading')}
      </p>
    );
  }
  if (!setup.data.complete) return <FirstRunView />;
  const person = session.data.person;
  if (!person) return <ChoosePersonView />;

  return (
    <Router hook={useHashLocation}>
      <Shell session={{ ...session.data, person }}>
        <Switch>
          <Route path="/queue">
            <SectionEmpty
              section="queue"
              action={
                <Link href="/pages" className="button">
                  {t('queue.emptyAction')}
                </Link>
              }
            />
          </Route>
          <Route path="/pages/*?">
            <PagesSection me={person} />
          </Route>
          <Route path="/requests/*?">
            <RequestsSection me={person} />
          </Route>
          <Route path="/inventory">
            <InventorySection me={person} />
          </Route>
          <Route path="/reminders">
            <SectionEmpty section="reminders" />
          </Route>
          <Route path="/spot-check">
            <SectionEmpty section="spotCheck" />
          </Route>
          <Route path="/incidents">
            <SectionEmpty section="incidents" />
          </Route>
          <Route path="/settings/:tab?">
            <SettingsView me={person} />
          </Route>
          <Route>
            <Redirect to="/queue" />
          </Route>
        </Switch>
      </Shell>
    </Router>
  );
}
