import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/api/people';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { Dialog } from '../components/Dialog';
import { ErrorNotice } from '../components/ErrorNotice';
import { PersonForm } from './PersonForm';
import { PeopleDeactivate } from './PeopleDeactivate';
import { CsvImport } from '../inventory/CsvImport';
import { PEOPLE_CSV_COLUMNS } from '../../../shared/api/people-import';

type Open = { kind: 'add' } | { kind: 'import' } | { kind: 'edit'; person: Person } | { kind: 'deactivate'; person: Person } | null;

export function PeopleSettings({ me }: { me: Person }) {
  const { t } = useTranslation();
  const [includeInactive, setIncludeInactive] = useState(false);
  const people = useApiQuery('people.list', { includeInactive });
  const reactivate = useApiMutation('people.reactivate');
  const [open, setOpen] = useState<Open>(null);
  const canEdit = me.roles.some((r) => r === 'communicatie' || r === 'beheer');
  const byId = new Map((people.data ?? []).map((p) => [p.id, p]));

  return (
    <section aria-labelledby="people-title">
      <div className="section-header">
        <h2 id="people-title">{t('people.title')}</h2>
        {canEdit ? (
          <div className="actions">
            <button type="button" className="button" onClick={() => setOpen({ kind: 'import' })}>
              {t('people.import.action')}
            </button>
            <button type="button" className="button button--primary" onClick={() => setOpen({ kind: 'add' })}>
              {t('people.add')}
            </button>
          </div>
        ) : null}
      </div>
      <p className="muted">{t('people.intro')}</p>
      {!canEdit ? <p className="notice">{t('people.readOnly')}</p> : null}
      <label className="checkbox">
        <input type="checkbox" checked={includeInactive} onChange={(e) => setIncludeInactive(e.target.checked)} />
        <span>{t('people.showInactive')}</span>
      </label>
      <ErrorNotice error={people.error ?? reactivate.error} />
      {people.data ? (
        <table className="table">
          <caption className="visually-hidden">{t('people.count', { count: people.data.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('people.name')}</th>
              <th scope="col">{t('people.email')}</th>
              <th scope="col">{t('people.roles')}</th>
              <th scope="col">{t('people.manager')}</th>
              <th scope="col">{t('people.status')}</th>
              {canEdit ? <th scope="col"><span className="visually-hidden">{t('common.edit')}</span></th> : null}
            </tr>
          </thead>
          <tbody>
            {people.data.map((person) => (
              <tr key={person.id} className={person.active ? undefined : 'is-inactive'}>
                <td>
                  {person.name} {person.id === me.id ? <span className="tag">{t('people.you')}</span> : null}
                </td>
                <td>{person.email}</td>
                <td>{person.roles.map((r) => t(`roles.${r}`)).join(', ')}</td>
                <td>{person.managerId ? (byId.get(person.managerId)?.name ?? t('common.none')) : t('common.none')}</td>
                <td>{person.active ? t('people.active') : t('people.inactive')}</td>
                {canEdit ? (
                  <td className="table__actions">
                    {person.active ? (
                      <>
                        <button type="button" className="button button--small" onClick={() => setOpen({ kind: 'edit', person })}>
                          {t('common.edit')}
                        </button>
                        {person.id !== me.id ? (
                          <button type="button" className="button button--small" onClick={() => setOpen({ kind: 'deactivate', person })}>
                            {t('people.deactivate')}
                          </button>
                        ) : null}
                      </>
                    ) : (
                      <button type="button" className="button button--small" onClick={() => reactivate.mutate({ id: person.id })}>
                        {t('people.reactivate')}
                      </button>
                    )}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('common.loading')}</p>
      )}
      <Dialog
        open={open !== null}
        onClose={() => setOpen(null)}
        title={
          open?.kind === 'edit'
            ? t('people.editTitle', { name: open.person.name })
            : open?.kind === 'deactivate'
              ? t('people.deactivateTitle', { name: open.person.name })
              : open?.kind === 'import'
                ? t('people.import.title')
                : t('people.addTitle')
        }
      >
        {open?.kind === 'add' ? <PersonForm onDone={() => setOpen(null)} /> : null}
        {open?.kind === 'edit' ? <PersonForm person={open.person} onDone={() => setOpen(null)} /> : null}
        {open?.kind === 'deactivate' ? <PeopleDeactivate person={open.person} onDone={() => setOpen(null)} /> : null}
        {open?.kind === 'import' ? <CsvImport kind="people" columns={PEOPLE_CSV_COLUMNS} onDone={() => setOpen(null)} /> : null}
      </Dialog>
    </section>
  );
}
