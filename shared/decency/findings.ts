import type { Analysis } from './analyze';
import { EXPLANATIONS } from './explanations';
import type { Category, Severity, Span } from './types';

/**
 * What the rules found in one item, as plain parallel arrays (reused between items). Turned into
 * result objects only at the end, and only for the items that have findings.
 */
export class Findings {
  n = 0;
  cat: Category[] = [];
  rule: string[] = [];
  sev: number[] = [];
  start: number[] = [];
  end: number[] = [];
  /** Explanation override (school list words carry their own category). */
  nl: (string | undefined)[] = [];
  en: (string | undefined)[] = [];

  reset(): void {
    this.n = 0;
  }

  /** Adds a finding spanning tokens [from, to) of the analysis. */
  tokens(an: Analysis, cat: Category, rule: string, sev: Severity, from: number, to: number): void {
    const t = an.t;
    if (to <= from) to = from + 1;
    this.chars(cat, rule, sev, t.start[from] as number, t.end[to - 1] as number);
  }

  chars(cat: Category, rule: string, sev: Severity, start: number, end: number, nl?: string, en?: string): void {
    const i = this.n++;
    this.cat[i] = cat;
    this.rule[i] = rule;
    this.sev[i] = sev;
    this.start[i] = start;
    this.end[i] = end;
    this.nl[i] = nl;
    this.en[i] = en;
  }

  has(cat: Category): boolean {
    for (let i = 0; i < this.n; i++) if (this.cat[i] === cat) return true;
    return false;
  }

  remove(cat: Category): void {
    let w = 0;
    for (let i = 0; i < this.n; i++) {
      if (this.cat[i] === cat) continue;
      if (w !== i) {
        this.cat[w] = this.cat[i] as Category;
        this.rule[w] = this.rule[i] as string;
        this.sev[w] = this.sev[i] as number;
        this.start[w] = this.start[i] as number;
        this.end[w] = this.end[i] as number;
        this.nl[w] = this.nl[i];
        this.en[w] = this.en[i];
      }
      w++;
    }
    this.n = w;
  }

  spans(): Span[] {
    const out: Span[] = [];
    for (let i = 0; i < this.n; i++) {
      const rule = this.rule[i] as string;
      const start = this.start[i] as number;
      const end = this.end[i] as number;
      let dup = false;
      for (let k = 0; k < i && !dup; k++) dup = this.start[k] === start && this.end[k] === end && this.rule[k] === rule;
      if (dup) continue;
      const ex = EXPLANATIONS[rule];
      out.push({
        start,
        end,
        rule,
        category: this.cat[i] as Category,
        nl: this.nl[i] ?? ex?.nl ?? rule,
        en: this.en[i] ?? ex?.en ?? rule,
      });
    }
    if (out.length > 1) sortSpans(out);
    return out;
  }

}

/**
 * By start, then end; equal spans keep their order. An insertion sort: an item has a handful of
 * spans, where calling a comparator through Array.prototype.sort costs more than the sorting.
 */
function sortSpans(out: Span[]): void {
  for (let i = 1; i < out.length; i++) {
    const x = out[i] as Span;
    let j = i - 1;
    while (j >= 0 && ((out[j] as Span).start > x.start || ((out[j] as Span).start === x.start && (out[j] as Span).end > x.end))) {
      out[j + 1] = out[j] as Span;
      j--;
    }
    out[j + 1] = x;
  }
}
