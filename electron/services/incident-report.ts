import type { EvidenceRecord } from '../../db/evidence';
import type { Language } from '../../shared/api/common';
import type { Incident, ReportVariant } from '../../shared/api/incidents';
import { catalogues } from '../../shared/i18n';
import { isTrustedUrl } from '../../shared/security/trusted-url';
import { SafeHtml, html } from './html-template';
import { formatSchoolDateTime } from './lifecycle-time';

// The incident report (S1, S3, S5): one self-contained, printable HTML document — print it to PDF
// from any browser. No scripts, no remote anything (its own CSP says so), every text escaped by the
// `html` template. It carries the evidence exactly as preserved, with the SHA-256 of each, so the
// reader can check it, and the timeline of who did what.

export interface ReportInput {
  incident: Incident;
  evidence: EvidenceRecord[];
  variant: ReportVariant;
  language: Language;
  school: string;
  generatedAt: string;
  generatedBy: string;
  appVersion: string;
}

type Params = Record<string, string | number>;

function translator(language: Language) {
  const catalogue = catalogues[language] as unknown as Record<string, unknown>;
  return (key: string, params: Params = {}): string => {
    let node: unknown = catalogue;
    for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
    const text = typeof node === 'string' ? node : key;
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
  };
}

const STYLE = `
  body { font: 11pt/1.45 system-ui, 'Segoe UI', Roboto, sans-serif; color: #1b1f24; margin: 2rem auto; max-width: 48rem; padding: 0 1rem; }
  h1 { font-size: 1.5rem; margin: 0 0 .25rem; } h2 { font-size: 1.15rem; margin: 1.75rem 0 .5rem; border-bottom: 1px solid #c9d1d9; }
  h3 { font-size: 1rem; margin: 1.25rem 0 .35rem; }
  .meta { color: #4f5b67; margin: 0 0 1rem; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0 0 .75rem; } dt { font-weight: 600; } dd { margin: 0; }
  .text { white-space: pre-wrap; border-left: 3px solid #154273; padding: .35rem .75rem; background: #f6f7f9; }
  pre { white-space: pre-wrap; word-break: break-all; font-size: 8.5pt; background: #f6f7f9; padding: .5rem; border: 1px solid #c9d1d9; }
  code { word-break: break-all; } table { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
  th, td { text-align: left; vertical-align: top; border-bottom: 1px solid #c9d1d9; padding: .3rem .4rem; }
  .item { break-inside: avoid; } .note { background: #fff4ce; padding: .5rem .75rem; }
  @media print { body { margin: 0; max-width: none; } a { color: inherit; } }
`;

export function renderIncidentReport(input: ReportInput): string {
  const t = translator(input.language);
  const { incident } = input;
  const when = (at: string) => formatSchoolDateTime(at);
  const section = (title: string, body: SafeHtml | SafeHtml[] | string) => html`<h2>${title}</h2>${body}`;
  const multiline = (text: string) => (text.trim() ? html`<div class="text">${text}</div>` : html`<p class="meta">${t('incidents.report.none')}</p>`);

  const items = incident.items.map((item, i) => {
    const evidence = input.evidence.filter((e) => e.itemId === item.id);
    const link = item.url && isTrustedUrl(item.url) ? html`<a href="${item.url}">${item.url}</a>` : item.url ?? t('incidents.report.none');
    const media = evidence.length ? (JSON.parse(evidence[evidence.length - 1]!.content) as { media?: { type: string; url: string | null }[] }).media ?? [] : [];
    return html`<section class="item">
      <h3>${t('incidents.report.itemTitle', { n: i + 1, id: item.id })}</h3>
      <dl>
        <dt>${t('incidents.report.page')}</dt><dd>${item.pageName} (${item.platform})</dd>
        <dt>${t('incidents.report.author')}</dt><dd>${[item.authorName, item.authorHandle].filter(Boolean).join(' · ') || t('incidents.report.none')}</dd>
        <dt>${t('incidents.report.posted')}</dt><dd>${when(item.createdAt)}</dd>
        <dt>${t('incidents.report.link')}</dt><dd>${link}</dd>
        <dt>${t('incidents.report.flags')}</dt><dd>${item.categories.map((c) => t(`categories.${c}`)).join(', ') || t('incidents.report.none')}${item.clauses.length ? ` (${item.clauses.join(', ')})` : ''}</dd>
        <dt>${t('incidents.report.media')}</dt><dd>${media.length ? media.map((m) => html`${m.type}: <code>${m.url ?? '—'}</code><br>`) : t('incidents.report.none')}</dd>
      </dl>
      <div class="text">${item.text}</div>
      ${evidence.map(
        (e) => html`<h3>${t('incidents.report.evidenceTitle', { id: e.id })}</h3>
          <dl>
            <dt>${t('incidents.report.capturedAt')}</dt><dd>${when(e.capturedAt)} — ${e.capturedByLabel} (${t(`incidents.report.purpose.${e.purpose}`)})</dd>
            <dt>SHA-256</dt><dd><code>${e.sha256}</code></dd>
          </dl>
          <p class="meta">${t('incidents.report.contentLabel')}</p>
          <pre>${e.content}</pre>`,
      )}
    </section>`;
  });

  const timeline = html`<table>
    <thead><tr><th>${t('incidents.report.when')}</th><th>${t('incidents.report.who')}</th><th>${t('incidents.report.what')}</th><th>${t('incidents.report.why')}</th></tr></thead>
    <tbody>${incident.timeline.map(
      (e) => html`<tr>
        <td>${when(e.at)}</td><td>${e.actorLabel}</td>
        <td>${t(`incidents.timeline.${e.action.replace(/\./g, '_')}`)}${e.itemId ? ` · #${e.itemId}` : ''}${e.clause ? ` · ${e.clause}` : ''}${e.detail ? html`<br><code>${e.detail}</code>` : ''}</td>
        <td>${e.reason ?? ''}</td>
      </tr>`,
    )}</tbody>
  </table>`;

  const variant = `incidents.report.variants.${input.variant}`;
  const doc = html`<!doctype html>
<html lang="${input.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t(`${variant}.title`)} — ${incident.title}</title>
<style>${new SafeHtml(STYLE)}</style>
</head>
<body>
<header>
  <p class="meta">${input.school} · Paginawacht</p>
  <h1>${t(`${variant}.title`)}</h1>
  <p class="meta">${t(`${variant}.clause`)}</p>
</header>
<p class="note">${t(`${variant}.note`)}</p>
${section(
  t('incidents.report.incident'),
  html`<dl>
    <dt>${t('incidents.report.title')}</dt><dd>${incident.title} (#${incident.id})</dd>
    <dt>${t('incidents.report.subject')}</dt><dd>${t(`incidents.subjectTypes.${incident.subjectType}`)}</dd>
    <dt>${t('incidents.report.status')}</dt><dd>${t(`incidents.statuses.${incident.status}`)}${incident.closedAt ? ` (${when(incident.closedAt)})` : ''}</dd>
    <dt>${t('incidents.report.opened')}</dt><dd>${when(incident.createdAt)} — ${incident.createdByLabel}</dd>
  </dl>`,
)}
${section(t('incidents.report.description'), multiline(incident.description))}
${section(t('incidents.report.measures'), html`<p class="meta">${t('incidents.report.measuresNote')}</p>${multiline(incident.measures)}`)}
${section(t('incidents.report.items', { count: incident.items.length }), items)}
${section(t('incidents.report.timeline'), timeline)}
${section(t('incidents.report.verifyTitle'), html`<p>${t('incidents.report.verify')}</p>`)}
<footer><p class="meta">${t('incidents.report.generated', { at: when(input.generatedAt), by: input.generatedBy, version: input.appVersion })}</p></footer>
</body>
</html>
`;
  return doc.value;
}
