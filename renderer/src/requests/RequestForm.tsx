import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { PLATFORMS, PLATFORM_IDS, type PlatformId } from '../../../shared/platforms/catalogue';
import { AUDIENCES, hasSchoolSuffix, suggestDisplayName, type Audience, type Page } from '../../../shared/api/pages';
import type { Person } from '../../../shared/api/people';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { ErrorNotice } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { fieldErrors } from '../i18n/errors';
import { PlatformAdvice, platformName } from '../pages/platform';
import '../pages/pages.css';

type Mode = 'new' | 'update' | 'resubmit';

function PeopleSelect({
  value,
  onChange,
  people,
  props,
  placeholder,
}: {
  value: number | null;
  onChange: (id: number | null) => void;
  people: Person[];
  props: Record<string, unknown>;
  placeholder: string;
}) {
  return (
    <select {...props} value={value ?? ''} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}>
      <option value="">{placeholder}</option>
      {people.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
        </option>
      ))}
    </select>
  );
}

/**
 * Request a page (B1), change a waiting request, or change a rejected one and ask again. The rules
 * are shown as you type (the school suffix, "doorlopend" needs a reason, A8 on platforms without full
 * control); the back end checks them all again and its answer appears beside the field.
 */
export function RequestForm({ me, page }: { me: Person; page?: Page }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const mode: Mode = !page ? 'new' : page.status === 'afgewezen' ? 'resubmit' : 'update';
  const settings = useApiQuery('settings.get', {});
  const people = useApiQuery('people.list', { includeInactive: false });
  const request = useApiMutation('pages.request');
  const update = useApiMutation('pages.update');
  const resubmit = useApiMutation('pages.resubmit');
  const mutation = mode === 'new' ? request : mode === 'update' ? update : resubmit;

  const [platform, setPlatform] = useState<PlatformId>(page?.platform ?? 'instagram');
  const [displayName, setDisplayName] = useState(page?.displayName ?? '');
  const [handle, setHandle] = useState(page?.handle ?? '');
  const [url, setUrl] = useState(page?.url ?? '');
  const [purpose, setPurpose] = useState(page?.purpose ?? '');
  const [audience, setAudience] = useState<Audience>(page?.audience ?? 'leerlingen');
  const [ownerId, setOwnerId] = useState<number | null>(page?.owner.id ?? (me.roles.includes('eigenaar') ? me.id : null));
  const [backupOwnerId, setBackupOwnerId] = useState<number | null>(page?.backupOwner.id ?? null);
  const [managerId, setManagerId] = useState<number | null>(page?.manager.id ?? me.managerId);
  const [ongoing, setOngoing] = useState(page ? page.endDate === null : false);
  const [endDate, setEndDate] = useState(page?.endDate ?? '');
  const [ongoingReason, setOngoingReason] = useState(page?.ongoingReason ?? '');
  const [genericConfirmed, setGenericConfirmed] = useState(page?.genericConfirmed ?? false);
  const [reason, setReason] = useState('');
  const errors = fieldErrors(t, mutation.error);
  const suffixId = useId();
  const adviceId = useId();

  const suffix = settings.data?.pageNameSuffix ?? '';
  const nameOk = hasSchoolSuffix(displayName, suffix);
  const suggestion = suggestDisplayName(displayName, suffix);
  const all = people.data ?? [];
  const owners = all.filter((p) => p.roles.includes('eigenaar'));
  const managers = all.filter((p) => (p.roles.includes('leidinggevende') || p.roles.includes('directie')) && p.id !== me.id);
  const fullControl = PLATFORMS[platform].fullControl;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields = {
      platform,
      displayName,
      handle,
      url,
      purpose,
      audience,
      ownerId: ownerId ?? 0,
      backupOwnerId: backupOwnerId ?? 0,
      managerId: managerId ?? 0,
      endDate: ongoing ? null : endDate,
      ongoingReason: ongoing ? ongoingReason : '',
      genericConfirmed: fullControl ? false : genericConfirmed,
    };
    const done = (saved: Page) => navigate(`/pages/${saved.id}`);
    if (mode === 'new') request.mutate(fields, { onSuccess: done });
    else if (mode === 'update') update.mutate({ id: page!.id, ...fields }, { onSuccess: done });
    else resubmit.mutate({ id: page!.id, ...fields, reason }, { onSuccess: done });
  };

  return (
    <>
      <Link href={page ? `/pages/${page.id}` : '/requests'} className="back-link">
        ← {page ? t('pages.detail.backToPage') : t('requests.backToList')}
      </Link>
      <h1>{t(`requests.form.title.${mode}`)}</h1>
      <p className="lead">{t('requests.form.intro')}</p>
      {mode === 'resubmit' && page?.statusReason ? (
        <p className="notice" role="note">
          {t('requests.form.rejectedBecause', { name: page.decidedBy?.name ?? t('common.none'), reason: page.statusReason })}
        </p>
      ) : null}
      <form className="form" onSubmit={submit} noValidate>
        <Field label={t('requests.form.platform')} error={errors.platform} required>
          {(props) => (
            <select {...props} aria-describedby={[props['aria-describedby'], adviceId].filter(Boolean).join(' ')} value={platform} onChange={(e) => setPlatform(e.target.value as PlatformId)}>
              {PLATFORM_IDS.map((id) => (
                <option key={id} value={id}>
                  {platformName(t, id)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <PlatformAdvice platform={platform} id={adviceId} />
        {!fullControl ? (
          <div className={`field${errors.genericConfirmed ? ' field--invalid' : ''}`}>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={genericConfirmed}
                onChange={(e) => setGenericConfirmed(e.target.checked)}
                {...(errors.genericConfirmed ? { 'aria-invalid': true } : {})}
              />
              <span>{t('requests.form.genericConfirmed')}</span>
            </label>
            {errors.genericConfirmed ? <p className="field__error">{errors.genericConfirmed}</p> : null}
          </div>
        ) : null}
        <Field label={t('requests.form.displayName')} hint={t('requests.form.displayNameHint', { suffix })} error={errors.displayName} required>
          {(props) => (
            <>
              <input
                {...props}
                aria-describedby={[props['aria-describedby'], suffixId].filter(Boolean).join(' ')}
                value={displayName}
                onChange={(e) => setDisplayName(e.target.value)}
                autoFocus={mode === 'new'}
              />
              {displayName.trim() ? (
                <p id={suffixId} className={`suffix-check ${nameOk ? 'suffix-check--ok' : 'suffix-check--bad'}`} aria-live="polite">
                  {nameOk ? (
                    <>
                      <span aria-hidden="true">✓</span> {t('requests.form.suffixOk', { suffix: suffix.trim() })}
                    </>
                  ) : (
                    <>
                      <span>
                        <span aria-hidden="true">⚠</span> {t('requests.form.suffixMissing', { suffix: suffix.trim() })}
                      </span>
                      <button type="button" className="button button--small" onClick={() => setDisplayName(suggestion)}>
                        {t('requests.form.suffixFix', { suggestion })}
                      </button>
                    </>
                  )}
                </p>
              ) : null}
            </>
          )}
        </Field>
        <Field label={t('requests.form.handle')} hint={t('requests.form.handleHint')} error={errors.handle} required>
          {(props) => <input {...props} value={handle} onChange={(e) => setHandle(e.target.value)} autoComplete="off" />}
        </Field>
        <Field label={`${t('requests.form.url')} (${t('common.optional')})`} hint={t('requests.form.urlHint')} error={errors.url}>
          {(props) => <input {...props} type="url" value={url} onChange={(e) => setUrl(e.target.value)} />}
        </Field>
        <Field label={t('requests.form.purpose')} hint={t('requests.form.purposeHint')} error={errors.purpose} required>
          {(props) => <textarea {...props} rows={3} value={purpose} onChange={(e) => setPurpose(e.target.value)} />}
        </Field>
        <Field label={t('requests.form.audience')} error={errors.audience} required>
          {(props) => (
            <select {...props} value={audience} onChange={(e) => setAudience(e.target.value as Audience)}>
              {AUDIENCES.map((a) => (
                <option key={a} value={a}>
                  {t(`pages.audience.${a}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('requests.form.owner')} error={errors.ownerId} required>
          {(props) => <PeopleSelect props={props} value={ownerId} onChange={setOwnerId} people={owners} placeholder={t('requests.form.choose')} />}
        </Field>
        <Field label={t('requests.form.backupOwner')} hint={t('requests.form.backupOwnerHint')} error={errors.backupOwnerId} required>
          {(props) => (
            <PeopleSelect props={props} value={backupOwnerId} onChange={setBackupOwnerId} people={owners.filter((p) => p.id !== ownerId)} placeholder={t('requests.form.choose')} />
          )}
        </Field>
        <Field label={t('requests.form.manager')} hint={t('requests.form.managerHint')} error={errors.managerId} required>
          {(props) => <PeopleSelect props={props} value={managerId} onChange={setManagerId} people={managers} placeholder={t('requests.form.choose')} />}
        </Field>
        <Field label={t('requests.form.endDate')} hint={t('requests.form.endDateHint')} error={errors.endDate} {...(ongoing ? {} : { required: true })}>
          {(props) => <input {...props} type="date" value={endDate} onChange={(e) => setEndDate(e.target.value)} disabled={ongoing} />}
        </Field>
        <label className="checkbox">
          <input type="checkbox" checked={ongoing} onChange={(e) => setOngoing(e.target.checked)} />
          <span>{t('requests.form.ongoing')}</span>
        </label>
        {ongoing ? (
          <Field label={t('requests.form.ongoingReason')} hint={t('requests.form.ongoingReasonHint')} error={errors.ongoingReason} required>
            {(props) => <textarea {...props} rows={2} value={ongoingReason} onChange={(e) => setOngoingReason(e.target.value)} />}
          </Field>
        ) : null}
        {mode === 'resubmit' ? (
          <Field label={t('requests.form.resubmitReason')} hint={t('requests.form.resubmitReasonHint')} error={errors.reason} required>
            {(props) => <textarea {...props} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
          </Field>
        ) : null}
        {mutation.error && !Object.keys(errors).length ? <ErrorNotice error={mutation.error} /> : null}
        {Object.keys(errors).length ? (
          <p className="notice notice--error" role="alert">
            {t('errors.invalidInput')}
          </p>
        ) : null}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={mutation.isPending}>
            {mutation.isPending ? t('common.saving') : t(`requests.form.submit.${mode}`)}
          </button>
          <Link href={page ? `/pages/${page.id}` : '/requests'} className="button">
            {t('common.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
