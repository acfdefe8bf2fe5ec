import { TAG } from '../analyze';
import type { Analysis } from '../analyze';
import type { Findings } from '../findings';
import { A } from '../lexicon/roles';
import { errand, isMention, negated, personTarget } from './common';

/**
 * Stalking: following someone, watching when they are online, knowing where they live or who
 * they were with, refusing to be blocked. Needs someone it is aimed at ("ik heb de les gevolgd"
 * is not stalking).
 */
export function stalkingRule(an: Analysis, out: Findings): void {
  for (let h = 0; h < an.np; h++) {
    if (an.pTag[h] !== TAG.stalking) continue;
    const s = an.pStart[h] as number;
    const c = an.clause[s] as number;
    if (negated(an, c) || isMention(an, c)) continue;
    const sent = an.cSent[c] as number;
    if (errand(an, sent)) continue;
    let target = -1;
    for (let k = an.sFirst[sent] as number; k < (an.sEnd[sent] as number) && target < 0; k++) {
      target = personTarget(an, k, A.PRON2 | A.PRON3S);
    }
    // "Blokkeer me maar, ik maak een nieuw account": whoever blocks is the one pursued.
    if (target < 0 && !blocking(an)) continue;
    out.tokens(an, 'stalking', 'stalking.pattern', 2, s, an.pEnd[h] as number);
  }
}

const BLOCK_WORDS = new Set(['blokkeer', 'blokkeert', 'blokkeren', 'geblokkeerd', 'block', 'blocked', 'blocking', 'unblock']);

function blocking(an: Analysis): boolean {
  for (let i = 0; i < an.t.n; i++) if (BLOCK_WORDS.has(an.form[i] as string)) return true;
  return false;
}
