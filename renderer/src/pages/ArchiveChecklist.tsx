import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ArchiveChecklist as Checklist, ArchiveStep } from '../../../shared/api/archive';
import { api } from '../api/client';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { ErrorNotice } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { fieldErrors } from '../i18n/errors';
import { downloadText } from '../inventory/download';
import { StatusBadge } from './StatusBadge';
import { formatDate, formatDateTime } from './format';
import './pages.css';
import '../reminders/lifecycle.css';

// The archiving checklist (B3) for one page: /pages/:id/archive. Each step is recorded by the back
// end with who and when; the page is archived only when every step is done or skipped with a reason.

const STATE_ICON = { open: '○', done: '✓', skipped: '↷' } as const;

function StepState({ step }: { step: Checklist['steps'][number] }) {
  const { t } = useTranslation();
  return (
    <span className={`step-state step-state--${step.state}`}>
      <span aria-hidden="true">{STATE_ICON[step.state]}</span> {t(`archive.state.${step.state}`)}
    </span>
  );
}

function SkipForm({ pageId, step }: { pageId: number; step: ArchiveStep }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const skip = useApiMutation('archive.skipStep');
  const errors = fieldErrors(t, skip.error);
  if (!open) {
    return (
      <button type="button" className="button button--small" onClick={() => setOpen(true)}>
        {t('archive.skip')}
      </button>
    );
  }
  return (
    <form
      className="inline-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        skip.mutate({ pageId, step, reason });
      }}
    >
      <Field label={t('archive.skipReason')} error={errors.reason} required>
        {(props) => <textarea {...props} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />}
      </Field>
      <div className="actions">
        <button type="submit" className="button button--small" disabled={skip.isPending}>
          {t('archive.skipSubmit')}
        </button>
        <button type="button" className="button button--small" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
      {skip.error && !Object.keys(errors).length ? <ErrorNotice error={skip.error} /> : null}
    </form>
  );
}

function StepCard({ list, step, children, doneText }: { list: Checklist; step: ArchiveStep; children: ReactNode; doneText: string | null }) {
  const { t } = useTranslation();
  const s = list.steps.find((x) => x.step === step)!;
  const id = `step-${step}`;
  return (
    <li aria-labelledby={id}>
      <div className="checklist__head">
        <h2 id={id}>{t(`archive.steps.${step}.title`)}</h2>
        <StepState step={s} />
      </div>
      <p>{t(`archive.steps.${step}.body`)}</p>
      {s.state !== 'open' ? (
        <p className="muted">
          {doneText ? `${doneText} ` : ''}
          {s.by && s.at ? t('archive.by', { by: s.by, date: formatDateTime(s.at) }) : ''}
          {s.note ? ` — “${s.note}”` : ''}
        </p>
      ) : null}
      {list.canAct && s.state === 'open' ? (
        <div className="actions">
          {children}
          <SkipForm pageId={list.pageId} step={step} />
        </div>
      ) : null}
    </li>
  );
}

function ExportButtons({ pageId }: { pageId: number }) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = async (format: 'csv' | 'json') => {
    setBusy(true);
    setError(null);
    try {
      const file = await api.call('archive.export', { pageId, format });
      downloadText(file.fileName, file.mimeType, file.content);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" className="button button--primary" disabled={busy} onClick={() => void run('csv')}>
        {t('archive.steps.export.csv')}
      </button>
      <button type="button" className="button" disabled={busy} onClick={() => void run('json')}>
        {t('archive.steps.export.json')}
      </button>
      <ErrorNotice error={error} />
    </>
  );
}

function PlatformForm({ pageId }: { pageId: number }) {
  const { t } = useTranslation();
  const [how, setHow] = useState<'deactivated' | 'deleted'>('deleted');
  const [note, setNote] = useState('');
  const confirm = useApiMutation('archive.confirmPlatform');
  return (
    <form
      className="inline-fields"
      onSubmit={(e) => {
        e.preventDefault();
        confirm.mutate({ pageId, how, note });
      }}
    >
      <fieldset className="field">
        <legend>{t('archive.steps.platform.how')}</legend>
        <div className="radio-row">
          {(['deleted', 'deactivated'] as const).map((h) => (
            <label key={h}>
              <input type="radio" name="how" value={h} checked={how === h} onChange={() => setHow(h)} /> {t(`archive.steps.platform.${h}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <Field label={`${t('archive.steps.platform.note')} (${t('common.optional')})`}>
        {(props) => <input {...props} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <button type="submit" className="button button--primary" disabled={confirm.isPending}>
        {t('archive.steps.platform.submit')}
      </button>
      <ErrorNotice error={confirm.error} />
    </form>
  );
}

function InformForm({ pageId }: { pageId: number }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const inform = useApiMutation('archive.informOffice');
  return (
    <form
      className="inline-fields"
      onSubmit={(e) => {
        e.preventDefault();
        inform.mutate({ pageId, note });
      }}
    >
      <Field label={`${t('archive.steps.inform.note')} (${t('common.optional')})`}>
        {(props) => <input {...props} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <button type="submit" className="button button--primary" disabled={inform.isPending}>
        {t('archive.steps.inform.submit')}
      </button>
      <ErrorNotice error={inform.error} />
    </form>
  );
}

function Finish({ list }: { list: Checklist }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const finish = useApiMutation('archive.finish');
  const errors = fieldErrors(t, finish.error);
  return (
    <section className="card" aria-labelledby="archive-finish">
      <h2 id="archive-finish">{t('archive.finish.title')}</h2>
      {list.complete ? (
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            finish.mutate({ pageId: list.pageId, reason });
          }}
        >
          <p>{t('archive.finish.body')}</p>
          <Field label={t('archive.finish.reason')} error={errors.reason} required>
            {(props) => <textarea {...props} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />}
          </Field>
          <button type="submit" className="button button--primary" disabled={finish.isPending}>
            {t('archive.finish.submit')}
          </button>
          {finish.error && !Object.keys(errors).length ? <ErrorNotice error={finish.error} /> : null}
        </form>
      ) : (
        <p className="muted">{t('archive.finish.incomplete')}</p>
      )}
    </section>
  );
}

export function ArchiveChecklist({ pageId }: { pageId: number }) {
  const { t } = useTranslation();
  const query = useApiQuery('archive.get', { pageId });
  const list = query.data;
  if (query.error) return <ErrorNotice error={query.error} />;
  if (!list) return <p>{t('common.loading')}</p>;
  const done = list.steps.filter((s) => s.state !== 'open').length;
  const detail = (step: ArchiveStep) => list.steps.find((s) => s.step === step)!;
  const exportDetail = detail('export').detail as { items?: number; decisions?: number; format?: string };
  const platformDetail = detail('platform').detail as { how?: 'deleted' | 'deactivated' };
  return (
    <>
      <Link href={`/pages/${pageId}`} className="back-link">
        ← {t('archive.back')}
      </Link>
      <div className="page-head">
        <h1>{t('archive.heading', { name: list.displayName })}</h1>
        <StatusBadge status={list.status} />
      </div>
      <p className="muted">{t('archive.intro')}</p>
      {list.status === 'gearchiveerd' ? (
        <p className="notice notice--ok" role="status">
          {t('archive.finish.done')} {list.archivedAt ? t('archive.cardDone', { date: formatDate(list.archivedAt) }) : ''}
        </p>
      ) : null}
      {list.archiveRequestedAt ? <p>{t('archive.askedBy', { date: formatDateTime(list.archiveRequestedAt), reason: list.archiveReason ?? '' })}</p> : <p>{t('archive.notAsked')}</p>}
      {list.archiveRequestedAt ? (
        <>
          <label className="field">
            <span>{t('archive.progress', { done, total: list.steps.length })}</span>
            <progress className="progress" max={list.steps.length} value={done} />
          </label>
          {!list.canAct && list.status === 'archiveren_gevraagd' ? <p className="notice">{t('archive.cannotAct')}</p> : null}
          <ol className="checklist">
            <StepCard
              list={list}
              step="export"
              doneText={exportDetail.items !== undefined ? t('archive.steps.export.done', { items: exportDetail.items, decisions: exportDetail.decisions ?? 0, format: (exportDetail.format ?? '').toUpperCase() }) : null}
            >
              <ExportButtons pageId={pageId} />
            </StepCard>
            <StepCard list={list} step="platform" doneText={platformDetail.how ? t('archive.steps.platform.done', { how: t(`archive.steps.platform.${platformDetail.how}`).toLowerCase() }) : null}>
              <PlatformForm pageId={pageId} />
            </StepCard>
            <StepCard
              list={list}
              step="credentials"
              doneText={detail('credentials').detail.notNeeded ? t('archive.steps.credentials.notNeeded') : detail('credentials').state === 'done' ? t('archive.steps.credentials.done') : null}
            >
              <CredentialsButton pageId={pageId} hasToken={list.hasToken} />
            </StepCard>
            <StepCard list={list} step="inform" doneText={detail('inform').state === 'done' ? t('archive.steps.inform.done') : null}>
              <InformForm pageId={pageId} />
            </StepCard>
          </ol>
          {list.status === 'archiveren_gevraagd' && list.canAct ? <Finish list={list} /> : null}
        </>
      ) : null}
    </>
  );
}

function CredentialsButton({ pageId, hasToken }: { pageId: number; hasToken: boolean }) {
  const { t } = useTranslation();
  const remove = useApiMutation('archive.removeCredentials');
  return (
    <>
      {!hasToken ? <span className="muted">{t('archive.steps.credentials.noToken')}</span> : null}
      <button type="button" className="button button--primary" disabled={remove.isPending} onClick={() => remove.mutate({ pageId })}>
        {t('archive.steps.credentials.submit')}
      </button>
      <ErrorNotice error={remove.error} />
    </>
  );
}
