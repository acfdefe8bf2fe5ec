import { CF, TAG, TM, nextWord, prevWord } from '../analyze';
import type { Analysis } from '../analyze';
import type { Findings } from '../findings';
import { A, B } from '../lexicon/roles';
import { SPORT_HEADS } from '../lexicon/violence';
import { TF, TK } from '../tokenize';
import { affectionate } from './insult';
import { UNITS, countEmoji, weaponEmoji } from '../units';
import { conditional } from '../segment';
import { overlapsIdiom } from './bullying';
import { EXAMS, WRITER_SUBJECT, errand, findA, findB, findMark, findTag, groupTarget, isMention, laughing, known, negated, negatorWithin, personTarget, pointedPerson, sentenceHas, sentenceText } from './common';

const HUMAN = A.PRON2 | A.PRON3S | A.PRON3P | A.STAFF | A.PERSON_ROLE | A.REFLEX2;
const SINGLED_OUT = A.PRON2 | A.PRON3S | A.STAFF | A.REFLEX2;

function sportCompound(an: Analysis): boolean {
  for (let i = 0; i < an.t.n; i++) {
    if (an.t.kind[i] !== TK.WORD || known(an, i)) continue;
    const w = an.t.norm[i] as string;
    for (const head of SPORT_HEADS) if (w.length > head.length + 2 && w.endsWith(head)) return true;
  }
  return false;
}

/**
 * Threats: violence against a person, a group or the school, with intent ("ik ga", "we zullen"),
 * a wish or a call ("moeten worden gedood", "dood aan"), or an intimidating warning. Sports and
 * game talk ("we gaan ze verpletteren") and idioms ("dood van de hitte") are not threats.
 */
export function threatRule(an: Analysis, out: Findings): void {
  const scored = realScore(an.text);
  const sportText = (an.textA & A.SPORT) !== 0 || scored || sportCompound(an);
  // "ik ga hem echt ooit wurgen 😂❤️": a laugh and love, between friends.
  if (joking(an) || ((affectionate(an) || (laughing(an) && HEARTS.test(an.text))) && an.weapons === 0)) return;
  if (an.weapons > 0) drawnWeapon(an, out);
  for (let c = 0; c < an.nc; c++) {
    const a = an.cA[c] as number;
    const b = an.cB[c] as number;
    const tags = an.cTags[c] as number;
    if (!(a & (A.VIOLENT | A.VIOLENT_AMBIG) || tags & (TAG.threat | TAG.die_wish | TAG.threat_warning) || b & B.DIE)) continue;
    if (negated(an, c) || isMention(an, c)) continue;
    // "Guy Fawkes planned to blow up Parliament in 1605": history told, not a plan.
    // A wish needs a modal or a wish word ("Hitler had in 1933 gestopt moeten worden"); without one, a die-wish
    // phrase in a history lesson is told ("Lincoln was killed by a bullet to the head in 1865").
    if (!((an.cA[c] as number) & A.PRON2) && (!(tags & TAG.die_wish) || !(b & (B.MODAL | B.WISH))) && historical(an, c)) continue;
    if ((an.cFlags[c] as number) & CF.QUESTION && !(tags & TAG.die_wish)) {
      // "Wat als we gewoon alle homoseksuelen doden?" is a call; "Heb je hem geslagen?" is not, and
      // neither is "Ga je de slingers ophangen?": asking what *you* will do is no intent of the writer.
      const sa = an.sA[an.cSent[c] as number] as number;
      if (!(sa & A.PRON1) && (!(a & A.INTENT) || a & A.PRON2)) continue;
    }
    const group = groupTarget(an, c);
    // "i'm gonna murder my brother he ate my exam snacks 😂": the writer's own family, with a laugh
    // (not "me and my brother will beat you up haha": the reader is the target there).
    if (laughing(an) && group < 0 && !(a & A.PRON2) && ownFamilyIn(an, c)) continue;
    let target = humanTarget(an, c);
    // "als ik hem tegenkom breek ik zijn benen": the person is named in the condition.
    let named = -1;
    if (target < 0 && c > 0 && an.cSent[c - 1] === an.cSent[c] && conditional(an, c - 1)) target = named = humanTarget(an, c - 1);
    if (target < 0 && tags & TAG.threat) target = targetNear(an, c);
    // A wish may name its target with an article ("the editor … should be shot"), a threat must point.
    if (target < 0 && tags & (TAG.threat | TAG.die_wish)) target = pointedAt(an, c, (tags & TAG.die_wish) !== 0);
    if (target < 0 && group >= 0) target = group;
    const school = findB(an, c, B.SCHOOL_PLACE);
    // "We hebben ze afgeslacht met 0-8", "our relay team murdered them": sports talk about a team
    // is not a threat; it still is when one person or a protected group is singled out.
    // Breaking someone's legs is no sports talk, even after training ("break his ankles" is: a crossover).
    if (sportText && group < 0 && school < 0 && !(tags & TAG.die_wish) && named < 0) {
      const singled = personTarget(an, c, SINGLED_OUT);
      // "die scheids moet maar oppassen als hij naar zijn auto loopt": a warning to one person is no match talk.
      const warned = (tags & TAG.threat_warning) !== 0 && !laughing(an) && onePersonWarned(an, c);
      if (!(singled >= 0 && bodyHarm(an, c, tags)) && !warned && (singled < 0 || onlyTheTeam(an, c, scored))) continue;
    }
    // "Kill all the immigrants", "Schiet ze allemaal neer": an order to violence against a group is a call for it.
    // The writer must be the one acting: "What bothers me is how they attack women" names him only as the one bothered.
    const agency = (a & A.INTENT) !== 0 || (a & A.PRON1 && writerActs(an, c)) || (b & (B.MODAL | B.WISH)) !== 0 || (group >= 0 && orderToViolence(an, c));
    // "ik maak je af bij fifa": a game names where it happens, even with one player singled out.
    // Not "morgen schiet ik je neer in de aula, headshot": a school place is no map.
    if (!(tags & TAG.die_wish) && !(b & B.WEAPON) && gameSentence(an, c) && findB(an, c, B.SCHOOL_PLACE) < 0) continue;

    if (tags & TAG.threat_warning) {
      const hit = findTag(an, c, TAG.threat_warning);
      // "Pas op voor nepberichten", "kijk uit voor de gladheid": a warning about a thing, for the reader's good.
      if (hit && (aboutAThing(an, hit[0], hit[1]) || errand(an, an.cSent[c] as number) || favour(an, hit[1]) || overlapsIdiom(an, hit[0], hit[1]))) continue;
      // "I wouldn't come to school on Monday if I were you — it's a training day", "kijk even onder je auto, onze kat is weg",
      // "we'll be waiting for you at the gate when the coach gets back": a reason, a lost pet, a welcome.
      if (hit && (explained(an, hit[1]) || KINDLY_MEANT.test(an.text))) continue;
      // "It would be a shame if something happened to your bike, so lock it": advice, unless it opens
      // the way the racketeer does, "Nice school you've got there. Be a shame if something happened to it."
      if (hit && SHAME_IF.test(an.t.norm[hit[0]] as string) && !ownedBySomeone(an, hit) && (!RACKET.test(an.text) || ADVICE.test(an.text))) continue;
      // "Jullie gaan eraan bij de wiskundetoets morgen 😂 succes allemaal": the test will be hard, good luck.
      if (hit && sentenceHas(an, an.cSent[c] as number, EXAMS) && sentenceHas(an, an.cSent[c] as number, LUCK) && an.weapons === 0 && !MENACE.test(an.text)) continue;
      // "I'm coming for you in the staff vs parents match ⚽😄": sports talk with a laugh.
      if (hit && sportText && laughing(an)) continue;
      // "ik ga die economie toets slopen morgen, let maar op": "just watch" about a test, no one named.
      if (hit && onlyLookOut(an, hit) && sentenceHas(an, an.cSent[c] as number, EXAMS) &&
        !((an.sA[an.cSent[c] as number] as number) & (A.PRON2 | A.PRON3S | A.STAFF | A.PERSON_ROLE)) && !((an.sMark[an.cSent[c] as number] as number) & TM.NAME)) continue;
      if (hit) {
        report(an, out, 'threat.warning', hit[0], hit[1], group);
        continue;
      }
    }
    if (tags & TAG.die_wish && (target >= 0 || group >= 0)) {
      const hit = findTag(an, c, TAG.die_wish);
      // "Ik hoop dat Sem niet verdrinkt in al dat huiswerk": the wish is that it does not happen.
      if (hit && WISHING.has(an.t.norm[hit[0]] as string) && negatorWithin(an, hit[0], hit[1])) continue;
      // "Lincoln kreeg een kogel door zijn hoofd": what happened, told, not wished.
      if (hit && overlapsIdiom(an, hit[0], hit[1])) continue;
      if (hit) {
        report(an, out, 'threat.wish', hit[0], hit[1], group);
        continue;
      }
    }
    if (tags & TAG.threat && (target >= 0 || school >= 0) && (agency || ((an.sA[an.cSent[c] as number] as number) & (A.PRON1 | A.INTENT)) !== 0)) {
      const hit = findTag(an, c, TAG.threat);
      // "Every volunteer deserves a bullet point": an idiom that swallows the threat's last word.
      if (hit && overlapsIdiom(an, hit[0], hit[1])) continue;
      if (hit) {
        report(an, out, target < 0 && school >= 0 ? 'threat.school' : 'threat.direct', hit[0], hit[1], group);
        continue;
      }
    }
    if (a & A.VIOLENT && (target >= 0 || school >= 0) && agency) {
      const v = findA(an, c, A.VIOLENT);
      if (pastOfSomeoneElse(an, c, v) || nominal(an, v) || inTitle(an, v) || ownDeath(an, v) || hungThing(an, v)) continue;
      report(an, out, target < 0 ? 'threat.school' : 'threat.direct', v, v + 1, group);
      continue;
    }
    if (b & B.DIE && target >= 0 && b & (B.WISH | B.MODAL) && !(a & A.PRON1 && target < 0)) {
      const v = findB(an, c, B.DIE);
      report(an, out, 'threat.wish', v, v + 1, group);
      continue;
    }
    if (a & A.VIOLENT_AMBIG && agency && !sportText && !thingAsSubject(an, c)) {
      const single = personTarget(an, c, A.PRON2 | A.PRON3S | A.STAFF | A.PERSON_ROLE);
      if (single >= 0 || school >= 0 || findMark(an, c, TM.GROUP) >= 0) {
        const v = findA(an, c, A.VIOLENT_AMBIG);
        if (!pastOfSomeoneElse(an, c, v) && !inTitle(an, v)) report(an, out, 'threat.direct', v, v + 1, group);
      }
    }
  }
}

const WRITER_ACTS = new Set([...WRITER_SUBJECT, "i'll", 'ill', "i'd", "we'll", "we'd", 'ikke', 'lemme', "let's", 'lets']);

/**
 * The writer, or someone he sends, acting in the clause: "ik", "I'll", "let me", "me and the boys", "my
 * brother" — not the writer only as the one bothered ("What bothers me is how they attack women").
 */
function writerActs(an: Analysis, c: number): boolean {
  const t = an.t;
  for (let i = an.cStart[c] as number; i < (an.cEnd[c] as number); i++) {
    const w = t.norm[i] as string;
    if (WRITER_ACTS.has(w)) return true;
    const nx = i + 1 < t.n ? (t.norm[i + 1] as string) : '';
    // "Me and the boys kill you" (the clause opens with it), "let me": not "What bothers me and my friends".
    if ((w === 'me' || w === 'mij') && ((i === an.cStart[c] && (nx === 'and' || nx === 'en')) || LET.has(t.norm[i - 1] as string))) return true;
    // "My brother stabs you tomorrow", "Wait till my brother kills you": as the subject, not "bothers me and my friends".
    if (MY.has(w) && i + 1 < t.n && ((an.b[i + 1] as number) & B.FAMILY || SENT_PEOPLE.has(nx)) &&
      (i === an.cStart[c] || TILL.has(t.norm[i - 1] as string))) return true;
  }
  return false;
}

const LET = new Set(['let', 'laat']);
const TILL = new Set(['till', 'until', 'tot', 'totdat', 'when', 'als', 'wanneer', 'zodra']);

function ownFamilyIn(an: Analysis, c: number): boolean {
  for (let i = an.cStart[c] as number; i + 1 < (an.cEnd[c] as number); i++) {
    if (!MY.has(an.t.norm[i] as string) || !((an.b[i + 1] as number) & B.FAMILY)) continue;
    // "samen met mijn neef", "me and my brother": family acting with the writer.
    const pv = i > 0 ? (an.t.norm[i - 1] as string) : '';
    if (!WITH.has(pv)) return true;
  }
  return false;
}

const WITH = new Set(['and', 'en', 'with', 'met', '&']);
const MY = new Set(['my', 'mijn', "m'n", 'mn']);
const SENT_PEOPLE = new Set(['friends', 'boys', 'mates', 'cousins', 'crew', 'gang', 'vrienden', 'maten', 'neven']);
const LOOK_OUT_WORDS = new Set(['let', 'maar', 'op', 'pas', 'watch', 'out', 'kijk', 'uit', 'goed', 'just', 'wait', 'and', 'see', 'wacht', 'af']);

/** The warning is only "let maar op", "just watch": no harm named in it. */
function onlyLookOut(an: Analysis, hit: [number, number]): boolean {
  for (let i = hit[0]; i < hit[1]; i++) if (an.t.kind[i] === TK.WORD && !LOOK_OUT_WORDS.has(an.t.norm[i] as string)) return false;
  return true;
}

/**
 * "watch your back", "die scheids moet maar oppassen als hij naar zijn auto loopt": one person warned in
 * the warning's own clause (or the "als"/"when" clause that goes with it), not a team and not a match
 * preview ("pas maar op zaterdag, hij is in topvorm", "watch your back on the left wing, good luck").
 */
function onePersonWarned(an: Analysis, c: number): boolean {
  const s = an.cSent[c] as number;
  const last = c + 1 < (an.sEnd[s] as number) && (an.cFlags[c + 1] as number) & CF.SUBORD ? c + 1 : c;
  let person = false;
  for (let k = c; k <= last; k++) {
    for (let i = an.cStart[k] as number; i < (an.cEnd[k] as number); i++) {
      const w = an.t.norm[i] as string;
      // The referee is warned whatever the team says ("die scheids moet oppassen als hij na onze wedstrijd …").
      if (REFEREES.has(w)) return true;
      // "watch your back on the left wing": a possessive "your" is a match preview's reader, unless the writer
      // meets that reader ("when I see you at the tournament").
      if (POSSESSIVE_YOU.has(w) && !ENCOUNTER.test(an.text)) continue;
      if ((an.a[i] as number) & (A.PRON2 | A.PRON3S | A.STAFF) && w !== 'jullie' && w !== 'you') person = true;
    }
  }
  return person && !TEAM_TALK.test(sentenceText(an, s)) && !LUCK_WISHED.test(sentenceText(an, s));
}
const POSSESSIVE_YOU = new Set(['your', 'ur', 'jouw', 'je']);
const ENCOUNTER = /\b(?:when i see you|if i see you|als ik je zie|als ik jou zie|wanneer ik je zie)\b/i;
const TEAM_TALK = /\b(?:jullie|we|wij|ons|onze|our|us|team)\b/i;
const LUCK_WISHED = /\b(?:good luck|succes|veel plezier|have fun|genieten|enjoy)\b/i;
const REFEREES = new Set(['scheids', 'scheidsrechter', 'ref', 'referee', 'grensrechter', 'linesman', 'umpire']);

/** "Jullie gaan eraan zaterdag … op het veld": in sports talk "jullie" is the other team. */
function onlyTheTeam(an: Analysis, c: number, scored: boolean): boolean {
  for (let i = an.cStart[c] as number; i < (an.cEnd[c] as number); i++) {
    if ((an.a[i] as number) & SINGLED_OUT && an.t.norm[i] !== 'jullie') return false;
    // A name, but not a team's code ("onze B1", "JO15-2") or the other side in a result ("we
    // slaughtered Westfield 42-10").
    if ((an.mark[i] as number) & TM.NAME && !scored && !/\d/.test(an.t.norm[i] as string)) return false;
  }
  return true;
}

/**
 * A match result ("42-10", "won 3-0"), not a time ("tussen 10-11 uur"), a class ("groep 7-8") or a
 * date: only a result lets a named side be a team.
 */
function realScore(text: string): boolean {
  RESULT.lastIndex = 0;
  for (let m = RESULT.exec(text); m; m = RESULT.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 8), m.index).toLowerCase();
    if (!/(?:groep|klas|tussen|van|om|year|grade|from|between)\s*$/.test(before)) return true;
  }
  return false;
}

const RESULT = /\b\d{1,2}\s?-\s?\d{1,2}\b(?!\s?(?:uur|u\b|h\b|jaar|years|pm|am|[-/.]\d))/g;

const ABOUT = new Set(['voor', 'for', 'met', 'bij', 'with']);

const LOOK_OUT = new Set(['pas', 'kijk', 'let', 'watch', 'look']);

function aboutAThing(an: Analysis, start: number, end: number): boolean {
  const t = an.t;
  // Only "pas op", "kijk uit", "watch out": "we wachten je op bij het hek" is no advice.
  if (!LOOK_OUT.has(t.norm[start] as string)) return false;
  let nx = end - 1;
  // "pas op voor …" (the phrase ends in "voor"), "kijk uit met fietsen" (the next word is "met").
  if (!ABOUT.has(t.norm[nx] as string)) {
    nx = nextWord(t, nx);
    if (nx < 0 || nx !== end || !ABOUT.has(t.norm[nx] as string)) return false;
  }
  nx = nextWord(t, nx);
  if (nx < 0) return false;
  return !((an.a[nx] as number) & (A.PRON2 | A.PRON3S | A.PRON3P | A.STAFF | A.PERSON_ROLE) || (an.mark[nx] as number) & TM.NAME);
}

// Not "een", "one": "ik pak je een keer", "I'll get you one day" are threats.
const FAVOUR_OBJECT = new Set(['a', 'an', 'the', 'some', 'de', 'het', 'iets']);

/** "I'll get you a copy", "ik pak je een koekje": something is fetched for you. */
function favour(an: Analysis, end: number): boolean {
  const w = an.t.norm[end - 1];
  if (w !== 'you' && w !== 'je' && w !== 'jou') return false;
  return end < an.t.n && an.clause[end] === an.clause[end - 1] && FAVOUR_OBJECT.has(an.t.norm[end] as string);
}

const WISHING = new Set(['hoop', 'hoopt', 'hopen', 'hope', 'hopes', 'wish', 'wens', 'wou']);

const YEAR_BEFORE = new Set(['in', 'sinds', 'jaar', 'year', 'anno', 'van', 'tot', 'from', 'until', 'since']);
const HISTORY = new Set(`geschiedenis geschiedenisles history eeuw century bc chr oudheid middeleeuwen holocaust nazi's nazis
  wereldoorlog ww2 wo2 ww1 wo1 lezen leest roman novel filosofie philosophy ethiek ethics`.split(/\s+/));

/**
 * The sentence names a year, history or a lesson about a book: the violence is an event told, not
 * a plan. (Not "boek" or "story" alone: "ik sla hem, hij heeft mijn boek gejat" is a threat.)
 */
function historical(an: Analysis, c: number): boolean {
  const s = an.cSent[c] as number;
  for (let k = an.sFirst[s] as number; k < (an.sEnd[s] as number); k++) {
    for (let i = an.cStart[k] as number; i < (an.cEnd[k] as number); i++) {
      if (HISTORY.has(an.t.norm[i] as string)) return true;
      if (an.t.kind[i] !== TK.NUM) continue;
      const n = Number(an.t.norm[i]);
      // A year said as one ("in 1605", "sinds 1945"), not an amount or a time.
      if (n >= 1000 && n <= 2029 && i > 0 && YEAR_BEFORE.has(an.t.norm[i - 1] as string)) return true;
    }
  }
  return false;
}

const THING_SUBJECTS = new Set(['it', 'this', 'that', 'which', 'het', 'dit', 'dat', 'wat']);

/** "It is short-sighted and will hurt our students": a decision hurts, nobody strikes. */
function thingAsSubject(an: Analysis, c: number): boolean {
  const s = an.cSent[c] as number;
  const first = an.cStart[an.sFirst[s] as number] as number;
  return THING_SUBJECTS.has(an.t.norm[first] as string) || THING_SUBJECTS.has(an.t.norm[an.cStart[c] as number] as string);
}

const KITCHEN = new Set(`koken kook kookt kookles recept recepten snijden snijd groente groenten keuken taart cake chef
  cooking cook recipe recipes kitchen chop chopping baking bake veggies fruitsalade salade fruit
  waterpistool waterpistolen watergevecht water waterfight
  verjaardag jarig gefeliciteerd birthday bday congrats halloween tomaat tomaten tomato tomatoes ui uien onion
  kookworkshop workshop slice slices`.split(/\s+/));

/**
 * "st@b st@b 🔪 see u at 3:15 liam", "i know where u live and i'll 🔫 u": a weapon emoji aimed at
 * someone is an intimidating warning. Without anyone it is aimed at, and with blood ("🔪🩸 again
 * tonight"), it is a care signal; in a kitchen it is a kitchen knife.
 */
function drawnWeapon(an: Analysis, out: Findings): void {
  const t = an.t;
  let at = -1;
  for (let i = 0; i < t.n; i++) if (t.kind[i] === TK.WORD && KITCHEN.has(t.norm[i] as string)) return;
  if (an.text.includes('\u{1F382}')) return; // 🎂: cutting the cake
  UNITS.load(an.text);
  const u = UNITS.u;
  for (let i = 0; i < t.n && at < 0; i++) {
    if (t.kind[i] === TK.EMOJI && countEmoji(u, t.start[i] as number, t.end[i] as number, weaponEmoji) > 0) at = i;
  }
  if (at < 0) return;
  // Aimed: a "you", a mention or a name within three tokens of the weapon ("i'll 🔫 u", "🔪 see u … liam").
  let aimed = false;
  for (let i = Math.max(0, at - 3); i < Math.min(t.n, at + 4) && !aimed; i++) {
    aimed = t.kind[i] === TK.MENTION || ((an.a[i] as number) & A.PRON2) !== 0 || ((an.mark[i] as number) & TM.NAME) !== 0;
  }
  if (aimed) out.tokens(an, 'threat', 'threat.warning', 3, at, at + 1);
  else if (an.text.includes('\u{1FA78}')) out.tokens(an, 'self_harm', 'self_harm.signal', 3, at, at + 1);
}

const JOKE = new Set(['grapje', 'geintje', 'gekkie', 'jk', 'jking', 'kidding', 'kiddin', 'joking', 'jokes']);
/** Spoiling a book or a film is what friends "kill" each other for: "I'll kill you if you spoil the ending". */
const SPOIL = new Set(['spoil', 'spoils', 'spoilt', 'spoilen', 'spoilt', 'spoilert', 'verklapt', 'verklappen']);
const IF = new Set(['if', 'als', 'when', 'wanneer']);
/** What one spoils by telling: "als je het einde van de serie verklapt" (not "als je iets aan de mentor verklapt"). */
const MEDIA = new Set(['film', 'films', 'serie', 'series', 'boek', 'book', 'einde', 'ending', 'afloop', 'plot', 'seizoen', 'season', 'uitslag', 'quiz', 'quizfinale', 'finale', 'winnaar', 'score',
  'aflevering', 'episode', 'movie', 'show', 'finale', 'game', 'spel']);
const NOT = new Set(['geen', 'no', 'not', 'niet', "ain't"]);

/** "ik vermoord je als je het vergeet 😂 (grapje)": said as a joke, in so many words; "geen grap" is not. */
/** "lol jk... unless?": the joke taken back. */
const UNLESS = /\b(?:jk|joke|grapje)\b[^a-z]{0,8}(?:unless|of toch|tenzij)\b/i;

function joking(an: Analysis): boolean {
  const t = an.t;
  if (UNLESS.test(an.text)) return false;
  for (let i = 0; i < t.n; i++) {
    if (t.kind[i] !== TK.WORD) continue;
    // "if you spoil the ending": a condition about spoiling, not "Spoiler: I will …".
    if (SPOIL.has(t.norm[i] as string) && ifBefore(an, i) && sentenceHas(an, an.cSent[an.clause[i] as number] as number, MEDIA)) return true;
    if (!JOKE.has(t.norm[i] as string)) continue;
    // "geen grapje", "niet als grapje bedoeld": denied.
    const p = prevWord(t, i);
    const pp = p >= 0 ? prevWord(t, p) : -1;
    if ((p < 0 || !NOT.has(t.norm[p] as string)) && (pp < 0 || !NOT.has(t.norm[pp] as string))) return true;
  }
  return false;
}

/** Dutch puts the verb last: "als je het einde van de serie verklapt". */
function ifBefore(an: Analysis, i: number): boolean {
  for (let k = Math.max(0, i - 8); k < i; k++) if (IF.has(an.t.norm[k] as string)) return true;
  return false;
}

const GAMES = new Set(['fifa', 'fortnite', 'minecraft', 'warzone', 'valorant', 'roblox', 'potje', 'potjes', 'spelletje', 'gamen',
  'xbox', 'playstation', 'ps5', 'ps4', 'mariokart', 'schaken', 'chess', 'monopoly', 'uno', 'cod', 'apex', 'rocket', 'league',
  'sniper', 'respawn', 'lobby', 'round', 'ronde', 'level', 'boss', 'noob', 'mario', 'kart', 'tekken',
  'schaakles', 'schaakclub', 'pubquiz', 'quiz', 'revanche', 'rematch', 'bordspel', 'boardgame', 'pictionary', 'trivia',
  'lasergamen', 'lasergame', 'lasertag', 'paintball', 'paintballen', 'waterpistool', 'nerf', 'verstoppertje', 'tikkertje',
  'stratego', 'weerwolven', 'weerwolvenspel', 'gamingclub', 'esports', 'spelclub', 'trefbal', 'dodgeball', 'apenkooien', 'respawned', 'killcam', 'noscope']);
/** Games by name, which may be named in the sentence before the trash talk (not "lobby", "level", "round"). */
const NAMED_GAMES = new Set(['fifa', 'fortnite', 'minecraft', 'warzone', 'valorant', 'roblox', 'mariokart', 'tekken', 'stratego',
  'weerwolven', 'verstoppertje', 'tikkertje', 'monopoly', 'lasergamen', 'paintball', 'paintballen', 'schaken', 'chess']);

const HEARTS = /[\u2764\u{1F970}\u{1F60D}\u{1F495}\u{1F496}\u{1F497}\u{1F499}\u{1F49A}\u{1F49B}\u{1F49C}\u{1F5A4}\u{1F90D}\u{1F9E1}]/u;

/** The clause starts with its violent verb, an imperative, or joins one to an order ("Round up … and shoot them"). */
function orderToViolence(an: Analysis, c: number): boolean {
  const first = an.cStart[c] as number;
  if (first >= an.t.n || !((an.t.flags[first] as number) & TF.SENT_START)) return false;
  if ((an.a[first] as number) & A.VIOLENT) return true;
  // "Round up those illegals and shoot them": a second order joined by "and", after an order.
  if ((an.a[first] as number) & (HUMAN | A.PRON1 | A.GROUP) || (an.b[first] as number) & (B.ARTICLE | B.FUNCTION) || (an.mark[first] as number) & TM.NAME) return false;
  // The violent verb must take its victims right after it ("and shoot them"); "hoe Joden werden
  // weggevoerd en vermoord" tells what was done to them.
  for (let i = first + 1; i + 2 < (an.cEnd[c] as number); i++) {
    if (AND_THEN.has(an.t.norm[i] as string) && ((an.a[i + 1] as number) & A.VIOLENT || (an.tokTags[i + 1] as number) & TAG.threat) && VICTIMS.has(an.t.norm[i + 2] as string)) return true;
  }
  return false;
}

const AND_THEN = new Set(['and', 'en', 'then', 'dan']);
const VICTIMS = new Set(['them', 'those', 'all', 'every', 'ze', 'hen', 'die', 'allemaal', 'alle']);

const HARMED_PARTS = new Set(['legs', 'leg', 'arms', 'arm', 'neck', 'nose', 'jaw', 'ribs', 'face', 'skull', 'skulls', 'head', 'teeth',
  'benen', 'been', 'armen', 'nek', 'neus', 'kaak', 'ribben', 'kop', 'smoel', 'gezicht', 'schedel', 'hoofd', 'tanden']);

function bodyHarm(an: Analysis, c: number, tags: number): boolean {
  const hit = tags & TAG.threat ? findTag(an, c, TAG.threat) : null;
  if (!hit) return false;
  for (let i = hit[0]; i < hit[1]; i++) if (HARMED_PARTS.has(an.t.norm[i] as string)) return true;
  return false;
}

function gameSentence(an: Analysis, c: number): boolean {
  const s = an.cSent[c] as number;
  // "Jij gaat eraan! … bij de pubquiz van vrijdag": the game may be named in the sentence before or after.
  return gameWordIn(an, s, GAMES) || (s + 1 < an.ns && gameWordIn(an, s + 1, GAMES)) || (s > 0 && sentenceHas(an, s - 1, NAMED_GAMES));
}

/** A game word in the sentence; "round up" (people) is no round of a game. */
function gameWordIn(an: Analysis, s: number, words: ReadonlySet<string>): boolean {
  for (let k = an.sFirst[s] as number; k < (an.sEnd[s] as number); k++) {
    for (let i = an.cStart[k] as number; i < (an.cEnd[k] as number); i++) {
      const w = an.t.norm[i] as string;
      if (words.has(w) && !(w === 'round' && an.t.norm[i + 1] === 'up')) return true;
    }
  }
  return false;
}

const ARTICLES = new Set(['de', 'het', 'een', 'the', 'a', 'an']);

/** "de moord op Pim Fortuyn", "the murder of": the violent word named as an event, not done. */
function nominal(an: Analysis, v: number): boolean {
  return v > 0 && ARTICLES.has(an.t.norm[v - 1] as string);
}

const TITLE_SMALL = new Set(['a', 'an', 'the', 'of', 'on', 'in', 'de', 'het', 'een', 'van', 'op']);

/**
 * "We read To Kill a Mockingbird", "we keken Kill Bill": a violent word capitalised in the middle
 * of a sentence, next to another capitalised word, is part of a title or a name. Not when a modal
 * or "going to" stands right before it ("I will Kill Bram"): that is shouting, not a title.
 */
function inTitle(an: Analysis, v: number): boolean {
  const t = an.t;
  const flags = t.flags[v] as number;
  if (!(flags & TF.CAP) || flags & TF.ALLCAPS) return false;
  const p = prevWord(t, v);
  if (p < 0) return false; // sentence start: the capital says nothing
  if ((an.a[p] as number) & A.INTENT) return false;
  let n = nextWord(t, v);
  while (n >= 0 && TITLE_SMALL.has(t.norm[n] as string)) n = nextWord(t, n);
  const capNext = n >= 0 && ((t.flags[n] as number) & (TF.CAP | TF.ALLCAPS)) === TF.CAP && !((an.a[n] as number) & A.PRON2);
  const pp = prevWord(t, p);
  const capPrev = pp >= 0 && ((t.flags[p] as number) & (TF.CAP | TF.ALLCAPS)) === TF.CAP && !((an.a[p] as number) & A.PRON1);
  return capNext || capPrev;
}

const WRITER = new Set(['ik', 'we', 'wij', 'i', "i'll", 'ill', "we'll"]);

/**
 * "Mijn opa heeft kinderen geslagen vroeger": a Dutch past participle, no intent, modal or wish,
 * and the writer only as a possessive ("mijn", "onze") — a story about the past, not a threat.
 */
function pastOfSomeoneElse(an: Analysis, c: number, v: number): boolean {
  const form = an.t.norm[v] as string;
  if (!(form.length > 4 && PARTICIPLE.test(form))) return false;
  for (let i = an.cStart[c] as number; i < (an.cEnd[c] as number); i++) {
    const w = an.t.norm[i] as string;
    // "hij moet afgemaakt", "zou gesloopt moeten": intent before the participle; a word after it
    // ("… gesloopt gisteravond, beste schoolfeest ooit") is no longer about the act.
    if (i < v && ((an.a[i] as number) & A.INTENT || (an.b[i] as number) & (B.MODAL | B.WISH))) return false;
    // "je wordt afgemaakt" is still to come.
    if (WRITER.has(w) || PASSIVE_PRESENT.has(w)) return false;
  }
  return true;
}

/**
 * A Dutch past participle, with a separable prefix or without ("geslagen", "doodgeschoten",
 * "ingemaakt": "De docenten hebben ons ingemaakt bij het zaklopen" is over and done).
 */
const PARTICIPLE = /^(?:in|af|dood|kapot|neer|op|uit|om|aan|weg|over|door|na|fijn|plat|lek)?ge[a-z]{3,}/;
const PASSIVE_PRESENT = new Set(['wordt', 'worden', 'word']);

/** "She told me to kill myself": the writer's own life, a care signal for the self-harm rule. */
function ownDeath(an: Analysis, v: number): boolean {
  const nx = nextWord(an.t, v);
  // "kill myself", and a third person's "whether he should kill himself" (Hamlet): no one else is threatened.
  return nx >= 0 && (((an.b[nx] as number) & B.REFLEX1) !== 0 || THIRD_REFLEXIVES.has(an.t.norm[nx] as string));
}

const THIRD_REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'zichzelf']);

/**
 * "Die journalist moet in elkaar geslagen worden", "shoot that senator", "al die landverraders":
 * someone pointed at by a demonstrative, or called a name, is a target of an explicit violent act.
 */
const EVERY = new Set(['every', 'all', 'alle', 'elke', 'iedere', 'those', 'these', 'die', 'deze']);

function pointedAt(an: Analysis, c: number, articles: boolean): number {
  const t = an.t;
  for (let i = an.cStart[c] as number; i < (an.cEnd[c] as number); i++) {
    if (t.kind[i] !== TK.WORD) continue;
    if ((an.a[i] as number) & (A.INSULT | A.DEHUM | A.SLUR)) return i;
    // "Hang every pedo …": a wish against everyone named by a crime.
    if (articles && (an.b[i] as number) & B.CRIME && i > 0 && EVERY.has(t.norm[i - 1] as string)) return i;
    const p = pointedPerson(an, i, articles, articles, true);
    if (p >= 0) return p;
  }
  return -1;
}

/** The phrase may run into the next clause ("snap that neck of yours"): look at its tail too. */
function targetNear(an: Analysis, c: number): number {
  const hit = findTag(an, c, TAG.threat);
  if (!hit) return -1;
  for (let i = hit[0]; i < Math.min(an.t.n, hit[1] + 4); i++) {
    if (an.t.kind[i] === TK.END) break;
    if ((an.a[i] as number) & (A.PRON2 | A.PRON3S | A.PRON3P) || (an.mark[i] as number) & (TM.NAME | TM.GROUP)) return i;
  }
  return -1;
}

function report(an: Analysis, out: Findings, rule: string, from: number, to: number, group: number): void {
  out.tokens(an, 'threat', rule, 3, from, to);
  if (group >= 0) {
    out.tokens(an, 'hate', 'hate.target', 2, group, group + 1);
  }
}

/** A person or people the violence is aimed at; "me" alone ("this exam is killing me") is not. */
function humanTarget(an: Analysis, c: number): number {
  const t = an.t;
  for (let i = an.cStart[c] as number; i < (an.cEnd[c] as number); i++) {
    const a = an.a[i] as number;
    if (!(a & HUMAN) && !((an.mark[i] as number) & TM.NAME)) continue;
    if (a & A.PRON2) {
      const p = i > 0 ? t.norm[i - 1] : '';
      if (p === 'zoals' || p === 'like') continue;
    }
    if (a & A.PRON3S && t.norm[i] === 'haar') {
      const nx = nextWord(t, i);
      if (nx === i + 1 && !known(an, nx)) continue; // "haar fiets": a possessive
    }
    if (a & A.PRON3P && !(an.textMark & TM.GROUP) && t.kind[i] === TK.WORD) {
      // "ze"/"them" without a group named: people nonetheless ("ik maak ze allemaal af").
      return i;
    }
    return i;
  }
  return -1;
}

const SHAME_IF = /^(?:shame|pity|zonde|jammer)$/;
const RACKET = /\b(?:nice|lovely|mooie?|leuke?|fijne?)\s+(?:[\p{L}\p{N}]+\s+){1,2}(?:you(?:['\u2019]ve| have)? got (?:there|parked|outside)|you have there|(?:heb je|heb jij|hebben jullie|hebt u|heeft (?:die|hij|ze|zij|meneer|mevrouw|u)(?: [\p{L}\p{N}]+)?)(?=\s*(?:[,.!?@]|$|daar|hoor|h[eè]\b|zeg\b|\p{Extended_Pictographic}))|daar hoor)/iu;
/** Advice after the opener: "… shame if something happened to the tomatoes in this frost, so cover them". */
const ADVICE = /\b(?:hagel|hail|hailstorm|parkeerpaal|paaltje|bollard|storm|cover|lock|bring (?:it|them) in|dek\w*|afdekken|op slot|binnenzetten|binnenhalen|stal\w* (?:hem|hun|je))\b/i;
const LUCK = new Set(['succes', 'luck', 'sterkte']);
/** The grin that makes "succes" a threat: "Succes morgen 😈". */
const MENACE = /\u{1F608}|\u{1F47F}|\u{1F52A}|\u{1F480}|\u{2620}/u;
const KINDLY_MEANT = /\b(?:kwijt|vermist|weggelopen|ontsnapt|lost (?:cat|dog|kitten)|missing (?:cat|dog)|our (?:cat|dog) (?:is|went)|onze (?:kat|poes|hond)|gets back|comes back|terugkomt|terugkomen|binnenhalen|welkom|welcome (?:home|back)|jokingly|grappend|lachend|for a laugh|spiegelglad|gladheid|is glad|glad wegdek|ijzel|slippery|icy|wet floor|natte vloer|gedweild|wobbly|wiebelt|wiebelig)\b/i;
const CLOSED_BECAUSE = /\b(?:because of|omdat|vanwege|wegens|due to)\s+(?:the|de|het|een|a|er)?\s*(?:\w+\s+){0,2}(?:holiday|vakantie|feestdag|studiedag|study (?:day|leave)|training day|inset day|snow|sneeuw|storm|closed|gesloten|dicht|staking|strike|onderhoud|maintenance|renovatie|verbouwing)/i;
const IT_IS = /^[\s,.:;!\u2014\u2013-]*(?:it'?s|it is|het is|dat is|that'?s|there'?s|er is|we (?:are|zijn)|the (?:school|building) (?:is|will be))\s+(?:a|an|the|een|de|het|geen|no)?\s*(?:\w+\s+){0,2}(?:holiday|vakantie|feestdag|studiedag|study (?:day|leave)|training day|inset day|snow day|closed|gesloten|dicht|staking|strike|vrije dag|day off|teacher training)/i;

/** The warning comes with its harmless reason: "…, het is een studiedag", "… because of the strike". */
function explained(an: Analysis, end: number): boolean {
  const rest = an.text.slice(end < an.t.n ? (an.t.start[end] as number) : an.text.length);
  return IT_IS.test(rest.replace(/^[^,.;:!?\u2014\u2013-]*/, '')) || CLOSED_BECAUSE.test(rest.slice(0, 80));
}

const HANGING = new Set(['ophangen', 'opgehangen', 'ophang', 'ophangt', 'hangen']);
const PERSON_BITS = A.PRON1 | A.PRON2 | A.PRON3S | A.PRON3P | A.STAFF | A.PERSON_ROLE | A.PERSON_NOUN | A.GROUP | A.INSULT | A.SLUR;

/** "de kerstversiering ophangen", "zijn kunstwerk … ophangen": Dutch puts the thing hung right before the verb. */
function hungThing(an: Analysis, v: number): boolean {
  if (!HANGING.has(an.form[v] as string)) return false;
  const p = prevWord(an.t, v);
  if (p < 0 || an.t.kind[p] !== TK.WORD || (an.mark[p] as number) & TM.NAME) return false;
  const a = an.a[p] as number;
  const b = an.b[p] as number;
  return !(a & PERSON_BITS) && !(b & (B.FUNCTION | B.ARTICLE | B.MODAL)) && (an.t.norm[p] as string).length >= 3;
}

const SOMEONES = new Set(['your', 'ur', 'his', 'her', 'their']);

/** "a shame if something happened to your car", "… if his private jet had engine trouble": someone's own thing is named. */
function ownedBySomeone(an: Analysis, hit: [number, number]): boolean {
  for (let i = hit[0]; i < Math.min(an.t.n, hit[1] + 2); i++) if (SOMEONES.has(an.t.norm[i] as string)) return true;
  return false;
}
