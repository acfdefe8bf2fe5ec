import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EndDateRequest } from '../../../shared/api/end-dates';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { ErrorNotice } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { fieldErrors } from '../i18n/errors';
import { formatDate } from '../pages/format';

function Decision({ request }: { request: EndDateRequest }) {
  const { t } = useTranslation();
  const mutation = useApiMutation('endDates.decide');
  const [reason, setReason] = useState('');
  const errors = fieldErrors(t, mutation.error);
  return (
    <li>
      <div>
        <p>
          {t('endDates.line', {
            page: request.page.displayName,
            from: request.currentEndDate ? formatDate(request.currentEndDate) : t('lifecycle.card.ongoing'),
            to: formatDate(request.newEndDate),
            by: request.requestedBy,
            reason: request.reason,
          })}
        </p>
        <div className="inline-fields">
          <Field label={t('endDates.decisionReason')} error={errors.reason} required>
            {(props) => <input {...props} value={reason} onChange={(e) => setReason(e.target.value)} />}
          </Field>
          <div className="actions">
            <button type="button" className="button button--primary" disabled={mutation.isPending} onClick={() => mutation.mutate({ id: request.id, approve: true, reason })}>
              {t('endDates.approve')}
            </button>
            <button type="button" className="button button--danger" disabled={mutation.isPending} onClick={() => mutation.mutate({ id: request.id, approve: false, reason })}>
              {t('endDates.reject')}
            </button>
          </div>
        </div>
        {mutation.error && !Object.keys(errors).length ? <ErrorNotice error={mutation.error} /> : null}
      </div>
    </li>
  );
}

/** Extensions of the end date waiting for this line manager (or the board). */
export function EndDateDecisions() {
  const { t } = useTranslation();
  const waiting = useApiQuery('endDates.list', { view: 'decide' });
  if (!waiting.data?.length) return null;
  return (
    <section className="card" aria-labelledby="end-date-decisions">
      <h2 id="end-date-decisions">{t('endDates.decideTitle')}</h2>
      <p className="muted">{t('endDates.decideIntro')}</p>
      <ul className="list-plain">
        {waiting.data.map((r) => (
          <Decision key={r.id} request={r} />
        ))}
      </ul>
    </section>
  );
}
