import { TAG } from '../analyze';
import type { Analysis } from '../analyze';
import type { Findings } from '../findings';
import { A, B, C } from '../lexicon/roles';
import { findB, isMention } from './common';
import { TK } from '../tokenize';
import { UNITS, countEmoji, sexualEmoji } from '../units';

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
    // "niet tegen je ouders zeggen", "don't tell your mom": the saying is part of the request.
    if (!sayWithin(an, s, an.pEnd[h] as number) && isMention(an, an.clause[s] as number)) continue;
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
  if (an.sexualEmoji >= 2 && !out.has('sexual')) sexualEmojiRule(an, out);
  for (let c = 0; c < an.nc; c++) {
    if (!((an.cB[c] as number) & B.SEXUAL) || isMention(an, c)) continue;
    const i = findB(an, c, B.SEXUAL);
    out.tokens(an, 'sexual', 'sexual.explicit', 2, i, i + 1);
  }
}

function sayWithin(an: Analysis, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if ((an.a[i] as number) & A.SAY) return true;
  return false;
}

/**
 * "🍑🍑💦 @noa stuur me iets": two or more of the emoji that stand for sex, aimed at someone (a
 * "you", a mention or a name), are a sexual remark; a fruit bowl on its own is not.
 */
const PRODUCE = new Set(['aubergine', 'aubergines', 'perzik', 'perziken', 'moestuin', 'groente', 'groenten', 'fruit', 'eggplant', 'peach', 'peaches', 'markt', 'market', 'oogst']);

function sexualEmojiRule(an: Analysis, out: Findings): void {
  const t = an.t;
  let count = 0;
  let first = -1;
  UNITS.load(an.text);
  const u = UNITS.u;
  for (let i = 0; i < t.n; i++) {
    if (t.kind[i] !== TK.EMOJI) continue;
    const k = countEmoji(u, t.start[i] as number, t.end[i] as number, sexualEmoji);
    if (k > 0 && first < 0) first = i;
    count += k;
  }
  if (count < 2) return;
  // "🍆🍆 de moestuin levert aubergines op!": the vegetable itself.
  for (let i = 0; i < t.n; i++) if (t.kind[i] === TK.WORD && PRODUCE.has(t.norm[i] as string)) return;
  const aimed = (an.textA & A.PRON2) !== 0 || (an.kinds & (1 << TK.MENTION)) !== 0;
  if (aimed) out.tokens(an, 'sexual', 'sexual.emoji', 2, first, first + 1);
}
