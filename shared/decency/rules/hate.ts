import { CF, TAG, TM, nextWord, prevWord } from '../analyze';
import type { Analysis } from '../analyze';
import type { Findings } from '../findings';
import { A, B, C } from '../lexicon/roles';
import { PRONOUN_TROPES, TWO_WAY_TROPES } from '../lexicon/phrases';
import { overlapsIdiom } from './bullying';
import { TF, TK } from '../tokenize';
import { UNITS, countEmoji, monkeyEmoji, pigEmoji } from '../units';
import { WRITER_SUBJECT, findA, findTag, groupInSentence, groupTarget, isMention, known, nameHomograph, negated, onlyPhrasesFrom, sentenceHas, sentenceText } from './common';

const DEROG_A = A.NEG_EMOTE | A.NEG_ATTRIB | A.DEHUM;
/** "Look at the names of the suspects in the school's murder mystery play": a story, a game. */
const FICTION = new Set(['play', 'toneelstuk', 'musical', 'mystery', 'cluedo', 'film', 'movie', 'quiz', 'novel', 'roman', 'escaperoom', 'moordspel', 'weerwolven',
  'book', 'boek', 'leesboek', 'reading', 'leesles', 'detective', 'whodunit', 'halloween', 'guess', 'raden']);

/**
 * Hate: a protected group (named, or a pronoun standing for it) with a derogatory predicate in
 * the same clause — unless negated ("ik haat vrouwen niet"), quoted in a frame, condemned or
 * reported. Positive predicates count when negated ("immigranten zijn nooit intelligent").
 */
export function hateRule(an: Analysis, out: Findings): void {
  for (let c = 0; c < an.nc; c++) {
    const a = an.cA[c] as number;
    const tags = an.cTags[c] as number;
    const neg = negated(an, c);
    // The replacement conspiracy needs no group named: "over 20 jaar zijn wij de minderheid in eigen land".
    const trope = tags & TAG.hate_trope ? (findTag(an, c, TAG.hate_trope) as [number, number]) : null;
    // A hashtag is the writer's label for what he said, whatever negation that had ("… geen Nederlands kind meer #omvolking").
    const hashtag = trope !== null && an.text.charCodeAt((an.t.start[trope[0]] as number) - 1) === 35;
    if (trope && (!neg || hashtag) && !((an.cFlags[c] as number) & CF.QUESTION) && !isMention(an, c) && !tropeDiscussed(an, c) && !jungleOuting(an, trope) && !fiction(an, an.cSent[c] as number)) {
      out.tokens(an, 'hate', 'hate.trope', 2, trope[0], trope[1]);
      continue;
    }
    let pred = -1;
    let rule = 'hate.derogation';
    const bound = boundDerogation(an, c);
    if (bound >= 0) pred = bound;
    else if (tags & TAG.derog_fixed) {
      pred = tagStart(an, c, TAG.derog_fixed);
      // "Samen eten zit in hun cultuur" praises; "he stole it, it's in their culture" blames.
      // Said of a group named in the sentence, never of a bare "their" (a sailing family, geese).
      if (onlyPhrasesFrom(an, c, TAG.derog_fixed, TWO_WAY) && ((!(an.textB & B.CRIME) && !(an.textA & (A.VIOLENT | A.NEG_ATTRIB | A.DEHUM | A.INSULT)) && !blameBefore(an, c)) || (groupInSentence(an, c) < 0 && groupAfterthought(an, c) < 0))) pred = -1;
    }
    else if (tags & TAG.exclusion_group) {
      pred = exclusionStart(an, c);
      rule = 'hate.exclusion';
    } else if (!neg && tags & (TAG.neg_emote | TAG.neg_attrib) && !(tags & TAG.neg_emote && emotionAtThat(an, c))) {
      pred = tagStart(an, c, tags & TAG.neg_emote ? TAG.neg_emote : TAG.neg_attrib);
    }
    else if (!neg && a & DEROG_A) pred = derogation(an, c);
    else if (neg && a & A.POS) pred = findA(an, c, A.POS);
    // "Autisten zijn gewoon mislukte mensen": an insulting adjective said of people.
    else if (!neg && a & A.INSULT_ADJ && (pred = adjectiveOfPeople(an, c)) >= 0) rule = 'hate.derogation';
    // A crime told of a whole group: "Zigeuners stelen alles", "Roma zijn allemaal dieven".
    else if (!neg && (an.cB[c] as number) & B.CRIME) pred = agentiveCrime(an, c);
    else if (a & A.PROFANITY || tags & TAG.curse) {
      pred = tags & TAG.curse ? tagStart(an, c, TAG.curse) : findA(an, c, A.PROFANITY);
      rule = 'hate.profanity';
    } else if (!neg && a & A.INSULT) {
      pred = findA(an, c, A.INSULT);
      rule = 'hate.profanity';
    }
    if (pred < 0) continue;
    // A fixed trope may follow the group in a clause of its own: "De buren zijn zigeuners, slot op je fiets".
    let g = groupTarget(an, c);
    if (g < 0 && tags & TAG.derog_fixed) g = groupInSentence(an, c);
    // "Agressie zit in hun aard, die Turken.": the group added after a comma.
    if (g < 0 && tags & TAG.derog_fixed) g = groupAfterthought(an, c);
    // "They breed like rats and we pay for it": the pronoun stands for the group.
    if (g < 0 && tags & TAG.derog_fixed) g = pronounForGroup(an, c);
    // "Of course it was immigrants again. These people are animals.": "these people" points back at the group.
    if (g < 0) g = pointedBackToGroup(an, c);
    if (g < 0) {
      if (rule === 'hate.exclusion' && !neg && !isMention(an, c)) personExclusion(an, c, out);
      continue;
    }
    if (isMention(an, c)) continue;
    // "Wij luie Friezen …": the writer's own group, mocked by himself.
    if (ownGroup(an, g)) continue;
    // "Ik ben een vrouw en ik haat pizza": the group must not be only the writer's own identity.
    out.tokens(an, 'hate', rule, 2, pred, pred + 1);
    if (g !== pred) out.tokens(an, 'hate', 'hate.target', 2, g, groupEnd(an, g));
  }
  slurRule(an, out);
  if (an.monkeyEmoji > 0 || an.pigEmoji >= 2) animalEmoji(an, out);
}

/** "terug naar de jungle", "back to the zoo": where racists send the people they call monkeys. */
const BACK_TO_THE_JUNGLE = /\b(?:terug naar|back to|go back to|ga terug naar)\s+(?:de |het |the |je |jullie |your |hun |their )?(?:jungle|zoo|dierentuin|oerwoud|apenrots|bomen|trees|africa|afrika)\b/i;
/** A class outing to the zoo, a jungle-themed party: "back to the zoo after lunch, kids". */
const OUTING = /\b(?:bus|lunch|trip|excursie|uitje|schoolreis|schoolreisje|bezoek|visit|kinderen|kids|leerlingen|pupils|groep \d|dochter|zoon|daughter|son|begeleiders|feest|party|thema|themafeest|dierenriem|zodiac)\b/i;
const JUNGLE_TRIPS = new Set(['zoo', 'dierentuin', 'safaripark', 'tropenkas', 'museum', 'trip', 'excursie', 'schoolreis', 'schoolreisje',
  'uitje', 'story', 'verhaal', 'book', 'boek', 'film', 'movie', 'mowgli', 'tarzan', 'minecraft', 'biome', 'holiday', 'vakantie']);
const JUNGLE_WORDS = new Set(['jungle', 'trees', 'bomen', 'apenrots']);

/**
 * "Tomorrow we go back to the jungle at the zoo", "a story about a boy who had to go back to the
 * jungle": a trip, a story or a game in the same sentence, not where racists send people. (Any
 * "kids" or "party" in the text would not do: "Go back to the jungle, you're not welcome at our party".)
 */
function jungleOuting(an: Analysis, trope: [number, number]): boolean {
  let jungle = false;
  for (let i = trope[0]; i < trope[1]; i++) if (JUNGLE_WORDS.has(an.t.norm[i] as string)) jungle = true;
  return jungle && sentenceHas(an, an.cSent[an.clause[trope[0]] as number] as number, JUNGLE_TRIPS);
}

/** Pork and farms: a lesson on dietary laws, a menu, piglets at the petting farm across from the mosque. */
const FOOD_AND_FARM = /\b(?:varkensvlees|vlees|pork|meat|halal|koosjer|kosher|eten|gegeten|eat|eats|food|menu|boerderij|kinderboerderij|farm|biggetjes|piglets|dietary|spijswetten)\b/i;
const RELIGION = /\b(?:moslims?|muslims?|islam|islamitische?|moskee|moskeeën|mosque|mosques|joden|jood|joodse|jews?|jewish|synagoge|synagogue|allah)\b/i;

/**
 * 🐒 at a player with "back to the zoo", at a group named by origin or colour; 🐷🐷 at Muslims, a
 * mosque or Jews. A monkey on a zoo trip or a pig at the petting farm is neither.
 */
function animalEmoji(an: Analysis, out: Findings): void {
  // Sent back to the zoo, or aimed at someone of a group named by origin (a mention, a "you", a "he").
  const aimed = (an.kinds & (1 << TK.MENTION)) !== 0 || (an.textA & (A.PRON2 | A.PRON3S)) !== 0;
  const monkey = an.monkeyEmoji > 0 && (BACK_TO_THE_JUNGLE.test(an.text) || (aimed && (an.textMark & TM.GROUP) !== 0)) && !OUTING.test(an.text);
  const pig = an.pigEmoji >= 2 && RELIGION.test(an.text) && !FOOD_AND_FARM.test(an.text);
  if (!monkey && !pig) return;
  UNITS.load(an.text);
  const u = UNITS.u;
  const kind = monkey ? monkeyEmoji : pigEmoji;
  for (let i = 0; i < an.t.n; i++) {
    if (an.t.kind[i] !== TK.EMOJI || countEmoji(u, an.t.start[i] as number, an.t.end[i] as number, kind) === 0) continue;
    if (isMention(an, an.clause[i] as number)) return;
    out.tokens(an, 'hate', 'hate.symbol', 2, i, i + 1);
    return;
  }
}

const THAT = new Set(['that', 'this', 'it', 'dat', 'dit', 'het']);

/** "… women are treated differently and she is sick of that": the emotion's object is a "that". */
function emotionAtThat(an: Analysis, c: number): boolean {
  const hit = findTag(an, c, TAG.neg_emote);
  return hit !== null && hit[1] < an.t.n && THAT.has(an.t.norm[hit[1]] as string);
}

const THESE = new Set(['these', 'those', 'deze', 'die', 'zulke', 'such']);
const PEOPLE = new Set(['people', 'mensen', 'lui', 'folks', 'types', 'figuren', 'gasten']);
const WHO = new Set(['who', 'that', 'die', 'dat', 'which', 'wie']);

/** "These people …", "die mensen …" after a sentence that named a group: the group named before. */
function pointedBackToGroup(an: Analysis, c: number): number {
  if (!(an.textMark & TM.GROUP)) return -1;
  const t = an.t;
  let pointed = false;
  for (let i = an.cStart[c] as number; i + 1 < (an.cEnd[c] as number) && !pointed; i++) {
    // Many people ("these people", "die mensen"), not one ("die man") and not some of them ("those people who complain").
    pointed = THESE.has(t.norm[i] as string) && PEOPLE.has(t.norm[i + 1] as string) && !WHO.has(t.norm[i + 2] as string);
  }
  if (!pointed) return -1;
  const first = an.cStart[an.sFirst[an.cSent[c] as number] as number] as number;
  for (let i = first - 1; i >= 0; i--) if ((an.mark[i] as number) & TM.GROUP) return i;
  return -1;
}

/** A group adjective on a derogatory noun ("dat zwarte gespuis"): derogatory whatever else the clause says. */
function boundDerogation(an: Analysis, c: number): number {
  for (let i = an.cStart[c] as number; i + 1 < (an.cEnd[c] as number); i++) {
    if ((an.a[i] as number) & A.GROUP_ADJ && (an.mark[i] as number) & TM.GROUP && (an.a[i + 1] as number) & (A.DEHUM | A.INSULT)) return i + 1;
  }
  return -1;
}

function ownGroup(an: Analysis, g: number): boolean {
  const p = prevWord(an.t, g);
  if (p < 0) return false;
  const pp = prevWord(an.t, p);
  // "wij Friezen", "wij luie Friezen" — not "we hate Muslims": only an adjective may come between.
  return WE.has(an.t.norm[p] as string) ||
    (pp >= 0 && WE.has(an.t.norm[pp] as string) && ((an.a[p] as number) & (A.INSULT_ADJ | A.NEG_ATTRIB | A.GROUP_ADJ)) !== 0);
}

/** The trope named as a subject of study: "de term omvolking", "the great replacement theory". */
const TROPE_TALK = new Set(['term', 'begrip', 'theorie', 'complottheorie', 'complot', 'complotdenken', 'theory', 'conspiracy',
  'les', 'lesson', 'geschiedenis', 'history', 'documentaire', 'documentary', 'propaganda', 'myth', 'mythe', 'onzin', 'nonsense',
  'leugen', 'lie', 'lies', 'hoax', 'racistisch', 'racistische', 'racist', 'extreemrechts', 'extreem-rechts', 'far-right']);

function tropeDiscussed(an: Analysis, c: number): boolean {
  const s = an.cSent[c] as number;
  for (let k = an.sFirst[s] as number; k < (an.sEnd[s] as number); k++) {
    for (let i = an.cStart[k] as number; i < (an.cEnd[k] as number); i++) if (TROPE_TALK.has(an.t.norm[i] as string)) return true;
  }
  return false;
}

/**
 * "14/88", "(((they)))", "13/50 never lies": the neo-Nazi numbers, the antisemitic echo and the racist crime
 * statistic ("1488" alone may be a year, "13/50" alone a mark).
 */
export const DOG_WHISTLE = /(?<!\d|score:?\s?)14\s?\/\s?88(?!\d)(?!\s*(?:punten|points|pt|goed|good|correct|juist))|(?<!\d)1488(?!\d)(?=.{0,40}\b(?:white|heil|aryan|blanke?)\b)|(?<![\d/])13\s?\/\s?5[02](?![\d/])(?=.{0,60}\b(?:never lies|fbi|blacks?|zwarten|of the population|van de bevolking)\b)|\(\(\(\s*(?:they|them|their|globalists?|globalisten|bankers?|bankiers|zionists?|zionisten|media|elites?|jews|joden|zij)\s*\)\)\)/i;

export function dogWhistles(an: Analysis, out: Findings): void {
  const m = DOG_WHISTLE.exec(an.text);
  if (m) out.chars('hate', 'hate.symbol', 2, m.index, m.index + m[0].length);
}

const COUNTRY = new Set(['land', 'landen', 'country', 'countries']);
const SENDING = new Set(['ga', 'gaan', 'go', 'moet', 'moeten', 'must', 'should', 'rot', 'oprotten', 'opzouten', 'opdonderen', 'get']);

/**
 * "Go back to your country", "ga terug naar je eigen land": exclusion for someone's origin, aimed
 * at a person rather than a named group. Only the country forms: "je moet eruit" is no hate.
 */
function personExclusion(an: Analysis, c: number, out: Findings): void {
  const hit = findTag(an, c, TAG.exclusion_group);
  if (!hit) return;
  let you = false;
  let country = false;
  let sent = false;
  for (let i = an.cStart[c] as number; i < hit[1]; i++) {
    const w = an.t.norm[i] as string;
    if (i >= hit[0] && (an.a[i] as number) & A.PRON2) you = true;
    if (i >= hit[0] && COUNTRY.has(w)) country = true;
    // Sent away, not welcomed back: "ga terug", "go back", "moet terug" — not "kom terug".
    if (SENDING.has(w)) sent = true;
  }
  if (you && country && sent) out.tokens(an, 'hate', 'hate.exclusion', 2, hit[0], hit[1]);
}

const VICTIM_FORMS = new Set(['verkracht', 'misbruikt', 'aangerand', 'opgelicht', 'verduisterd', 'omgekocht', 'vervalst', 'stolen']);

/** A crime the group commits, not one done to it ("dat een vrouw wordt verkracht", "was stolen"). */
function agentiveCrime(an: Analysis, c: number): number {
  for (let i = an.cStart[c] as number; i < (an.cEnd[c] as number); i++) {
    if (!((an.b[i] as number) & B.CRIME) || (an.a[i] as number) & A.VIOLENT) continue;
    const w = an.form[i] as string;
    if (w.startsWith('ge') || w.endsWith('ed') || VICTIM_FORMS.has(w)) continue;
    return i;
  }
  return -1;
}

/**
 * The first derogatory word of the clause that is about people: "een stomme film over moslims"
 * judges the film (an adjective after an article, before a noun for a thing). Returns -1 if none.
 */
function derogation(an: Analysis, c: number): number {
  for (let i = an.cStart[c] as number; i < (an.cEnd[c] as number); i++) {
    if (!((an.a[i] as number) & DEROG_A)) continue;
    // "people who are battling cancer": the illness someone fights, not a word for the group.
    if ((an.a[i] as number) & A.DISEASE && foughtIllness(an, i)) continue;
    if (!((an.a[i] as number) & A.NEG_ATTRIB) || !(ofAThing(an, i) || agentOnGroup(an, c, i))) return i;
  }
  return -1;
}

const FIGHTING = new Set(['battling', 'battle', 'battles', 'fighting', 'fight', 'fights', 'beat', 'beating', 'survived', 'surviving',
  'against', 'tegen', 'strijd', 'vecht', 'vechten', 'vocht', 'overleefde', 'overleefd', 'overleven']);

function foughtIllness(an: Analysis, i: number): boolean {
  const pv = prevWord(an.t, i);
  const pp = pv >= 0 ? prevWord(an.t, pv) : -1;
  return (pv >= 0 && FIGHTING.has(an.t.norm[pv] as string)) || (pp >= 0 && FIGHTING.has(an.t.norm[pp] as string));
}

/**
 * "Oplichters bellen ouderen op", "criminals target the elderly": the derogatory noun is who acts,
 * the group comes after the verb as the one acted on. Not with a copula ("… zijn oplichters").
 */
function agentOnGroup(an: Analysis, c: number, i: number): boolean {
  if ((an.cB[c] as number) & B.COPULA) return false;
  const nx = nextWord(an.t, i);
  if (nx < 0 || an.t.kind[nx] !== TK.WORD || (an.a[nx] as number) & (A.GROUP | A.GROUP_ADJ | DEROG_A | A.PERSON_NOUN | A.PERSON_ROLE | A.STAFF) ||
    (an.b[nx] as number) & (B.FUNCTION | B.COPULA)) return false;
  for (let k = nx + 1; k < (an.cEnd[c] as number); k++) if ((an.a[k] as number) & A.GROUP) return true;
  return false;
}

function ofAThing(an: Analysis, i: number): boolean {
  const nx = nextWord(an.t, i);
  if (nx !== i + 1 || an.t.kind[nx] !== TK.WORD || an.mark[nx] as number) return false;
  const e = an.entry[nx];
  if (e && (e.a & (A.PERSON_NOUN | A.GROUP | A.GROUP_ADJ | A.DEHUM | A.INSULT | A.PERSON_ROLE | A.STAFF) || e.b & (B.FUNCTION | B.COPULA))) return false;
  const pv = prevWord(an.t, i);
  return pv >= 0 && ((an.b[pv] as number) & B.ARTICLE) !== 0;
}

/**
 * An insulting adjective said of the subject ("zijn gewoon mislukte mensen", "are pathetic"), not
 * one about a thing in the clause ("een stomme film over moslims"). Returns its index, or -1.
 */
function adjectiveOfPeople(an: Analysis, c: number): number {
  for (let i = an.cStart[c] as number; i < (an.cEnd[c] as number); i++) {
    // "De dikke kinderen": an adjective that names the group is no predicate about it.
    if (!((an.a[i] as number) & A.INSULT_ADJ) || (an.a[i] as number) & A.GROUP_ADJ) continue;
    let pv = prevWord(an.t, i);
    while (pv >= 0 && (an.b[pv] as number) & (B.INTENSIFIER | B.ARTICLE)) pv = prevWord(an.t, pv);
    if (pv >= 0 && (an.b[pv] as number) & B.COPULA) return i;
  }
  return -1;
}

const SLOGAN_OUT = new Set(['eruit', 'raus']);

/**
 * Where the clause's exclusion phrase starts, or -1. The bare slogan word ("Turken eruit!") counts
 * only right after the group and ending the clause; not in "ze zien eruit als …".
 */
function exclusionStart(an: Analysis, c: number): number {
  for (let h = 0; h < an.np; h++) {
    if (an.pTag[h] !== TAG.exclusion_group) continue;
    const s = an.pStart[h] as number;
    if (an.clause[s] !== c) continue;
    const bare = (an.pEnd[h] as number) === s + 1 && SLOGAN_OUT.has(an.t.norm[s] as string);
    if (!bare || sloganOut(an, s)) return s;
  }
  return -1;
}

function sloganOut(an: Analysis, i: number): boolean {
  const pv = i - 1;
  if (pv < 0 || !((an.mark[pv] as number) & TM.GROUP)) return false;
  return i + 1 >= an.t.n || an.t.kind[i + 1] !== TK.WORD;
}

function tagStart(an: Analysis, c: number, tag: number): number {
  const hit = findTag(an, c, tag);
  return hit ? hit[0] : an.cStart[c] as number;
}

function groupEnd(an: Analysis, g: number): number {
  const nx = g + 1;
  if (nx < an.t.n && (an.a[g] as number) & A.GROUP_ADJ && (an.a[nx] as number) & (A.PERSON_NOUN)) return nx + 1;
  return g + 1;
}

/**
 * Slurs are hate wherever they are used as words (not quoted or condemned), except reclaimed
 * self-reference ("I'm a proud fag") and the innocent readings of homonyms ("my labrador bitch").
 */
function slurRule(an: Analysis, out: Findings): void {
  const t = an.t;
  for (let i = 0; i < t.n; i++) {
    if (!((an.a[i] as number) & A.SLUR)) continue;
    const c = an.clause[i] as number;
    if (isMention(an, c)) continue;
    const cA = an.cA[c] as number;
    const s = an.cSent[c] as number;
    // "flikker op", "flikker toch op": a curse that tells someone to go away, not a word for gay men.
    if ((an.tokTags[i] as number) & TAG.curse) continue;
    const weak = ((an.c[i] as number) & C.WEAK_SLUR) !== 0;
    if (weak && !weakSlurInUse(an, i)) continue;
    const pv = prevWord(t, i);
    if (pv >= 0 && (an.c[pv] as number) & C.POSITIVE_MOD) continue;
    // "het woord neger was vroeger normaal": the word itself is what is talked about (not "the word faggot was made for you").
    if (pv >= 0 && WORD_NOUNS.has(t.norm[pv] as string) && !MEANT_FOR_YOU.test(sentenceText(an, s))) continue;
    // "pak die doos en flikker hem in de container": the verb for throwing, as an order or after its subject.
    if (t.norm[i] === 'flikker' && nextWord(t, i) >= 0 && THROWN.has(t.norm[nextWord(t, i)] as string) && (pv < 0 || THROWER.has(t.norm[pv] as string))) continue;
    // A verb ("tried to cripple this nation"), a first name ("Janet vraagt …") or a surname ("Carrie Coon").
    if (verbReading(an, i, pv) || nameHomograph(an, i) || surname(an, i, pv)) continue;
    // Self-reference ("I'm a proud …"), not the writer hating them ("I hate …").
    // "wij flikkers moeten elkaar steunen": the writer's own group, reclaimed.
    if (pv >= 0 && WE.has(t.norm[pv] as string)) continue;
    // "al die gelukszoekers …, wij betalen": pointed at others, whoever the sentence's subject is.
    const pointing = pv >= 0 && POINTING_OTHERS.has(t.norm[pv] as string) && !oneOf(an, pv);
    // "Can we have a sports day where the r*tards …": a relative word between the writer and the slur
    // makes it someone else.
    const selfOnly = writerInSentence(an, s) && !pointing && !relativeBefore(an, i) &&
      !(cA & (A.PRON2 | A.PRON3S | DEROG_A | A.VIOLENT)) &&
      !((an.cB[c] as number) & B.REFLEX1 && cA & A.PRON2);
    if (selfOnly || (an.cB[c] as number) & B.REFLEX1) continue;
    if ((an.cFlags[c] as number) & CF.QUESTION && cA & A.META) continue;
    out.tokens(an, 'hate', 'hate.slur', 2, i, i + 1);
    if (cA & A.PRON2 || (an.mark[i] as number) & TM.NAME) out.tokens(an, 'insult', 'insult.word', 2, i, i + 1);
  }
}

const MODALS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall', "won't", 'wont']);
const TO_VERBS = new Set(['tried', 'tries', 'try', 'trying', 'want', 'wants', 'wanted', 'going', 'plan', 'plans', 'planned', 'able',
  'hope', 'hopes', 'decided', 'attempt', 'attempts', 'attempted', 'designed', 'meant', 'threatens', 'threatened', 'enough']);
const OBJECT_START = new Set(['the', 'this', 'that', 'these', 'those', 'our', 'his', 'her', 'their', 'my', 'your', 'its', 'a', 'an', 'them', 'him', 'us', 'me', 'every', 'any', 'entire', 'whole']);

/**
 * "Obama tried to cripple this nation", "the strike will cripple the city", "cold soil can retard seed
 * germination": after a verb's "to" or a modal, a singular word before its object is a verb. Not a
 * plural ("Why should retards get …", "talks to niggers that way"), not after a preposition "to"
 * ("compared to …"), not in a question that opens with the modal or a wh-word.
 */
function verbReading(an: Analysis, i: number, pv: number): boolean {
  const t = an.t;
  if (pv < 0 || /s$/.test(t.norm[i] as string)) return false;
  const nx = nextWord(t, i);
  if (nx < 0) return false;
  const pw = t.norm[pv] as string;
  const pp = prevWord(t, pv);
  if (pw === 'to') return pp >= 0 && TO_VERBS.has(t.norm[pp] as string) && OBJECT_START.has(t.norm[nx] as string);
  if (!MODALS.has(pw) || pp < 0 || (an.a[pp] as number) & A.QUESTION) return false;
  return OBJECT_START.has(t.norm[nx] as string) || (nx === i + 1 && !((an.b[nx] as number) & (B.FUNCTION | B.LAUGH | B.CLAUSE_BREAK)));
}

/**
 * "Carrie Coon was brilliant in the play": a capitalised word right after a capitalised name is a
 * surname. (Before a name it is not: "Die Flikker Ahmed moet van school".)
 */
function surname(an: Analysis, i: number, pv: number): boolean {
  const t = an.t;
  return pv === i - 1 && ((t.flags[i] as number) & (TF.CAP | TF.ALLCAPS)) === TF.CAP &&
    ((t.flags[pv] as number) & (TF.CAP | TF.ALLCAPS)) === TF.CAP && (((an.mark[pv] as number) & TM.NAME) !== 0 || !known(an, pv));
}

/** Verbs that show a person as subject ("this dyke thinks she …", "fags shouldn't …"), not a noun of a compound. */
const PERSON_VERBS = new Set(['thinks', 'think', 'wants', 'want', 'says', 'said',
  'keeps', 'tried', 'tries', 'never', 'always', 'should', "shouldn't", 'shouldnt', 'can', "can't", 'cant', 'cannot', "won't", 'wont',
  'must', 'deserve', 'deserves', 'belong', 'belongs']);

function verbAfterSlur(an: Analysis, nx: number): boolean {
  const e = an.entry[nx];
  if (e && (e.a & (A.INTENT | A.BELIEVE | A.SAY | A.NEG_EMOTE) || e.b & (B.COPULA | B.MODAL | B.INTENSIFIER))) return true;
  // "faggots ruining every show": an English present participle after the plural.
  const w = an.t.norm[nx] as string;
  return PERSON_VERBS.has(w) || (!known(an, nx) && w.length > 5 && w.endsWith('ing') && /s$/.test(an.t.norm[nx - 1] as string));
}

const MEANT_FOR_YOU = /\b(?:for|about|voor|over) (?:you|u|jou|je)\b/i;
const WORD_NOUNS = new Set(['woord', 'word', 'term', 'begrip', 'scheldwoord', 'slur']);
const THROWN = new Set(['hem', 'het', 'dat', 'ze', 'alles']);
const THROWER = new Set(['en', 'and', 'ik', 'we', 'wij', 'dan', 'maar', 'gewoon', 'even', 'ff']);
const QUANTIFIERS = new Set(['many', 'veel', 'all', 'alle']);
const POINTING_OTHERS = new Set(['die', 'deze', 'al', 'those', 'these', 'all']);

/** "ik ben een van die …", "I'm one of those …": the writer counts himself in. */
function oneOf(an: Analysis, pv: number): boolean {
  const p = prevWord(an.t, pv);
  return p >= 0 && (an.t.norm[p] === 'van' || an.t.norm[p] === 'of');
}
const WE = new Set(['wij', 'we', 'us']);

/**
 * The writer as the subject of the sentence ("ik ben een …", "I'm a proud …"), not only as an owner
 * ("ons land") or an object ("bij mij uit de buurt").
 */
const RELATIVE_WORDS = new Set(['where', 'who', 'whose', 'which', 'waarin', 'wiens', 'welke']);

/** A relative word right after a noun ("a sports day where …"), not a question word ("Who forgets …"). */
function relativeBefore(an: Analysis, i: number): boolean {
  const s = an.cSent[an.clause[i] as number] as number;
  for (let k = an.cStart[an.sFirst[s] as number] as number; k < i; k++) {
    if (!RELATIVE_WORDS.has(an.t.norm[k] as string)) continue;
    const pv = prevWord(an.t, k);
    if (pv >= 0 && an.t.kind[pv] === TK.WORD && !((an.b[pv] as number) & (B.FUNCTION | B.COPULA)) && !((an.a[pv] as number) & (A.PRON1 | A.PRON2 | A.QUESTION))) return true;
  }
  return false;
}

function writerInSentence(an: Analysis, s: number): boolean {
  if (!((an.sA[s] as number) & A.PRON1)) return false;
  for (let c = an.sFirst[s] as number; c < (an.sEnd[s] as number); c++) {
    for (let i = an.cStart[c] as number; i < (an.cEnd[c] as number); i++) {
      if ((an.a[i] as number) & A.PRON1 && WRITER_SUBJECT.has(an.t.norm[i] as string)) return true;
    }
  }
  return false;
}

/** A weak slur is a slur in a slur frame, not next to words of its innocent reading. */
function weakSlurInUse(an: Analysis, i: number): boolean {
  const t = an.t;
  const s = an.cSent[an.clause[i] as number] as number;
  // "f*ggots": nobody masks the word for a meatball or a bundle of sticks, whatever the sentence is about.
  const masked = ((t.flags[i] as number) & TF.MASK) !== 0;
  for (let c = an.sFirst[s] as number; c < (an.sEnd[s] as number) && !masked; c++) {
    if ((an.cC[c] as number) & C.HOMONYM_CTX) return false;
  }
  const nx = nextWord(t, i);
  // "too many f4gg0ts holding hands": a plural after a quantifier is people, whatever follows.
  const pq = prevWord(t, i);
  if (pq >= 0 && QUANTIFIERS.has(t.norm[pq] as string) && /(?:s|en)$/.test(t.norm[i] as string)) return true;
  const pv = prevWord(t, i);
  // "Stupid bitch blocked me": cursed, it names a person, whatever follows.
  if (pv >= 0 && (an.a[pv] as number) & (A.INSULT_ADJ | A.PROFANITY) && !(nx === i + 1 && an.entry[nx] && (an.entry[nx] as { a: number }).a & A.PERSON_NOUN)) return true;
  const verbNext = nx === i + 1 && verbAfterSlur(an, nx);
  if (nx === i + 1 && !verbNext) {
    const e = an.entry[nx];
    const w = t.norm[nx];
    const framing = w === 'zoals' || w === 'like' || w === 'behaviour' || w === 'behavior' || w === 'gedrag';
    // "een nicht van mij", "de nicht van juf Anja": family.
    if (w === 'van' || w === 'of') return false;
    // Followed by a noun: adjective or compound use ("queer culture", "pot thee").
    if (!framing && (!e || !(e.b & (B.FUNCTION | B.COPULA | B.ARTICLE | B.SUBORD | B.INTENSIFIER | B.LAUGH | B.CLAUSE_BREAK) || e.c & C.EXCLAIM_FOLLOW) || e.a & A.PERSON_NOUN)) return false;
  }
  if (pv < 0) {
    if (nx < 0 || t.kind[i + 1] === TK.END || t.kind[i + 1] === TK.COMMA) return true;
    // "f*gs like that shouldn't …": masked, and named as people.
    if (masked && nx === i + 1 && (t.norm[nx] === 'like' || t.norm[nx] === 'zoals')) return true;
    // "Faggots like you …", "Flikkers zoals jij …": the slur as a name for people.
    if (nx === i + 1 && (t.norm[nx] === 'like' || t.norm[nx] === 'zoals') && i + 2 < an.t.n && (an.a[i + 2] as number) & A.PRON2) return true;
    // Sentence-initial plural before a verb: "Teven kunnen ook helemaal niets", "fags shouldn't be allowed to adopt".
    return verbNext;
  }
  const pa = an.a[pv] as number;
  const pb = an.b[pv] as number;
  const pw = t.norm[pv] as string;
  return (pb & (B.ARTICLE | B.INTENSIFIER | B.COPULA)) !== 0 || (pa & (A.INSULT_ADJ | A.NEG_ATTRIB | A.PRON2 | A.PROFANITY)) !== 0 ||
    ['typisch', 'typical', 'common', 'stel', 'bunch', 'veel', 'many', 'another', 'nog', 'gewone', 'vuile', 'vieze', 'stomme', 'domme', 'these', 'those', 'deze'].includes(pw) ||
    ((pw === 'of' || pw === 'van') && ['bunch', 'lot', 'load', 'stel', 'bende', 'stelletje'].includes(t.norm[prevWord(t, pv)] as string));
}

/** A story or a game in the sentence ("… in the school's murder mystery play"), not "this isn't a game". */
function fiction(an: Analysis, s: number): boolean {
  for (let k = an.sFirst[s] as number; k < (an.sEnd[s] as number); k++) {
    for (let i = an.cStart[k] as number; i < (an.cEnd[k] as number); i++) {
      if (!FICTION.has(an.t.norm[i] as string)) continue;
      let denied = false;
      for (let j = Math.max(0, i - 3); j < i; j++) if ((an.a[j] as number) & A.NEGATOR) denied = true;
      if (!denied) return true;
    }
  }
  return false;
}

const PRONOUN_TROPE = new Set(PRONOUN_TROPES);
const ANIMAL_STEM = /(?:konijn|cavia|hamster|muis|muizen|kat|katten|poes|hond|kip|vis|axolotl|rabbit|bunn|mice|mouse|cat|dog|chicken|fish|pet|huisdier|dier|animal|gerbil|goat|geit|paard|horse|schaap|sheep|eend|duck|gans|geese|goose|slak|snail|insect|plant|bacteri|schimmel|mould|mold|familie|family|gezin)/;
const THEY = new Set(['they', 'them', 'their', 'ze', 'zij', 'hun', 'die']);
const ANIMALS = new Set(['konijn', 'konijnen', 'cavia', "cavia's", 'caviass', 'hamster', 'hamsters', 'muis', 'muizen', 'rat', 'ratten', 'kat', 'katten',
  'poes', 'poezen', 'kittens', 'hond', 'honden', 'kip', 'kippen', 'vissen', 'guppen', 'guppies', 'rabbit', 'rabbits', 'bunnies', 'guinea', 'mice',
  'mouse', 'rats', 'cats', 'dogs', 'terriers', 'terrier', 'puppies', 'pups', 'kittens', 'horses', 'paarden', 'geiten', 'goats', 'chickens', 'fish', 'hamster', 'gerbils', 'pets', 'huisdieren', 'dieren', 'animals', 'beestjes', 'slakken', 'snails',
  'insecten', 'insects', 'planten', 'plants', 'bacteria', "bacterien", 'schimmel', 'mold', 'mould', 'weeds', 'onkruid']);

/** The subject pronoun of a trope about "them" ("they breed like rats"), when no animals are in the text. Returns -1 if none. */
function pronounForGroup(an: Analysis, c: number): number {
  let trope = -1;
  for (let h = 0; h < an.np && trope < 0; h++) {
    if (an.pTag[h] === TAG.derog_fixed && an.clause[an.pStart[h] as number] === c && PRONOUN_TROPE.has((an.pPhrase[h] as { text: string }).text)) trope = h;
  }
  // "Stealing the show is in their blood": an idiom holds the blame word.
  if (trope < 0 || an.textA & A.SPORT || overlapsIdiom(an, an.pStart[trope] as number, an.pEnd[trope] as number)) return -1;
  // The trope's own "ratten"/"rabbits" do not count; any other animal in the text does ("schoolkonijnen", "axolotls"), and so does a family.
  for (let i = 0; i < an.t.n; i++) {
    if (i >= (an.pStart[trope] as number) && i < (an.pEnd[trope] as number)) continue;
    if (ANIMALS.has(an.t.norm[i] as string) || ANIMAL_STEM.test(an.t.norm[i] as string)) return -1;
  }
  for (let i = an.cStart[c] as number; i < (an.cEnd[c] as number); i++) if (THEY.has(an.t.norm[i] as string)) return i;
  return -1;
}

const TWO_WAY = new Set(TWO_WAY_TROPES);


const BLAME = new Set(['geweld', 'agressie', 'liegen', 'leugens', 'criminaliteit', 'stelen', 'diefstal', 'vechten', 'fraude', 'luiheid', 'haat',
  'violence', 'aggression', 'lying', 'lies', 'crime', 'stealing', 'theft', 'fighting', 'fraud', 'laziness', 'hatred', 'terror', 'terrorisme', 'terrorism']);

/** "Geweld zit in hun aard, die Turken": what is "in their blood" is the blame itself. */
function blameBefore(an: Analysis, c: number): boolean {
  for (let i = an.cStart[c] as number; i < (an.cEnd[c] as number); i++) if (BLAME.has(an.t.norm[i] as string)) return true;
  return false;
}

/** A short clause after this one in the same sentence that only names the group: ", die Turken", ", those people". */
function groupAfterthought(an: Analysis, c: number): number {
  const n = c + 1;
  if (n >= an.nc || an.cSent[n] !== an.cSent[c]) return -1;
  let words = 0;
  let g = -1;
  for (let i = an.cStart[n] as number; i < (an.cEnd[n] as number); i++) {
    if (an.t.kind[i] !== TK.WORD) continue;
    words++;
    if (g < 0 && (an.mark[i] as number) & TM.GROUP) g = i;
  }
  return words <= 3 ? g : -1;
}
