// Printable, self-contained HTML pages (the weekly digest, reports, spot-check reports). Every piece
// of text goes through `esc`, so a page name or note can never become markup; the pages carry no
// script and no remote resources, and say so in their own Content-Security-Policy.

import { SafeHtml, escapeHtml, html } from './html-template';

// The one escaping template (html-template.ts), under the names these documents use.
export { html };
export type Raw = SafeHtml;
export const raw = (markup: string): Raw => new SafeHtml(markup);
export const esc = (value: unknown): string => escapeHtml(String(value ?? ''));

const STYLE = `
  body { font-family: system-ui, 'Segoe UI', Roboto, sans-serif; color: #1b1f24; margin: 2rem; line-height: 1.45; }
  h1 { font-size: 1.6rem; margin: 0 0 .25rem; } h2 { font-size: 1.2rem; margin: 1.75rem 0 .5rem; border-bottom: 2px solid #154273; padding-bottom: .2rem; }
  .meta { color: #4f5b67; margin: 0 0 1.25rem; }
  table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
  th, td { text-align: left; border-bottom: 1px solid #c9d1d9; padding: .35rem .5rem; vertical-align: top; }
  th { background: #eef1f4; } td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
  .item { border: 1px solid #c9d1d9; border-left-width: 6px; border-radius: 6px; padding: .6rem .9rem; margin: .5rem 0; page-break-inside: avoid; }
  .item h3 { margin: 0 0 .2rem; font-size: 1.02rem; } .item p { margin: .2rem 0; }
  .urgent { border-left-color: #a4262c; } .warning { border-left-color: #b85c00; } .info { border-left-color: #154273; }
  .badge { font-weight: 700; } .muted { color: #4f5b67; }
  .empty { color: #4f5b67; font-style: italic; }
  figure.chart { margin: .5rem 0 1rem; max-width: 760px; } figure.chart svg { width: 100%; height: auto; display: block; }
  .legend { display: flex; flex-wrap: wrap; gap: .25rem 1rem; margin: .25rem 0 0; font-size: .85rem; }
  .legend i { display: inline-block; width: .8rem; height: .8rem; margin-right: .35rem; vertical-align: -1px; border-radius: 2px; }
  @media print { body { margin: 1cm; } h2 { page-break-after: avoid; } }
`;

/** A whole page: language, title, its own CSP (no scripts, nothing remote), print styles. */
export function htmlDocument(lang: string, title: string, body: Raw): string {
  return `<!doctype html>
<html lang="${esc(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body.value}
</body>
</html>
`;
}

export interface BarSeries {
  label: string;
  color: string;
  values: number[];
}

/** A round axis maximum at or above `max`: 1, 2, 2.5 or 5 times a power of ten. */
export function niceMax(max: number): number {
  if (max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

/**
 * A stacked bar chart as inline SVG, for the printable report (the app draws its charts with
 * Recharts; a printed page must not need a script). Labels under the bars, a title for screen
 * readers, the legend as text below so it wraps instead of running off the page.
 */
export function svgBars(title: string, labels: string[], series: BarSeries[], options: { width?: number; height?: number } = {}): Raw {
  const width = options.width ?? 720;
  const height = options.height ?? 200;
  const pad = { top: 10, right: 10, bottom: 24, left: 40 };
  const totals = labels.map((_, i) => series.reduce((n, s) => n + (s.values[i] ?? 0), 0));
  const max = niceMax(Math.max(0, ...totals));
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const step = labels.length ? plotW / labels.length : plotW;
  const barW = Math.max(2, Math.min(36, step * 0.6));
  const parts: string[] = [];
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    const y = pad.top + plotH - plotH * tick;
    parts.push(`<line x1="${pad.left}" x2="${width - pad.right}" y1="${y}" y2="${y}" stroke="#dde3e9"/>`);
    const value = Math.round(max * tick * 10) / 10;
    parts.push(`<text x="${pad.left - 4}" y="${y + 3}" font-size="9" text-anchor="end" fill="#4f5b67">${value}</text>`);
  }
  const every = Math.ceil(labels.length / 14);
  labels.forEach((label, i) => {
    let y = pad.top + plotH;
    const x = pad.left + step * i + (step - barW) / 2;
    for (const s of series) {
      const v = s.values[i] ?? 0;
      if (v <= 0) continue;
      const h = (plotH * v) / max;
      y -= h;
      parts.push(`<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${barW.toFixed(1)}" height="${h.toFixed(1)}" fill="${esc(s.color)}"><title>${esc(`${label}: ${s.label} ${v}`)}</title></rect>`);
    }
    if (i % every === 0) {
      parts.push(`<text x="${(pad.left + step * i + step / 2).toFixed(1)}" y="${height - pad.bottom + 13}" font-size="9" text-anchor="middle" fill="#4f5b67">${esc(label)}</text>`);
    }
  });
  const legend = series.length > 1
    ? `<p class="legend">${series.map((s) => `<span><i style="background:${esc(s.color)}"></i>${esc(s.label)}</span>`).join('')}</p>`
    : '';
  return raw(
    `<figure class="chart"><svg role="img" aria-label="${esc(title)}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg"><title>${esc(title)}</title>${parts.join('')}</svg>${legend}</figure>`,
  );
}
