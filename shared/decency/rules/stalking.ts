import { CF, TAG } from '../analyze';
import type { Analysis } from '../analyze';
import type { Findings } from '../findings';
import { A, B } from '../lexicon/roles';
import { TK } from '../tokenize';
import { overlapsIdiom } from './bullying';
import { errand, isMention, negated, personTarget, sentenceHas } from './common';

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
    // "ik hou je in de gaten met die planning": keeping an eye on a task, not on a person.
    const sent = an.cSent[c] as number;
    // After "blokkeer me maar" the writer pursues in his own words, even beside a verb of saying that
    // would make it reported speech ("… onder alles wat de school over jou post").
    if (negated(an, c) || (isMention(an, c) && !blocking(an)) || overlapsIdiom(an, s, an.pEnd[h] as number)) continue;
    if (directions(an, c, an.pEnd[h] as number) || thanking(an, sent) || errand(an, sent)) continue;
    // "Heb je al je accounts gevonden?": asking the reader, with no one of the writer's in it.
    if ((an.cFlags[c] as number) & CF.QUESTION && !((an.cA[c] as number) & A.PRON1)) continue;
    let target = -1;
    for (let k = an.sFirst[sent] as number; k < (an.sEnd[sent] as number) && target < 0; k++) {
      target = personTarget(an, k, A.PRON2 | A.PRON3S);
    }
    // "I'm standing outside your house": the phrase itself says whose house.
    if (target < 0) target = pronounWithin(an, s, an.pEnd[h] as number);
    // "Blokkeer me maar, ik maak een nieuw account": whoever blocks is the one pursued.
    if (target < 0 && !blocking(an)) continue;
    if (notSeeking(an, s, an.pEnd[h] as number)) continue;
    out.tokens(an, 'stalking', 'stalking.pattern', 2, s, an.pEnd[h] as number);
  }
}

/**
 * "Ik zie je elke ochtend met je bakfiets langskomen, respect!", "I see you every morning at the
 * crossing, thank you": thanks (B.THANKS) or pride, not surveillance.
 */
const PRIDE = new Set(['respect', 'trots', 'proud', 'topper', 'toppers', 'liefs', 'legend', 'kanjer']);

function thanking(an: Analysis, sent: number): boolean {
  return ((an.sB[sent] as number) & B.THANKS) !== 0 || sentenceHas(an, sent, PRIDE);
}

const BLOCK_WORDS = new Set(['blokkeer', 'blokkeert', 'blokkeren', 'geblokkeerd', 'geblokt', 'blokt', 'block', 'blocked', 'blocking', 'unblock']);

const BLOCKED_ONE = new Set(['me', 'mij']);

/**
 * The writer was blocked: "blokkeer me maar", "blocked me on insta", "je hebt me weer geblokt" —
 * not "the Wi-Fi blocked YouTube" or "I've blocked off the pitch".
 */
function blocking(an: Analysis): boolean {
  const t = an.t;
  for (let i = 0; i < t.n; i++) {
    const w = an.form[i] as string;
    if (!BLOCK_WORDS.has(w)) continue;
    // "blocked me", "blokkeer me"; Dutch may put the object first ("je hebt me geblokt", "me blokkeren").
    const from = w.startsWith('blok') || w.startsWith('geblok') ? Math.max(0, i - 3) : i + 1;
    for (let k = from; k < Math.min(t.n, i + 3); k++) if (k !== i && BLOCKED_ONE.has(t.norm[k] as string)) return true;
  }
  return false;
}

/** "ik weet waar je die formulieren kunt halen", "I know where you can find it": directions, not surveillance. */
const CAN = new Set(['kunt', 'kan', 'kunnen', 'moet', 'moeten', 'mag', 'can', 'could', 'should', 'need', 'must',
  'vindt', 'vind', 'haalt', 'halen', 'koopt', 'kopen', 'find', 'get', 'buy', 'beste', 'best']);

function directions(an: Analysis, c: number, end: number): boolean {
  const last = an.t.norm[end - 1];
  if (last !== 'je' && last !== 'you' && last !== 'u') return false;
  for (let k = end; k < an.t.n && an.clause[k] === c; k++) if (CAN.has(an.t.norm[k] as string)) return true;
  return false;
}

const FIND = new Set(['find', 'vind', 'watching', 'opzoeken']);
const SOUGHT_END = new Set(['you', 'je', 'jou', 'u', 'wel', 'opzoeken']);
/**
 * After "I'll find you", "ik kom je opzoeken": "after school", "outside", "every day", "again" are the
 * seeking itself; a meeting place or a plain time ("later at the match", "in de mediatheek als ik
 * klaar ben") is not.
 */
const SEEKING_AFTER = new Set(['after', 'na', 'outside', 'buiten', 'every', 'each', 'all', 'elke', 'iedere', 'elk', 'day', 'dag',
  'night', 'nacht', 'constantly', 'voortdurend', 'steeds', 'again', 'weer', 'tonight', 'vanavond']);
const PARTICLES = new Set(['wel', 'toch', 'nog', 'hoor', 'echt', 'heus', 'altijd', 'ooit', 'overal', 'uiteindelijk', 'eventually',
  'anyway', 'always', 'somehow', 'everywhere', 'wherever', 'trust', 'me', 'believe', 'hahaha', 'haha', 'lol']);

/**
 * "I'll find you a seat", "I'm watching you play", "ik vind je wel leuk": the word after the phrase
 * decides. With "vinden" any word but a particle makes it an opinion; with "find", "watching" and
 * "opzoeken" what follows makes it a favour, a pleasure or a meeting, unless it says the seeking
 * itself (SEEKING_AFTER).
 */
function notSeeking(an: Analysis, start: number, end: number): boolean {
  if (!SOUGHT_END.has(an.t.norm[end - 1] as string)) return false;
  // "ik vind je (heus) wel" reassures in a crowd; after "blokkeer me maar" it pursues.
  if (an.t.norm[end - 1] === 'wel' && !blocking(an)) return true;
  let verb = '';
  for (let k = start; k < end && !verb; k++) if (FIND.has(an.form[k] as string)) verb = an.form[k] as string;
  if (!verb) return false;
  const c = an.clause[end - 1];
  if (verb === 'vind') {
    for (let k = end; k < an.t.n && an.clause[k] === c; k++) {
      if (an.t.kind[k] === TK.WORD && !PARTICLES.has(an.form[k] as string)) return true;
    }
    return false;
  }
  if (end >= an.t.n || an.clause[end] !== c || an.t.kind[end] !== TK.WORD) return false;
  const next = an.form[end] as string;
  return !SEEKING_AFTER.has(next) && !PARTICLES.has(next);
}

function pronounWithin(an: Analysis, start: number, end: number): number {
  for (let i = start; i < end; i++) if ((an.a[i] as number) & (A.PRON2 | A.PRON3S | A.PRON3P)) return i;
  return -1;
}
