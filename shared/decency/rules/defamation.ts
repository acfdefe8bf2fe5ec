import { TAG, TM, prevWord } from '../analyze';
import type { Analysis } from '../analyze';
import type { Findings } from '../findings';
import { A, B } from '../lexicon/roles';
import { ENRICHMENT_PHRASES, LEFT_QUESTIONS } from '../lexicon/phrases';
import { TK } from '../tokenize';
import { WRITER_POSSESSIVES, findB, findTag, isMention, laughing, negated, onlyPhrasesFrom, pointedPerson, sentenceText } from './common';

const NEWS = /\b(?:het nieuws|in de krant|in het nieuws|the news|newspaper|nieuwsbericht|zoekt getuigen|getuigen gezocht|meldt de politie|aldus de politie|politie meldt|persbericht|the bbc reports|bbc reports|police said|according to police|appeal(?:ing)? for witnesses|reports the|meldt de nos|volgens de politie|police say|police says|local news|charged with|aangeklaagd|investigation is ongoing|onderzoek loopt nog)\b/i;
/** "Jesse speelde de dronken kroegbaas in het toneelstuk": a part played on a stage. */
const STAGE = /\b(?:speelde de|speelt de|in de rol|played the|plays the|playing the|the role of|personage|villain|schurk|the novel'?s|de roman|in the novel|in het boek|in the book|main character|hoofdpersoon|protagonist|antagonist|(?:beste|mooiste|grappigste|zijn|haar) rol)\b/i;
/** "… gets the exam questions early as part of her support plan": what the school arranged. */
const ARRANGED = /\b(?:support plan|ondersteuningsplan|handelingsplan|arrangement|toegestaan|is allowed to|mag dat officieel|dyslexie|dyslexia|extra tijd|extra time)\b/i;
const SCORE = /\b\d{1,2}\s?-\s?\d{1,2}\b/;

/**
 * Defamation (zwartmaken): accusing a named person, a member of staff, or a part of the school
 * of a crime or of misconduct ("juf Karin heeft geld gestolen", "de conrector heeft iets met een
 * leerling"). A rumour marker ("weet iedereen") strengthens it; criticism without an accusation
 * ("de school communiceert slecht") is not defamation.
 */
export function defamationRule(an: Analysis, out: Findings): void {
  // A news report or a police appeal tells of a crime; it accuses no one of the page's people.
  if (NEWS.test(an.text) || ARRANGED.test(an.text)) return;
  for (let c = 0; c < an.nc; c++) {
    const tags = an.cTags[c] as number;
    const b = an.cB[c] as number;
    if (!(b & B.CRIME) && !(tags & TAG.misconduct)) continue;
    if (negated(an, c) || isMention(an, c)) continue;
    // "Die nieuwe Zelda is bizar goed, ik ben er volledig aan verslaafd": the writer's own confession.
    if (writerOnly(an, c) || victimReport(an, c) || pettyTheft(an, c) || STAGE.test(sentenceText(an, an.cSent[c] as number))) continue;
    let target = accused(an, c, an.cSent[c] as number);
    // "Wie heeft de kas beheerd? Oh ja, Tom de Groot. En waar is het geld nu? 🙃": the insinuation names him a sentence before.
    if (target < 0 && tags & TAG.misconduct && (an.cSent[c] as number) > 0 && INSINUATING.test(an.text)) target = accused(an, c, (an.cSent[c] as number) - 1);
    if (target < 0) continue;
    const hit = tags & TAG.misconduct ? findTag(an, c, TAG.misconduct) : null;
    // A new car is news, not an accusation, unless money went somewhere and the writer winks.
    if (hit && !(b & B.CRIME) && onlyPhrasesFrom(an, c, TAG.misconduct, ENRICHMENT) && !(MONEY_EVENT.test(an.text) && INSINUATING.test(an.text))) continue;
    // "Waarom moest juf Anouk weg?? Veel succes met je nieuwe baan": a question, unless the writer winks.
    if (hit && !(b & B.CRIME) && onlyPhrasesFrom(an, c, TAG.misconduct, ASKED) && !INSINUATING.test(an.text)) continue;
    // "De juf heeft de leerlingen geslagen met 10-2": a match lost, no blow dealt.
    if (hit && !(b & B.CRIME) && (an.textA & A.SPORT || SCORE.test(an.text))) continue;
    const at = hit ? hit[0] : findB(an, c, B.CRIME);
    const end = hit ? hit[1] : at + 1;
    out.tokens(an, 'defamation', 'defamation.accusation', 2, at, end);
    out.tokens(an, 'defamation', 'defamation.target', 2, target, target + 1);
  }
}

/** The wink that turns a question into an accusation: "… En waar is het geld nu? 🙃". */
const INSINUATING = /\u{1F914}|\u{1F643}|\u{1F440}|\u{1F92D}|\u{1F60F}|\b(?:toeval|coincidence|just saying|ik zeg niks|i'?m just asking|funny how|grappig dat|interesting how|opvallend|just ask|ask (?:him|her)|vraag (?:het )?(?:hem|haar)|vraag maar|really had to)\b/iu;
const SOMEONE = new Set(['iemand', 'someone', 'somebody', 'whoever', 'wie', 'anyone']);

/** "Iemand heeft mijn fiets gestolen … aangifte is gedaan": the writer robbed by someone unknown accuses no one. */
/** "who stole my lunchbox, it was Daan": the question answered with a name (not "the Spiderman one"). */
function answeredWithName(an: Analysis, c: number): boolean {
  const s = an.cSent[c] as number;
  for (let k = an.sFirst[s] as number; k < (an.sEnd[s] as number); k++) {
    for (let i = an.cStart[k] as number; i < (an.cEnd[k] as number); i++) {
      if (!((an.mark[i] as number) & TM.NAME)) continue;
      const pv = prevWord(an.t, i);
      if (pv < 0 || !((an.b[pv] as number) & B.ARTICLE)) return true;
    }
  }
  return false;
}

function victimReport(an: Analysis, c: number): boolean {
  const first = an.t.norm[an.cStart[c] as number] as string;
  // "Who stole my lunchbox haha it's the Spiderman one": asked, the thief unknown; the name is the box's.
  const asking = (first === 'who' || first === 'wie') && !answeredWithName(an, c);
  if (!SOMEONE.has(first) && !asking) return false;
  for (let i = an.cStart[c] as number; i < (an.cEnd[c] as number); i++) {
    const w = an.t.norm[i] as string;
    // A name after the crime is what was taken ("… gestolen, zwarte Gazelle"); before it, the one accused.
    if ((an.b[i] as number) & B.CRIME && !asking) return false;
    if (WRITER_POSSESSIVES.has(w)) return true;
  }
  return false;
}

const MONEY_WORDS = new Set(['geld', 'money', 'cash', 'euro', 'euros', 'pounds', 'dollars', 'funds', 'fund', 'kas', '€', '$', '£']);
const PETTY = new Set(['fries', 'chips', 'crisps', 'patat', 'friet', 'frietjes', 'snoep', 'candy', 'sweets', 'lunch', 'snack', 'snacks', 'koekjes', 'koekje',
  'cookies', 'cookie', 'boterham', 'sandwich', 'pen', 'pennen', 'gum', 'eraser', 'seat', 'plek', 'plekje', 'hoodie', 'charger', 'oplader', 'food', 'eten',
  'fruit', 'appel', 'banaan', 'drinken', 'drink', 'thunder', 'spotlight', 'heart', 'hart', 'jokes', 'grappen', 'moves', 'outfit', 'style', 'look']);

/** "Tom you menace, stop stealing my fries 😂": a friend's crisps, with a laugh, are no crime told of anyone. */
function pettyTheft(an: Analysis, c: number): boolean {
  if (!laughing(an)) return false;
  let petty = false;
  for (let i = an.cStart[c] as number; i < (an.cEnd[c] as number); i++) {
    const w = an.t.norm[i] as string;
    // "stole money from the PTA to pay for his lunch 😂": money taken is no friend's crisps.
    if (MONEY_WORDS.has(w) || an.t.kind[i] === TK.NUM) return false;
    if (PETTY.has(w)) petty = true;
  }
  return petty;
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
function accused(an: Analysis, c: number, s: number): number {
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


const ENRICHMENT = new Set(ENRICHMENT_PHRASES);
const MONEY_EVENT = /\b(?:sponsorloop|opbrengst|kas|schoolkas|fonds|fund|funds|fundraiser|collecte|inzameling|budget|geld|money|charity|ticket sales|kaartverkoop|schoolreisgeld|trip money|donaties|donations|missing|verdwenen|vermist|short|tekort|op is)\b/i;


const ASKED = new Set(LEFT_QUESTIONS);

