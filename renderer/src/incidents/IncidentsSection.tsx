import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useRoute } from 'wouter';
import { INCIDENT_STATUSES, REPORT_VARIANTS, type Incident, type ReportVariant } from '../../../shared/api/incidents';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { EmptyState } from '../components/EmptyState';
import { ErrorNotice } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { fieldErrors } from '../i18n/errors';
import { downloadText } from '../inventory/download';
import { formatDateTime } from '../pages/format';
import { SeverityBadge } from '../queue/Severity';
import { IncidentFields, type IncidentFieldValues } from './IncidentFields';
import '../queue/queue.css';

// Incidents (S1–S5): the list, and one incident with its items, evidence (hash checked by the back
// end), timeline, and the report for the student file, the personnel file or a police report.

export function IncidentsSection() {
  const [match, params] = useRoute('/incidents/:id');
  return match && params?.id ? <IncidentDetail id={Number(params.id)} /> : <IncidentList />;
}

function IncidentList() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<'open' | 'afgehandeld' | null>('open');
  const list = useApiQuery('incidents.list', { status });
  return (
    <>
      <h1>{t('incidents.title')}</h1>
      <p className="muted">{t('incidents.intro')}</p>
      <div className="filters">
        <label className="field">
          <span>{t('incidents.detail.status')}</span>
          <select value={status ?? ''} onChange={(e) => setStatus((e.target.value || null) as typeof status)}>
            <option value="open">{t('incidents.filter.open')}</option>
            <option value="afgehandeld">{t('incidents.filter.afgehandeld')}</option>
            <option value="">{t('incidents.filter.all')}</option>
          </select>
        </label>
      </div>
      <ErrorNotice error={list.error} />
      {!list.data ? (
        <p>{t('common.loading')}</p>
      ) : list.data.length === 0 ? (
        <EmptyState
          title={t('incidents.emptyTitle')}
          body={t('incidents.emptyBody')}
          action={
            <Link href="/queue" className="button">
              {t('nav.queue')}
            </Link>
          }
        />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('incidents.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('incidents.columns.title')}</th>
                <th scope="col">{t('incidents.columns.subject')}</th>
                <th scope="col">{t('incidents.columns.status')}</th>
                <th scope="col">{t('incidents.columns.items')}</th>
                <th scope="col">{t('incidents.columns.opened')}</th>
                <th scope="col">{t('incidents.columns.by')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((i) => (
                <tr key={i.id}>
                  <td className="wrap">
                    <Link href={`/incidents/${i.id}`}>{i.title}</Link>
                  </td>
                  <td>{t(`incidents.subjectTypes.${i.subjectType}`)}</td>
                  <td>{t(`incidents.statuses.${i.status}`)}</td>
                  <td>{i.itemCount}</td>
                  <td className="nowrap">{formatDateTime(i.createdAt)}</td>
                  <td>{i.createdByLabel}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function IncidentDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const query = useApiQuery('incidents.get', { id });
  if (query.error) {
    return (
      <>
        <Link href="/incidents" className="back-link">
          ← {t('incidents.detail.back')}
        </Link>
        <ErrorNotice error={query.error} />
      </>
    );
  }
  const incident = query.data;
  if (!incident) return <p>{t('common.loading')}</p>;
  return (
    <>
      <Link href="/incidents" className="back-link">
        ← {t('incidents.detail.back')}
      </Link>
      <div className="page-head">
        <h1>{incident.title}</h1>
        <span className="item-status">{t(`incidents.statuses.${incident.status}`)}</span>
      </div>
      <p className="muted">
        {t('incidents.detail.opened', { at: formatDateTime(incident.createdAt), by: incident.createdByLabel })}
        {incident.closedAt ? ` · ${t('incidents.detail.closed', { at: formatDateTime(incident.closedAt) })}` : ''}
      </p>
      <div className="grid-2">
        <div>
          {incident.canEdit ? <EditForm incident={incident} /> : <ReadOnly incident={incident} />}
          <Export incident={incident} />
        </div>
        <div>
          <section className="card" aria-labelledby="incident-items">
            <h2 id="incident-items">{t('incidents.detail.items')}</h2>
            <ul className="incident-items">
              {incident.items.map((item) => (
                <li key={item.id}>
                  <div className="queue-row__top">
                    <SeverityBadge severity={item.severity} compact />
                    <strong>{item.authorName ?? item.authorHandle}</strong>
                    <span className="muted">
                      {item.pageName} · {formatDateTime(item.createdAt)}
                    </span>
                  </div>
                  <p className="item-text">{item.text}</p>
                  {item.evidence.map((e) => (
                    <p key={e.id} className="small">
                      {t('incidents.detail.evidence', { at: formatDateTime(e.capturedAt) })} · SHA-256 <code>{e.sha256}</code>{' '}
                      <span className={e.verified ? 'evidence-ok' : 'evidence-bad'}>
                        {e.verified ? `✓ ${t('incidents.detail.verified')}` : `✕ ${t('incidents.detail.notVerified')}`}
                      </span>
                    </p>
                  ))}
                </li>
              ))}
            </ul>
          </section>
        </div>
      </div>
      <section className="card" aria-labelledby="incident-timeline">
        <h2 id="incident-timeline">{t('incidents.detail.timeline')}</h2>
        <div className="table-wrap">
          <table className="table timeline">
            <tbody>
              {incident.timeline.map((e, i) => (
                <tr key={i}>
                  <td className="nowrap">{formatDateTime(e.at)}</td>
                  <td>{e.actorLabel}</td>
                  <td>
                    {t(`incidents.timeline.${e.action.replace(/\./g, '_')}`, { defaultValue: e.action })}
                    {e.itemId ? ` · #${e.itemId}` : ''}
                    {e.clause ? ` · ${e.clause}` : ''}
                  </td>
                  <td className="wrap">{e.reason ? `“${e.reason}”` : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}

function ReadOnly({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  return (
    <section className="card">
      <dl className="facts">
        <dt>{t('incidents.create.subjectType')}</dt>
        <dd>{t(`incidents.subjectTypes.${incident.subjectType}`)}</dd>
        <dt>{t('incidents.create.description')}</dt>
        <dd>{incident.description || t('common.none')}</dd>
        <dt>{t('incidents.create.measures')}</dt>
        <dd>{incident.measures || t('common.none')}</dd>
      </dl>
    </section>
  );
}

function EditForm({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const save = useApiMutation('incidents.update');
  const [fields, setFields] = useState<IncidentFieldValues>({
    title: incident.title,
    subjectType: incident.subjectType,
    description: incident.description,
    measures: incident.measures,
  });
  const [status, setStatus] = useState(incident.status);
  const [saved, setSaved] = useState(false);
  useEffect(() => setSaved(false), [fields, status]);
  const errors = fieldErrors(t, save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ id: incident.id, ...fields, status }, { onSuccess: () => setSaved(true) });
  };
  return (
    <section className="card" aria-labelledby="incident-edit">
      <h2 id="incident-edit">{t('incidents.detail.edit')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <IncidentFields values={fields} onChange={setFields} errors={errors} />
        <Field label={t('incidents.detail.status')}>
          {(props) => (
            <select {...props} value={status} onChange={(e) => setStatus(e.target.value as typeof status)}>
              {INCIDENT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`incidents.statuses.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {save.error && !Object.keys(errors).length ? <ErrorNotice error={save.error} /> : null}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {t('incidents.detail.save')}
          </button>
          {saved ? (
            <p className="notice notice--ok" role="status">
              {t('incidents.detail.saved')}
            </p>
          ) : null}
        </div>
      </form>
    </section>
  );
}

function Export({ incident }: { incident: Incident }) {
  const { t, i18n } = useTranslation();
  const exportReport = useApiMutation('incidents.export');
  const [file, setFile] = useState<string | null>(null);
  const run = (variant: ReportVariant) =>
    exportReport.mutate(
      { id: incident.id, variant, language: i18n.language === 'en' ? 'en' : 'nl' },
      {
        onSuccess: (r) => {
          // A file the person opens in a browser and prints to PDF; nothing runs inside the app.
          downloadText(r.fileName, 'text/html', r.html);
          setFile(r.fileName);
        },
      },
    );
  return (
    <section className="card" aria-labelledby="incident-export">
      <h2 id="incident-export">{t('incidents.detail.export')}</h2>
      <p className="muted">{t('incidents.detail.exportHint')}</p>
      <div className="export-buttons">
        {REPORT_VARIANTS.map((v) => (
          <button key={v} type="button" className="button" onClick={() => run(v)} disabled={exportReport.isPending}>
            {t(`incidents.detail.exportAs.${v}`)}
          </button>
        ))}
      </div>
      {file ? (
        <p className="notice notice--ok" role="status">
          {t('incidents.detail.exported', { file })}
        </p>
      ) : null}
      <ErrorNotice error={exportReport.error} />
    </section>
  );
}
