import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../shared/api/pages';
import { useApiQuery } from '../api/hooks';
import { ErrorNotice } from '../components/ErrorNotice';
import { formatDate, formatDateTime } from './format';

type Data = Record<string, unknown>;
const nameOf = (value: unknown): string => (value && typeof value === 'object' && 'name' in value ? String((value as { name: unknown }).name) : '');

/** What the entry's data adds to "who did what": verified or not, to whom, which fields, which file line. */
function details(t: TFunction, entry: HistoryEntry): string[] {
  const data = entry.data as Data;
  const out: string[] = [];
  const action = entry.action.replace(/^page\./, '');
  if (action === 'link') out.push(data.verified ? t('pages.history.details.verified') : t('pages.history.details.unverified'));
  if (action.startsWith('transfer') && nameOf(data.toOwner)) out.push(t('pages.history.details.to', { name: nameOf(data.toOwner) }));
  if (nameOf(data.newBackupOwner)) out.push(t('pages.history.details.newBackup', { name: nameOf(data.newBackupOwner) }));
  if (action === 'backupOwnerChange') out.push(t('pages.history.details.to', { name: nameOf(data.toBackupOwner) }));
  if (action === 'update' || action === 'resubmit') {
    const changes = (action === 'resubmit' ? data.changes : data) as Data | undefined;
    const fields = Object.keys(changes ?? {}).filter((k) => k !== 'from' && k !== 'to' && k !== 'changes');
    if (fields.length) out.push(t('pages.history.details.changed', { fields: fields.map((f) => t(`pages.fields.${f}`, { defaultValue: f })).join(', ') }));
  }
  if ((action === 'archiveStep' || action === 'archiveStepSkip') && typeof data.step === 'string') out.push(t(`archive.steps.${data.step}.title`));
  if (action.startsWith('endDate') && typeof data.to === 'string') out.push(t('pages.history.details.to', { name: formatDate(data.to) }));
  if (action === 'import') {
    out.push(t('pages.history.details.line', { line: data.line, file: data.file || '—' }));
    if (data.approvedEarlier) out.push(t('pages.history.details.approvedEarlier'));
  }
  return out;
}

export function History({ pageId }: { pageId: number }) {
  const { t } = useTranslation();
  const history = useApiQuery('pages.history', { id: pageId });
  if (history.error) return <ErrorNotice error={history.error} />;
  if (!history.data) return <p>{t('common.loading')}</p>;
  const { entries, chain } = history.data;
  return (
    <>
      <p className="muted">{t('pages.history.intro')}</p>
      {chain.ok ? (
        <p className="notice notice--ok chain" role="status">
          <span aria-hidden="true">✓</span> {t('pages.history.chainOk', { count: chain.checked })}
        </p>
      ) : (
        <p className="notice notice--error chain" role="alert">
          <span aria-hidden="true">⚠</span>{' '}
          {chain.truncated ? t('pages.history.chainTruncated', { count: chain.checked }) : t('pages.history.chainBroken', { id: chain.brokenAt ?? '?' })}
        </p>
      )}
      {entries.length === 0 ? <p>{t('pages.history.empty')}</p> : null}
      <ol className="history">
        {[...entries].reverse().map((entry) => (
          <li key={entry.id}>
            <div className="history__what">
              {t(`pages.history.actions.${entry.action.replace(/^page\./, '')}`, {
                defaultValue: t(`lifecycle.history.${entry.action.replace(/^page\./, '')}`, { defaultValue: entry.action }),
              })}
            </div>
            <div className="history__meta">
              <time dateTime={entry.at}>{formatDateTime(entry.at)}</time> · {entry.actorLabel}
              {entry.via === 'cli' ? ` · ${t('pages.history.viaCli')}` : ''}
            </div>
            {details(t, entry).map((line) => (
              <div key={line} className="history__meta">
                {line}
              </div>
            ))}
            {entry.reason ? <p className="history__why">“{entry.reason}”</p> : null}
          </li>
        ))}
      </ol>
    </>
  );
}
