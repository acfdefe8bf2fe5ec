import { CF, NAME_PARTICLES_CAP, TAG, TM, nextWord, prevWord } from '../analyze';
import type { Analysis } from '../analyze';
import { A, B, C } from '../lexicon/roles';
import { TF, TK } from '../tokenize';
import { NAME_HOMOGRAPHS } from '../lexicon/homographs';
import { phraseOnly } from '../compile';

/** Who a clause can be about. Comparisons ("zoals jij", "like you") are not targets. */
export const PERSON_A = A.PRON2 | A.PRON3S | A.STAFF | A.PERSON_ROLE | A.REFLEX2;

/** Odd number of live negators. In a question the negation is rhetorical ("Is het niet duidelijk dat …?"). */
/**
 * The lexicon knows the word at i for a role, a function or as a real word. Every phrase word has an
 * entry too, for its anchor flags; such an entry says nothing about the word, so "de eerste dag van
 * Year 7" reads alike whether or not "day" happens to be a phrase word.
 */
export function known(an: Analysis, i: number): boolean {
  const e = an.entry[i];
  return e !== undefined && !phraseOnly(e);
}

export function negated(an: Analysis, c: number): boolean {
  const f = an.cFlags[c] as number;
  if (f & CF.QUESTION && !(f & CF.EMBEDDED)) return false;
  return ((an.cNeg[c] as number) & 1) === 1;
}

/** The clauses of c's sentence between "maar"/"but" boundaries: the reach of a frame. */
export function partRange(an: Analysis, c: number): [number, number] {
  const s = an.cSent[c] as number;
  const first = an.sFirst[s] as number;
  const end = an.sEnd[s] as number;
  let lo = c;
  while (lo > first && !((an.cFlags[lo] as number) & CF.AFTER_BUT)) lo--;
  let hi = c + 1;
  while (hi < end && !((an.cFlags[hi] as number) & CF.AFTER_BUT)) hi++;
  return [lo, hi];
}

/**
 * True when clause c mentions offensive words rather than uses them: quoted inside a frame,
 * condemned (counter-speech), named as speech ("calling women X"), or reported from someone else
 * ("mensen zeggen dat ..."), unless the writer endorses it ("wat is er mis met zeggen dat ...").
 */
export function isMention(an: Analysis, c: number): boolean {
  const s = an.cSent[c] as number;
  if ((an.sTags[s] as number) & TAG.endorse || an.textTags & TAG.endorse) return false;
  // "… deelt drugs uit, zeggen ze": passing a rumour on is saying it.
  if ((an.sTags[s] as number) & TAG.rumour) return false;
  const flags = an.cFlags[c] as number;
  if (flags & CF.QUOTED && an.unquotedWords >= 2) return true;
  const [lo, hi] = partRange(an, c);
  let say = -1;
  for (let k = lo; k < hi; k++) {
    const a = an.cA[k] as number;
    const tags = an.cTags[k] as number;
    if (tags & TAG.counter && counterCovers(an, k, c)) return true;
    // A naming verb or a speech noun used as a frame ("noemen", "calling", "bedreigingen als"), or a
    // word of condemnation ("report", "discriminerend").
    if (a & A.META || (a & A.COUNTER && !reporterNamed(an, k))) return true;
    if ((an.cC[k] as number) & C.META_NOUN && metaNounFrame(an, k)) return true;
    if (a & A.SAY && say < 0 && k <= c) say = k;
    if (a & A.BELIEVE && k < c && negated(an, k) && !((an.cFlags[k] as number) & CF.QUESTION) && !(a & A.PRON1 && !(a & A.PRON2))) return true;
    if (a & A.BELIEVE && k < c && negated(an, k) && (an.cFlags[c] as number) & CF.EMBEDDED && !((an.cFlags[k] as number) & CF.QUESTION)) return true;
  }
  if (say >= 0 && oneMoreAnd(an, say)) say = -1;
  if (say >= 0) {
    const subject = saySubject(an, say);
    const reported = subject !== 'self' || negated(an, say) || sayIsNominal(an, say);
    if (subject !== 'passive' && reported && (say < c || sayBefore(an, say, c)) && counterCovers(an, say, c)) return true;
  }
  return false;
}

/** "… whoever reported me": the one who reported is the target, there is no condemning frame. */
function reporterNamed(an: Analysis, k: number): boolean {
  for (let i = an.cStart[k] as number; i < (an.cEnd[k] as number); i++) {
    if (!((an.a[i] as number) & A.COUNTER)) continue;
    const pw = i > 0 ? an.t.norm[i - 1] : '';
    if (pw !== 'whoever' && pw !== 'who' && pw !== 'wie') return false;
  }
  return true;
}

/**
 * A condemning frame covers the words it condemns. A conditional one ("als je ... zegt", "if you
 * tell") does not cover what the writer says he will do: in "Als je dat nog een keer zegt, sla ik
 * je in elkaar" the threat after the comma is the writer's own.
 */
function counterCovers(an: Analysis, k: number, c: number): boolean {
  // "Transgenders zijn geestesziek, stop met die onzin op school": an order that comes after the
  // words, naming no words or hatred, is the writer's own demand, not a condemnation of them.
  if (k > c && !((an.cA[k] as number) & (A.COUNTER | A.META)) && !((an.cC[k] as number) & C.META_NOUN) &&
    !((an.cFlags[c] as number) & CF.QUOTED) && an.cSent[k] === an.cSent[c]) return false;
  const first = an.cStart[k] as number;
  const w = an.t.norm[first];
  const conditional = w === 'als' || w === 'if' || w === 'wanneer' || w === 'when';
  if (!conditional || !((an.cA[c] as number) & A.PRON1)) return true;
  if (c < k) return false;
  // "If you post that again I will come to your house": the writer's own plan after the condition, even
  // where "that" made the plan look like the reported words.
  if ((w === 'if' || w === 'als') && writerPlansAfter(an, c, c === k)) return false;
  for (let j = k + 1; j <= c; j++) if (!((an.cFlags[j] as number) & (CF.EMBEDDED | CF.QUOTED))) return false;
  return true;
}

/**
 * "een hekel aan breuken", "zo'n hekel aan die nieuwe regel", "she is sick of that": no one in the
 * words that follow the emotion before the clause goes on, so it is about a thing.
 */
export function emotionAtAThing(an: Analysis, i: number): boolean {
  let words = 0;
  for (let k = i + 1; k < Math.min(an.t.n, i + 5); k++) {
    if (an.t.kind[k] !== TK.WORD) break;
    const a = an.a[k] as number;
    if (a & (A.PRON1 | A.PRON2 | A.PRON3S | A.REFLEX2 | A.STAFF | A.PERSON_ROLE | A.PERSON_NOUN | A.GROUP) ||
      (an.mark[k] as number) & (TM.NAME | TM.GROUP)) return false;
    words++;
  }
  return words > 0;
}

/** The writer as the subject of a clause: "ik ben …", "I'm a proud …", "we …". */
export const WRITER_SUBJECT = new Set(['ik', 'i', "i'm", 'im', "'k", 'k', 'we', 'wij', "we're", 'were']);

/** "… I will", "… ik ga": the writer as subject with an intent, after the verb of saying in the clause. */
function writerPlansAfter(an: Analysis, c: number, afterSaying: boolean): boolean {
  let said = !afterSaying;
  for (let i = an.cStart[c] as number; i + 1 < (an.cEnd[c] as number); i++) {
    if ((an.a[i] as number) & A.SAY) said = true;
    else if (said && WRITER_SUBJECT.has(an.t.norm[i] as string) && (an.a[i + 1] as number) & A.INTENT) return true;
  }
  return false;
}

/** "uitspraken als", "berichten zoals", "comments like", "stuff like": a speech noun framing a quote. */
function metaNounFrame(an: Analysis, k: number): boolean {
  const t = an.t;
  for (let i = an.cStart[k] as number; i < (an.cEnd[k] as number); i++) {
    if (!((an.c[i] as number) & C.META_NOUN)) continue;
    for (let j = i + 1; j < Math.min(t.n, i + 3); j++) {
      const w = t.norm[j];
      if (w === 'als' || w === 'zoals' || w === 'like' || t.kind[j] === TK.QUOTE || t.kind[j] === TK.SEMI) return true;
    }
  }
  return false;
}

/** Who says it: the writer ("ik zeg"), someone else, or nobody ("said by a woman" is passive). */
function saySubject(an: Analysis, k: number): 'self' | 'other' | 'passive' {
  const t = an.t;
  for (let i = an.cStart[k] as number; i < (an.cEnd[k] as number); i++) {
    if (!((an.a[i] as number) & A.SAY)) continue;
    const nx = i + 1 < t.n ? t.norm[i + 1] : '';
    if (nx === 'by' || nx === 'door') return 'passive';
    if (dare(an, i)) return 'self';
    // "the morons who wrote it": the verb says what someone did, it reports no words.
    if ((nx === 'it' || nx === 'het' || nx === 'dit' || nx === 'this') && (i + 2 >= t.n || t.kind[i + 2] === TK.END)) return 'passive';
    // "whoever wrote this policy is a moron": the one who wrote is who the sentence is about.
    const pw = i > 0 ? t.norm[i - 1] : '';
    if (pw === 'whoever' || pw === 'wie') return 'passive';
    for (let j = i - 1; j >= (an.cStart[k] as number); j--) {
      const a = an.a[j] as number;
      if (a & A.PRON1) return 'self';
      if (a & (A.PRON2 | A.PRON3S | A.PRON3P | A.GROUP | A.PERSON_NOUN)) return 'other';
    }
    // Inverted order: "zeg ik", "zei hij".
    const after = i + 1 < t.n ? (an.a[i + 1] as number) : 0;
    if (after & A.PRON1) return 'self';
    // "ff zeggen: …", "wil even melden …", "just saying": no one else speaks, the writer does.
    if (SELF_SAY.has(t.norm[i] as string) && onlyParticlesBefore(an, k, i)) return 'self';
    return 'other';
  }
  return 'other';
}

const SELF_SAY = new Set(['zeggen', 'melden', 'vertellen', 'saying', 'say']);
const SAY_PARTICLES = new Set(['ff', 'even', 'effe', 'eventjes', 'wil', 'wou', 'moet', 'just', 'gewoon', 'nog', 'ook', 'dan', 'toch', 'maar']);

function onlyParticlesBefore(an: Analysis, k: number, i: number): boolean {
  for (let j = an.cStart[k] as number; j < i; j++) if (an.t.kind[j] === TK.WORD && !SAY_PARTICLES.has(an.t.norm[j] as string)) return false;
  return true;
}

const AGAIN = new Set(['again', 'nog', 'nogmaals', 'weer', 'more']);

/**
 * "Say that again and I'll …", "zeg dat nog eens en …": an order to repeat something, at the start
 * of a sentence, is a dare; what follows is the writer's own word, not a report of someone's.
 */
function dare(an: Analysis, i: number): boolean {
  const t = an.t;
  if (prevWord(t, i) >= 0) return false;
  for (let j = i + 1; j < Math.min(t.n, i + 5); j++) if (AGAIN.has(t.norm[j] as string)) return true;
  return false;
}

/**
 * "Nog 1 keer zo'n tweet en je kunt je tanden bij elkaar rapen", "one more post like that and …":
 * the post is the condition of what follows, not the words it reports.
 */
function oneMoreAnd(an: Analysis, k: number): boolean {
  const t = an.t;
  const next = an.cEnd[k] as number;
  if (next >= t.n || (t.norm[next] !== 'en' && t.norm[next] !== 'and')) return false;
  for (let i = an.cStart[k] as number; i < next; i++) {
    const w = t.norm[i];
    if ((w === 'keer' && i > 0 && (t.norm[i - 1] === 'nog' || t.norm[i - 2] === 'nog')) || (w === 'more' && i > 0 && (t.norm[i - 1] === 'one' || t.norm[i - 1] === '1'))) return true;
  }
  return false;
}

function sayIsNominal(an: Analysis, k: number): boolean {
  const t = an.t;
  for (let i = an.cStart[k] as number; i < (an.cEnd[k] as number); i++) {
    if (!((an.a[i] as number) & A.SAY)) continue;
    const w = t.norm[i] as string;
    if (w.endsWith('ing')) return true;
    const p = prevWord(t, i);
    if (p >= 0 && (t.norm[p] === 'het' || t.norm[p] === 'met' || t.norm[p] === 'voor')) return true;
  }
  return false;
}

function sayBefore(an: Analysis, sayClause: number, c: number): boolean {
  if (sayClause !== c) return false;
  // Same clause: the saying verb must come before the offending words; checked by callers' spans.
  return true;
}

/** Does clause c (or the clause it continues) target a person, excluding comparisons? */
export function personTarget(an: Analysis, c: number, bits = PERSON_A): number {
  const t = an.t;
  for (let i = an.cStart[c] as number; i < (an.cEnd[c] as number); i++) {
    const a = an.a[i] as number;
    if ((a & bits) || (an.mark[i] as number) & TM.NAME) {
      if (a & A.PRON2 && (isComparison(an, i) || possessiveOfThing(an, i))) continue;
      // "de goal van Sem was insane": the owner of the thing judged, not the one judged.
      if (ofPossessor(an, i)) continue;
      // "haar fiets", "his politics": the owner of a thing, not the one judged.
      if (a & A.PRON3S && (t.norm[i] === 'haar' || t.norm[i] === 'his' || t.norm[i] === 'her') && nextIsNoun(an, i)) continue;
      return i;
    }
  }
  return -1;
}

function nextIsNoun(an: Analysis, i: number): boolean {
  const j = i + 1;
  if (j >= an.t.n || an.t.kind[j] !== TK.WORD) return false;
  if (NOT_NOUNS.has(an.t.norm[j] as string)) return false;
  const e = an.entry[j];
  return !e || !(e.b & (B.FUNCTION | B.COPULA | B.INTENSIFIER));
}

/** Adverbs after "haar": "ik wil haar stiekem volgen" — she is the one, not her thing. */
const NOT_NOUNS = new Set(`stiekem altijd nooit vaak soms weer even morgen vandaag gisteren straks thuis achterna
  overal elke iedere ooit meteen gauw`.split(/\s+/));

const OWN_NOUNS = new Set(`life lives leven levens face gezicht mother mom mum moeder familie family kop hoofd lijf body
  kapsel hair haar neus nose mening opinion`.split(/\s+/));

const AFTER_YOU = new Set(['look', 'looked', 'sound', 'sounded', 'smell', 'smelled', 'seem', 'seemed', 'act', 'acted', 'dress', 'walk', 'walked', 'talk', 'talked',
  'always', 'never', 'still', 'just', 'really', 'home', 'there', 'again', 'today', 'tonight', 'yesterday', 'tomorrow', 'everywhere', 'back', 'out', 'outside', 'every']);

/** "your broken records", "jullie beleid": the thing is judged, not the person. */
function possessiveOfThing(an: Analysis, i: number): boolean {
  const w = an.t.norm[i] as string;
  if (!['your', 'jouw', 'uw', 'jullie', 'you', 'ur'].includes(w)) return false;
  let j = i + 1;
  while (j < an.t.n && an.t.kind[j] === TK.WORD && (an.b[j] as number) & B.INTENSIFIER) j++;
  if (j >= an.t.n || an.t.kind[j] !== TK.WORD) return false;
  const e = an.entry[j];
  if (OWN_NOUNS.has(an.form[j] as string)) return false;
  // "followed you home", "see you there": an adverb after "you", not a thing of yours.
  if (w === 'you' && AFTER_YOU.has(an.form[j] as string)) return false;
  if (e && e.a & (A.GROUP | A.GROUP_ADJ | A.PERSON_NOUN)) return false;
  return !e || (e.a & (A.INSTITUTION | A.SPORT)) !== 0 || (!(e.b & (B.FUNCTION | B.COPULA | B.ARTICLE | B.INTENSIFIER | B.SUBORD)) && !(e.a & (A.INTENT | A.NEGATOR | A.QUESTION)) && (e.a & ~(A.INSTITUTION)) === 0);
}

function ofPossessor(an: Analysis, i: number): boolean {
  const p = prevWord(an.t, i);
  if (p < 0 || p !== i - 1) return false;
  const w = an.t.norm[p];
  if (w !== 'van' && w !== 'of') return false;
  // Only a thing owned: "een vriend van jou", "het zien van jou", "all of you" and "het kapsel
  // van Emma" still point at the person.
  const head = prevWord(an.t, p);
  if (head < 0) return false;
  const e = an.entry[head];
  return !known(an, head) || e?.c === C.REAL_WORD || ((e?.a ?? 0) & (A.INSTITUTION | A.SPORT)) !== 0;
}

export function isComparison(an: Analysis, i: number): boolean {
  const p = prevWord(an.t, i);
  if (p < 0) return false;
  const w = an.t.norm[p];
  return w === 'zoals' || w === 'like' || w === 'als' || w === 'dan' || w === 'than';
}

/** First token in clause c carrying any of the given role bits. */
export function findA(an: Analysis, c: number, bits: number): number {
  for (let i = an.cStart[c] as number; i < (an.cEnd[c] as number); i++) if ((an.a[i] as number) & bits) return i;
  return -1;
}

export function findB(an: Analysis, c: number, bits: number): number {
  for (let i = an.cStart[c] as number; i < (an.cEnd[c] as number); i++) if ((an.b[i] as number) & bits) return i;
  return -1;
}

export function findMark(an: Analysis, c: number, bits: number): number {
  for (let i = an.cStart[c] as number; i < (an.cEnd[c] as number); i++) if ((an.mark[i] as number) & bits) return i;
  return -1;
}

/** The phrase hit with this tag that starts in clause c, as [start, end) tokens. */
export function findTag(an: Analysis, c: number, tag: number): [number, number] | null {
  for (let h = 0; h < an.np; h++) {
    if (an.pTag[h] !== tag) continue;
    const s = an.pStart[h] as number;
    if (an.clause[s] === c && s >= (an.cStart[c] as number) && s < (an.cEnd[c] as number)) return [s, an.pEnd[h] as number];
  }
  return null;
}

const LINKED = CF.AFTER_COMMA | CF.EMBEDDED | CF.SUBORD;

/**
 * Does the clause name a protected group — itself, through the clauses it continues (a relative
 * clause, "…, vooral als ze vrouwen zijn"), or with a pronoun standing for a group named elsewhere?
 */
export function groupTarget(an: Analysis, c: number): number {
  let g = findMark(an, c, TM.GROUP);
  if (g >= 0 && !teamWord(an, g)) return g;
  const s = an.cSent[c] as number;
  const first = an.sFirst[s] as number;
  const end = an.sEnd[s] as number;
  for (let k = c; k > first && (an.cFlags[k] as number) & LINKED && !((an.cFlags[k] as number) & CF.AFTER_BUT); k--) {
    g = findMark(an, k - 1, TM.GROUP);
    if (g >= 0) return g;
  }
  for (let k = c + 1; k < end && k <= c + 2 && (an.cFlags[k] as number) & LINKED && !((an.cFlags[k] as number) & CF.AFTER_BUT); k++) {
    if (!((an.cFlags[k] as number) & (CF.SUBORD | CF.EMBEDDED)) && k === c + 2) break;
    g = findMark(an, k, TM.GROUP);
    if (g >= 0 && (an.cFlags[k] as number) & (CF.SUBORD | CF.EMBEDDED)) return g;
  }
  // A pronoun ("ze", "they", "jullie soort") standing for a group named elsewhere in the text;
  // not for a team ("trots op het meidenteam", "the girls' team").
  if (an.textMark & TM.GROUP && !onlyTeams(an)) {
    const p = findA(an, c, A.PRON3P);
    if (p >= 0) return p;
    for (let i = an.cStart[c] as number; i < (an.cEnd[c] as number); i++) {
      const w = an.t.norm[i];
      if (w === 'jullie' || w === 'you' || w === 'your' || w === "you're" || w === 'youre') return i;
    }
  }
  return -1;
}

/** Whether every group word in the text names a team ("meidenteam", "girls team"), not people by a trait. */
function onlyTeams(an: Analysis): boolean {
  for (let i = 0; i < an.t.n; i++) if ((an.mark[i] as number) & TM.GROUP && !teamWord(an, i)) return false;
  return true;
}

/** A group named in a clause before c in its sentence (not a team), or -1. */
export function groupInSentence(an: Analysis, c: number): number {
  const s = an.cSent[c] as number;
  for (let k = an.sFirst[s] as number; k < c; k++) {
    const g = findMark(an, k, TM.GROUP);
    if (g >= 0 && !teamWord(an, g)) return g;
  }
  return -1;
}

/** "het meidenteam", "our hockey girls": a group word next to its sport names a team. */
function teamWord(an: Analysis, i: number): boolean {
  const nx = nextWord(an.t, i);
  const pv = prevWord(an.t, i);
  if (pv >= 0 && AGE_CLASS.test(an.text.slice(an.t.start[pv], an.t.end[pv]))) return true;
  return (nx >= 0 && ((an.a[nx] as number) & A.SPORT) !== 0) || (pv >= 0 && ((an.a[pv] as number) & A.SPORT) !== 0);
}

/** A sports age class before the group word: "the U14 girls", "de JO11 jongens", "MO13 meiden". */
const AGE_CLASS = /^(?:u|o|jo|mo|g)\d{1,2}$/i;

const POINTING = new Set(['die', 'dat', 'deze', 'that', 'this']);
/** "elke politicus", "every MP": a whole class of people, pointed at only by a call for violence (threat.ts). */
const EVERY = new Set(['elke', 'iedere', 'every', 'each']);
/** "onze premier", "the ref": "our" points too, and an article where a judgement of the person follows (insult.ts). */
const OWNING = new Set(['onze', 'our']);
const ARTICLES = new Set(['the', 'de']);
const PERSON_SUFFIX = /(?:ist|aar|eur|ier|icus|man|vrouw)$/;
const ROLE_NOUNS = new Set(`arts dokter huisarts tandarts scheids scheidsrechter coach agent minister president buurman buurvrouw
  burgemeester wethouder schepen presentator presentatrice politicus senator trainer leider influencer youtuber rapper
  zanger zangeres voetballer speler keeper verdediger spits penningmeester voorzitter
  doctor referee ref cop officer neighbour neighbor mayor judge rechter player singer governor councillor
  premier mod moderator streamer presenter columnist author teammate redacteur commentator editor admin journalist reporter`.split(/\s+/));

/**
 * "die journalist", "that senator", "die scheids": one person pointed at by a demonstrative, known
 * by a role noun or by the ending of one (journalist, burgemeester, politicus). Singular only: a
 * whole trade ("die verhuurders", "those managers") is a group, judged by the group rules.
 * Returns the noun's index, or -1.
 */
export function pointedPerson(an: Analysis, i: number, articles = false, every = false, owner = false): number {
  const t = an.t;
  const w0 = t.norm[i] as string;
  const pointing = POINTING.has(w0) || (every && EVERY.has(w0));
  if (!pointing && !OWNING.has(w0) && !(articles && ARTICLES.has(w0))) return -1;
  const nx = i + 1;
  if (nx >= t.n || t.kind[nx] !== TK.WORD || known(an, nx)) return -1;
  // With owner: "a bullet in that senator's head" harms the owner. (Not for verdicts: "that teacher's car is ugly".)
  const w = owner ? (t.norm[nx] as string).replace(/'s$/, '') : (t.norm[nx] as string);
  // After "onze" or an article only a role noun itself: "de manier" ends like "de tuinier" but is no one.
  return ROLE_NOUNS.has(w) || (pointing && w.length >= 5 && PERSON_SUFFIX.test(w)) ? nx : -1;
}

/** "💀💀": pupils' "I'm dead (of laughing)"; one skull alone may mean death. */
const SKULLS = /\u{1F480}\s*\u{1F480}/u;
const LAUGH_EMOJI = /\u{1F602}|\u{1F923}|\u{1F606}|\u{1F639}|\u{1F61D}|\u{1F92D}|\u{1F92A}|\u{1F605}/u;

/** The text laughs: "haha", "lol", 😂 🤣 😆 😹 😝 🤭 🤪 😅. */
export function laughing(an: Analysis): boolean {
  return (an.textB & B.LAUGH) !== 0 || LAUGH_EMOJI.test(an.text) || SKULLS.test(an.text);
}

const BRING = new Set(['breng', 'brengt', 'brengen', 'langsbrengen', 'terugbrengen', 'afgeven', 'afleveren', 'bezorgen', 'bezorg', 'drop', 'bring', 'return', 'deliver']);
const BRING_PARTICLE = new Set(['langs', 'terug', 'af', 'even', 'off', 'over', 'back', 'round', 'by', 'komen', 'kom', 'komt', 'come', 'coming']);

/**
 * "Ik weet waar je woont, dus ik breng je jas even langs", "I know where you live, I'll drop your
 * kit off": knowing the address to bring something back is a favour, not a threat.
 */
export function errand(an: Analysis, s: number): boolean {
  let bring = false;
  let particle = false;
  for (let i = an.cStart[an.sFirst[s] as number] as number; i < (an.cEnd[(an.sEnd[s] as number) - 1] as number); i++) {
    const w = an.t.norm[i] as string;
    if (BRING.has(w)) bring = true;
    // "breng je jas langs", "we komen je taart brengen": the particle or "komen" on either side.
    else if (BRING_PARTICLE.has(w)) particle = true;
  }
  return bring && particle;
}

/** Whether sentence s has one of the words (by their folded spelling). */
export function sentenceHas(an: Analysis, s: number, words: ReadonlySet<string>): boolean {
  for (let k = an.sFirst[s] as number; k < (an.sEnd[s] as number); k++) {
    for (let i = an.cStart[k] as number; i < (an.cEnd[k] as number); i++) if (words.has(an.t.norm[i] as string)) return true;
  }
  return false;
}

/** Tests and exams: "ik ga die toets slopen", "ik wil dood na dat examen haha" are about the test. */
export const EXAMS = new Set(['toets', 'toetsen', 'toetsweek', 'examen', 'examens', 'tentamen', 'tentamens', 'proefwerk', 'proefwerken', 'overhoring',
  'presentatie', 'huiswerk', 'test', 'tests', 'exam', 'exams', 'finals', 'quiz', 'mock', 'mocks', 'presentation', 'homework', 'oral', 'se', 'pta']);

/** The writer's own possessives: "onze premier", "mijn dochter" own, they are not the writer acting. */
export const WRITER_POSSESSIVES = new Set(['onze', 'ons', 'mijn', "m'n", 'mn', 'our', 'my']);

const NEGATORS = new Set(['niet', 'geen', 'nooit', 'niemand', 'not', 'no', 'never', 'nobody', "don't", 'dont', "doesn't"]);

/**
 * A negator among tokens [from, to), by the words: a matched phrase's own negator has been used up
 * as part of it (analyze.ts), so its role bit is no guide.
 */
export function negatorWithin(an: Analysis, from: number, to: number, words: ReadonlySet<string> = NEGATORS): boolean {
  for (let i = from; i < to; i++) if (words.has(an.t.norm[i] as string)) return true;
  return false;
}

/** "Congratulations to Dick Pennington": a capitalised word inside a run of capitalised words is a name. */
export function partOfName(an: Analysis, i: number): boolean {
  const t = an.t;
  const f = t.flags[i] as number;
  if (!(f & TF.CAP) || f & (TF.ALLCAPS | TF.SENT_START | TF.LEET | TF.MASK)) return false;
  const nx = nextWord(t, i);
  if (nx === i + 1 && ((t.flags[nx] as number) & (TF.CAP | TF.ALLCAPS)) === TF.CAP && (!known(an, nx) || NAME_PARTICLES_CAP.has(t.norm[nx] as string))) return true;
  // ("Dick Van Dyke": a capitalised particle continues the name.)
  // "Moby Dick": after a capitalised word that is itself no word the lexicon knows.
  const pv = prevWord(t, i);
  if (pv === i - 1 && ((t.flags[pv] as number) & (TF.CAP | TF.ALLCAPS)) === TF.CAP && !known(an, pv)) return true;
  // "Mijn oma woont in Kuttekoven": a capitalised compound after a preposition of place is a place.
  return pv >= 0 && ((an.mark[i] as number) & TM.CURSED) !== 0 && PLACE_PREPOSITIONS.has(t.norm[pv] as string);
}

const PLACE_PREPOSITIONS = new Set(['in', 'uit', 'naar', 'te', 'bij', 'richting', 'from', 'to', 'near', 'via']);

/** Words for a photo: a person pointed out in one ("het meisje links op de foto") is as good as named. */
export const PHOTO_WORDS = new Set(['foto', "foto's", 'fotos', 'pic', 'pics', 'photo', 'photos', 'picture', 'pictures', 'selfie', 'selfies']);

const NAMES_THAT_ARE_WORDS = new Set(NAME_HOMOGRAPHS.trim().split(/\s+/));

/**
 * "Dick should be back Monday", "Janet vraagt of …": a word that is also a first name, written with a
 * capital, names someone, unless an article, an intensifier or a curse comes before it ("a Dick", "such a Dick").
 */
export function nameHomograph(an: Analysis, i: number): boolean {
  const t = an.t;
  if (((t.flags[i] as number) & (TF.CAP | TF.ALLCAPS)) !== TF.CAP || !NAMES_THAT_ARE_WORDS.has(t.norm[i] as string)) return false;
  const pv = prevWord(t, i);
  // At the start of a sentence only before a word ("Dick wants …"), not shouted alone ("You idiot! Dick!").
  if (pv < 0) return nextWord(t, i) === i + 1;
  return !((an.b[pv] as number) & (B.ARTICLE | B.INTENSIFIER) || (an.a[pv] as number) & (A.PRON2 | A.PROFANITY | A.INSULT_ADJ | A.NEG_ATTRIB));
}

/**
 * Clause c holds at least one phrase with this tag, and every one of them is among these patterns
 * (as written in phrases.ts): "the only misconduct here is a new car", "the only trope praises".
 */
export function onlyPhrasesFrom(an: Analysis, c: number, tag: number, patterns: ReadonlySet<string>): boolean {
  let any = false;
  for (let h = 0; h < an.np; h++) {
    if (an.pTag[h] !== tag || an.clause[an.pStart[h] as number] !== c) continue;
    if (!patterns.has((an.pPhrase[h] as { text: string }).text)) return false;
    any = true;
  }
  return any;
}

/** The original text of sentence s, for checks that read a sentence as written. */
export function sentenceText(an: Analysis, s: number): string {
  const first = an.cStart[an.sFirst[s] as number] as number;
  const last = (an.cEnd[(an.sEnd[s] as number) - 1] as number) - 1;
  return an.text.slice(an.t.start[first] as number, an.t.end[last] as number);
}
