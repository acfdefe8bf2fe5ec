import { forwardRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { QueueItem } from '../../../shared/api/queue';
import { CLAUSE_IDS } from '../../../shared/protocol/clauses';
import type { PlatformId } from '../../../shared/platforms/catalogue';
import { api } from '../api/client';
import { useApiMutation } from '../api/hooks';
import { ErrorNotice } from '../components/ErrorNotice';
import { formatDateTime } from '../pages/format';
import { openExternal, platformName } from '../pages/platform';
import { HighlightedText } from './HighlightedText';
import { SeverityBadge, StatusChip } from './Severity';

export interface DecideControls {
  clause: string | null;
  setClause: (clause: string | null) => void;
  reason: string;
  setReason: (reason: string) => void;
  deleteArmed: boolean;
  busy: boolean;
  keep: (violation: boolean) => void;
  hide: () => void;
  remove: () => void;
  cancelDelete: () => void;
  escalate: (kind: 'B6' | 'O3') => void;
  incident: () => void;
  reopen: () => void;
}

export function openOriginal(url: string | null): void {
  if (url) void openExternal((u) => api.call('system.openExternal', { url: u }), url);
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="detail-section" aria-label={title}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}

export const ItemDetail = forwardRef<HTMLHeadingElement, { item: QueueItem; controls: DecideControls }>(function ItemDetail({ item, controls }, headingRef) {
  const { t, i18n } = useTranslation();
  const spans = item.classification?.spans ?? [];
  const categoryLabel = (categories: string[]) => categories.map((c) => t(`categories.${c}`)).join(', ');
  const platform = platformName(t, item.platform as PlatformId);
  return (
    <article className="item-detail" aria-labelledby="item-detail-title">
      <header className="item-detail__head">
        <h2 id="item-detail-title" ref={headingRef} tabIndex={-1}>
          {item.author.name ?? item.author.handle ?? item.author.id}
          {item.author.handle && item.author.name ? <span className="muted"> @{item.author.handle}</span> : null}
        </h2>
        <div className="item-detail__badges">
          <SeverityBadge severity={item.severity} />
          <StatusChip status={item.status} />
        </div>
      </header>
      <dl className="facts facts--compact">
        <dt>{t('queue.detail.page')}</dt>
        <dd>
          {item.page.name} <span className="muted">({platform})</span>
        </dd>
        <dt>{t('queue.detail.kind')}</dt>
        <dd>{t(`queue.detail.kinds.${item.kind}`, { defaultValue: item.kind })}</dd>
        <dt>{t('queue.detail.posted')}</dt>
        <dd>{formatDateTime(item.createdAt)}</dd>
      </dl>
      <div className="item-detail__link">
        {item.url ? (
          <button type="button" className="button button--small" onClick={() => openOriginal(item.url)}>
            ↗ {t('queue.detail.openOriginal')} <kbd>v</kbd>
          </button>
        ) : (
          <p className="muted">{t('queue.detail.noLink')}</p>
        )}
      </div>

      <HighlightedText text={item.text} spans={spans} label={categoryLabel} />

      <Flags item={item} language={i18n.language === 'en' ? 'en' : 'nl'} />
      <Decide item={item} controls={controls} platform={platform} />
      {item.escalations.length ? <Escalations item={item} /> : null}
      <Thread item={item} />
      {item.media.length ? <Media item={item} /> : null}
      <History item={item} />
    </article>
  );
});

function Flags({ item, language }: { item: QueueItem; language: 'nl' | 'en' }) {
  const { t } = useTranslation();
  const c = item.classification;
  if (!c || !c.categories.length) {
    return <p className="muted">{t('queue.detail.notFlagged')}</p>;
  }
  return (
    <Section title={t('queue.detail.flags')}>
      <ul className="flag-list">
        {c.categories.map((category) => (
          <li key={category}>
            <span className={`chip chip--cat chip--${category}`}>{t(`categories.${category}`)}</span>
            <ul className="flag-list__why">
              {c.spans
                .filter((s) => s.category === category)
                .map((s, i) => (
                  <li key={i}>
                    {s.end > s.start ? <q className="flag-word">{item.text.slice(s.start, s.end)}</q> : <span className="muted">{t('queue.detail.wholeItem')}</span>} — {s[language]}
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ul>
      <p className="clauses">
        {c.clauses.map((id) => (
          <span key={id} className="clause-badge" title={t(`clauses.${id}`)}>
            {id} <span className="clause-badge__text">{t(`clauses.${id}`)}</span>
          </span>
        ))}
      </p>
      <p className="muted small">{t('queue.detail.checkedWith', { engine: c.engineVersion, lists: c.listsVersion })}</p>
    </Section>
  );
}

function Decide({ item, controls, platform }: { item: QueueItem; controls: DecideControls; platform: string }) {
  const { t } = useTranslation();
  const can = (a: QueueItem['actions'][number]) => item.actions.includes(a);
  const ab = item.platformAbilities;
  const decidable = can('keep') || can('reopen') || can('escalate') || can('board');
  if (!decidable && !can('incident')) return <p className="notice">{t('queue.decide.readOnly')}</p>;
  const itemClauses = item.classification?.clauses ?? [];
  return (
    <Section title={t('queue.decide.title')}>
      {can('keep') ? (
        <div className="decide-fields">
          <label className="field field--inline">
            <span>{t('queue.decide.clause')}</span>
            <select value={controls.clause ?? ''} onChange={(e) => controls.setClause(e.target.value || null)}>
              <option value="">{t('queue.decide.clauseNone')}</option>
              {[...itemClauses, ...CLAUSE_IDS.filter((id) => !itemClauses.includes(id))].map((id) => (
                <option key={id} value={id}>
                  {id} — {t(`clauses.${id}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field field--inline field--grow">
            <span>{t('queue.decide.reason')}</span>
            <input type="text" value={controls.reason} maxLength={1000} onChange={(e) => controls.setReason(e.target.value)} aria-describedby="reason-hint" />
          </label>
          <p id="reason-hint" className="field__hint">
            {t('queue.decide.reasonHint')}
          </p>
        </div>
      ) : null}
      {controls.deleteArmed ? (
        <div className="notice notice--error delete-confirm" role="alert">
          <p>
            <strong>{t('queue.decide.deleteWarning', { platform })}</strong> {t('queue.decide.deleteHint')}
          </p>
          <div className="actions">
            <button type="button" className="button button--danger" onClick={controls.remove} disabled={controls.busy}>
              {t('queue.decide.deleteConfirm')}
            </button>
            <button type="button" className="button" onClick={controls.cancelDelete}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      <div className="actions decide-actions">
        {can('keep') ? (
          <>
            <button type="button" className="button button--primary" onClick={() => controls.keep(false)} disabled={controls.busy}>
              {item.flagged ? t('queue.decide.keepNoViolation') : t('queue.decide.keep')} <kbd>e</kbd>
            </button>
            {item.flagged ? (
              <button type="button" className="button" onClick={() => controls.keep(true)} disabled={controls.busy}>
                {t('queue.decide.keepViolation')} <kbd>⇧E</kbd>
              </button>
            ) : null}
            <button type="button" className="button" onClick={controls.hide} disabled={controls.busy || !ab.hide.possible} aria-describedby={ab.hide.possible ? undefined : 'hide-why'}>
              {t('queue.decide.hide')} <kbd>h</kbd>
            </button>
            <button type="button" className="button button--danger-outline" onClick={controls.remove} disabled={controls.busy || !ab.delete.possible} aria-describedby={ab.delete.possible ? undefined : 'delete-why'}>
              {t('queue.decide.delete')} <kbd>d</kbd>
            </button>
          </>
        ) : null}
        {can('escalate') ? (
          <button type="button" className="button" onClick={() => controls.escalate('B6')} disabled={controls.busy}>
            {t('queue.decide.escalate')} <kbd>m</kbd>
          </button>
        ) : null}
        {can('board') ? (
          <button type="button" className="button" onClick={() => controls.escalate('O3')} disabled={controls.busy}>
            {t('queue.decide.board')} <kbd>b</kbd>
          </button>
        ) : null}
        {can('incident') ? (
          <button type="button" className="button" onClick={controls.incident}>
            {t('queue.decide.incident')} <kbd>i</kbd>
          </button>
        ) : null}
        {can('reopen') ? (
          <button type="button" className="button" onClick={controls.reopen}>
            {t('queue.decide.reopen')}
          </button>
        ) : null}
      </div>
      {can('keep') && (!ab.hide.possible || !ab.delete.possible) ? (
        <div className="manual-steps">
          {!ab.hide.possible && ab.hide.reasonKey ? (
            <p id="hide-why" className="muted">
              {t('queue.decide.hide')}: {t('queue.decide.cannot', { reason: t(ab.hide.reasonKey, { platform }) })}
            </p>
          ) : null}
          {!ab.delete.possible && ab.delete.reasonKey ? (
            <p id="delete-why" className="muted">
              {t('queue.decide.delete')}: {t('queue.decide.cannot', { reason: t(ab.delete.reasonKey, { platform }) })}
            </p>
          ) : null}
          {ab.manualStepsKey ? (
            <p>
              <strong>{t('queue.decide.manualSteps')}:</strong> {t(ab.manualStepsKey)}
            </p>
          ) : null}
        </div>
      ) : null}
    </Section>
  );
}

function Escalations({ item }: { item: QueueItem }) {
  const { t } = useTranslation();
  return (
    <Section title={t('queue.detail.escalations')}>
      <ul className="history">
        {item.escalations.map((e) => (
          <li key={e.id}>
            <div className="history__what">
              {t(`escalations.kinds.${e.kind}`)} — {t(`escalations.status.${e.status}`)}
            </div>
            <div className="history__meta">{t('escalations.sent', { from: e.from.name, to: e.to?.name ?? t('escalations.board'), at: formatDateTime(e.createdAt) })}</div>
            <p className="history__why">“{e.note}”</p>
            {e.answer ? (
              <div className="answer" role="note">
                <div className="history__meta">{t('escalations.answerBy', { name: e.answeredBy?.name ?? '', at: formatDateTime(e.answeredAt) })}</div>
                <p className="history__why">“{e.answer}”</p>
              </div>
            ) : null}
            {e.canAnswer ? <AnswerForm escalationId={e.id} /> : null}
          </li>
        ))}
      </ul>
    </Section>
  );
}

function AnswerForm({ escalationId }: { escalationId: number }) {
  const { t } = useTranslation();
  const answer = useApiMutation('escalations.answer');
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) answer.mutate({ id: escalationId, answer: text });
  };
  return (
    <form className="answer-form" onSubmit={submit}>
      <label className="field">
        <span>{t('escalations.answerLabel')}</span>
        <textarea rows={3} value={text} maxLength={4000} onChange={(e) => setText(e.target.value)} aria-describedby={`answer-hint-${escalationId}`} />
      </label>
      <p className="field__hint" id={`answer-hint-${escalationId}`}>
        {t('escalations.answerHint')}
      </p>
      <ErrorNotice error={answer.error} />
      <button type="submit" className="button button--primary" disabled={answer.isPending || !text.trim()}>
        {t('escalations.answerSend')}
      </button>
    </form>
  );
}

function Thread({ item }: { item: QueueItem }) {
  const { t } = useTranslation();
  const { parent, parentExternalId, pagePost, neighbours } = item.thread;
  const others = neighbours.filter((n) => n.id !== item.id);
  return (
    <Section title={t('queue.detail.thread')}>
      {pagePost ? (
        <blockquote className="thread-parent thread-parent--page">
          <div className="history__meta">
            {t(pagePost.isParent ? 'queue.detail.pagePostParent' : 'queue.detail.pagePostRoot', { page: item.page.name })} · {formatDateTime(pagePost.createdAt)}
          </div>
          <p>{pagePost.text}</p>
          {pagePost.url ? (
            <button type="button" className="button button--small" onClick={() => void openExternal((u) => api.call('system.openExternal', { url: u }), pagePost.url!)}>
              {t('queue.detail.openPagePost')}
            </button>
          ) : null}
        </blockquote>
      ) : null}
      {parent ? (
        <blockquote className="thread-parent">
          <div className="history__meta">
            {parent.authorName ?? parent.authorHandle} · {formatDateTime(parent.createdAt)}
          </div>
          <p>{parent.text}</p>
        </blockquote>
      ) : parentExternalId && !pagePost?.isParent ? (
        <p className="muted">{t('queue.detail.parentNotStored')}</p>
      ) : null}
      {others.length ? (
        <ol className="thread">
          {neighbours.map((n) => (
            <li key={n.id} className={n.id === item.id ? 'thread__current' : undefined} aria-current={n.id === item.id ? 'true' : undefined}>
              <div className="history__meta">
                {n.authorName ?? n.authorHandle} · {formatDateTime(n.createdAt)} {n.id === item.id ? `(${t('queue.detail.thisItem')})` : null}
              </div>
              <p>{n.text}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t('queue.detail.noThread')}</p>
      )}
    </Section>
  );
}

function Media({ item }: { item: QueueItem }) {
  const { t } = useTranslation();
  const load = useApiMutation('queue.media');
  const [shown, setShown] = useState<Record<number, string>>({});
  return (
    <Section title={t('queue.detail.media')}>
      <p className="muted small">{t('queue.detail.mediaHint')}</p>
      <ul className="media-list">
        {item.media.map((m, index) => (
          <li key={index}>
            <span>{t(`queue.detail.mediaTypes.${m.type}`, { defaultValue: m.type })}</span>{' '}
            {m.url ? <code className="media-host">{safeHost(m.url)}</code> : null}
            <div className="actions">
              {m.url && (m.type === 'photo' || m.type === 'other') && !shown[index] ? (
                <button
                  type="button"
                  className="button button--small"
                  disabled={load.isPending}
                  onClick={() => load.mutate({ itemId: item.id, index }, { onSuccess: (r) => setShown((s) => ({ ...s, [index]: r.dataUrl })) })}
                >
                  {t('queue.detail.loadMedia')}
                </button>
              ) : null}
              {m.url ? (
                <button type="button" className="button button--small" onClick={() => openOriginal(m.url)}>
                  ↗ {t('queue.detail.openMedia')}
                </button>
              ) : null}
            </div>
            {shown[index] ? <img className="media-preview" src={shown[index]} alt={t('queue.detail.mediaAlt')} /> : null}
          </li>
        ))}
      </ul>
      <ErrorNotice error={load.error} />
    </Section>
  );
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

function History({ item }: { item: QueueItem }) {
  const { t } = useTranslation();
  return (
    <Section title={t('queue.detail.history')}>
      {item.decisions.length ? (
        <ul className="history">
          {item.decisions.map((d) => (
            <li key={d.id} className={d.undone ? 'is-undone' : undefined}>
              <div className="history__what">
                {t(`queue.row.decided.${d.decision}`)}
                {d.clause ? ` · ${d.clause}` : ''}
                {d.notAViolation ? ` · ${t('queue.detail.notAViolation')}` : ''}
                {d.platformResult ? ` · ${t(`queue.detail.platformResults.${d.platformResult}`, { defaultValue: d.platformResult })}` : ''}
                {d.undone ? ` (${t('queue.detail.undone')})` : ''}
              </div>
              <div className="history__meta">
                {d.actorLabel} · {formatDateTime(d.decidedAt)}
              </div>
              {d.reason ? <p className="history__why">“{d.reason}”</p> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('queue.detail.noHistory')}</p>
      )}
      {item.evidence.length ? (
        <>
          <h4>{t('queue.detail.evidence')}</h4>
          <ul className="list-plain evidence-list">
            {item.evidence.map((e) => (
              <li key={e.id}>
                <span>{t('queue.detail.evidenceEntry', { at: formatDateTime(e.capturedAt), purpose: t(`queue.detail.evidencePurposes.${e.purpose}`, { defaultValue: e.purpose }) })}</span>
                <code title="SHA-256">{e.sha256}</code>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {item.incidents.length ? (
        <>
          <h4>{t('queue.detail.incidents')}</h4>
          <ul className="list-plain">
            {item.incidents.map((i) => (
              <li key={i.id}>
                <Link href={`/incidents/${i.id}`}>{i.title}</Link>
                <span className="muted">{t(`incidents.statuses.${i.status}`)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Section>
  );
}
