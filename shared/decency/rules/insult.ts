import { CF, TAG, TM, nextWord, prevWord } from '../analyze';
import type { Analysis } from '../analyze';
import type { Findings } from '../findings';
import { A, B, C } from '../lexicon/roles';
import { TF, TK } from '../tokenize';
import { WRITER_SUBJECT, emotionAtAThing, findA, findTag, isMention, laughing, nameHomograph, negated, partOfName, partRange, personTarget, pointedPerson, sentenceText } from './common';

const INDIVIDUAL = A.PRON2 | A.PRON3S | A.STAFF | A.PERSON_ROLE | A.REFLEX2;

/**
 * Insults aimed at a person ("je bent walgelijk", "ik haat je", "domme kut", "kankerhoer") and
 * coarse language ("kut toetsweek", "tering wat koud", "fuck deze regen"). Criticism of the
 * school, its rules or decisions is not an insult: a clause about an institution needs a person.
 */
const MILD = new Set(['gek', 'getikt', 'knettergek', 'crazy', 'mad', 'nuts', 'insane', 'mental', 'wild', 'bezopen']);

/** "love you", "luv u", "hou van je": the word of love and the word after it. */
const LOVED: Record<string, Set<string>> = {
  love: new Set(['you', 'u', 'ya', 'je', 'jou']),
  luv: new Set(['you', 'u', 'ya']),
  hou: new Set(['van']),
};
/** The friend who comes to the rescue: "… je gymtas wéér vergeten 😂 gelukkig heb je mij", "luckily I packed spares". */
const LUCKY_ME = /\b(?:zal ik je (?:ophalen|helpen|brengen|komen halen)|want me to (?:pick you up|come get you)|gelukkig heb je mij|gelukkig heb ik|luckily i (?:packed|brought|have|had)|good thing you have me|lucky you have me)\b/i;
const DEAR = new Set(['bestie', 'bff', 'jk', 'grapje']);
/** Praise that, with laughter, makes the insult a tease: "jij sukkel 😂 maar wel kampioen". */
const PRAISE = new Set(['legendarisch', 'legendary', 'legend', 'kampioen', 'kampioenen', 'champion', 'champ', 'held', 'hero', 'heerlijk', 'mvp', 'goat', 'topper', 'kanjer', 'lieverd', 'schat']);
/** "m'n favoriete kluns", "my favourite idiot": only the writer's own favourite is love ("everyone's favourite loser" is not). */
const FAVOURITE = new Set(['favoriete', 'favorite', 'favourite']);
const MY = new Set(['mijn', "m'n", 'mn', 'my']);
const BEST = new Set(['mate', 'friend', 'vriend', 'vriendin']);
/** The insults friends call each other; a slur or a cursed compound is never one of them. */
const FRIENDLY = new Set(`idiot idiots loser losers dumb stupid sukkel sukkels gek crazy nerd weirdo dork dweeb muppet melt
  clown oen doos malloot mafkees dwaas stom stomme dom domme suffie sufferd idioot idioten gestoord gestoorde
  sukkeltje malloten kluns klungel dork dorks slechtste worst lul aap lelijke lelijk ugly matennaaier`.split(/\s+/));
const BIRTHDAY = /\b(?:gefeliciteerd|fijne verjaardag|jarig|jaartje ouder|happy birthday|hbd|happy bday)\b/i;
const PARTY = /[\u{1F973}\u{1F389}\u{1F382}\u{1F37B}\u{1F942}\u{1F381}]/u;

/**
 * Said with love, in so many words ("love you", "bestie", "jk", "grapje"), and only the insults
 * friends call each other: "happy birthday you absolute idiot 😂 love you", "ok loser (bestie)".
 * A heart alone proves nothing: it is as often sarcasm.
 */
export function affectionate(an: Analysis): boolean {
  const rescued = laughing(an) && LUCKY_ME.test(an.text);
  return lovingly(an, rescued, false);
}

/**
 * "gefeliciteerd ouwe lul 🥳", "haha jij lelijke aap, gefeliciteerd met je verjaardag 🎉": birthday wishes
 * with a party, in the insults friends call each other. It excuses the insult only, never a threat, a
 * wish or shutting someone out (those rules do not ask).
 */
export function birthdayBanter(an: Analysis): boolean {
  return BIRTHDAY.test(an.text) && (laughing(an) || PARTY.test(an.text)) && lovingly(an, false, true);
}

function lovingly(an: Analysis, rescued: boolean, birthday: boolean): boolean {
  if (!(an.textC & C.AFFECTION) && !rescued && !birthday) return false;
  const t = an.t;
  let love = false;
  for (let i = 0; i < t.n; i++) {
    if (t.kind[i] !== TK.WORD) continue;
    const w = t.norm[i] as string;
    const a = an.a[i] as number;
    if (a & (A.INSULT | A.INSULT_ADJ | A.NEG_ATTRIB | A.DEHUM | A.SLUR | A.PROFANITY) && !FRIENDLY.has(an.form[i] as string)) return false;
    if (DEAR.has(w) || (PRAISE.has(w) && laughing(an))) love = true;
    else if (FAVOURITE.has(w) && i > 0 && MY.has(t.norm[i - 1] as string)) love = true;
    else if (i + 1 < t.n && ((LOVED[w]?.has(t.norm[i + 1] as string) ?? false) || (w === 'best' && BEST.has(t.norm[i + 1] as string)))) love = true;
  }
  return love || rescued || birthday;
}

/** Things an attribute can judge right before them: "the worst news", "de slechtste dag". */
const THING_JUDGED = new Set(['news', 'nieuws', 'week', 'year', 'jaar', 'moment', 'rule', 'regel', 'decision', 'besluit', 'plan',
  'film', 'movie', 'song', 'weather', 'timing']);

const THING_OWNERS = new Set(['your', 'ur', 'his', 'their', 'jouw', 'zijn', 'hun', "z'n", 'zn']);

/** The only person in the clause is an owner of the thing judged ("your argument", "his excuses"). */
function aThingOfTheirs(an: Analysis, c: number): boolean {
  let owner = false;
  const t = an.t;
  for (let i = an.cStart[c] as number; i < (an.cEnd[c] as number); i++) {
    const a = an.a[i] as number;
    if (t.kind[i] === TK.MENTION) continue; // "@USER your argument is lazy": whom it is said to
    if (!(a & INDIVIDUAL) && !((an.mark[i] as number) & TM.NAME)) continue;
    const nx = nextWord(t, i);
    if (nx < 0) return false;
    const w = t.norm[i] as string;
    const nw = t.norm[nx] as string;
    // "Mr Davies's marking": the title goes with the owner's name.
    if (a & A.STAFF && nw.endsWith("'s") && (an.mark[nx] as number) & TM.NAME) continue;
    const possessiveName = w.endsWith("'s") && ((an.mark[i] as number) & TM.NAME) !== 0;
    if (!THING_OWNERS.has(w) && !possessiveName) return false;
    const e = an.entry[nx];
    // "ellie's a fat pig": before an article the 's is "is", not an owner's.
    if (e && e.b & (B.ARTICLE | B.INTENSIFIER)) return false;
    // "your mum", "his face", "your hair": a person or their looks, which is an insult all the same.
    if (e && (e.a & (INDIVIDUAL | A.PERSON_NOUN) || e.b & (B.FAMILY | B.BODY | B.APPEARANCE))) return false;
    if ((an.mark[nx] as number) & TM.NAME) return false;
    owner = true;
  }
  return owner;
}

/** "she's a fat pig", "he's such a loser": the contracted "is". */
function contractedIs(an: Analysis, c: number): boolean {
  for (let i = an.cStart[c] as number; i < (an.cEnd[c] as number); i++) {
    const w = an.t.norm[i] as string;
    if (w.length > 2 && w.endsWith("'s") && ((an.mark[i] as number) & TM.NAME || (an.a[i] as number) & A.PRON3S)) return true;
  }
  return false;
}

const IF_WORDS = new Set(['als', 'if', 'to', 'om']);

/** "Je bent gek als je nu een huis koopt", "Ben jij gek geworden?": a way of speaking, not a verdict. */
function notAVerdict(an: Analysis, c: number): boolean {
  if ((an.cFlags[c] as number) & CF.QUESTION) return true;
  for (let i = an.cStart[c] as number; i < (an.cEnd[c] as number); i++) {
    if (!MILD.has(an.form[i] as string)) continue;
    const nx = nextWord(an.t, i);
    if (nx >= 0 && IF_WORDS.has(an.t.norm[nx] as string)) return true;
  }
  return c + 1 < an.nc && (an.cFlags[c + 1] as number) & CF.SUBORD ? IF_WORDS.has(an.t.norm[an.cStart[c + 1] as number] as string) : false;
}

const DANGER = new Set(['gevaar', 'bedreiging', 'danger', 'threat', 'last', 'burden']);

function dangerOnly(an: Analysis, c: number): boolean {
  const hit = findTag(an, c, TAG.neg_attrib);
  if (!hit) return false;
  for (let i = hit[0]; i < hit[1]; i++) if (DANGER.has(an.t.norm[i] as string)) return true;
  return false;
}

/** Every derogatory word of the clause is one of the mildest ("gek", "crazy"). */
function onlyMild(an: Analysis, c: number): boolean {
  let any = false;
  for (let i = an.cStart[c] as number; i < (an.cEnd[c] as number); i++) {
    if (!((an.a[i] as number) & (A.DEHUM | A.NEG_ATTRIB | A.INSULT_ADJ | A.INSULT | A.PROFANITY))) continue;
    if (!MILD.has(an.form[i] as string)) return false;
    any = true;
  }
  return any && !((an.cTags[c] as number) & (TAG.neg_attrib | TAG.derog_fixed | TAG.neg_emote));
}

export function insultRule(an: Analysis, out: Findings): void {
  // "happy birthday you absolute idiot 😂❤️ love you", "ok loser see u at practice 😘 (bestie)".
  if (affectionate(an) || birthdayBanter(an)) return;
  for (let c = 0; c < an.nc; c++) {
    const a = an.cA[c] as number;
    const tags = an.cTags[c] as number;
    if (!(a & (A.INSULT | A.INSULT_ADJ | A.NEG_ATTRIB | A.DEHUM | A.NEG_EMOTE) || tags & (TAG.curse | TAG.neg_emote | TAG.neg_attrib | TAG.derog_fixed))) continue;
    if (isMention(an, c)) continue;
    const neg = negated(an, c);
    let person = personTarget(an, c, INDIVIDUAL);
    // "Onze premier is een leugenaar", "the ref is blind": someone in a public role.
    if (person < 0) person = pointedIn(an, c);
    // "De Jonge is de grootste klungel van het kabinet, wat een kneus": a fixed insult about the one
    // the sentence is about, unless the writer is talking about himself ("ik vergat het weer, wat een kneus").
    // A fixed insult owned by the reader ("jouw IQ van een theezakje"), or said in a clause of its own
    // after the person ("De Jonge …, wat een kneus").
    let owned = false;
    let appositive = false;
    if (tags & TAG.neg_attrib) {
      const hit = findTag(an, c, TAG.neg_attrib) as [number, number];
      const pv = prevWord(an.t, hit[0]);
      if (pv >= 0 && pv === hit[0] - 1 && (an.a[pv] as number) & A.PRON2 && OWNED_INSULTS.has(an.t.norm[hit[0]] as string)) {
        person = pv;
        owned = true;
      } else if (person < 0 && !((an.sA[an.cSent[c] as number] as number) & A.PRON1)) {
        person = personInSentence(an, c);
        appositive = person >= 0;
      }
    }
    const onlySelf = person < 0 && ((a & A.PRON1) !== 0 || droppedI(an, c));
    const institution = (a & A.INSTITUTION) !== 0 && person < 0;

    if (tags & TAG.curse && !onlySelf) {
      const hit = findTag(an, c, TAG.curse);
      // Aimed at someone, or an order ("krijg de tering") — not "koffiezaken kunnen de kanker krijgen".
      if (hit && (person >= 0 || hit[0] === an.cStart[c])) {
        out.tokens(an, 'insult', 'insult.curse', 2, hit[0], hit[1]);
        continue;
      }
    }
    // Insult nouns insult on their own ("Domme kut", "idioot!"), unless the writer means himself.
    // A negator after the noun negates something else: "a loser with no life", "a moron who has never …".
    const i = a & A.INSULT ? findA(an, c, A.INSULT) : -1;
    if (i >= 0 && !onlySelf && (!neg || !negatedBefore(an, i))) {
      if (!(person < 0 && (an.mark[i] as number) & TM.CURSED && !((an.a[i] as number) & (A.SLUR | A.GROUP)) && !vocative(an, c, i))) {
        out.tokens(an, 'insult', 'insult.word', 2, i, i + 1);
        continue;
      }
    }
    if (person < 0 || institution || neg) continue;
    // "wie heeft die debiele conciërge aangenomen?", "wat een domme jongen": asked or exclaimed, still said of him.
    // Not "ik was die domme leerling vroeger": the writer about himself.
    const pointed = writerSubjectIn(an, c) ? -1 : pointedInsultIn(an, c);
    if (pointed >= 0) {
      out.tokens(an, 'insult', 'insult.targeted', 1, pointed, pointed + 1);
      continue;
    }
    if ((an.cFlags[c] as number) & CF.QUESTION && !(a & A.PRON2)) continue;
    const onlyJullie = onlyPluralYou(an, c);
    // "Meneer Jansen heeft het IQ van een theezakje": a fixed insult phrase says its own verb.
    const copula = (an.cB[c] as number) & B.COPULA || contractedIs(an, c) || (tags & TAG.neg_attrib && hasHave(an, c)) || appositive || owned;
    // "Your argument is lazy", "his excuses are pathetic", "zijn plan is waardeloos": the thing is judged.
    if (copula && !owned && aThingOfTheirs(an, c)) continue;
    // Strong emotions at a person: "ik haat je", "ik verafschuw hem", "jij maakt me ziek".
    if ((an.cC[c] as number) & C.STRONG_EMOTE || tags & TAG.neg_emote) {
      if (onlyJullie) continue;
      const i = tags & TAG.neg_emote ? (findTag(an, c, TAG.neg_emote) as [number, number])[0] : findStrongEmote(an, c);
      // "zo'n hekel aan die nieuwe regel dat je …": the emotion is about a rule, criticism of the school.
      if (i >= 0 && emotionAtAThing(an, i)) continue;
      if (i >= 0) {
        out.tokens(an, 'insult', 'insult.emotion', 2, i, i + 1);
        continue;
      }
    }
    // "je bent echt gek haha", "you guys are crazy lol": teasing, with a laugh, in the mildest words.
    if (copula && onlyMild(an, c) && (laughing(an) || notAVerdict(an, c))) continue;
    // "Trump is een gevaar voor de democratie": calling a person a danger is criticism, not an insult
    // (said of a whole group, the hate rule judges it).
    if (copula && !(a & (A.DEHUM | A.NEG_ATTRIB | A.INSULT_ADJ)) && !(tags & TAG.derog_fixed) && dangerOnly(an, c)) continue;
    // Derogatory attributes with a copula: "je bent walgelijk", "hij is waardeloos vuil".
    if (copula && (a & (A.DEHUM | A.NEG_ATTRIB | A.INSULT_ADJ) || tags & (TAG.neg_attrib | TAG.derog_fixed)) && !onlyJullie) {
      const i = findA(an, c, A.DEHUM | A.NEG_ATTRIB | A.INSULT_ADJ);
      // "Dikkie Dik voorlezen door juf Fanny was …": the word is part of a title, not said of her.
      // "mr peters leaving is the worst news of the year": the news is judged, not the man.
      if (i >= 0 && (partOfName(an, i) || THING_JUDGED.has(an.t.norm[i + 1] as string))) continue;
      const at = i >= 0 ? i : (findTag(an, c, tags & TAG.neg_attrib ? TAG.neg_attrib : TAG.derog_fixed) ?? [person])[0];
      out.tokens(an, 'insult', 'insult.targeted', (an.cA[c] as number) & (A.DEHUM) ? 2 : 1, at, at + 1);
      continue;
    }
    // A positive word negated, with a copula: "your life is worth nothing", "je bent niets waard".
    if (copula && a & A.POS && (an.cNeg[c] as number) & 1 && !onlyJullie) {
      const i = findA(an, c, A.POS);
      out.tokens(an, 'insult', 'insult.targeted', 1, i, i + 1);
      continue;
    }
    // Adjective right next to the person: "jij vieze vuile rat", "stomme jij", "jij hersenloze kip".
    if (a & (A.INSULT_ADJ | A.NEG_ATTRIB)) {
      const i = findA(an, c, A.INSULT_ADJ | A.NEG_ATTRIB);
      const nx = nextWord(an.t, i);
      const pv = prevWord(an.t, i);
      if ((nx >= 0 && (an.a[nx] as number) & (A.PRON2 | A.INSULT)) || (pv >= 0 && (an.a[pv] as number) & A.PRON2)) {
        out.tokens(an, 'insult', 'insult.targeted', 1, i, i + 1);
      }
    }
  }
}

const POINTERS = new Set(['die', 'dat', 'deze', 'that', 'this', "zo'n", 'zon']);
const DESCRIBING = new Set(['dik', 'dikke', 'fat', 'kleine', 'grote']);

/** "ben zo'n idioot, telefoon in de wasmachine": "ben" without its "ik" (not "ben je …?"). */
function droppedI(an: Analysis, c: number): boolean {
  const first = an.cStart[c] as number;
  // Not the name: "Ben is zo'n idioot".
  if (an.t.norm[first] !== 'ben' || !((an.t.flags[first] as number) & TF.SENT_START) || (an.t.flags[first] as number) & TF.CAP) return false;
  const nx = nextWord(an.t, first);
  return nx < 0 || !((an.a[nx] as number) & (A.PRON2 | A.PRON3S | A.PRON3P) || NAME_VERBS.has(an.t.norm[nx] as string));
}

const NAME_VERBS = new Set(['is', 'was', 'has', 'heeft', 'had']);

/** "ik was die domme leerling", "I was that annoying kid": the writer, with a copula, is the one; "In de musical speelt Sam die domme leraar": a role. */
function writerSubjectIn(an: Analysis, c: number): boolean {
  if (ROLE_PLAYED.test(sentenceText(an, an.cSent[c] as number))) return true;
  if (!((an.cB[c] as number) & B.COPULA)) return false;
  for (let i = an.cStart[c] as number; i < (an.cEnd[c] as number); i++) if (WRITER_SUBJECT.has(an.t.norm[i] as string)) return true;
  return false;
}
const ROLE_PLAYED = /\b(?:speelt|speelde|spelen|plays|played|playing|de rol|the role|rol van|role of|musical|toneelstuk|the play)\b/i;
const OURS = new Set(['ons', 'mij', 'me']);
const THING_AFTER = new Set(['mistake', 'mistakes', 'excuse', 'error', 'errors', 'fout', 'fouten', 'vergissing', 'question', 'questions', 'vraag', 'vragen', 'joke', 'jokes', 'grap', 'grapje', 'grappen', 'outfit', 'costume', 'kostuum', 'impression', 'imitatie', 'meme', 'memes', 'voice', 'stem', 'act', 'role', 'rol']);

function pointedInsultIn(an: Analysis, c: number): number {
  for (let i = an.cStart[c] as number; i < (an.cEnd[c] as number); i++) {
    if ((an.a[i] as number) & A.INSULT_ADJ && pointedInsult(an, i, prevWord(an.t, i), nextWord(an.t, i))) return i;
  }
  return -1;
}

/** "die debiele conciërge", "wat een domme jongen", "that stupid teacher": the adjective before the person pointed at. */
function pointedInsult(an: Analysis, i: number, pv: number, nx: number): boolean {
  if (nx !== i + 1 || pv < 0 || !((an.a[nx] as number) & (A.STAFF | A.PERSON_ROLE)) || DESCRIBING.has(an.t.norm[i] as string) || MILD.has(an.form[i] as string)) return false;
  // "wat een stomme leraar-grap", "that lame teacher joke": the person noun heads a compound, a thing.
  const after = nx + 1;
  // "dat vieze kind van ons": the writer's own child.
  if (an.t.norm[after] === 'van' && OURS.has(an.t.norm[after + 1] as string)) return false;
  if (an.text[an.t.end[nx] as number] === '-' || (after < an.t.n && an.t.kind[after] === TK.WORD && THING_AFTER.has(an.t.norm[after] as string))) return false;
  const w = an.t.norm[pv] as string;
  if (POINTERS.has(w)) return true;
  const pp = prevWord(an.t, pv);
  return (w === 'een' && pp >= 0 && an.t.norm[pp] === 'wat') || ((w === 'a' || w === 'an') && pp >= 0 && (an.t.norm[pp] === 'what' || an.t.norm[pp] === 'such'));
}

/** Fixed insults that start with what someone has: "je IQ van een", "your personality of a". */
const OWNED_INSULTS = new Set(['iq', 'intellect', 'brain', 'personality', 'persoonlijkheid', 'uitstraling', 'charisma', 'spine',
  'awareness', 'reading']);

/** One person, named or pointed at, in the clauses a comma joins before c ("kijk hem nou zitten, …"). */
function personInSentence(an: Analysis, c: number): number {
  const first = an.sFirst[an.cSent[c] as number] as number;
  for (let k = c - 1; k >= first && (an.cFlags[k + 1] as number) & CF.AFTER_COMMA; k--) {
    const p = personTarget(an, k, A.PRON2 | A.PRON3S);
    if (p >= 0) return p;
  }
  return -1;
}

/** A cursed compound at the start of a short clause addresses someone: "Kankerhoer!". */
function vocative(an: Analysis, c: number, i: number): boolean {
  let words = 0;
  for (let k = an.cStart[c] as number; k < (an.cEnd[c] as number); k++) if (an.t.kind[k] === TK.WORD) words++;
  return words <= 3 || i === an.cStart[c];
}

function findStrongEmote(an: Analysis, c: number): number {
  for (let i = an.cStart[c] as number; i < (an.cEnd[c] as number); i++) if ((an.c[i] as number) & C.STRONG_EMOTE) return i;
  return -1;
}

/** "jullie" alone is usually the school being addressed; it needs a strong insult. */
function onlyPluralYou(an: Analysis, c: number): boolean {
  let jullie = false;
  for (let i = an.cStart[c] as number; i < (an.cEnd[c] as number); i++) {
    const a = an.a[i] as number;
    if (!(a & INDIVIDUAL) && !((an.mark[i] as number) & TM.NAME)) continue;
    if (an.t.norm[i] === 'jullie' || an.t.norm[i] === 'u' || an.t.norm[i] === 'uw') jullie = true;
    else return false;
  }
  return jullie;
}

/**
 * Coarse language: swear words, cursed compounds, diseases used as curses and swearing by holy
 * names. Reported speech stays coarse ("ze zei dat hij de kanker kon krijgen"); quoted words in
 * a condemning frame do not.
 */
export function coarseRule(an: Analysis, out: Findings): void {
  const t = an.t;
  for (let i = 0; i < t.n; i++) {
    const a = an.a[i] as number;
    if (t.kind[i] !== TK.WORD) continue;
    const c = an.clause[i] as number;
    if (a & A.PROFANITY) {
      if (quotedInFrame(an, c) || partOfName(an, i) || nameHomograph(an, i)) continue;
      if ((an.c[i] as number) & C.WEAK_SLUR && innocentReading(an, i)) continue;
      out.tokens(an, 'coarse_language', (an.mark[i] as number) & TM.CURSED ? 'coarse.curse_compound' : 'coarse.word', 1, i, i + 1);
      continue;
    }
    if (a & A.DISEASE && diseaseAsCurse(an, i)) {
      if (quotedInFrame(an, c)) continue;
      out.tokens(an, 'coarse_language', 'coarse.disease_curse', 1, i, i + 1);
      continue;
    }
    if ((an.b[i] as number) & B.EXCLAIM && exclamation(an, i)) {
      out.tokens(an, 'coarse_language', 'coarse.exclamation', 1, i, Math.min(i + 2, t.n));
    }
  }
}

/** "my labrador bitch", "I'm the baddest bitch": a dog, or reclaimed self-description. */
function innocentReading(an: Analysis, i: number): boolean {
  const c = an.clause[i] as number;
  const s = an.cSent[c] as number;
  for (let k = an.sFirst[s] as number; k < (an.sEnd[s] as number); k++) {
    if ((an.cC[k] as number) & (C.HOMONYM_CTX | C.POSITIVE_MOD)) return true;
  }
  const sa = an.sA[s] as number;
  return (sa & A.PRON1) !== 0 && !((an.cA[c] as number) & (A.PRON2 | A.PRON3S));
}

function quotedInFrame(an: Analysis, c: number): boolean {
  if (an.textTags & TAG.endorse) return false;
  if ((an.cFlags[c] as number) & CF.QUOTED && an.unquotedWords >= 2) return true;
  // Condemning someone else's words: "Schrijven dat … klootzakken zijn zegt veel over jou."
  const [lo, hi] = partRange(an, c);
  for (let k = lo; k < hi; k++) if ((an.cTags[k] as number) & TAG.counter || ((an.cA[k] as number) & A.COUNTER && condemns(an, k))) return true;
  return false;
}

/** Prison and court frame what someone said ("should be in jail for saying …"), not a swear word of one's own. */
const PUNISHMENTS = new Set(['jail', 'prison', 'gevangenis']);

function condemns(an: Analysis, k: number): boolean {
  for (let i = an.cStart[k] as number; i < (an.cEnd[k] as number); i++) {
    if ((an.a[i] as number) & A.COUNTER && !PUNISHMENTS.has(an.t.norm[i] as string)) return true;
  }
  return false;
}

/** "Tering, wat koud", "kanker weer", "krijg de tyfus" — but not "mijn opa heeft kanker". */
function diseaseAsCurse(an: Analysis, i: number): boolean {
  const t = an.t;
  const w = t.norm[i] as string;
  if (w === 'cancer') return false;
  const c = an.clause[i] as number;
  // "Ik hoop dat niemand kanker krijgt": a wish negated is no curse.
  if ((an.cTags[c] as number) & (TAG.curse | TAG.die_wish)) return !((an.cA[c] as number) & A.NEGATOR) && !negatedBefore(an, i);
  // Outside "krijg de cholera" the word is the illness: history lessons, news, Oregon Trail.
  if (w === 'cholera') return false;
  const pv = prevWord(t, i);
  const nx = nextWord(t, i);
  // "KLEREEE ik heb mijn tentamen verkloot": an exclamation, then a sentence of its own (not "Kanker,
  // ik haat die ziekte").
  if (pv < 0 && (t.flags[i] as number) & TF.SENT_START && nx === i + 1 && (an.a[nx] as number) & (A.PRON1 | A.PRON2) && !familyMember(an, c) &&
    !sentenceNamesIllness(an, i)) return true;
  // "een presentatie over tyfus en cholera": a list of illnesses.
  if (pv >= 0 && LIST_WORDS.has(t.norm[pv] as string)) {
    const pp = prevWord(t, pv);
    if (pp >= 0 && (an.a[pp] as number) & A.DISEASE) return false;
  }
  if (pv >= 0) {
    const pw = t.norm[pv] as string;
    if ((an.a[pv] as number) & A.SYMPATHY || ['aan', 'tegen', 'met', 'van', 'over', 'geen', 'heeft', 'had', 'liever', 'voor', 'naar', 'de', 'het'].includes(pw)) return false;
    if ((an.b[pv] as number) & B.FAMILY) return false;
  }
  if (nx >= 0) {
    const e = an.entry[nx];
    if (e && (e.b & B.COPULA || e.c & C.MEDICAL_TAIL || e.a & A.SYMPATHY)) return false;
    // "Tyfus komt nog steeds voor", "Kanker veroorzaakt …": the illness as the subject of a verb.
    if (((t.flags[i] as number) & TF.SENT_START) !== 0 && ILLNESS_VERBS.has(t.norm[nx] as string)) return false;
  }
  if ((an.cA[c] as number) & A.SYMPATHY || ((an.cB[c] as number) & B.FAMILY && familyMember(an, c))) return false;
  if (medicalSentence(an, i)) return false;
  // Sentence-initial exclamation, or an intensifier before a word: "tering koud", "kanker school".
  return ((t.flags[i] as number) & TF.SENT_START) !== 0 || nx === i + 1 || nx < 0;
}

function pointedIn(an: Analysis, c: number): number {
  for (let i = an.cStart[c] as number; i < (an.cEnd[c] as number); i++) {
    const p = pointedPerson(an, i, true);
    if (p >= 0) return p;
  }
  return -1;
}

/** Forms of "have" that carry a fixed insult phrase ("heeft het IQ van een …"). */
const HAVE = new Set(['heeft', 'hebt', 'heb', 'hebben', 'had', 'has', 'have', "you've", 'youve']);

function hasHave(an: Analysis, c: number): boolean {
  for (let i = an.cStart[c] as number; i < (an.cEnd[c] as number); i++) if (HAVE.has(an.t.norm[i] as string)) return true;
  return false;
}

const OWNERS = new Set(['mijn', "m'n", 'mn', 'zijn', "z'n", 'zn', 'haar', 'onze', 'ons', 'je', 'jouw', 'uw', 'hun', 'my', 'his', 'her', 'our', 'your', 'their']);

/** A relative in the clause: "mijn man heeft kanker"; not the exclamation "kanker koud man". */
function familyMember(an: Analysis, c: number): boolean {
  for (let i = an.cStart[c] as number; i < (an.cEnd[c] as number); i++) {
    if (!((an.b[i] as number) & B.FAMILY)) continue;
    const w = an.t.norm[i] as string;
    if (w !== 'man' && w !== 'vrouw') return true;
    const pv = prevWord(an.t, i);
    if (pv >= 0 && OWNERS.has(an.t.norm[pv] as string)) return true;
  }
  return false;
}


function negatedBefore(an: Analysis, i: number): boolean {
  const s = an.cSent[an.clause[i] as number] as number;
  for (let k = an.cStart[an.sFirst[s] as number] as number; k < i; k++) if ((an.a[k] as number) & A.NEGATOR) return true;
  return false;
}

const LIST_WORDS = new Set(['en', 'of', 'and', 'or']);
const ILLNESS_NOUNS = new Set(['ziekte', 'ziektes', 'disease', 'illness', 'sickness', 'kwaal']);

function sentenceNamesIllness(an: Analysis, i: number): boolean {
  const s = an.cSent[an.clause[i] as number] as number;
  for (let k = an.cStart[an.sFirst[s] as number] as number; k < (an.cEnd[(an.sEnd[s] as number) - 1] as number); k++) {
    if (ILLNESS_NOUNS.has(an.t.norm[k] as string)) return true;
  }
  return false;
}
const ILLNESS_VERBS = new Set(['komt', 'kwam', 'heerst', 'heerste', 'verspreidt', 'veroorzaakt', 'wordt', 'werd', 'kan', 'breekt', 'treft', 'raakt', 'raakte', 'trof', 'spreads', 'causes', 'kills']);

const MEDICAL = new Set(`vaccinatie vaccinaties vaccin vaccins inenting inentingen besmettelijk besmettelijke besmetting
  epidemie epidemieen pandemie ziekte ziektes ziekten virus bacterie bacterien infectie infecties symptomen
  geschiedenis eeuw middeleeuwen cholera pest malaria tuberculose pokken lepra polio
  opgelopen oplopen kwf collecte chemo genezen overleefd
  vaccine vaccination infectious disease diseases epidemic pandemic infection symptoms history century`.split(/\s+/));

/** "Tyfus, cholera en de pest", "tyfus komt bijna niet meer voor … vaccinatie": the illness itself. */
function medicalSentence(an: Analysis, i: number): boolean {
  const s = an.cSent[an.clause[i] as number] as number;
  for (let k = an.sFirst[s] as number; k < (an.sEnd[s] as number); k++) {
    for (let j = an.cStart[k] as number; j < (an.cEnd[k] as number); j++) {
      if (j !== i && MEDICAL.has(an.t.norm[j] as string)) return true;
    }
  }
  return false;
}

/** "Jezus, wat duurt het lang", "Jezus christus wat …" — not "Jezus is opgestaan". */
function exclamation(an: Analysis, i: number): boolean {
  const t = an.t;
  if (an.textC & C.RELIGIOUS) return false;
  if (!((t.flags[i] as number) & TF.SENT_START)) return false;
  let j = i + 1;
  if (j < t.n && (an.b[j] as number) & B.EXCLAIM) j++;
  if (j >= t.n) return true;
  const k = t.kind[j] as number;
  if (k === TK.COMMA || k === TK.END) return true;
  return ((an.c[j] as number) & C.EXCLAIM_FOLLOW) !== 0;
}

/**
 * A stock insult ("als hersens dynamiet waren …", "I'd explain it to you but I left my crayons at
 * home", "het brein van een goudvis") insults whoever the item speaks to or names, wherever that
 * stands: the joke carries the judgement, not the clause. Not when no one but the writer is in it
 * ("mijn hond zingt beter dan ik"), and not quoted or reported.
 */
/** "Spreekwoord van opa: als domheid pijn deed …": the joke cited as a saying. */
const SAYING = /\b(?:spreekwoord|gezegde|uitdrukking|saying|proverb|expression|citaat|quote)\b/i;

export function stockInsult(an: Analysis, out: Findings): void {
  const someone = (an.textA & (A.PRON2 | A.PRON3S | A.STAFF | A.PERSON_ROLE | A.PERSON_NOUN)) !== 0 || (an.textMark & TM.NAME) !== 0 || an.text.includes('@');
  if (!someone || affectionate(an) || SAYING.test(an.text)) return;
  for (let h = 0; h < an.np; h++) {
    if (an.pTag[h] !== TAG.stock_insult) continue;
    const s = an.pStart[h] as number;
    const c = an.clause[s] as number;
    // "If stupidity hurt, I'd need a pack of paracetamol", "I have the depth of a puddle …, sorry Ms Reed": said of
    // himself, in the phrase's clause or the one it leads into. ("I left my crayons at home" has the writer in the joke.)
    if (isMention(an, c) || (!hasWriter(an, h) && writerSaidOfHimself(an, c))) continue;
    out.tokens(an, 'insult', 'insult.stock', 2, s, an.pEnd[h] as number);
  }
}

const SELF = new Set([...WRITER_SUBJECT, "i'd", 'id', "i've", 'ive', "i'll", 'me', 'mij', 'myself', 'mezelf']);
const OTHER = A.PRON2 | A.PRON3S | A.STAFF | A.PERSON_ROLE | A.PERSON_NOUN;

/** "I'd explain it to you but I left my crayons at home": the writer is part of this joke. */
function hasWriter(an: Analysis, h: number): boolean {
  return (an.pPhrase[h] as { text: string }).text.includes('crayons');
}

/** The writer is in the clause (or the next one of the sentence) and no one else is in the phrase's clause. */
function writerSaidOfHimself(an: Analysis, c: number): boolean {
  for (let i = an.cStart[c] as number; i < (an.cEnd[c] as number); i++) {
    if ((an.a[i] as number) & OTHER || (an.mark[i] as number) & TM.NAME) return false;
  }
  const last = c + 1 < an.nc && an.cSent[c + 1] === an.cSent[c] ? c + 1 : c;
  // "If brains were dynamite, I doubt you could …": the sentence speaks to someone.
  if ((an.sA[an.cSent[c] as number] as number) & A.PRON2) return false;
  for (let k = c; k <= last; k++) {
    for (let i = an.cStart[k] as number; i < (an.cEnd[k] as number); i++) if (SELF.has(an.t.norm[i] as string)) return true;
  }
  return false;
}
