import { readFileSync } from 'node:fs';

export interface Row {
  id: string;
  text: string;
  flag: 0 | 1;
  category: string | null;
  meta: Record<string, unknown>;
}

/** Reads a dev set (JSONL), keeping the first row of each id. */
export function loadRows(file: string): Row[] {
  const seen = new Set<string>();
  const rows: Row[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as Row;
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    rows.push(r);
  }
  return rows;
}
