import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/api/people';
import { LIST_CATEGORIES } from '../../../shared/decency/lists';
import { api } from '../api/client';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { ErrorNotice } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { fieldErrors } from '../i18n/errors';
import { formatDateTime } from '../pages/format';

interface FlagRow {
  term: string;
  category: (typeof LIST_CATEGORIES)[number];
  severity?: 1 | 2 | 3;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** Instellingen → Woordenlijsten: the school's own lists for the decency engine, versioned. */
export function ListsSettings({ me }: { me: Person }) {
  const { t } = useTranslation();
  const lists = useApiQuery('lists.get', {});
  const history = useApiQuery('lists.history', {});
  const save = useApiMutation('lists.save');
  const canEdit = me.roles.some((r) => r === 'communicatie' || r === 'beheer');
  const [flagWords, setFlagWords] = useState<FlagRow[]>([]);
  const [allow, setAllow] = useState('');
  const [contacts, setContacts] = useState('');
  const [staff, setStaff] = useState('');
  const [note, setNote] = useState('');

  useEffect(() => {
    const current = lists.data?.current?.lists;
    if (!current) return;
    setFlagWords(current.flagWords as FlagRow[]);
    setAllow(current.allowWords.join('\n'));
    setContacts(current.publicContacts.join('\n'));
    setStaff(current.staffNames.join('\n'));
  }, [lists.data?.current?.id]);

  const errors = fieldErrors(t, save.error);
  const rowError = (i: number) => errors[`lists.flagWords.${i}.term`] ?? errors[`lists.flagWords.${i}.category`];
  const listError = (name: string) => Object.entries(errors).find(([k]) => k.startsWith(`lists.${name}`))?.[1];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({
      lists: { flagWords: flagWords.filter((w) => w.term.trim()), allowWords: lines(allow), publicContacts: lines(contacts), staffNames: lines(staff) },
      note,
    });
  };

  if (lists.error) return <ErrorNotice error={lists.error} />;
  const current = lists.data?.current;
  return (
    <div className="lists">
      <p className="muted">{t('lists.intro')}</p>
      <p>
        {current
          ? t('lists.version', { version: current.version, at: formatDateTime(current.createdAt), by: current.createdByLabel })
          : t('lists.noVersion')}{' '}
        <span className="muted">{lists.data ? t('lists.engine', { version: lists.data.engineVersion }) : null}</span>
      </p>
      {!canEdit ? <p className="notice">{t('lists.readOnly')}</p> : null}
      <form onSubmit={submit} noValidate>
        <fieldset disabled={!canEdit}>
          <h2>{t('lists.flagWords')}</h2>
          <p className="field__hint">{t('lists.flagWordsHint')}</p>
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t('lists.term')}</th>
                <th scope="col">{t('lists.category')}</th>
                <th scope="col">{t('lists.severityLabel')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('lists.remove')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {flagWords.length === 0 ? (
                <tr>
                  <td colSpan={4} className="muted">
                    {t('lists.noFlagWords')}
                  </td>
                </tr>
              ) : null}
              {flagWords.map((row, i) => (
                <tr key={i} className={rowError(i) ? 'is-invalid' : undefined}>
                  <td>
                    <input
                      aria-label={`${t('lists.term')} ${i + 1}`}
                      aria-invalid={rowError(i) ? true : undefined}
                      value={row.term}
                      onChange={(e) => setFlagWords(flagWords.map((w, j) => (j === i ? { ...w, term: e.target.value } : w)))}
                    />
                    {rowError(i) ? <p className="field__error">{rowError(i)}</p> : null}
                  </td>
                  <td>
                    <select
                      aria-label={`${t('lists.category')} ${i + 1}`}
                      value={row.category}
                      onChange={(e) => setFlagWords(flagWords.map((w, j) => (j === i ? { ...w, category: e.target.value as FlagRow['category'] } : w)))}
                    >
                      {LIST_CATEGORIES.map((c) => (
                        <option key={c} value={c}>
                          {t(`categories.${c}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select
                      aria-label={`${t('lists.severityLabel')} ${i + 1}`}
                      value={row.severity ?? ''}
                      onChange={(e) => {
                        const severity = e.target.value ? (Number(e.target.value) as 1 | 2 | 3) : undefined;
                        setFlagWords(flagWords.map((w, j) => (j === i ? { term: w.term, category: w.category, ...(severity ? { severity } : {}) } : w)));
                      }}
                    >
                      <option value="">{t('lists.severityDefault')}</option>
                      {[1, 2, 3].map((s) => (
                        <option key={s} value={s}>
                          {t(`severity.${s}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <button type="button" className="button button--small" onClick={() => setFlagWords(flagWords.filter((_w, j) => j !== i))}>
                      {t('lists.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <button type="button" className="button" onClick={() => setFlagWords([...flagWords, { term: '', category: 'coarse_language' }])}>
              {t('lists.addWord')}
            </button>
          </p>
          <Field label={t('lists.allowWords')} hint={t('lists.allowWordsHint')} error={listError('allowWords')}>
            {(props) => <textarea {...props} rows={4} value={allow} onChange={(e) => setAllow(e.target.value)} />}
          </Field>
          <Field label={t('lists.publicContacts')} hint={t('lists.publicContactsHint')} error={listError('publicContacts')}>
            {(props) => <textarea {...props} rows={4} value={contacts} onChange={(e) => setContacts(e.target.value)} />}
          </Field>
          <Field label={t('lists.staffNames')} hint={t('lists.staffNamesHint')} error={listError('staffNames')}>
            {(props) => <textarea {...props} rows={4} value={staff} onChange={(e) => setStaff(e.target.value)} />}
          </Field>
          <Field label={`${t('lists.note')} (${t('common.optional')})`}>
            {(props) => <input {...props} value={note} onChange={(e) => setNote(e.target.value)} />}
          </Field>
          {save.error ? <ErrorNotice error={save.error} /> : null}
          {save.data ? (
            <p className="notice notice--ok" role="status">
              {t('lists.saved', { version: save.data.version })}
            </p>
          ) : null}
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {t('lists.save')}
          </button>
        </fieldset>
      </form>
      {canEdit ? <OwnersFeedback onAllow={(term) => setAllow((text) => (lines(text).includes(term) ? text : `${text.trim()}\n${term}`.trim()))} /> : null}
      <TryText />
      {canEdit ? <Recheck /> : null}
      {history.data?.length ? (
        <section>
          <h2>{t('lists.history')}</h2>
          <ul>
            {history.data.map((v) => (
              <li key={v.id}>
                {t('lists.version', { version: v.version, at: formatDateTime(v.createdAt), by: v.createdByLabel })}
                {v.note ? ` — ${v.note}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

/**
 * What page owners kept as "not a violation": the rules and words that fired on those items, so the
 * communications office can add a local word to the allow list (then save a new version).
 */
function OwnersFeedback({ onAllow }: { onAllow: (term: string) => void }) {
  const { t } = useTranslation();
  const feedback = useApiQuery('decisions.feedback', {});
  if (feedback.error) return <ErrorNotice error={feedback.error} />;
  if (!feedback.data?.length) return null;
  return (
    <section>
      <h2>{t('lists.feedbackTitle')}</h2>
      <p className="field__hint">{t('lists.feedbackHint')}</p>
      <table className="table table--compact">
        <thead>
          <tr>
            <th scope="col">{t('lists.category')}</th>
            <th scope="col">{t('lists.feedbackCount')}</th>
            <th scope="col">{t('lists.feedbackTerms')}</th>
          </tr>
        </thead>
        <tbody>
          {feedback.data.map((row) => (
            <tr key={`${row.rule}-${row.category}`}>
              <td>
                {t(`categories.${row.category}`, { defaultValue: row.category })} <span className="muted">({row.rule})</span>
              </td>
              <td>{row.count}</td>
              <td>
                {row.terms.slice(0, 8).map((term) => (
                  <button key={term.term} type="button" className="button button--small" onClick={() => onAllow(term.term)} title={t('lists.feedbackAllow')}>
                    + {term.term} ({term.count})
                  </button>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function TryText() {
  const { t } = useTranslation();
  const tryText = useApiMutation('lists.try');
  const [text, setText] = useState('');
  const [media, setMedia] = useState(false);
  const result = tryText.data;
  return (
    <section>
      <h2>{t('lists.tryTitle')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          tryText.mutate({ text, hasMedia: media });
        }}
      >
        <Field label={t('lists.trySample')} hint={t('lists.tryHint')}>
          {(props) => <textarea {...props} rows={2} value={text} onChange={(e) => setText(e.target.value)} />}
        </Field>
        <label className="checkbox">
          <input type="checkbox" checked={media} onChange={(e) => setMedia(e.target.checked)} />
          <span>{t('lists.tryMedia')}</span>
        </label>
        <button type="submit" className="button">
          {t('lists.tryButton')}
        </button>
      </form>
      <div role="status">
        {result ? (
          <p className={`notice ${result.flagged ? '' : 'notice--ok'}`}>
            {result.flagged
              ? t('lists.flaggedAs', {
                  categories: result.categories.map((c) => t(`categories.${c}`)).join(', '),
                  severity: t(`severity.${result.severity}`),
                  clauses: result.clauses.join(', '),
                })
              : t('lists.notFlagged')}
          </p>
        ) : null}
      </div>
    </section>
  );
}

function Recheck() {
  const { t } = useTranslation();
  const start = useApiMutation('lists.recheck');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  useEffect(() => api.on('lists.recheckProgress', (p) => setProgress(p)), []);
  return (
    <section>
      <h2>{t('lists.recheck')}</h2>
      <p className="field__hint">{t('lists.recheckHint')}</p>
      <button type="button" className="button" onClick={() => start.mutate({ scope: 'open' })} disabled={start.isPending}>
        {t('lists.recheckOpen')}
      </button>
      <div role="status" aria-live="polite">
        {progress && progress.done >= 0 ? (
          <>
            <progress max={Math.max(progress.total, 1)} value={progress.done} />{' '}
            {progress.done >= progress.total ? t('lists.recheckDone', progress) : t('lists.recheckProgress', progress)}
          </>
        ) : null}
        {progress?.done === -1 ? <p className="notice notice--error">{t('lists.recheckFailed')}</p> : null}
        {start.data?.started && start.data.total === 0 ? t('lists.recheckDone', { total: 0 }) : null}
      </div>
      <ErrorNotice error={start.error} />
    </section>
  );
}
