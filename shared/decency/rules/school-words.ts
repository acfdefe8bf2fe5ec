import type { Analysis } from '../analyze';
import { CATEGORY_INFO } from '../categories';
import type { Findings } from '../findings';
import { C } from '../lexicon/roles';
import type { Severity } from '../types';

/** Words and phrases the communications office added to the school's flag list. */
export function schoolWordsRule(an: Analysis, out: Findings): void {
  const t = an.t;
  for (let i = 0; i < t.n; i++) {
    if (!((an.c[i] as number) & C.USER_FLAG)) continue;
    const e = an.entry[i];
    if (!e?.userCat) continue;
    out.chars(e.userCat, 'school.list', (e.userSev ?? CATEGORY_INFO[e.userCat].severity) as Severity,
      t.start[i] as number, t.end[i] as number, 'Woord op de schoollijst', 'Word on the school list');
  }
  for (const h of an.userHits) {
    const cat = h.e.userCat;
    if (!cat) continue;
    out.chars(cat, 'school.list', (h.e.userSev ?? CATEGORY_INFO[cat].severity) as Severity,
      t.start[h.start] as number, t.end[h.end - 1] as number, 'Woord op de schoollijst', 'Word on the school list');
  }
}
