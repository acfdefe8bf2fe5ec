import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportIssue, ImportReport, ImportResult } from '../../../shared/api/imports';
import { useApiMutation } from '../api/hooks';
import { ErrorNotice } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import '../pages/pages.css';

type Kind = 'pages' | 'people';

const METHODS = {
  pages: { preview: 'pages.importPreview', run: 'pages.import' },
  people: { preview: 'peopleImport.preview', run: 'peopleImport.run' },
} as const;

function IssueTable({ issues }: { issues: ImportIssue[] }) {
  const { t } = useTranslation();
  return (
    <div className="import-report" tabIndex={0} role="region" aria-label={t('imports.problems')}>
      <table className="table">
        <caption className="visually-hidden">{t('imports.problems')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('imports.line')}</th>
            <th scope="col">{t('imports.column')}</th>
            <th scope="col">{t('imports.problem')}</th>
            <th scope="col">{t('imports.value')}</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue, i) => (
            <tr key={`${issue.line}-${issue.field}-${issue.code}-${i}`}>
              <td>{issue.line}</td>
              <td>
                <code>{issue.field || '—'}</code>
              </td>
              <td>{t(`imports.errors.${issue.code}`, { ...issue.params, column: issue.field, defaultValue: issue.message })}</td>
              {/* The cell as found, as text: never a link, never evaluated. */}
              <td className="wrap">
                <code>{issue.value}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * CSV import in the app, the same as on the command line: choose a file, see every problem by line and
 * column, then import all (only when clean) or only the valid rows. The file is read here and sent as
 * text; the back end parses and checks it.
 */
export function CsvImport({ kind, columns, onDone }: { kind: Kind; columns: readonly string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const preview = useApiMutation(METHODS[kind].preview);
  const run = useApiMutation(METHODS[kind].run);
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [readError, setReadError] = useState(false);
  const [note, setNote] = useState('');
  const report: ImportReport | undefined = preview.data;
  const result: ImportResult | undefined = run.data;

  const choose = async (chosen: File | undefined) => {
    run.reset();
    preview.reset();
    setReadError(false);
    setFile(null);
    if (!chosen) return;
    try {
      const text = await chosen.text();
      setFile({ name: chosen.name, text });
      preview.mutate({ csv: text, fileName: chosen.name });
    } catch {
      setReadError(true);
    }
  };

  const start = (mode: 'all-or-nothing' | 'valid-rows') => {
    if (!file) return;
    run.mutate({ csv: file.text, fileName: file.name, mode, note });
  };

  if (result) {
    return (
      <div className="form">
        <p className="notice notice--ok" role="status">
          {t('imports.done', { count: result.imported })}
        </p>
        {result.issues.length ? (
          <>
            <p>{t('imports.skipped', { count: result.invalid })}</p>
            <IssueTable issues={result.issues} />
          </>
        ) : null}
        <div className="form__actions">
          <button type="button" className="button button--primary" onClick={onDone} autoFocus>
            {t('common.close')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="form">
      <Field label={t('imports.file')} hint={t('imports.fileHint', { columns: columns.join(', ') })} required>
        {(props) => <input {...props} type="file" accept=".csv,text/csv,text/plain" onChange={(e) => void choose(e.target.files?.[0])} autoFocus />}
      </Field>
      {readError ? <p className="notice notice--error" role="alert">{t('imports.readError')}</p> : null}
      <ErrorNotice error={preview.error ?? run.error} />
      {preview.isPending ? <p role="status">{t('imports.checking')}</p> : null}
      {report ? (
        <section aria-live="polite">
          <p>
            <strong>{t('imports.summary', { rows: report.rows, valid: report.valid, invalid: report.invalid })}</strong>
            {report.unchanged ? ` ${t('imports.unchanged', { count: report.unchanged })}` : ''}
          </p>
          {report.issues.length ? (
            <>
              <h3>{t('imports.problems')}</h3>
              <IssueTable issues={report.issues} />
              <p>{t('imports.blocked')}</p>
            </>
          ) : (
            <p className="notice notice--ok">{t('imports.allOk')}</p>
          )}
          {kind === 'pages' ? (
            <Field label={`${t('imports.note')} (${t('common.optional')})`} hint={t('imports.noteHint')}>
              {(props) => <input {...props} value={note} onChange={(e) => setNote(e.target.value)} />}
            </Field>
          ) : null}
          <div className="form__actions">
            {report.issues.length === 0 && report.valid > 0 ? (
              <button type="button" className="button button--primary" disabled={run.isPending} onClick={() => start('all-or-nothing')}>
                {t('imports.importAll', { count: report.valid })}
              </button>
            ) : null}
            {report.issues.length > 0 && report.valid > 0 ? (
              <button type="button" className="button button--primary" disabled={run.isPending} onClick={() => start('valid-rows')}>
                {t('imports.importValid', { count: report.valid })}
              </button>
            ) : null}
            <button type="button" className="button" onClick={onDone}>
              {t('common.cancel')}
            </button>
          </div>
        </section>
      ) : null}
    </div>
  );
}
