import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useRoute, useLocation } from 'wouter';
import type { Person } from '../../../shared/api/people';
import type { SpotCheck, SpotCheckItem } from '../../../shared/api/spotChecks';
import { CATEGORY_INFO } from '../../../shared/decency/categories';
import { CLAUSE_IDS } from '../../../shared/protocol/clauses';
import { api } from '../api/client';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { EmptyState } from '../components/EmptyState';
import { ErrorNotice } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { fieldErrors } from '../i18n/errors';
import { downloadText } from '../inventory/download';
import { formatDate, formatDateTime } from '../pages/format';
import { schoolDayPlus } from '../reminders/parts';
import '../pages/pages.css';
import '../reminders/lifecycle.css';

const READERS = ['functionaris', 'directie', 'communicatie'];

function NewSpotCheck({ onDrawn }: { onDrawn: (id: number) => void }) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(schoolDayPlus(-30));
  const [to, setTo] = useState(schoolDayPlus(0));
  const [mode, setMode] = useState<'size' | 'rate'>('size');
  const [size, setSize] = useState('25');
  const [rate, setRate] = useState('5');
  const [allocation, setAllocation] = useState<'proportional' | 'equal'>('proportional');
  const [pageIds, setPageIds] = useState<number[]>([]);
  const [seed, setSeed] = useState('');
  const [note, setNote] = useState('');
  const official = useApiQuery('spotChecks.pages', {});
  const draw = useApiMutation('spotChecks.draw');
  const params = {
    from,
    to,
    pageIds,
    size: mode === 'size' ? Number(size) || 0 : null,
    rate: mode === 'rate' ? (Number(rate) || 0) / 100 : null,
    allocation,
  };
  const valid = from && to && (mode === 'size' ? Number(size) >= 1 : Number(rate) > 0 && Number(rate) <= 100);
  const preview = useApiQuery('spotChecks.preview', params, { enabled: Boolean(valid), retry: false });
  const errors = fieldErrors(t, draw.error);
  return (
    <section className="card" aria-labelledby="new-spot-check">
      <h2 id="new-spot-check">{t('spotChecks.form.title')}</h2>
      <form
        className="form"
        noValidate
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          draw.mutate({ ...params, seed: seed.trim() || null, note }, { onSuccess: (c) => onDrawn(c.id) });
        }}
      >
        <div className="inline-fields">
          <Field label={t('spotChecks.form.from')} hint={t('spotChecks.form.periodHint')} error={errors.from} required>
            {(props) => <input {...props} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />}
          </Field>
          <Field label={t('spotChecks.form.to')} error={errors.to} required>
            {(props) => <input {...props} type="date" value={to} onChange={(e) => setTo(e.target.value)} />}
          </Field>
        </div>
        <fieldset className="field">
          <legend>{t('spotChecks.form.pages')}</legend>
          <p className="field__hint">{t('spotChecks.form.pagesHint')}</p>
          {/* Only the school's official pages are offered; the back end refuses anything else (O1). */}
          {(official.data ?? []).map((p) => (
            <label key={p.id} className="checkbox">
              <input type="checkbox" checked={pageIds.includes(p.id)} onChange={(e) => setPageIds(e.target.checked ? [...pageIds, p.id] : pageIds.filter((x) => x !== p.id))} />
              <span>
                {p.displayName} <span className="muted">({p.items})</span>
              </span>
            </label>
          ))}
          {errors.pageIds ? <p className="field__error">{errors.pageIds}</p> : null}
        </fieldset>
        <fieldset className="field">
          <legend>{t('spotChecks.form.mode')}</legend>
          <div className="inline-fields">
            <label className="checkbox">
              <input type="radio" name="mode" checked={mode === 'size'} onChange={() => setMode('size')} />
              <span>{t('spotChecks.form.size')}</span>
            </label>
            <input aria-label={t('spotChecks.form.size')} className="input--short" type="number" min={1} max={5000} value={size} disabled={mode !== 'size'} onChange={(e) => setSize(e.target.value)} />
            <label className="checkbox">
              <input type="radio" name="mode" checked={mode === 'rate'} onChange={() => setMode('rate')} />
              <span>{t('spotChecks.form.rate')}</span>
            </label>
            <input aria-label={t('spotChecks.form.rate')} className="input--short" type="number" min={0.1} max={100} step={0.1} value={rate} disabled={mode !== 'rate'} onChange={(e) => setRate(e.target.value)} />
          </div>
          {errors.size ? <p className="field__error">{errors.size}</p> : null}
        </fieldset>
        <Field label={t('spotChecks.form.allocation')}>
          {(props) => (
            <select {...props} value={allocation} onChange={(e) => setAllocation(e.target.value as 'proportional' | 'equal')}>
              <option value="proportional">{t('spotChecks.allocation.proportional')}</option>
              <option value="equal">{t('spotChecks.allocation.equal')}</option>
            </select>
          )}
        </Field>
        <Field label={t('spotChecks.form.seed')} hint={t('spotChecks.form.seedHint')} error={errors.seed}>
          {(props) => <input {...props} inputMode="numeric" value={seed} onChange={(e) => setSeed(e.target.value)} />}
        </Field>
        <Field label={t('spotChecks.form.note')}>{(props) => <input {...props} value={note} onChange={(e) => setNote(e.target.value)} />}</Field>
        {preview.data ? (
          <p className="notice" role="status">
            {t('spotChecks.form.preview', { population: preview.data.population, sample: preview.data.sampleSize })}
          </p>
        ) : null}
        {draw.error && !Object.keys(errors).length ? <ErrorNotice error={draw.error} /> : null}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={draw.isPending}>
            {draw.isPending ? t('spotChecks.form.drawing') : t('spotChecks.form.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

function Verdict({ verdict }: { verdict: SpotCheckItem['verdict'] }) {
  const { t } = useTranslation();
  const key = verdict ?? 'open';
  const icon = verdict === 'in_orde' ? '✓' : verdict === 'niet_in_orde' ? '✕' : '○';
  return (
    <span className={`verdict verdict--${key}`}>
      <span aria-hidden="true">{icon}</span> {t(`spotChecks.verdicts.${key}`)}
    </span>
  );
}

function ReviewForm({ check, item }: { check: SpotCheck; item: SpotCheckItem }) {
  const { t } = useTranslation();
  const review = useApiMutation('spotChecks.review');
  const [note, setNote] = useState(item.note ?? '');
  const [clause, setClause] = useState(item.clause ?? '');
  const [editing, setEditing] = useState(item.verdict === null);
  const errors = fieldErrors(t, review.error);
  const save = (verdict: 'in_orde' | 'niet_in_orde') =>
    review.mutate({ id: check.id, itemId: item.id, verdict, clause: clause || null, note }, { onSuccess: () => setEditing(false) });
  if (!editing) {
    return (
      <button type="button" className="button button--small" onClick={() => setEditing(true)}>
        {t('spotChecks.review.change')}
      </button>
    );
  }
  return (
    <div className="inline-fields">
      <Field label={t('spotChecks.review.note')} hint={t('spotChecks.review.noteHint')} error={errors.note}>
        {(props) => <input {...props} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <Field label={t('spotChecks.review.clause')} error={errors.clause}>
        {(props) => (
          <select {...props} value={clause} onChange={(e) => setClause(e.target.value)}>
            <option value="">—</option>
            {CLAUSE_IDS.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="actions">
        <button type="button" className="button button--primary" disabled={review.isPending} onClick={() => save('in_orde')}>
          <span aria-hidden="true">✓</span> {t('spotChecks.review.inOrder')}
        </button>
        <button type="button" className="button button--danger" disabled={review.isPending} onClick={() => save('niet_in_orde')}>
          <span aria-hidden="true">✕</span> {t('spotChecks.review.notInOrder')}
        </button>
      </div>
      {review.error && !Object.keys(errors).length ? <ErrorNotice error={review.error} /> : null}
    </div>
  );
}

function SpotCheckDetail({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const query = useApiQuery('spotChecks.get', { id });
  const verify = useApiMutation('spotChecks.verify');
  const [error, setError] = useState<unknown>(null);
  const check = query.data;
  if (query.error) return <ErrorNotice error={query.error} />;
  if (!check) return <p>{t('common.loading')}</p>;
  const exportAs = async (format: 'csv' | 'html') => {
    setError(null);
    try {
      const file = await api.call('spotChecks.report', { id, format });
      downloadText(file.fileName, file.mimeType, file.content);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <>
      <Link href="/spot-check" className="back-link">
        ← {t('spotChecks.back')}
      </Link>
      <h1>{t('spotChecks.detailTitle', { id: check.id })}</h1>
      <p className="muted">
        {t('spotChecks.summary', {
          date: formatDateTime(check.createdAt),
          by: check.createdBy,
          sample: check.sampleSize,
          population: check.population,
          reviewed: check.reviewed,
          notInOrder: check.notInOrder,
        })}
      </p>
      <p>{t('spotChecks.seedLine', { seed: check.seed, algorithm: check.algorithm })}</p>
      {check.note ? <p>“{check.note}”</p> : null}
      <div className="toolbar-row">
        <button type="button" className="button" disabled={verify.isPending} onClick={() => verify.mutate({ id })}>
          {t('spotChecks.verify')}
        </button>
        <button type="button" className="button" onClick={() => void exportAs('csv')}>
          {t('spotChecks.export.csv')}
        </button>
        <button type="button" className="button" onClick={() => void exportAs('html')}>
          {t('spotChecks.export.html')}
        </button>
      </div>
      {verify.data ? (
        <p className={`notice ${verify.data.same ? 'notice--ok' : ''}`} role="status">
          {verify.data.same ? t('spotChecks.verified', { count: verify.data.expected }) : t('spotChecks.notVerified', { ...verify.data })}
        </p>
      ) : null}
      <ErrorNotice error={error ?? verify.error} />
      <label className="field">
        <span>{t('spotChecks.progress', { reviewed: check.reviewed, total: check.sampleSize })}</span>
        <progress className="progress" max={check.sampleSize} value={check.reviewed} />
      </label>
      <h2>{t('spotChecks.strata')}</h2>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('spotChecks.fields.page')}</th>
              <th scope="col" className="num">
                {t('spotChecks.fields.population')}
              </th>
              <th scope="col" className="num">
                {t('spotChecks.fields.sample')}
              </th>
              <th scope="col" className="num">
                {t('spotChecks.fields.reviewed')}
              </th>
              <th scope="col" className="num">
                {t('spotChecks.verdicts.niet_in_orde')}
              </th>
            </tr>
          </thead>
          <tbody>
            {check.strata.map((s) => (
              <tr key={s.page.id}>
                <td>{s.page.displayName}</td>
                <td className="num">{s.population}</td>
                <td className="num">{s.sample}</td>
                <td className="num">{s.reviewed}</td>
                <td className="num">{s.notInOrder}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t('spotChecks.items')}</h2>
      {!check.canReview ? <p className="muted">{t('spotChecks.hidden')}</p> : null}
      <ol className="list-plain" aria-label={t('spotChecks.items')}>
        {check.items.map((item) => (
          <li key={item.id} className="sample-item" aria-label={`#${item.position}`}>
            <div>
              <strong>#{item.position}</strong> · {item.page.displayName} · {formatDateTime(item.createdAt)} <Verdict verdict={item.verdict} />
              {item.item?.categories.length ? (
                <span className="muted"> · {item.item.categories.map((c) => CATEGORY_INFO[c as keyof typeof CATEGORY_INFO]?.[lang] ?? c).join(', ')}</span>
              ) : null}
              {!item.stored ? <p className="muted">{t('spotChecks.removed')}</p> : null}
              {item.item ? (
                <>
                  <p className="muted">{item.item.author}</p>
                  <p className="sample-item__text">{item.item.text}</p>
                </>
              ) : null}
              {item.verdict ? (
                <p className="muted">
                  {item.clause ? <span className="clause">{item.clause}</span> : null} {item.note ? `“${item.note}”` : ''} {item.reviewedBy ? `— ${item.reviewedBy}, ${formatDateTime(item.reviewedAt)}` : ''}
                </p>
              ) : null}
              {check.canReview ? <ReviewForm key={`${item.id}-${item.verdict ?? ''}`} check={check} item={item} /> : null}
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}

/** "Steekproef" (O1): the officer draws and reviews; the board and the office read the results. */
export function SpotCheckSection({ me }: { me: Person }) {
  const { t } = useTranslation();
  const [isDetail, params] = useRoute('/spot-check/:id');
  const [, navigate] = useLocation();
  const canRead = me.roles.some((r) => READERS.includes(r));
  const officer = me.roles.includes('functionaris');
  const [drawing, setDrawing] = useState(false);
  const list = useApiQuery('spotChecks.list', {}, { enabled: canRead });
  if (!canRead) {
    return (
      <>
        <h1>{t('spotCheck.title')}</h1>
        <EmptyState title={t('spotCheck.emptyTitle')} body={t('spotChecks.noAccess')} />
      </>
    );
  }
  if (isDetail) return <SpotCheckDetail key={params.id} id={Number(params.id)} />;
  return (
    <>
      <div className="section-header">
        <h1>{t('spotCheck.title')}</h1>
        {officer && !drawing ? (
          <button type="button" className="button button--primary" onClick={() => setDrawing(true)}>
            {t('spotChecks.new')}
          </button>
        ) : null}
      </div>
      <p className="muted">{t('spotChecks.intro')}</p>
      {!officer ? <p className="notice">{t('spotChecks.readOnly')}</p> : null}
      {drawing ? (
        <NewSpotCheck
          onDrawn={(id) => {
            setDrawing(false);
            navigate(`/spot-check/${id}`);
          }}
        />
      ) : null}
      <ErrorNotice error={list.error} />
      {list.data && list.data.length === 0 && !drawing ? <EmptyState title={t('spotCheck.emptyTitle')} body={t('spotCheck.emptyBody')} /> : null}
      {list.data?.length ? (
        <>
          <h2>{t('spotChecks.list')}</h2>
          <ul className="list-plain">
            {list.data.map((c) => (
              <li key={c.id}>
                <Link href={`/spot-check/${c.id}`}>{t('spotChecks.detailTitle', { id: c.id })}</Link>
                <span className="muted">
                  {t('spotChecks.summary', { date: formatDate(c.createdAt), by: c.createdBy, sample: c.sampleSize, population: c.population, reviewed: c.reviewed, notInOrder: c.notInOrder })}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
