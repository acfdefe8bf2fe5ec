import { TAG, TM } from '../analyze';
import type { Analysis } from '../analyze';
import type { Findings } from '../findings';
import { TK } from '../tokenize';
import { A, B } from '../lexicon/roles';
import { overlapsIdiom } from './bullying';
import { EXAMS, WRITER_POSSESSIVES, findB, isMention, laughing, sentenceHas } from './common';

/**
 * Self-harm is a care signal, not a violation: the writer may be at risk ("ik wil niet meer
 * leven", "ik heb weer in mijn armen gekrast"). Always severity 3. Not for idioms ("ik ga dood
 * van de hitte"), thought experiments about groups ("als ik wakker werd als …, zou ik …"), or
 * telling someone else to do it (that is bullying).
 */
export function selfHarmRule(an: Analysis, out: Findings): void {
  let signals = 0;
  for (let h = 0; h < an.np; h++) if (an.pTag[h] === TAG.self_harm) signals++;
  for (let h = 0; h < an.np; h++) {
    if (an.pTag[h] !== TAG.self_harm) continue;
    const s = an.pStart[h] as number;
    const e = an.pEnd[h] as number;
    if (overlapsIdiom(an, s, e)) continue;
    const c = an.clause[s] as number;
    const sent = an.cSent[c] as number;
    if (hypothetical(an, sent) || (isMention(an, c) && !reportedCare(an, s, e)) || recovered(an, c)) continue;
    // "ik wil letterlijk dood na dat examen hahaha", "the French oral is in 10 minutes and I want to
    // die": the bare wish to die as exam talk, said once, with nothing else that worries. Cutting,
    // pills, "ending it" after an exam stay signals: exams are a real trigger.
    if (signals === 1 && !(an.textB & B.SELF_HARM) && bareWish(an, s, e) && examNear(an, sent) &&
      (laughing(an) || UPCOMING.test(an.text)) && !DESPAIR.test(an.text)) continue;
    out.tokens(an, 'self_harm', 'self_harm.signal', 3, s, e);
  }
  for (let c = 0; c < an.nc; c++) {
    if (!((an.cB[c] as number) & B.SELF_HARM)) continue;
    const sent = an.cSent[c] as number;
    if (!((an.sA[sent] as number) & A.PRON1) || (an.cA[c] as number) & (A.PRON2 | A.REFLEX2)) continue;
    // The writer alone: "the book we're reading deals with suicide" is a topic, not a signal.
    if (!aboutWriter(an, sent)) continue;
    const i = findB(an, c, B.SELF_HARM);
    if (hypothetical(an, sent) || isMention(an, c) || someoneElsesDeath(an, i) || recovered(an, c)) continue;
    out.tokens(an, 'self_harm', 'self_harm.signal', 3, i, i + 1);
  }
}

const BARE_WISH = new Set(['ik', 'i', "i'm", 'im', 'wil', 'want', 'wanna', 'to', 'dood', 'die', 'letterlijk', 'literally', 'gewoon',
  'echt', 'just', 'really', 'so', 'zo', 'gonna', 'going']);

/** "ik wil dood", "I want to die", "I'm literally gonna die": nothing but the wish. */
function bareWish(an: Analysis, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (an.t.kind[i] === TK.WORD && !BARE_WISH.has(an.t.norm[i] as string)) return false;
  return true;
}

/** The test is still to come ("morgen", "in 10 minutes", "wish me luck"): dread, not despair. */
const UPCOMING = /\b(?:morgen|tomorrow|straks|vanmiddag|vanavond|tonight|maandag|dinsdag|woensdag|donderdag|vrijdag|monday|tuesday|wednesday|thursday|friday|volgende week|next week|begint|starts|in \d+ (?:minuten|minutes|min)|wish me luck|succes)\b/i;
/** Failing again and having had enough: despair, whatever test it is about. */
const DESPAIR = /\b(?:failed|fail|failing|gezakt|zak|onvoldoende|onvoldoendes|again|weer|kan niet meer|can'?t do this|can'?t anymore|tired of everything|moe van alles|klaar mee|niemand|nobody|no one|every exam|elke toets|alone|alleen)\b/i;

const MARK = /(?:^|\s)(?:[1-4][,.]\d|5[,.][0-4])\s+(?:voor|for|op|on)\s/i;

/** A test in the sentence or the one before or after it (or a mark given). */
function examNear(an: Analysis, sent: number): boolean {
  // "5,4 voor statistiek. ik wil dood 😭": a mark is a test's result.
  if (MARK.test(an.text)) return true;
  return sentenceHas(an, sent, EXAMS) || (sent > 0 && sentenceHas(an, sent - 1, EXAMS)) || (sent + 1 < an.ns && sentenceHas(an, sent + 1, EXAMS));
}

const SINGULAR_SELF = new Set(['ik', 'me', 'mij', 'mezelf', 'mijzelf', 'mijn', "m'n", 'i', "i'm", 'im', 'myself', 'my']);
/** The writer as someone, not only as an owner ("mijn broer"). */
const WRITER_NOT_OWNER = new Set([...SINGULAR_SELF].filter((w) => !WRITER_POSSESSIVES.has(w)));

function aboutWriter(an: Analysis, sent: number): boolean {
  for (let k = an.sFirst[sent] as number; k < (an.sEnd[sent] as number); k++) {
    for (let i = an.cStart[k] as number; i < (an.cEnd[k] as number); i++) if (SINGULAR_SELF.has(an.t.norm[i] as string)) return true;
  }
  return false;
}

function hypothetical(an: Analysis, sent: number): boolean {
  return ((an.sTags[sent] as number) & TAG.hypothetical) !== 0 || ((an.sMark[sent] as number) & TM.GROUP) !== 0;
}

const PAST_DEATH = new Set(['pleegde', 'pleegden', 'gepleegd', 'overleed', 'overleden', 'stierf', 'verloren', 'committed', 'died', 'passed', 'lost']);

/**
 * "Vandaag 5 jaar geleden dat mijn broer zelfmoord pleegde. Ik mis hem", "lost my uncle to suicide":
 * someone's death by suicide remembered — the past death verb right by the word, and the writer only
 * as "mijn" in the clause ("since my dad passed all I think about is suicide" stays a signal).
 */
function someoneElsesDeath(an: Analysis, i: number): boolean {
  const t = an.t;
  let past = false;
  for (let k = Math.max(0, i - 4); k < Math.min(t.n, i + 3); k++) if (PAST_DEATH.has(t.norm[k] as string)) past = true;
  if (!past) return false;
  const c = an.clause[i] as number;
  for (let k = an.cStart[c] as number; k < (an.cEnd[c] as number); k++) if (WRITER_NOT_OWNER.has(t.norm[k] as string)) return false;
  return true;
}

const BACK_THEN = new Set(['geleden', 'vroeger', 'destijds', 'ago']);
const STILL = new Set(['nu', 'nog', 'weer', 'vanavond', 'vannacht', 'morgen', 'still', 'now', 'tonight', 'again', 'tomorrow']);
const HELP_LINE = /\b(?:bel|call|text|app)\s+(?:de\s+|het\s+)?(?:113|988)\b|hulplijn|helpline|zelfmoordpreventie|het wordt beter|it gets better|samaritans/i;

/**
 * "Vijf jaar geleden wilde ik niet meer leven, nu sta ik hier met mijn diploma. Bel 113": a story of
 * getting through it, told to help others — the clause of the signal in the past, a helpline, and no
 * "nu", "still", "tonight" in that clause.
 */
function recovered(an: Analysis, c: number): boolean {
  if (!HELP_LINE.test(an.text)) return false;
  let past = false;
  for (let i = an.cStart[c] as number; i < (an.cEnd[c] as number); i++) {
    const w = an.t.norm[i] as string;
    if (STILL.has(w)) return false;
    if (BACK_THEN.has(w)) past = true;
  }
  return past;
}

const THIRD_SELF = new Set(['zichzelf', 'herself', 'himself', 'themselves']);
const WORRY = new Set(['zorgen', 'bezorgd', 'bang', 'ongerust', 'worried', 'scared', 'afraid', 'vriendin', 'vriend', 'friend', 'bestie']);

/**
 * "Mijn beste vriendin zegt dat ze zichzelf snijdt … wat moet ik doen?": a friend's words passed on
 * by someone worried are a care signal, not a quotation.
 */
function reportedCare(an: Analysis, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (THIRD_SELF.has(an.t.norm[i] as string)) return true;
  for (let i = 0; i < an.t.n; i++) if (WORRY.has(an.t.norm[i] as string)) return true;
  return false;
}

/** With a reason for leaving given (a new job, a move), only despair still counts as final. */
const DESPAIR_FINAL = new Set(["i'm|im ~1 done ~2 tonight", 'i am ~1 done ~2 tonight', "tonight ~2 i'm|im done", 'tonight ~2 i am done', 'at peace with it',
  'finally at peace', "can't|cant|cannot ~1 do this anymore", 'kan dit niet meer', 'cut again', 'weer gesneden|gekrast', 'afscheidsbrieven']);
const LEAVING = /\b(?:pensioen|retir\w*|nieuwe baan|new job|verhui[sz]\w*|mov(?:e|ing) (?:to|away|abroad)|emigr\w*|laatste werkdag|last day at|nieuwe school|new school|geslaagd|diploma|graduat\w*|uitwisseling|exchange|sabbatical|verlof|leave of absence|nieuwe uitdaging|new challenge|als voorzitter|as chair|universiteit|university|uni|vervolgopleiding|college|vliegtuig|plane|flight|vlucht|on the coach|in de bus|schoolreis|excursie|school trip|on tour|vakantie|holiday|holidays|zomerkamp|summer camp|until september|tot september|driving test|rijexamen|rijbewijs|passed)\b/gi;
const NOT_BEFORE = /\b(?:niet|nooit|geen|not|never|didn'?t|didnt|don'?t|failed|gezakt)\b[^.!?]{0,6}$/i;
const NEVER_AFTER = /^[^.!?,]{0,14}\b(?:nooit|never)\b/i;

/** A reason for leaving the writer gives: not "weer niet geslaagd", "mijn diploma ga ik nooit halen", "didn't graduate". */
function leavingFor(text: string): boolean {
  LEAVING.lastIndex = 0;
  for (let m = LEAVING.exec(text); m; m = LEAVING.exec(text)) {
    // "weer niet geslaagd", "didn't graduate"; "mijn diploma ga ik nooit halen". Not "laatste werkdag, niet te geloven".
    const before = text.slice(Math.max(0, m.index - 16), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    if (!NOT_BEFORE.test(before) && !NEVER_AFTER.test(after)) return true;
  }
  return false;
}

/**
 * A farewell note: "bedankt voor alles. sorry voor alles. dit is de laatste keer dat jullie van me
 * horen", "wrote letters to everyone tonight, finally at peace". A teacher's goodbye has thanks and
 * "vergeet me niet" too, so the soft words count only beside a final one, and it takes two, at
 * different words. Someone leaving for a new job or another country gives away his things and says
 * "you won't hear from me again": with such a reason given, only despair counts as final.
 */
export function farewellNote(an: Analysis, out: Findings): void {
  const leaving = leavingFor(an.text);
  let final = 0;
  let all = 0;
  // Each pattern counts once, and of two that overlap only one counts, the final one if either is.
  const seen = new Set<string>();
  let lastEnd = -1;
  let lastSoft = false;
  const hits: number[] = [];
  for (let h = 0; h < an.np; h++) if (an.pTag[h] === TAG.farewell || an.pTag[h] === TAG.farewell_soft) hits.push(h);
  hits.sort((x, y) => (an.pStart[x] as number) - (an.pStart[y] as number));
  for (const h of hits) {
    const p = an.pPhrase[h] as { text: string };
    const s = an.pStart[h] as number;
    const c = an.clause[s] as number;
    if (seen.has(p.text) || isMention(an, c) || hypothetical(an, an.cSent[c] as number)) continue;
    seen.add(p.text);
    const isFinal = an.pTag[h] === TAG.farewell && (!leaving || DESPAIR_FINAL.has(p.text));
    if (s < lastEnd) {
      if (isFinal && lastSoft) {
        final++;
        lastSoft = false;
      }
      lastEnd = Math.max(lastEnd, an.pEnd[h] as number);
      continue;
    }
    lastEnd = an.pEnd[h] as number;
    lastSoft = !isFinal;
    all++;
    if (isFinal) final++;
  }
  if (final === 0 || all < 2) return;
  for (let h = 0; h < an.np; h++) {
    if (an.pTag[h] === TAG.farewell || an.pTag[h] === TAG.farewell_soft) out.tokens(an, 'self_harm', 'self_harm.farewell', 3, an.pStart[h] as number, an.pEnd[h] as number);
  }
}
