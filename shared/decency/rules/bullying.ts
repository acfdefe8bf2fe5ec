import { TAG, TM, nextWord, prevWord } from '../analyze';
import type { Analysis } from '../analyze';
import type { Findings } from '../findings';
import { A, B } from '../lexicon/roles';
import { TF, TK } from '../tokenize';
import { SHARE_PHRASES } from '../lexicon/phrases';
import { WRITER_SUBJECT, isMention, laughing, negatorWithin, personTarget, sentenceText } from './common';
import { affectionate } from './insult';

const TARGET = A.PRON2 | A.PRON3S | A.PERSON_ROLE | A.REFLEX2 | A.STAFF;

/**
 * Bullying: telling someone to kill or hurt themselves (severity 3), shutting someone out, and
 * mocking someone's looks or sharing humiliating pictures.
 */
export function bullyingRule(an: Analysis, out: Findings): void {
  const laughs = laughing(an);
  const kindly = affectionate(an);
  for (let h = 0; h < an.np; h++) {
    const tag = an.pTag[h] as number;
    if (!(tag & (TAG.suicide_incite | TAG.exclusion | TAG.humiliation))) continue;
    const s = an.pStart[h] as number;
    const e = an.pEnd[h] as number;
    if (overlapsIdiom(an, s, e)) continue;
    const c = an.clause[s] as number;
    // A clip passed round: only of someone named, caught crying, falling or undressed. "Post it" is the
    // writer's own order, not words he reports.
    if (SHARING.has((an.pPhrase[h] as { text: string }).text)) {
      // Not "please don't send it round", not "whoever shared it should be ashamed, reported".
      const denied = negatorWithin(an, Math.max(an.cStart[c] as number, s - 3), s) || ((an.textA & A.COUNTER) !== 0);
      if (sharedShame(an) && !kindly && !denied) out.tokens(an, 'bullying', 'bullying.shared_media', 2, s, e);
      continue;
    }
    if (isMention(an, c)) continue;
    if (tag & TAG.suicide_incite) {
      // "ik ga dood" is a complaint about the heat, "ga dood" is an order.
      const p = prevWord(an.t, s);
      if (p >= 0 && (an.a[p] as number) & A.PRON1) continue;
      // "you must never drink bleach", "don't kill yourself": a warning, not an order. Not after a
      // question word ("why don't you just …"), and a bare "niet" is as often rhetorical ("waarom
      // maak je er niet gewoon een eind aan").
      if (!((an.cA[c] as number) & A.QUESTION) && negatorWithin(an, Math.max(an.cStart[c] as number, s - 3), s, NEVER)) continue;
      // "spring ik voor de trein": the writer's own plan, a care signal (self_harm), not an order.
      const nx = nextWord(an.t, s);
      if (nx >= 0 && nx < e && (an.a[nx] as number) & A.PRON1 && !((an.cA[c] as number) & A.PRON2)) continue;
      out.tokens(an, 'bullying', 'bullying.suicide', 3, s, e);
      continue;
    }
    // "je ziet eruit als een toerist uit 1995, legend, hou van je bro": teasing with love.
    if (kindly) continue;
    const s0 = an.cSent[c] as number;
    let target = personTarget(an, c, TARGET);
    if (target < 0) {
      for (let k = an.sFirst[s0] as number; k < (an.sEnd[s0] as number) && target < 0; k++) target = personTarget(an, k, TARGET);
    }
    if (tag & TAG.exclusion) {
      // "Iemand schreef 'ga dood' … Dat hoort hier niet": the words are what does not belong.
      const pw = prevWord(an.t, s);
      if (pw >= 0 && (an.t.flags[pw] as number) & TF.SENT_START && THAT.has(an.t.norm[pw] as string) && BELONGS.has(an.t.norm[s] as string)) continue;
      // "Doe iedereen een plezier en blijf thuis als je griep hebt": care for the others' health.
      const sent = an.cSent[c] as number;
      if (ILL.test(sentenceText(an, sent)) || (sent > 0 && ILL.test(sentenceText(an, sent - 1)))) continue;
      // "Niemand gaat naast de nieuwe leerling zitten? … wees aardig!": asked in order to stop it.
      if (BE_KIND.test(an.text)) continue;
      // "Doe de wereld een plezier en kom niet meer opdagen": an order at the start speaks to the reader.
      const first = an.cStart[an.sFirst[s0] as number] as number;
      // Not "Doe ons een plezier en verdwijn niet weer zo lang!": the order is not to go.
      const order = ((an.t.flags[first] as number) & TF.SENT_START) !== 0 && ORDERS.has(an.t.norm[first] as string) &&
        !(e < an.t.n && (an.a[e] as number) & A.NEGATOR);
      if (target >= 0 || order || phraseHasTarget(an, s, e)) out.tokens(an, 'bullying', 'bullying.exclusion', 2, s, e);
      continue;
    }
    // The writer says they would not: "Ik zou nooit iemand uitlachen om z'n stotteren" (but "wie wil
    // Jesse er niet meer bij hebben" and "zo lelijk dat … niet naar je wil kijken" stay).
    if ((an.cA[c] as number) & A.PRON1 && negatorWithin(an, an.cStart[c] as number, s)) continue;
    // "lol i look like a potato in this photo", "it makes me look like a potato": the writer's own looks, whoever posted it.
    const pw = prevWord(an.t, s);
    if (pw >= 0 && LOOK.has(an.t.norm[s] as string) && (WRITER_SUBJECT.has(an.t.norm[pw] as string) || ME.has(an.t.norm[pw] as string))) continue;
    const looks = (an.sB[s0] as number) & B.APPEARANCE;
    if (!(target >= 0 || laughs || looks) || aboutAPetOrAThing(an, s0)) continue;
    // "ik ben zo dik geworden 😭", "mijn cake lijkt wel een baksteen 😂": the writer laughs at himself or his
    // own things; not "met dat hoofd zou ik …", where the phrase points at someone else.
    if (target < 0 && writerAboutHimself(an, s0) && !pointsAway(an, s, e)) continue;
    out.tokens(an, 'bullying', 'bullying.humiliation', 2, s, e);
  }
}

const BE_KIND = /\b(?:wees (?:eens )?aardig|wees lief|be kind|be nice|niet oké|niet ok|not ok(?:ay)?|zielig|so sad|stop (?:hiermee|daarmee|this)|doe normaal)\b/i;
const ILL = /\b(?:ziek|griep|koorts|verkouden|corona|covid|besmettelijk|sick|ill|flu|fever|a cold|contagious|buikgriep|norovirus)\b/i;

const BELONGS = new Set(['hoort', 'horen', 'hoor', 'belongs', 'belong', 'does', 'doesn\'t', 'doesnt']);
const THAT = new Set(['dat', 'dit', 'that', 'this', 'zoiets', 'zulke', 'such', 'it', 'het']);

const ORDERS = new Set(['doe', 'do', 'ga', 'go', 'kom', 'blijf', 'stay', 'leave', 'get']);

/** The writer is the subject ("ik ben zo dik", "I'm …") or the owner ("mijn cake"), and no "you" is in the sentence. */
const WRITER = new Set([...WRITER_SUBJECT, 'mijn', "m'n", 'mn', 'my']);

function writerAboutHimself(an: Analysis, s: number): boolean {
  let writer = false;
  for (let c = an.sFirst[s] as number; c < (an.sEnd[s] as number); c++) {
    for (let i = an.cStart[c] as number; i < (an.cEnd[c] as number); i++) {
      if ((an.a[i] as number) & A.PRON2) return false;
      if (WRITER.has(an.t.norm[i] as string)) writer = true;
    }
  }
  return writer;
}

const POINTING = new Set(['dat', 'die', "zo'n", 'that', 'those', 'jouw', 'your']);

/** Someone else's things: "we hebben haar tas in de prullenbak gegooid". */
const HAIR_OWNERS = new Set(['mijn', "m'n", 'mn', 'je', 'jouw', 'zijn', "z'n", 'zn', 'ons', 'het', 'de']);
const OTHERS = new Set(['haar', 'zijn', "z'n", 'zn', "d'r", 'his', 'her', 'their', 'hun']);

function pointsAway(an: Analysis, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (POINTING.has(an.t.norm[i] as string)) return true;
  const pv = prevWord(an.t, s);
  if (pv < 0 || !OTHERS.has(an.t.norm[pv] as string)) return false;
  // "mijn haar lijkt wel een vogelnest": hair, not her.
  const pp = prevWord(an.t, pv);
  return !(an.t.norm[pv] === 'haar' && pp >= 0 && HAIR_OWNERS.has(an.t.norm[pp] as string));
}

const ME = new Set(['me', 'mij', 'myself', 'mezelf']);
const LOOK = new Set(['look', 'looks', 'lijk', 'lijkt']);

const PETS_AND_THINGS = new Set(`kat katten poes poezen kitten hond honden puppy pup konijn cavia hamster paard pony vogel parkiet
  kip kippen geit schaap cat cats dog dogs rabbit hamster horse bird
  mist sneeuw ijs laag boek pak stapel muur rook wolken fog snow ice book cloud clouds sky lucht wolk`.split(/\s+/));

/** "Mijn kat is zo dik geworden", "mist zo dik dat …": a pet or a thing is no one to bully. */
function aboutAPetOrAThing(an: Analysis, s: number): boolean {
  for (let c = an.sFirst[s] as number; c < (an.sEnd[s] as number); c++) {
    for (let i = an.cStart[c] as number; i < (an.cEnd[c] as number); i++) if (PETS_AND_THINGS.has(an.t.norm[i] as string)) return true;
  }
  return false;
}

function phraseHasTarget(an: Analysis, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if ((an.a[i] as number) & (A.PRON2 | A.REFLEX2) && an.t.kind[i] === TK.WORD) return true;
  return false;
}

export function overlapsIdiom(an: Analysis, s: number, e: number): boolean {
  for (let h = 0; h < an.np; h++) {
    if (an.pTag[h] !== TAG.idiom) continue;
    if ((an.pStart[h] as number) < e && (an.pEnd[h] as number) > s) return true;
  }
  return false;
}

/** The negators of a warning ("never drink bleach"); a bare "niet" is as often rhetorical. */
const NEVER = new Set(['never', 'nooit', "don't", 'dont', 'nimmer']);

const SHARING = new Set(SHARE_PHRASES);
const CLIP = new Set(['gefilmd', 'filmed', 'recorded', 'opgenomen', 'video', "video's", 'videos', 'vid', 'filmpje', 'filmpjes', 'clip', 'clips', 'foto', "foto's", 'fotos', 'pic', 'pics',
  'photo', 'photos', 'picture', 'screenshot', 'screenshots', 'opname', 'recording', 'snap', 'snaps', 'tiktok']);
const CONSENT = /\b(?:van het lachen|van geluk|with laughter|crying laughing|tears of laughter|toestemming|permission|vond het (?:zelf )?goed|vindt het (?:zelf )?goed|mag gedeeld|asked us to|said yes|zei ja|with (?:his|her|their) (?:ok|okay|blessing)|tears of joy|tranen van geluk|eigenaar|owner|kwijt|lost property|gevonden|found)\b/i;
const SHAME = /\b(?:huil\w*|janken\w*|jankt|cry\w*|cried|tears|tranen|trip(?:ped|ping|s)?|fell|falling|fall(?:s)?|viel|valt|vallen|struikel\w*|kleedkamer|changing room|omkleden|naakt|naked|undress\w*|puk\w*|kots\w*|overgeven|threw up|throwing up|plast|geplast|piest|pist|peed|pee(?:ing)?|wet (?:himself|herself)|stotter\w*|stutter\w*|dronken|drunk|snurk\w*|snoring)\b/i;

/** A clip of someone named (or "him"/"her") caught in a moment of shame, with the clip named too. */
function sharedShame(an: Analysis): boolean {
  let clip = false;
  for (let i = 0; i < an.t.n && !clip; i++) if (CLIP.has(an.t.norm[i] as string)) clip = true;
  // Mockery needs its laugh; the one shown agreeing ("ze vond het zelf goed", "he asked us to") or a lost bag makes it none.
  if (!clip || !SHAME.test(an.text) || !laughing(an) || CONSENT.test(an.text)) return false;
  return (an.textMark & TM.NAME) !== 0 || (an.textA & A.PRON3S) !== 0 || an.text.includes('@');
}

