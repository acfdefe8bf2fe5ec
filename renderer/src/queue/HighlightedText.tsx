import type { ReactNode } from 'react';

export interface TextSpan {
  start: number;
  end: number;
  category: string;
}

interface Segment {
  start: number;
  end: number;
  categories: string[];
}

/**
 * Cuts `text` at every span boundary. Offsets index the original string (UTF-16, as the engine
 * gives them); overlapping spans give one segment with every category that covers it. Zero-length
 * spans mark the item as a whole and highlight nothing.
 */
export function segments(text: string, spans: readonly TextSpan[]): Segment[] {
  const valid = spans.filter((s) => s.end > s.start && s.start >= 0 && s.end <= text.length);
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const categories = [...new Set(valid.filter((s) => s.start <= start && s.end >= end).map((s) => s.category))];
    const last = out[out.length - 1];
    if (last && !categories.length && !last.categories.length) last.end = end;
    else out.push({ start, end, categories });
  }
  return out;
}

/**
 * The item's text as text, with the flagged words in <mark>. Every piece is a React text node, so
 * nothing anyone wrote is ever parsed as HTML.
 */
export function HighlightedText({ text, spans, label }: { text: string; spans: readonly TextSpan[]; label: (categories: string[]) => string }): ReactNode {
  return (
    <p className="item-text">
      {segments(text, spans).map((seg) =>
        seg.categories.length ? (
          <mark key={seg.start} className={`flag flag--${seg.categories[0]}`} title={label(seg.categories)}>
            {text.slice(seg.start, seg.end)}
          </mark>
        ) : (
          <span key={seg.start}>{text.slice(seg.start, seg.end)}</span>
        ),
      )}
    </p>
  );
}
