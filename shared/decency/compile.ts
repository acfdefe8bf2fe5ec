import { foldWord, squeeze } from './fold';
import * as L from './lexicon/index';
import { A, B, C } from './lexicon/roles';
import type { PhraseTag } from './lexicon/phrases';
import { FUZZY_BLOCK_GENERATED, SPLIT_BLOCK_GENERATED } from './lexicon/fuzzy-block';
import type { Category, Severity } from './types';
import { WordTable } from './table';

export interface LexEntry {
  form: string;
  a: number;
  b: number;
  c: number;
  /** Category and severity of a school flag-list word. */
  userCat?: Category;
  userSev?: Severity;
}

/** One slot of a phrase pattern: the words that may stand there, and how many others may precede. */
interface Slot {
  words: Set<string>;
  /** The same words as phrase-word ids (see Lexicon.phraseWords), filled by finishLexicon. */
  ids: Int32Array;
  prefixes: string[];
  gap: number;
  /** A comma may come between this slot and the previous one (`~N,`). */
  comma: boolean;
}

export interface Phrase {
  id: number;
  /** Words of the phrase's rarest slot: if none is in the text, the phrase cannot match. */
  anchor: Set<string> | null;
  /** The anchor words as phrase-word ids. */
  anchorIds: Int32Array | null;
  tag: PhraseTag | 'user' | 'allow' | 'name';
  slots: Slot[];
  userCat?: Category;
  userSev?: Severity;
  text: string;
  /** Words that may not follow the match (`!of` at the end): "stab you in the back", not "… back of your neck". */
  notNext?: { words: Set<string>; ids: Int32Array };
}

export interface Lexicon {
  words: Map<string, LexEntry>;
  /** Squeezed spellings ("kut" for "kuuuut"), consulted only for words with a tripled letter. */
  squeezed: Map<string, LexEntry>;
  /** One-typo spellings of strong words: a letter dropped or two letters swapped. */
  fuzzy: Map<string, LexEntry>;
  /** Phrases indexed by their first word. */
  phraseIndex: Map<string, Phrase[]>;
  phrasePrefixStarts: Phrase[];
  /** Every word of every phrase slot, as ids; tokens are matched against phrases by these ids. */
  phraseWords: WordTable;
  /** Phrases by the phrase-word id of their first word. */
  phraseStarts: Phrase[][];
  /** `words` as a table for lookups straight from folded characters; ids index `entries`. */
  table: WordTable;
  entries: LexEntry[];
  /** Phrase-word id of each entry's form, by table id (-1: in no phrase). */
  entryPid: Int32Array;
  /** Prefix trie over known words for splitting run-together words ("Ikhaat", "kutwijf"). */
  trie: Map<number, number>;
  trieEnd: Uint8Array;
  phraseCount: number;
}

const TRIE_WORD = 1;
const TRIE_CURSE = 2;

/** Roles strong enough to be recognised with one typo, and to justify splitting a word. */
const CONTENT_A = A.GROUP | A.SLUR | A.INSULT | A.PROFANITY | A.NEG_EMOTE | A.NEG_ATTRIB | A.DEHUM |
  A.VIOLENT | A.GROUP_ADJ | A.POS;
const FUZZY_A = A.POS | A.GROUP | A.GROUP_ADJ | A.SLUR | A.INSULT | A.PROFANITY | A.NEG_EMOTE | A.NEG_ATTRIB | A.DEHUM | A.VIOLENT;

/**
 * Everyday words that are one typo away from a strong word; never read them as the strong one.
 * Found by checking the fuzzy variants against Dutch and English word lists during development.
 */
const FUZZY_BLOCK = new Set(
  `doen dden door dode deden daden moorden morden haten hate hater later water rater gaten
  hoer hoed hoek hoes hoef boer boek stom stof stop top kut kit kat kot put rat raat dat dit
  zien ziel ziek ziet wat wet vet vat vieze ziekte ratten rotten ratte marten vuile vuilen
  pikken pakken dikke dikken plaag plagen plaat praat klote kloten klont slaan staan slang
  hoeren horen heren haren huren hoeden boeren doden beesten besten bestem vesten lesten
  dieren dienen dierbaar apen open agen ape mogen koken beter bieren gieren
  scum sum slum cum scam hate hat heat hated heated hater later dumb dump numb dub
  kill kills ill kiln pest pets best rest nest test rats arts star tsar pigs gigs digs
  stupid studio rape ripe rap ape tape grape rapes drapes cancer dancer lancer canter
  shoot shot short hoot soot stab tab stub slab scab bitch itch pitch witch ditch birch
  dirt dart dirty dint trash rash brash stash slut slit smut shut hut nut cut lust murder
  muder trum kaha dol dols dolst dot dots duce dune unce umpty cetin cetins berenlul berenlullen sommeling ukkelaar
  nicompoop zeikers slam aboriginal aborigine aborigins bludger bludges budgers kolo lier liers setje setjes letje letjes slotje slotjes
  smos sous mous smouse plak polk polka plakken thos incl excl site sites`.split(/\s+/),
);
const GENERATED_BLOCK = new Set(FUZZY_BLOCK_GENERATED.split(/\s+/));
const NO_TYPOS = new Set(L.MORE_DEMONYMS.split(/\s+/).filter(Boolean));

let base: Lexicon | null = null;
const EMPTY_TABLE = new WordTable([]);

function add(words: Map<string, LexEntry>, raw: string, a: number, b: number, c: number): void {
  const form = foldWord(raw).replace(/ /g, '');
  if (form.length === 0) return;
  let e = words.get(form);
  if (!e) {
    e = { form, a: 0, b: 0, c: 0 };
    words.set(form, e);
  }
  e.a |= a;
  e.b |= b;
  e.c |= c;
}

function addList(words: Map<string, LexEntry>, list: string, a: number, b = 0, c = 0): void {
  for (const w of list.split(/\s+/)) if (w) add(words, w, a, b, c);
}

function buildWords(): Map<string, LexEntry> {
  const w = new Map<string, LexEntry>();
  const fa = L.FUNCTION_ROLES;
  addList(w, fa.PRON2, A.PRON2);
  addList(w, fa.PRON3S, A.PRON3S);
  addList(w, fa.PRON3P, A.PRON3P);
  addList(w, fa.PRON1, A.PRON1);
  addList(w, fa.REFLEX2, A.REFLEX2);
  addList(w, fa.REFLEX1, 0, B.REFLEX1);
  addList(w, fa.NEGATOR, A.NEGATOR);
  addList(w, fa.INTENT, A.INTENT);
  addList(w, fa.QUESTION, A.QUESTION);
  addList(w, fa.BELIEVE, A.BELIEVE);
  const fb = L.FUNCTION_ROLES_B;
  addList(w, fb.ARTICLE, 0, B.ARTICLE);
  addList(w, fb.COPULA, 0, B.COPULA);
  addList(w, fb.MODAL, 0, B.MODAL);
  addList(w, fb.WISH, 0, B.WISH);
  addList(w, fb.SUBORD, 0, B.SUBORD);
  addList(w, fb.CONJ_BUT, 0, B.CONJ_BUT);
  addList(w, fb.CLAUSE_BREAK, 0, B.CLAUSE_BREAK);
  addList(w, fb.COMPLEMENTIZER, 0, B.COMPLEMENTIZER);
  addList(w, fb.INTENSIFIER, 0, B.INTENSIFIER);
  addList(w, fb.ENDORSE, 0, B.ENDORSE);
  addList(w, fb.LAUGH, 0, B.LAUGH);
  addList(w, fb.THANKS, 0, B.THANKS);
  addList(w, fb.FUNCTION, 0, B.FUNCTION);

  addList(w, L.GROUP_NOUNS, A.GROUP);
  addList(w, L.MORE_DEMONYMS, A.GROUP);
  addList(w, L.GROUP_ADJECTIVES, A.GROUP_ADJ);
  addList(w, L.PERSON_NOUNS, A.PERSON_NOUN);
  addList(w, L.SLURS, A.SLUR);
  addList(w, L.WEAK_SLURS, A.SLUR, 0, C.WEAK_SLUR);
  addList(w, L.HOMONYM_CONTEXT, 0, 0, C.HOMONYM_CTX);
  addList(w, L.POSITIVE_MODIFIERS, 0, 0, C.POSITIVE_MOD);

  addList(w, L.NEG_EMOTE, A.NEG_EMOTE);
  addList(w, L.STRONG_EMOTE, A.NEG_EMOTE, 0, C.STRONG_EMOTE);
  addList(w, L.NEG_ATTRIB, A.NEG_ATTRIB);
  addList(w, L.DEHUM, A.DEHUM);
  addList(w, L.POS, A.POS);

  addList(w, L.VIOLENT, A.VIOLENT);
  addList(w, L.VIOLENT_AMBIG, A.VIOLENT_AMBIG);
  addList(w, L.DIE, 0, B.DIE);
  addList(w, L.WEAPONS, 0, B.WEAPON);
  addList(w, L.SPORT_CONTEXT, A.SPORT);

  addList(w, L.PROFANITY, A.PROFANITY);
  addList(w, L.INSULTS, A.INSULT);
  addList(w, L.INSULT_ADJECTIVES, A.INSULT_ADJ);
  addList(w, L.DISEASES, A.DISEASE);
  addList(w, L.CURSE_PREFIXES, 0, B.CURSE_PREFIX);
  addList(w, L.PERSON_TAILS, 0, 0, C.PERSON_TAIL);
  addList(w, L.MEDICAL_TAILS, 0, 0, C.MEDICAL_TAIL);
  addList(w, L.EXCLAMATIONS, 0, B.EXCLAIM);

  addList(w, L.STAFF, A.STAFF);
  addList(w, L.PERSON_ROLES, A.PERSON_ROLE);
  addList(w, L.INSTITUTION, A.INSTITUTION);
  addList(w, L.SYMPATHY, A.SYMPATHY);
  addList(w, L.FAMILY, 0, B.FAMILY);
  addList(w, L.SAY, A.SAY);
  addList(w, L.META, A.META);
  addList(w, L.META_NOUNS, 0, 0, C.META_NOUN);
  addList(w, L.COUNTER, A.COUNTER);
  addList(w, L.SCHOOL_PLACE, 0, B.SCHOOL_PLACE);
  addList(w, L.EXCLAMATION_FOLLOWERS, 0, 0, C.EXCLAIM_FOLLOW);
  addList(w, L.RELIGIOUS, 0, 0, C.RELIGIOUS);

  addList(w, L.SEXUAL, 0, B.SEXUAL);
  addList(w, L.SEXUAL_WEAK, 0, B.SEXUAL_WEAK);
  addList(w, L.BODY, 0, B.BODY);
  addList(w, L.SELF_HARM, 0, B.SELF_HARM);
  addList(w, L.CRIME, 0, B.CRIME);
  addList(w, L.SENSITIVE, 0, B.SENSITIVE);
  addList(w, L.SPAM, 0, B.SPAM);
  addList(w, L.SPELLED_CONTACT, 0, B.SPELLED);
  addList(w, L.APPEARANCE, 0, B.APPEARANCE);
  addList(w, L.SEX_EDUCATION, 0, 0, C.SEX_ED);
  addList(w, L.AFFECTION, 0, 0, C.AFFECTION);
  addList(w, L.EN_ONLY, 0, 0, C.EN_ONLY);
  addList(w, L.NL_ONLY, 0, 0, C.NL_ONLY);
  return w;
}

/** Masked spellings of swear words and slurs: "f*ck", "k*t", "sh**". */
function addMasked(words: Map<string, LexEntry>): void {
  const extra: [string, LexEntry][] = [];
  for (const e of words.values()) {
    if (!(e.a & (A.PROFANITY | A.SLUR | A.INSULT)) || e.form.length < 3 || e.form.includes("'")) continue;
    const f = e.form;
    for (let i = 1; i < f.length - 1; i++) extra.push([f.slice(0, i) + '*' + f.slice(i + 1), e]);
    extra.push([f[0] + '*'.repeat(f.length - 2) + f[f.length - 1], e]);
    extra.push([f[0] + f.slice(1).replace(/[aeiou]/g, '*'), e]);
    // "g*dv*rd*mme": the vowels masked but the last letter written out.
    if (f.length >= 5) extra.push([f[0] + f.slice(1, -1).replace(/[aeiou]/g, '*') + f[f.length - 1], e]);
    // "f***", "f***ing", "f***ers": all but the first letter masked, the ending written out.
    extra.push([f[0] + '*'.repeat(f.length - 1), e]);
    const ending = /(ing|ers|er|ed|s)$/.exec(f);
    if (ending && f.length - ending[0].length >= 3) {
      const stem = f.slice(0, f.length - ending[0].length);
      extra.push([stem[0] + '*'.repeat(stem.length - 1) + ending[0], e]);
    }
  }
  // A mask fits several words ("f***": fuck, fags); the plain swear word is the likeliest reading.
  const rank = (e: LexEntry): number => (e.a & A.PROFANITY ? 2 : 0) + (e.c & C.WEAK_SLUR ? 0 : 1);
  const masked = new Map<string, LexEntry>();
  for (const [k, e] of extra) {
    if (words.has(k)) continue;
    const prev = masked.get(k);
    if (!prev || rank(e) > rank(prev)) masked.set(k, e);
  }
  for (const [k, e] of masked) words.set(k, e);
}

function buildSqueezed(words: Map<string, LexEntry>): Map<string, LexEntry> {
  const m = new Map<string, LexEntry>();
  for (const e of words.values()) {
    if (!(e.a & (CONTENT_A | A.DISEASE)) && !(e.b & (B.SEXUAL | B.SELF_HARM))) continue;
    const k = squeeze(e.form);
    if (!m.has(k)) m.set(k, e);
  }
  return m;
}

function buildFuzzy(words: Map<string, LexEntry>, check = true): Map<string, LexEntry> {
  const m = new Map<string, LexEntry>();
  const blocked = new Set<string>();
  const offer = (k: string, e: LexEntry): void => {
    if (words.has(k) || blocked.has(k)) return;
    if (check && (FUZZY_BLOCK.has(k) || GENERATED_BLOCK.has(k))) return;
    const prev = m.get(k);
    if (prev && prev !== e && (prev.a !== e.a || prev.b !== e.b || prev.c !== e.c)) {
      // Two strong words share the typo: too ambiguous to guess.
      m.delete(k);
      blocked.add(k);
      return;
    }
    if (!prev) m.set(k, e);
  };
  for (const e of words.values()) {
    if ((!(e.a & FUZZY_A) && !(e.b & B.DIE)) || e.form.includes("'") || e.form.includes('*') || NO_TYPOS.has(e.form)) continue;
    const f = e.form;
    if (f.length >= 4) for (let i = 0; i < f.length; i++) offer(f.slice(0, i) + f.slice(i + 1), e);
    if (f.length >= 4) {
      for (let i = 0; i < f.length - 1; i++) {
        if (f[i] === f[i + 1]) continue;
        offer(f.slice(0, i) + f[i + 1] + f[i] + f.slice(i + 2), e);
      }
    }
  }
  return m;
}

function buildTrie(words: Map<string, LexEntry>): { trie: Map<number, number>; end: Uint8Array } {
  const trie = new Map<number, number>();
  const endFlags: number[] = [0];
  let next = 1;
  const insert = (w: string, flag: number): void => {
    let node = 0;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (c > 127) return;
      const key = node * 128 + c;
      let child = trie.get(key);
      if (child === undefined) {
        child = next++;
        endFlags[child] = 0;
        trie.set(key, child);
      }
      node = child;
    }
    endFlags[node] = (endFlags[node] as number) | flag;
  };
  for (const e of words.values()) {
    if (e.form.includes('*')) continue;
    if (e.b & B.CURSE_PREFIX) insert(e.form, TRIE_CURSE);
    if (e.form.length >= 2 && ((e.a & ~A.SPORT) !== 0 || (e.b & (B.FUNCTION | B.INTENSIFIER | B.SEXUAL | B.DIE)) !== 0)) {
      insert(e.form, TRIE_WORD);
    }
  }
  return { trie, end: Uint8Array.from(endFlags) };
}

/** Tags whose phrases can produce a finding; their anchors decide whether the full analysis runs. */
export const FINDING_TAGS = new Set<string>([
  'neg_emote', 'neg_attrib', 'derog_fixed', 'threat', 'threat_warning', 'die_wish', 'suicide_incite', 'exclusion',
  'humiliation', 'stalking', 'self_harm', 'sexual_request', 'sexual_body', 'spam', 'misconduct', 'sensitive', 'curse',
  'exclusion_group', 'hate_trope', 'user', 'photo_request', 'grooming_cue', 'observed', 'farewell', 'stock_insult',
]);

const COMMON_B = B.FUNCTION | B.ARTICLE | B.COPULA | B.INTENSIFIER | B.SUBORD | B.MODAL;
const COMMON_A = A.PRON1 | A.PRON2 | A.PRON3S | A.PRON3P | A.INTENT | A.NEGATOR | A.QUESTION;

/**
 * Marks the words of a phrase's rarest slot: without one of them the phrase cannot match, so a
 * text that has none of them (and no other trigger) can skip phrase matching altogether.
 */
export function markAnchor(words: Map<string, LexEntry>, p: Phrase, finding = true): void {
  let best: Slot | undefined;
  let bestScore = -Infinity;
  for (const slot of p.slots) {
    let common = 0;
    for (const w of slot.words) {
      const e = words.get(w);
      if (e && (e.b & COMMON_B || e.a & COMMON_A)) common++;
    }
    const score = (common === 0 ? 1000 : 0) - slot.words.size - common * 10 + (slot.prefixes.length > 0 ? -10000 : 0);
    if (score > bestScore) {
      bestScore = score;
      best = slot;
    }
  }
  if (!best || best.prefixes.length > 0) return;
  p.anchor = best.words;
  for (const w of best.words) add(words, w, 0, 0, (finding ? C.PHRASE_ANCHOR : 0) | C.ANY_ANCHOR);
}

const EN_FUNCTION = 'the and you your are to of it that this what he she they my not for with be have just was i me so all if do no should would could will can has were ur ngl tbh im dont such honestly'.split(' ');
const NL_FUNCTION = 'de het een en ik je jij niet van dat die wat maar met voor op zijn hij zij ze naar ook nog wel geen er dan te om bij'.split(' ');

export const TRIE_FLAGS = { WORD: TRIE_WORD, CURSE: TRIE_CURSE } as const;

/**
 * Written short as often as in full: a pattern with "zijn" also reads "z'n" and "zn" ("niemand wil hem
 * in z'n groepje"), and the other way round, so no pattern has to list them. ("d'r" is as often "er"
 * as "haar", and "ur" as often "you're" as "your": those stay where a pattern lists them.)
 */
const SAME_WORDS = [["zijn", "z'n", 'zn'], ['mijn', "m'n", 'mn']];
const SAME = new Map<string, string[]>(SAME_WORDS.flatMap((set) => set.map((w) => [w, set] as [string, string[]])));

function parseSlot(spec: string, gap: number, comma = false): Slot {
  const words = new Set<string>();
  const prefixes: string[] = [];
  for (const alt of spec.split('|')) {
    if (alt.endsWith('*') && alt.length > 1) prefixes.push(foldWord(alt.slice(0, -1)));
    else {
      const w = foldWord(alt).replace(/ /g, '');
      for (const same of SAME.get(w) ?? [w]) words.add(same);
    }
  }
  return { words, ids: new Int32Array(0), prefixes, gap, comma };
}

/**
 * Alternatives of several words go in parentheses: "(no one|nobody) cares" is "no one cares" and
 * "nobody cares". (Without them a space starts a new slot, so "no one|nobody cares" would mean
 * "no", then "one|nobody", then "cares".) Groups may not nest; each is expanded into every form.
 */
export function expandGroups(pattern: string): string[] {
  const open = pattern.indexOf('(');
  if (open < 0) return [pattern];
  const close = pattern.indexOf(')', open);
  if (close < 0) throw new Error(`unclosed group in phrase "${pattern}"`);
  const head = pattern.slice(0, open);
  const tail = pattern.slice(close + 1);
  const out: string[] = [];
  for (const alt of pattern.slice(open + 1, close).split('|')) {
    for (const rest of expandGroups(tail)) out.push(`${head} ${alt.trim()} ${rest}`.replace(/\s+/g, ' ').trim());
  }
  return out;
}

export function parsePhrase(pattern: string, id: number, tag: Phrase['tag']): Phrase | null {
  const slots: Slot[] = [];
  let gap = 0;
  let comma = false;
  let notNext: { words: Set<string>; ids: Int32Array } | undefined;
  for (const part of pattern.trim().split(/\s+/)) {
    if (part.startsWith('!') && part.length > 1) {
      notNext = { words: new Set(part.slice(1).split('|').map(foldWord)), ids: new Int32Array(0) };
      continue;
    }
    if (part.startsWith('~')) {
      comma = part.endsWith(',');
      gap = Number(part.slice(1, comma ? -1 : undefined)) || 3;
      continue;
    }
    // A folded slot word may itself contain spaces if the raw text had punctuation; split it.
    const folded = foldWord(part);
    if (folded.includes(' ') && !part.includes('|')) {
      for (const sub of folded.split(' ')) {
        slots.push(parseSlot(sub, gap, comma));
        gap = 0;
        comma = false;
      }
      continue;
    }
    slots.push(parseSlot(part, gap, comma));
    gap = 0;
    comma = false;
  }
  if (slots.length === 0) return null;
  const p: Phrase = { id, tag, slots, text: pattern, anchor: null, anchorIds: null };
  if (notNext) p.notNext = notNext;
  return p;
}

export function indexPhrase(lex: Pick<Lexicon, 'phraseIndex' | 'phrasePrefixStarts'>, p: Phrase): void {
  const first = p.slots[0] as Slot;
  for (const w of first.words) {
    let list = lex.phraseIndex.get(w);
    if (!list) {
      list = [];
      lex.phraseIndex.set(w, list);
    }
    list.push(p);
  }
  if (first.prefixes.length > 0) lex.phrasePrefixStarts.push(p);
}

/**
 * Ordinary words that the typo matcher or the run-together splitter would misread: known as
 * themselves, they are never looked at twice ("uitslag", "pijpenstelen", "bellen").
 */
function addRealWords(words: Map<string, LexEntry>): void {
  for (const list of [FUZZY_BLOCK_GENERATED, SPLIT_BLOCK_GENERATED, L.EXTRA_REAL_WORDS]) {
    for (const w of list.split(/\s+/)) if (w && !words.has(w)) words.set(w, { form: w, a: 0, b: 0, c: C.REAL_WORD });
  }
}

/**
 * Chat and Flemish spellings of function words ("nie", "ng"): the same entry as the word they
 * spell, so roles, rules and phrases read "ik wil nie meer wakker worden" as "niet meer".
 * Added after the typo and compound tables, which stay built from the standard spellings, and
 * after the phrases, so that a word only phrases know ("urself" as "yourself") has its entry.
 */
/** Flags that only say a word occurs in some phrase or which language it belongs to: no role of its own. */
const PHRASE_ONLY_C = C.PHRASE_ANCHOR | C.ANY_ANCHOR | C.EN_ONLY | C.NL_ONLY;

/**
 * An entry made only because the word occurs in a phrase: it says nothing about the word itself, so
 * it must not hide what the word is ("nie" is still "niet", "Mia" is still a name).
 */
export function phraseOnly(e: LexEntry): boolean {
  return e.a === 0 && e.b === 0 && (e.c & ~PHRASE_ONLY_C) === 0;
}

function addSpellingVariants(words: Map<string, LexEntry>): void {
  for (const [variant, word] of Object.entries(L.SPELLING_VARIANTS)) {
    const e = words.get(word);
    if (!e) continue;
    const v = words.get(variant);
    // A phrase may name the variant too ("(niet|ni|nie) weten"): it keeps the word's roles and its anchor flags.
    if (!v) words.set(variant, e);
    else if (phraseOnly(v)) words.set(variant, { ...e, c: e.c | (v.c & (C.PHRASE_ANCHOR | C.ANY_ANCHOR)) });
  }
}

/** The built-in lexicon, compiled once per process and shared by every engine. */
export function baseLexicon(): Lexicon {
  if (base) return base;
  base = compileLexicon(true);
  return base;
}

/** The lexicon without the generated real-word lists (for tests/eval/lexicon-collisions.ts). */
export function lexiconWithoutRealWords(): Lexicon {
  return compileLexicon(false);
}

function compileLexicon(realWords: boolean): Lexicon {
  const words = buildWords();
  if (realWords) addRealWords(words);
  addMasked(words);
  const squeezed = buildSqueezed(words);
  const fuzzy = buildFuzzy(words);
  const { trie, end } = buildTrie(words);
  const lex: Lexicon = {
    words,
    squeezed,
    fuzzy,
    phraseIndex: new Map(),
    phrasePrefixStarts: [],
    phraseWords: EMPTY_TABLE,
    phraseStarts: [],
    table: EMPTY_TABLE,
    entries: [],
    entryPid: new Int32Array(0),
    trie,
    trieEnd: end,
    phraseCount: 0,
  };
  let id = 0;
  for (const [tag, patterns] of Object.entries(L.PHRASES) as [PhraseTag, string[]][]) {
    for (const pat of patterns) {
      for (const form of expandGroups(pat)) {
        const p = parsePhrase(form, id, tag);
        if (!p) continue;
        // Rules that single out a pattern (FAREWELL_SOFT, SHARE_PHRASES) know it by its written form.
        p.text = pat;
        indexPhrase(lex, p);
        markAnchor(words, p, FINDING_TAGS.has(tag));
        id++;
      }
    }
  }
  for (const w of EN_FUNCTION) add(words, w, 0, 0, C.LANG_EN);
  for (const w of NL_FUNCTION) add(words, w, 0, 0, C.LANG_NL);
  addSpellingVariants(words);
  lex.phraseCount = id;
  finishLexicon(lex);
  return lex;
}

/**
 * Builds the lookup tables of a lexicon whose words and phrases are final: the word table, and
 * phrase slots and anchors as ids in this lexicon's own numbering. A school-list lexicon finishes its
 * own copies of the phrases (engine.ts, withSchoolLists), so no other lexicon's ids change.
 */
export function finishLexicon(lex: Lexicon): void {
  const keys = [...lex.words.keys()];
  lex.table = new WordTable(keys);
  lex.entries = keys.map((k) => lex.words.get(k) as LexEntry);
  const phrases: Phrase[] = [];
  const seenPhrase = new Set<Phrase>();
  for (const list of lex.phraseIndex.values()) for (const p of list) if (!seenPhrase.has(p)) (seenPhrase.add(p), phrases.push(p));
  for (const p of lex.phrasePrefixStarts) if (!seenPhrase.has(p)) (seenPhrase.add(p), phrases.push(p));
  const pw = new Set<string>();
  for (const p of phrases) for (const slot of p.slots) for (const w of slot.words) pw.add(w);
  for (const p of phrases) if (p.notNext) for (const w of p.notNext.words) pw.add(w);
  lex.phraseWords = new WordTable([...pw]);
  const pid = (w: string): number => lex.phraseWords.findWord(w);
  for (const p of phrases) {
    for (const slot of p.slots) slot.ids = Int32Array.from([...slot.words].map(pid));
    if (p.notNext) p.notNext.ids = Int32Array.from([...p.notNext.words].map(pid));
    p.anchorIds = p.anchor ? Int32Array.from([...p.anchor].map(pid).filter((x) => x >= 0)) : null;
  }
  lex.phraseStarts = Array.from({ length: lex.phraseWords.size }, () => [] as Phrase[]);
  for (const [w, list] of lex.phraseIndex) {
    const id = pid(w);
    if (id >= 0) (lex.phraseStarts[id] as Phrase[]).push(...list);
  }
  // An entry's phrase id is its form's: a spelling variant or a masked spelling matches phrases as
  // the word it spells ("nie" as "niet", "f***" as "fuck").
  lex.entryPid = Int32Array.from(lex.entries.map((e) => pid(e.form)));
}

/** Every one-typo spelling the lexicon would accept before blocking (for tests/eval/fuzzy-collisions.ts). */
export function fuzzyCandidates(): Set<string> {
  const words = buildWords();
  return new Set(buildFuzzy(words, false).keys());
}
