import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect, Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { useApiQuery, useBackendEvents } from '../api/hooks';
import { applyLanguage } from '../i18n';
import { ErrorNotice } from '../components/ErrorNotice';
import { FirstRunView } from '../views/FirstRunView';
import { ChoosePersonView } from '../views/ChoosePersonView';
import { SettingsView } from '../settings/SettingsView';
import { PagesSection } from '../pages/PagesSection';
import { RequestsSection } from '../requests/RequestsSection';
import { InventorySection } from '../inventory/InventorySection';
import { RemindersSection } from '../reminders/RemindersSection';
import { SpotCheckSection } from '../spot-check/SpotCheckSection';
import { ExemptionsSection } from '../exemptions/ExemptionsSection';
import { ArchiveChecklist } from '../pages/ArchiveChecklist';
import { QueueSection } from '../queue/QueueSection';
import { IncidentsSection } from '../incidents/IncidentsSection';
import { Shell } from './Shell';
import { sectionsFor } from './sections';

// The reports carry the chart library: loaded when Overzicht is first opened, not at start-up.
const ReportsSection = lazy(() => import('../reports/ReportsSection').then((m) => ({ default: m.ReportsSection })));

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
          <Route path="/queue/page/:id">
            {(params) => <QueueSection key={`${person.id}-${params.id}`} initialPageId={Number(params.id)} />}
          </Route>
          <Route path="/queue">
            <QueueSection key={person.id} />
          </Route>
          <Route path="/pages/:id/archive">{(params) => <ArchiveChecklist key={params.id} pageId={Number(params.id)} />}</Route>
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
            <RemindersSection me={person} />
          </Route>
          <Route path="/spot-check/*?">
            <SpotCheckSection me={person} />
          </Route>
          <Route path="/exemptions/*?">
            <ExemptionsSection me={person} />
          </Route>
          <Route path="/reports">
            <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
              <ReportsSection me={person} />
            </Suspense>
          </Route>
          <Route path="/incidents/*?">
            <IncidentsSection />
          </Route>
          <Route path="/settings/:tab?">
            <SettingsView me={person} />
          </Route>
          <Route>
            <Redirect to={sectionsFor(person.roles)[0]?.path ?? '/pages'} />
          </Route>
        </Switch>
      </Shell>
    </Router>
  );
}
