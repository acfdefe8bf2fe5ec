import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useRoute } from 'wouter';
import { EXEMPTION_KINDS, type Exemption, type ExemptionKind } from '../../../shared/api/exemptions';
import type { Person } from '../../../shared/api/people';
import { CATEGORY_INFO } from '../../../shared/decency/categories';
import { CLAUSE_IDS } from '../../../shared/protocol/clauses';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { Dialog } from '../components/Dialog';
import { EmptyState } from '../components/EmptyState';
import { ErrorNotice } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { fieldErrors } from '../i18n/errors';
import { formatDate } from '../pages/format';
import { Segmented, schoolDayPlus } from '../reminders/parts';
import { ExemptionBadge } from './parts';
import '../pages/pages.css';
import '../reminders/lifecycle.css';

type Decision = { exemption: Exemption; action: 'approve' | 'reject' | 'revoke' | 'withdraw' };

function RequestForm({ me, initialPage, initialKind, onDone }: { me: Person; initialPage: number | null; initialKind: ExemptionKind; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const pages = useApiQuery('pages.list', { view: 'mine' });
  const inventory = useApiQuery('inventory.list', { status: null }, { enabled: me.roles.some((r) => ['communicatie', 'directie', 'beheer'].includes(r)), retry: false });
  const people = useApiQuery('people.list', { includeInactive: false });
  const mutation = useApiMutation('exemptions.request');
  const [kind, setKind] = useState<ExemptionKind>(initialKind);
  const [clause, setClause] = useState('B3');
  const [scope, setScope] = useState<'page' | 'person'>('page');
  const [pageId, setPageId] = useState<number | null>(initialPage);
  const [personId, setPersonId] = useState<number | null>(null);
  const [description, setDescription] = useState('');
  const [reason, setReason] = useState('');
  const [from, setFrom] = useState(schoolDayPlus(0));
  const [until, setUntil] = useState(schoolDayPlus(365));
  const errors = fieldErrors(t, mutation.error);
  const pageOptions = new Map<number, string>();
  for (const p of pages.data ?? []) if (!['afgewezen', 'gearchiveerd'].includes(p.status)) pageOptions.set(p.id, p.displayName);
  for (const p of inventory.data?.rows ?? []) if (!['afgewezen', 'gearchiveerd'].includes(p.status)) pageOptions.set(p.id, p.displayName);
  const fixedClause = kind === 'end_date' || kind === 'inactivity' ? 'B3' : kind === 'flag_category' ? 'A6' : null;
  return (
    <form
      className="form"
      noValidate
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        mutation.mutate(
          {
            kind,
            clause: fixedClause ?? clause,
            category: kind === 'flag_category' ? 'media_consent' : null,
            scope,
            pageId: scope === 'page' ? pageId : null,
            personId: scope === 'person' ? personId : null,
            description,
            reason,
            validFrom: from,
            validUntil: until,
          },
          { onSuccess: onDone },
        );
      }}
    >
      <Field label={t('exemptions.form.kind')} required>
        {(props) => (
          <select {...props} value={kind} onChange={(e) => setKind(e.target.value as ExemptionKind)}>
            {EXEMPTION_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`exemptions.kinds.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <p className="muted">{t(`exemptions.effects.${kind}`, { category: CATEGORY_INFO.media_consent[lang] })}</p>
      {kind === 'other' ? (
        <Field label={t('exemptions.form.clause')} error={errors.clause} required>
          {(props) => (
            <select {...props} value={clause} onChange={(e) => setClause(e.target.value)}>
              {CLAUSE_IDS.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <fieldset className="field">
        <legend>{t('exemptions.form.scope')}</legend>
        <div className="radio-row">
          <label>
            <input type="radio" name="scope" checked={scope === 'page'} onChange={() => setScope('page')} /> {t('exemptions.form.scopePage')}
          </label>
          <label>
            <input type="radio" name="scope" checked={scope === 'person'} onChange={() => setScope('person')} /> {t('exemptions.form.scopePerson')}
          </label>
        </div>
      </fieldset>
      {scope === 'page' ? (
        <Field label={t('exemptions.form.page')} error={errors.pageId} required>
          {(props) => (
            <select {...props} value={pageId ?? ''} onChange={(e) => setPageId(e.target.value ? Number(e.target.value) : null)}>
              <option value="">{t('exemptions.form.choose')}</option>
              {[...pageOptions.entries()].map(([id, name]) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : (
        <Field label={t('exemptions.form.person')} error={errors.personId} required>
          {(props) => (
            <select {...props} value={personId ?? ''} onChange={(e) => setPersonId(e.target.value ? Number(e.target.value) : null)}>
              <option value="">{t('exemptions.form.choose')}</option>
              {(people.data ?? []).map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field label={t('exemptions.form.description')} hint={t('exemptions.form.descriptionHint')} error={errors.description} required>
        {(props) => <input {...props} value={description} onChange={(e) => setDescription(e.target.value)} />}
      </Field>
      <Field label={t('exemptions.form.reason')} error={errors.reason} required>
        {(props) => <textarea {...props} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <div className="inline-fields">
        <Field label={t('exemptions.form.validFrom')} error={errors.validFrom} required>
          {(props) => <input {...props} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />}
        </Field>
        <Field label={t('exemptions.form.validUntil')} hint={t('exemptions.form.validHint')} error={errors.validUntil} required>
          {(props) => <input {...props} type="date" value={until} onChange={(e) => setUntil(e.target.value)} />}
        </Field>
      </div>
      {mutation.error && !Object.keys(errors).length ? <ErrorNotice error={mutation.error} /> : null}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={mutation.isPending}>
          {mutation.isPending ? t('common.saving') : t('exemptions.form.submit')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function DecisionForm({ decision, onDone }: { decision: Decision; onDone: () => void }) {
  const { t } = useTranslation();
  const decide = useApiMutation('exemptions.decide');
  const revoke = useApiMutation('exemptions.revoke');
  const [reason, setReason] = useState('');
  const mutation = decision.action === 'approve' || decision.action === 'reject' ? decide : revoke;
  const errors = fieldErrors(t, mutation.error);
  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (decision.action === 'approve' || decision.action === 'reject') decide.mutate({ id: decision.exemption.id, approve: decision.action === 'approve', reason }, { onSuccess: onDone });
        else revoke.mutate({ id: decision.exemption.id, reason }, { onSuccess: onDone });
      }}
    >
      <p>
        <strong>{decision.exemption.description}</strong> — {decision.exemption.reason}
      </p>
      <p className="muted">{t('exemptions.decide.body')}</p>
      <Field label={t('exemptions.decide.reason')} error={errors.reason} required>
        {(props) => <textarea {...props} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />}
      </Field>
      {mutation.error && !Object.keys(errors).length ? <ErrorNotice error={mutation.error} /> : null}
      <div className="form__actions">
        <button type="submit" className={`button ${decision.action === 'approve' ? 'button--primary' : 'button--danger'}`} disabled={mutation.isPending}>
          {t(`exemptions.actions.${decision.action}`)}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** "Uitzonderingen": the register of deviations approved (or not) by the board (O2). */
export function ExemptionsSection({ me }: { me: Person }) {
  const { t } = useTranslation();
  // /exemptions/new/:pageId/:kind opens the request form for that page (from a reminder or a page).
  const [asked, params] = useRoute('/exemptions/new/:pageId/:kind');
  const [, navigate] = useLocation();
  const initialPage = asked ? Number(params.pageId) || null : null;
  const initialKind = asked && (EXEMPTION_KINDS as readonly string[]).includes(params.kind) ? (params.kind as ExemptionKind) : 'end_date';
  const [filter, setFilter] = useState<'all' | 'active' | 'pending'>('all');
  const [creatingHere, setCreating] = useState(false);
  const creating = creatingHere || asked;
  const [decision, setDecision] = useState<Decision | null>(null);
  const list = useApiQuery('exemptions.list', { status: filter });
  const dialogTitle = decision ? t(`exemptions.decide.${decision.action}Title`) : creating ? t('exemptions.form.title') : '';
  return (
    <>
      <div className="section-header">
        <h1>{t('exemptions.title')}</h1>
        <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
          {t('exemptions.new')}
        </button>
      </div>
      <p className="muted">{t('exemptions.intro')}</p>
      <Segmented label={t('exemptions.title')} value={filter} onChange={setFilter} options={(['all', 'active', 'pending'] as const).map((f) => ({ value: f, label: t(`exemptions.filters.${f}`) }))} />
      <ErrorNotice error={list.error} />
      {!list.data ? (
        <p>{t('common.loading')}</p>
      ) : list.data.length === 0 ? (
        <EmptyState title={t('exemptions.emptyTitle')} body={t('exemptions.emptyBody')} />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('exemptions.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('exemptions.columns.what')}</th>
                <th scope="col">{t('exemptions.columns.for')}</th>
                <th scope="col">{t('exemptions.columns.period')}</th>
                <th scope="col">{t('exemptions.columns.status')}</th>
                <th scope="col">{t('exemptions.columns.requested')}</th>
                <th scope="col">{t('exemptions.columns.decided')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('pages.detail.actionsTitle')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((e) => (
                <tr key={e.id}>
                  <td className="wide">
                    <strong>{e.description}</strong>
                    <div className="muted">
                      <span className="clause">{e.clause}</span> {t(`exemptions.kinds.${e.kind}`)}
                    </div>
                    <div className="muted">“{e.reason}”</div>
                  </td>
                  <td className="wrap">{e.page ? <Link href={`/pages/${e.page.id}`}>{e.page.displayName}</Link> : (e.person?.name ?? '')}</td>
                  <td className="nowrap">{t('exemptions.line', { from: formatDate(e.validFrom), until: formatDate(e.validUntil) })}</td>
                  <td>
                    <ExemptionBadge exemption={e} />
                  </td>
                  <td className="wrap">{t('exemptions.requestedBy', { by: e.requestedBy, date: formatDate(e.requestedAt) })}</td>
                  <td className="wrap">
                    {e.decidedBy ? t('exemptions.decidedBy', { by: e.decidedBy, date: formatDate(e.decidedAt), reason: e.decisionReason ?? '' }) : '—'}
                    {e.revokedBy ? <div className="muted">{t('exemptions.revokedBy', { by: e.revokedBy, date: formatDate(e.revokedAt), reason: e.revokeReason ?? '' })}</div> : null}
                  </td>
                  <td>
                    <div className="table__actions">
                      {e.actions.map((action) => (
                        <button key={action} type="button" className={`button button--small${action === 'approve' ? ' button--primary' : ''}`} onClick={() => setDecision({ exemption: e, action })}>
                          {t(`exemptions.actions.${action}`)}
                        </button>
                      ))}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Dialog
        open={creating || decision !== null}
        title={dialogTitle}
        onClose={() => {
          setCreating(false);
          setDecision(null);
          if (asked) navigate('/exemptions');
        }}
      >
        {decision ? (
          <DecisionForm key={`${decision.exemption.id}-${decision.action}`} decision={decision} onDone={() => setDecision(null)} />
        ) : creating ? (
          <RequestForm
            key={`${initialPage ?? 'new'}-${initialKind}`}
            me={me}
            initialPage={initialPage}
            initialKind={initialKind}
            onDone={() => {
              setCreating(false);
              if (asked) navigate('/exemptions');
            }}
          />
        ) : null}
      </Dialog>
    </>
  );
}
