import { TAG, TM } from '../analyze';
import type { Analysis } from '../analyze';
import type { Findings } from '../findings';
import { A, B } from '../lexicon/roles';
import { WRITER_POSSESSIVES, findB, findTag, isMention, negated, pointedPerson } from './common';

const NEWS = /\b(?:het nieuws|in de krant|in het nieuws|the news|newspaper|nieuwsbericht|zoekt getuigen|getuigen gezocht|meldt de politie|aldus de politie|politie meldt|persbericht|the bbc reports|bbc reports|police said|according to police|appeal(?:ing)? for witnesses|reports the|meldt de nos|volgens de politie)\b/i;
const SCORE = /\b\d{1,2}\s?-\s?\d{1,2}\b/;

/**
 * Defamation (zwartmaken): accusing a named person, a member of staff, or a part of the school
 * of a crime or of misconduct ("juf Karin heeft geld gestolen", "de conrector heeft iets met een
 * leerling"). A rumour marker ("weet iedereen") strengthens it; criticism without an accusation
 * ("de school communiceert slecht") is not defamation.
 */
export function defamationRule(an: Analysis, out: Findings): void {
  // A news report or a police appeal tells of a crime; it accuses no one of the page's people.
  if (NEWS.test(an.text)) return;
  for (let c = 0; c < an.nc; c++) {
    const tags = an.cTags[c] as number;
    const b = an.cB[c] as number;
    if (!(b & B.CRIME) && !(tags & TAG.misconduct)) continue;
    if (negated(an, c) || isMention(an, c)) continue;
    // "Die nieuwe Zelda is bizar goed, ik ben er volledig aan verslaafd": the writer's own confession.
    if (writerOnly(an, c)) continue;
    const target = accused(an, c);
    if (target < 0) continue;
    const hit = tags & TAG.misconduct ? findTag(an, c, TAG.misconduct) : null;
    // "De juf heeft de leerlingen geslagen met 10-2": a match lost, no blow dealt.
    if (hit && !(b & B.CRIME) && (an.textA & A.SPORT || SCORE.test(an.text))) continue;
    const at = hit ? hit[0] : findB(an, c, B.CRIME);
    const end = hit ? hit[1] : at + 1;
    out.tokens(an, 'defamation', 'defamation.accusation', 2, at, end);
    out.tokens(an, 'defamation', 'defamation.target', 2, target, target + 1);
  }
}

function writerOnly(an: Analysis, c: number): boolean {
  let writer = false;
  for (let i = an.cStart[c] as number; i < (an.cEnd[c] as number); i++) {
    const a = an.a[i] as number;
    if ((an.mark[i] as number) & TM.NAME || a & (A.STAFF | A.PRON3S | A.PRON2 | A.PRON3P | A.INSTITUTION)) return false;
    if (a & A.PRON1 && !WRITER_POSSESSIVES.has(an.t.norm[i] as string)) writer = true;
  }
  return writer;
}

/** A third person: a name, a member of staff, "hij/zij", or a part of the school. */
function accused(an: Analysis, c: number): number {
  const s = an.cSent[c] as number;
  for (let k = an.sFirst[s] as number; k < (an.sEnd[s] as number); k++) {
    for (let i = an.cStart[k] as number; i < (an.cEnd[k] as number); i++) {
      const a = an.a[i] as number;
      if ((an.mark[i] as number) & TM.NAME || a & (A.STAFF | A.PRON3S | A.INSTITUTION)) {
        if (an.t.norm[i] === 'haar' || an.t.norm[i] === 'her' || an.t.norm[i] === 'his') continue;
        return i;
      }
      const p = pointedPerson(an, i);
      if (p >= 0) return p;
    }
  }
  return -1;
}
