import { TAG } from '../analyze';
import type { Analysis } from '../analyze';
import type { Findings } from '../findings';
import { B, C } from '../lexicon/roles';
import { findB, isMention } from './common';

/**
 * Sexual content: explicit words, requests for nude pictures or sex (severity 3: grooming risk on
 * pages full of minors), and sexual remarks about someone's body. Sex education is not flagged.
 */
export function sexualRule(an: Analysis, out: Findings): void {
  const sexEd = (an.textC & C.SEX_ED) !== 0;
  for (let h = 0; h < an.np; h++) {
    const tag = an.pTag[h] as number;
    if (!(tag & (TAG.sexual_request | TAG.sexual_body))) continue;
    const s = an.pStart[h] as number;
    if (isMention(an, an.clause[s] as number)) continue;
    const request = (tag & TAG.sexual_request) !== 0;
    out.tokens(an, 'sexual', request ? 'sexual.request' : 'sexual.body', request ? 3 : 2, s, an.pEnd[h] as number);
  }
  if (sexEd) return;
  for (let c = 0; c < an.nc; c++) {
    if (!((an.cB[c] as number) & B.SEXUAL) || isMention(an, c)) continue;
    const i = findB(an, c, B.SEXUAL);
    out.tokens(an, 'sexual', 'sexual.explicit', 2, i, i + 1);
  }
}
