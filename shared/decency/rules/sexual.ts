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
  // "Je bent zo sexy, stuur eens een pic": asking for a picture is sexual next to sexual words.
  if (an.textTags & TAG.photo_request && (an.textB & (B.SEXUAL_WEAK | B.BODY | B.SEXUAL)) !== 0 && !out.has('sexual')) {
    for (let h = 0; h < an.np; h++) {
      if (an.pTag[h] !== TAG.photo_request || isMention(an, an.clause[an.pStart[h] as number] as number)) continue;
      out.tokens(an, 'sexual', 'sexual.request', 3, an.pStart[h] as number, an.pEnd[h] as number);
      break;
    }
  }
  for (let c = 0; c < an.nc; c++) {
    if (!((an.cB[c] as number) & B.SEXUAL) || isMention(an, c)) continue;
    const i = findB(an, c, B.SEXUAL);
    out.tokens(an, 'sexual', 'sexual.explicit', 2, i, i + 1);
  }
}
