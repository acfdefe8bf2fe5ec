import { CC, CLASS, squeeze, unleet } from './fold';
import { A, B, C } from './lexicon/roles';
import type { PhraseTag } from './lexicon/phrases';
import { PHRASES } from './lexicon/phrases';
import type { LexEntry, Lexicon, Phrase } from './compile';
import { FINDING_TAGS, TRIE_FLAGS } from './compile';
import { TF, TK, TokenBuffer, mergeSpacedLetters, tokenize } from './tokenize';

/** Bit per phrase tag, for per-clause and per-sentence masks. */
export const TAG: Record<PhraseTag, number> = Object.fromEntries(
  (Object.keys(PHRASES) as PhraseTag[]).map((t, i) => [t, 1 << i]),
) as Record<PhraseTag, number>;

/** Clause flags. */
export const CF = {
  QUOTED: 1, // inside quotation marks
  EMBEDDED: 2, // after "dat"/"that" following a verb of saying or believing
  AFTER_BUT: 4, // starts with "maar"/"but"
  SUBORD: 8, // starts with "als ik", "when you"
  AFTER_COMMA: 16,
  QUESTION: 32, // its sentence is a question
} as const;

/** Token-level marks computed during analysis. */
export const TM = {
  GROUP: 1, // refers to a protected group (noun, or adjective + person noun)
  NAME: 2, // a person's name (school list, context, or a capitalised unknown word)
  FUZZY: 4, // recognised with one typo
  CURSED: 8, // a compound with a curse prefix ("kankerhoer", "kutschool")
  SYMPATHY_COMPOUND: 16, // disease word in a medical compound ("kankeronderzoek")
} as const;

type Cached = { e: LexEntry | undefined; split: number; left?: LexEntry; right?: LexEntry; cursed?: boolean; fuzzy?: boolean };
const NONE: Cached = { e: undefined, split: 0 };
const CACHE_LIMIT = 50_000;

/**
 * Everything the rules need to know about one item: tokens with their roles, clauses and
 * sentences with aggregated roles, negation counts and phrase tags. One instance is reused for
 * every item an engine classifies.
 */
export class Analysis {
  text = '';
  readonly raw = new TokenBuffer();
  readonly t = new TokenBuffer();
  a = new Int32Array(64);
  b = new Int32Array(64);
  c = new Int32Array(64);
  mark = new Uint8Array(64);
  clause = new Int16Array(64);
  tokTags = new Int32Array(64);
  entry: (LexEntry | undefined)[] = [];
  /** The word as the lexicon knows it: its entry's form, or the de-leeted spelling. */
  form: string[] = [];
  /** User (school list) word categories by token, when a flag-list word matched. */
  userHits: { start: number; end: number; e: { userCat?: LexEntry['userCat']; userSev?: LexEntry['userSev'] }; text: string }[] = [];

  // Clauses
  nc = 0;
  cStart = new Int32Array(16);
  cEnd = new Int32Array(16);
  cSent = new Int32Array(16);
  cA = new Int32Array(16);
  cB = new Int32Array(16);
  cC = new Int32Array(16);
  cNeg = new Int32Array(16);
  cTags = new Int32Array(16);
  cFlags = new Int32Array(16);
  cMark = new Int32Array(16);

  // Sentences
  ns = 0;
  sFirst = new Int32Array(8);
  sEnd = new Int32Array(8);
  sA = new Int32Array(8);
  sB = new Int32Array(8);
  sTags = new Int32Array(8);
  sMark = new Int32Array(8);
  sQuestion = new Uint8Array(8);

  // Phrase hits
  np = 0;
  pStart = new Int32Array(16);
  pEnd = new Int32Array(16);
  pTag = new Int32Array(16);
  pPhrase: Phrase[] = [];

  textA = 0;
  textB = 0;
  textC = 0;
  textTags = 0;
  textMark = 0;
  /** Nothing in the text can lead to a finding: the rules are skipped. */
  clean = false;
  /** Function words counted during lookup, to tell English from Dutch. */
  enWords = 0;
  nlWords = 0;
  private quickA = 0;
  private quickB = 0;
  private quickC = 0;
  private quickKinds = 0;
  private quickMark = 0;
  /** Anchor words of phrases present in the text; phrases without one present are not tried. */
  private readonly anchors: string[] = [];
  /** Word tokens outside quotation marks: a frame around a quote ("Als je zegt '…'"). */
  unquotedWords = 0;
  quotedWords = 0;

  private cache = new Map<string, Cached>();

  constructor(private lex: Lexicon, private nameSet: Set<string>, private pageWords: Set<string>) {}

  run(text: string, extraNames: Set<string> | null): void {
    this.text = text;
    this.userHits.length = 0;
    tokenize(text, this.raw);
    mergeSpacedLetters(text, this.raw);
    this.quickA = 0;
    this.quickB = 0;
    this.quickC = 0;
    this.quickKinds = 0;
    this.quickMark = 0;
    this.enWords = 0;
    this.nlWords = 0;
    this.anchors.length = 0;
    this.lookupAll();
    this.clean = false;
    this.np = 0;
    if (!this.mayFind()) {
      // Cheap pre-check: no trigger word, number, link or address. Phrases only if an anchor is there.
      if (!(this.quickC & C.PHRASE_ANCHOR) || (this.matchPhrases(), !this.hasFindingPhrase())) {
        this.setClean();
        return;
      }
    } else this.matchPhrases();
    this.markNames(extraNames);
    this.applyPhraseEffects();
    this.markGroups();
    this.segment();
  }

  private mayFind(): boolean {
    const a = this.quickA;
    return (a & TRIGGER_A) !== 0 || (this.quickB & TRIGGER_B) !== 0 || (this.quickC & C.USER_FLAG) !== 0 ||
      ((a & A.POS) !== 0 && (a & A.NEGATOR) !== 0) || (this.quickKinds & TRIGGER_KINDS) !== 0 || (this.quickMark & TM.CURSED) !== 0;
  }

  private hasFindingPhrase(): boolean {
    for (let h = 0; h < this.np; h++) if (FINDING_TAGS.has(this.pPhrase[h]?.tag as string)) return true;
    return false;
  }

  private setClean(): void {
    this.clean = true;
    this.nc = 0;
    this.ns = 0;
    this.np = 0;
    this.textA = this.quickA;
    this.textB = this.quickB;
    this.textC = this.quickC;
    this.textTags = 0;
    this.textMark = this.quickA & (A.GROUP | A.GROUP_ADJ) ? TM.GROUP : 0;
    this.quotedWords = (this.quickKinds & (1 << TK.QUOTE)) !== 0 ? 1 : 0;
    this.unquotedWords = 0;
  }

  // ---------------------------------------------------------------- lexicon lookup

  private ensure(n: number): void {
    if (this.a.length >= n) return;
    let cap = this.a.length;
    while (cap < n) cap *= 2;
    this.a = new Int32Array(cap);
    this.b = new Int32Array(cap);
    this.c = new Int32Array(cap);
    this.mark = new Uint8Array(cap);
    this.clause = new Int16Array(cap);
    this.tokTags = new Int32Array(cap);
  }

  private lookupAll(): void {
    const r = this.raw;
    const t = this.t;
    t.reset();
    this.ensure(r.n * 2 + 2);
    for (let i = 0; i < r.n; i++) {
      const kind = r.kind[i] as number;
      const norm = r.norm[i] as string;
      const flags = r.flags[i] as number;
      if (kind !== TK.WORD) {
        this.pushTok(norm, r.start[i] as number, r.end[i] as number, kind, flags, undefined, 0);
        continue;
      }
      let e = this.lex.words.get(norm);
      if (e) {
        this.pushTok(norm, r.start[i] as number, r.end[i] as number, kind, flags, e, 0);
        continue;
      }
      const hit = this.slowLookup(norm, flags);
      if (hit.split > 0 && hit.left && hit.right) {
        const s = r.start[i] as number;
        const en = r.end[i] as number;
        const mid = flags & TF.REMAPPED ? origOffset(this.text, s, en, hit.split) : s + hit.split;
        this.pushTok(norm.slice(0, hit.split), s, mid, kind, flags | TF.SPLIT, hit.left, 0);
        this.pushTok(norm.slice(hit.split), mid, en, kind, (flags & ~TF.CAP) | TF.SPLIT, hit.right, 0);
        continue;
      }
      e = hit.e;
      let mark = 0;
      if (hit.fuzzy) mark |= TM.FUZZY;
      if (hit.cursed) mark |= TM.CURSED;
      this.pushTok(norm, r.start[i] as number, r.end[i] as number, kind, flags, e, mark);
    }
  }

  private pushTok(norm: string, s: number, e: number, kind: number, flags: number, entry: LexEntry | undefined, mark: number): void {
    const i = this.t.push(norm, s, e, kind, flags);
    this.entry[i] = entry;
    this.form[i] = entry && !(flags & TF.SPLIT) && entry.form ? entry.form : flags & TF.LEET ? unleet(norm) : norm;
    if (entry && !(entry.c & C.ALLOW)) {
      this.a[i] = entry.a;
      this.b[i] = entry.b;
      this.c[i] = entry.c;
    } else {
      this.a[i] = 0;
      this.b[i] = 0;
      this.c[i] = entry ? entry.c : 0;
    }
    this.mark[i] = mark;
    this.quickA |= this.a[i] as number;
    this.quickB |= this.b[i] as number;
    const cc = this.c[i] as number;
    this.quickC |= cc;
    this.quickKinds |= flags & TF.LEET ? (1 << kind) | (1 << TK.NUM) : 1 << kind;
    this.quickMark |= mark;
    if (cc & C.ANY_ANCHOR) this.anchors.push(this.form[i] as string);
    if (cc & C.LANG_EN) this.enWords++;
    if (cc & C.LANG_NL) this.nlWords++;
  }

  /** The rare path for words not in the lexicon as written; results are cached per spelling. */
  private slowLookup(norm: string, flags: number): Cached {
    const cached = this.cache.get(norm);
    if (cached) return cached;
    const res = this.computeSlow(norm, flags);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(norm, res);
    return res;
  }

  private computeSlow(norm: string, flags: number): Cached {
    const words = this.lex.words;
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
      if (flags & TF.MASK) return NONE;
      norm = u;
    }
    if (flags & TF.RUN3 || /(.)\1\1/.test(norm)) {
      e = this.lex.squeezed.get(squeeze(norm));
      if (e) return { e, split: 0 };
    }
    if (norm.length >= 4) {
      e = this.lex.fuzzy.get(norm);
      if (e) return { e, split: 0, fuzzy: true };
    }
    if (norm.length >= 5) return this.split(norm);
    return NONE;
  }

  /** Splits run-together words: a curse prefix ("kutwijf") or two known words ("Ikhaat"). */
  private split(norm: string): Cached {
    const { trie, trieEnd, words } = this.lex;
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
      if (!left || !right || norm.length - p < 2) continue;
      if (p === 1 && !(right.a & CONTENT_SPLIT)) continue;
      const content = ((left.a | right.a) & CONTENT_SPLIT) !== 0 || ((left.b | right.b) & (B.SEXUAL | B.DIE)) !== 0;
      if (content) return { e: undefined, split: p, left, right };
    }
    return NONE;
  }

  // ---------------------------------------------------------------- names

  private markNames(extra: Set<string> | null): void {
    const t = this.t;
    let sentStart = true;
    for (let i = 0; i < t.n; i++) {
      const kind = t.kind[i] as number;
      if (kind === TK.END || kind === TK.QUOTE) {
        sentStart = kind === TK.END || sentStart;
        continue;
      }
      if (kind === TK.MENTION) {
        this.mark[i] = (this.mark[i] as number) | TM.NAME;
        sentStart = false;
        continue;
      }
      if (kind !== TK.WORD) continue;
      const norm = t.norm[i] as string;
      const flags = t.flags[i] as number;
      if (sentStart) t.flags[i] = flags | TF.SENT_START;
      const wasStart = sentStart;
      sentStart = false;
      if (this.pageWords.has(norm)) continue;
      const known = (this.c[i] as number) & C.KNOWN_NAME || this.nameSet.has(norm) || (extra !== null && extra.has(norm));
      if (known) {
        this.mark[i] = (this.mark[i] as number) | TM.NAME;
        continue;
      }
      if (!(flags & TF.CAP) || flags & TF.ALLCAPS || norm.length < 2 || this.entry[i]) continue;
      if (!wasStart) {
        this.mark[i] = (this.mark[i] as number) | TM.NAME;
        continue;
      }
      // Sentence-initial capital: a name only if a known verb or function word follows ("Yara heeft").
      if (i + 1 < t.n && t.kind[i + 1] === TK.WORD && SINGULAR_VERBS.has(t.norm[i + 1] as string)) {
        this.mark[i] = (this.mark[i] as number) | TM.NAME;
      }
    }
  }

  // ---------------------------------------------------------------- phrases

  private matchPhrases(): void {
    this.np = 0;
    this.tokTags.fill(0, 0, this.t.n);
    const t = this.t;
    const idx = this.lex.phraseIndex;
    const prefixStarts = this.lex.phrasePrefixStarts;
    for (let i = 0; i < t.n; i++) {
      if (t.kind[i] !== TK.WORD) continue;
      const form = this.formAt(i);
      const list = idx.get(form);
      if (list) for (const p of list) this.tryPhrase(p, i);
      for (const p of prefixStarts) {
        const first = p.slots[0];
        if (first && first.prefixes.some((x) => form.startsWith(x))) this.tryPhrase(p, i);
      }
    }
  }

  /** Neutralisers and idioms change the roles of the words they cover. */
  private applyPhraseEffects(): void {
    for (let h = 0; h < this.np; h++) {
      const tag = this.pPhrase[h]?.tag;
      const s = this.pStart[h] as number;
      const e = this.pEnd[h] as number;
      if (tag === 'neutralize') {
        for (let i = s; i < e; i++) {
          this.a[i] = (this.a[i] as number) & ~A.NEGATOR;
          this.b[i] = (this.b[i] as number) & ~B.CONJ_BUT; // "nothing but" is not "but"
        }
      }
      else if (tag === 'idiom') {
        for (let i = s; i < e; i++) {
          this.a[i] = (this.a[i] as number) & ~(A.VIOLENT | A.VIOLENT_AMBIG | A.DISEASE | A.PROFANITY | A.INSULT);
          this.b[i] = (this.b[i] as number) & ~(B.DIE | B.SELF_HARM);
        }
      } else if (tag === 'allow') {
        for (let i = s; i < e; i++) {
          this.a[i] = 0;
          this.b[i] = 0;
        }
      } else if (tag === 'name') {
        for (let i = s; i < e; i++) this.mark[i] = (this.mark[i] as number) | TM.NAME;
      } else {
        // A fixed expression carries its own polarity: its "niet" and its positive words are used up.
        for (let i = s; i < e; i++) this.a[i] = (this.a[i] as number) & ~(A.NEGATOR | A.POS);
      }
    }
  }

  formAt(i: number): string {
    return this.form[i] as string;
  }

  private tryPhrase(p: Phrase, i: number): void {
    if (p.anchor) {
      let present = false;
      for (const w of this.anchors) {
        if (p.anchor.has(w)) {
          present = true;
          break;
        }
      }
      if (!present) return;
    }
    const t = this.t;
    let pos = i;
    for (let k = 1; k < p.slots.length; k++) {
      const slot = p.slots[k];
      if (!slot) return;
      let found = -1;
      let skipped = 0;
      for (let j = pos + 1; j < t.n; j++) {
        const kind = t.kind[j] as number;
        if (kind === TK.END || kind === TK.SEMI) return;
        if (kind !== TK.WORD && kind !== TK.NUM) {
          if (kind === TK.COMMA || kind === TK.QUOTE) return;
          continue;
        }
        const form = this.formAt(j);
        if (slot.words.has(form) || slot.words.has(t.norm[j] as string) || (slot.prefixes.length > 0 && slot.prefixes.some((x) => form.startsWith(x)))) {
          found = j;
          break;
        }
        if (++skipped > slot.gap) return;
      }
      if (found < 0) return;
      pos = found;
    }
    const h = this.np++;
    if (h >= this.pStart.length) {
      this.pStart = grow32(this.pStart);
      this.pEnd = grow32(this.pEnd);
      this.pTag = grow32(this.pTag);
    }
    this.pStart[h] = i;
    this.pEnd[h] = pos + 1;
    this.pTag[h] = p.tag in TAG ? (TAG[p.tag as PhraseTag] as number) : 0;
    this.tokTags[i] = (this.tokTags[i] as number) | (this.pTag[h] as number);
    this.pPhrase[h] = p;
    if (p.tag === 'user') {
      this.userHits.push({ start: i, end: pos + 1, e: { userCat: p.userCat, userSev: p.userSev }, text: p.text });
    }
  }

  // ---------------------------------------------------------------- groups

  private markGroups(): void {
    const t = this.t;
    for (let i = 0; i < t.n; i++) {
      const a = this.a[i] as number;
      if (t.kind[i] !== TK.WORD) continue;
      const w = t.norm[i] as string;
      // "ze is", "zij heeft": one person, not a group.
      if ((w === 'ze' || w === 'zij') && i + 1 < t.n && SINGULAR_VERBS.has(t.norm[i + 1] as string)) this.a[i] = a | A.PRON3S;
      // "zijn leven", "zijn nek": his, not "are".
      if (w === 'zijn' && i + 1 < t.n && HIS_NOUNS.has(t.norm[i + 1] as string)) this.a[i] = a | A.PRON3S;
      if (a & A.GROUP) {
        const pv = i > 0 && t.kind[i - 1] === TK.WORD ? (t.norm[i - 1] as string) : '';
        if (POSSESSIVES.has(pv)) continue; // "mijn vrouw": a person, not the group
        this.mark[i] = (this.mark[i] as number) | TM.GROUP;
        continue;
      }
      if (!(a & A.GROUP_ADJ)) continue;
      const nx = nextWord(t, i);
      const nxA = nx >= 0 ? (this.a[nx] as number) : 0;
      const nxB = nx >= 0 ? (this.b[nx] as number) : 0;
      if (nx >= 0 && nx === i + 1 && (nxA & (A.PERSON_NOUN | A.STAFF | A.PERSON_ROLE | A.GROUP) || nxB & B.LIVES ||
        this.formAt(nx) === 'levens' || this.formAt(nx) === 'lives' || this.formAt(nx) === 'trash' || this.formAt(nx) === 'vermin')) {
        this.mark[i] = (this.mark[i] as number) | TM.GROUP;
        continue;
      }
      // Nominal use after an article: "een homoseksuele zoals jij", "a Muslim".
      const pv = i > 0 && t.kind[i - 1] === TK.WORD ? i - 1 : -1;
      if (pv >= 0 && (this.b[pv] as number) & B.ARTICLE) {
        const nxEntry = nx >= 0 ? this.entry[nx] : undefined;
        if (nx < 0 || nx !== i + 1 || (nxEntry && (nxEntry.b & (B.FUNCTION | B.COPULA | B.ARTICLE | B.SUBORD) || nxEntry.a & (A.PRON2 | A.PRON1)))) {
          this.mark[i] = (this.mark[i] as number) | TM.GROUP;
        }
      }
    }
  }

  // ---------------------------------------------------------------- clauses and sentences

  private segment(): void {
    const t = this.t;
    this.nc = 0;
    this.ns = 0;
    this.textA = 0;
    this.textB = 0;
    this.textC = 0;
    this.textTags = 0;
    this.textMark = 0;
    this.unquotedWords = 0;
    this.quotedWords = 0;
    this.pairQuotes();
    let clauseOpen = false;
    let sentOpen = false;
    let pendingFlags = 0;
    for (let i = 0; i < t.n; i++) {
      const kind = t.kind[i] as number;
      if (kind === TK.END) {
        if (sentOpen) this.closeSentence(t.norm[i] === '?');
        clauseOpen = false;
        sentOpen = false;
        pendingFlags = 0;
        continue;
      }
      if (kind === TK.COMMA || kind === TK.SEMI || kind === TK.PAREN || kind === TK.QUOTE) {
        clauseOpen = false;
        pendingFlags = kind === TK.COMMA ? CF.AFTER_COMMA : 0;
        continue;
      }
      const b = this.b[i] as number;
      const quoted = ((t.flags[i] as number) & TF.QUOTED) !== 0;
      if (clauseOpen && kind === TK.WORD) {
        const cur = this.nc - 1;
        if (b & B.CONJ_BUT) {
          clauseOpen = false;
          pendingFlags = CF.AFTER_BUT;
        } else if (b & B.CLAUSE_BREAK || (COORD.has(t.norm[i] as string) && startsClause(this, i))) {
          clauseOpen = false;
          pendingFlags = CF.AFTER_COMMA;
        } else if (b & B.SUBORD) {
          const nx = nextWord(t, i);
          if (nx >= 0 && ((this.a[nx] as number) & (A.PRON1 | A.PRON2 | A.PRON3S | A.PRON3P) || t.norm[nx] === 'iemand' || t.norm[nx] === 'someone')) {
            clauseOpen = false;
            pendingFlags = CF.SUBORD;
          }
        } else if (b & B.COMPLEMENTIZER && ((this.cA[cur] as number) & (A.SAY | A.BELIEVE | A.META | A.COUNTER) || (this.cC[cur] as number) & C.META_NOUN)) {
          clauseOpen = false;
          pendingFlags = CF.EMBEDDED;
        }
      }
      if (!sentOpen) {
        this.openSentence();
        sentOpen = true;
      }
      if (!clauseOpen) {
        this.openClause(i, pendingFlags | (quoted ? CF.QUOTED : 0));
        clauseOpen = true;
        pendingFlags = 0;
      }
      this.addToClause(i);
      if (kind === TK.WORD) {
        if (quoted) this.quotedWords++;
        else this.unquotedWords++;
      }
    }
    if (sentOpen) this.closeSentence(false);
  }

  private pairQuotes(): void {
    const t = this.t;
    let open = -1;
    for (let i = 0; i < t.n; i++) {
      if (t.kind[i] !== TK.QUOTE) continue;
      const ch = t.norm[i] as string;
      const s = t.start[i] as number;
      const before = s > 0 ? (CLASS[this.text.charCodeAt(s - 1)] as number) : CC.SPACE;
      const after = s + 1 < this.text.length ? (CLASS[this.text.charCodeAt(s + 1)] as number) : CC.SPACE;
      const canOpen = ch === '“' || ch === '„' || ch === '«' || ch === '‘' ||
        ((ch === '"' || ch === "'" || ch === '’' || ch === '`') && before !== CC.LETTER && before !== CC.DIGIT);
      const canClose = ch === '”' || ch === '»' || ch === '’' ||
        ((ch === '"' || ch === "'" || ch === '`' || ch === '‘') && after !== CC.LETTER && after !== CC.DIGIT);
      if (open < 0) {
        if (canOpen) open = i;
      } else if (canClose) {
        for (let k = open + 1; k < i; k++) t.flags[k] = (t.flags[k] as number) | TF.QUOTED;
        open = -1;
      }
    }
  }

  private openSentence(): void {
    const s = this.ns++;
    if (s >= this.sFirst.length) {
      this.sFirst = grow32(this.sFirst);
      this.sEnd = grow32(this.sEnd);
      this.sA = grow32(this.sA);
      this.sB = grow32(this.sB);
      this.sTags = grow32(this.sTags);
      this.sMark = grow32(this.sMark);
      const q = new Uint8Array(this.sQuestion.length * 2);
      q.set(this.sQuestion);
      this.sQuestion = q;
    }
    this.sFirst[s] = this.nc;
    this.sEnd[s] = this.nc;
    this.sA[s] = 0;
    this.sB[s] = 0;
    this.sTags[s] = 0;
    this.sMark[s] = 0;
    this.sQuestion[s] = 0;
  }

  private closeSentence(question: boolean): void {
    const s = this.ns - 1;
    this.sEnd[s] = this.nc;
    let q = question;
    const first = this.sFirst[s] as number;
    // A sentence opening with a question word or an inverted verb is a question without "?" too.
    if (!q && first < this.nc) {
      const tok = this.cStart[first] as number;
      if ((this.a[tok] as number) & A.QUESTION) q = true;
    }
    this.sQuestion[s] = q ? 1 : 0;
    if (q) for (let c = first; c < this.nc; c++) this.cFlags[c] = (this.cFlags[c] as number) | CF.QUESTION;
  }

  private openClause(tok: number, flags: number): void {
    const c = this.nc++;
    if (c >= this.cStart.length) {
      this.cStart = grow32(this.cStart);
      this.cEnd = grow32(this.cEnd);
      this.cSent = grow32(this.cSent);
      this.cA = grow32(this.cA);
      this.cB = grow32(this.cB);
      this.cC = grow32(this.cC);
      this.cNeg = grow32(this.cNeg);
      this.cTags = grow32(this.cTags);
      this.cFlags = grow32(this.cFlags);
      this.cMark = grow32(this.cMark);
    }
    this.cStart[c] = tok;
    this.cEnd[c] = tok;
    this.cSent[c] = this.ns - 1;
    this.cA[c] = 0;
    this.cB[c] = 0;
    this.cC[c] = 0;
    this.cNeg[c] = 0;
    this.cTags[c] = 0;
    this.cFlags[c] = flags;
    this.cMark[c] = 0;
  }

  private addToClause(i: number): void {
    const c = this.nc - 1;
    const s = this.ns - 1;
    this.clause[i] = c;
    this.cEnd[c] = i + 1;
    const a = this.a[i] as number;
    const b = this.b[i] as number;
    const cc = this.c[i] as number;
    const m = this.mark[i] as number;
    this.cA[c] = (this.cA[c] as number) | a;
    this.cB[c] = (this.cB[c] as number) | b;
    this.cC[c] = (this.cC[c] as number) | cc;
    this.cMark[c] = (this.cMark[c] as number) | m;
    if (a & A.NEGATOR) this.cNeg[c] = (this.cNeg[c] as number) + 1;
    this.sA[s] = (this.sA[s] as number) | a;
    this.sB[s] = (this.sB[s] as number) | b;
    this.sMark[s] = (this.sMark[s] as number) | m;
    this.textA |= a;
    this.textB |= b;
    this.textC |= cc;
    this.textMark |= m;
    // Phrase tags belong to the clause and sentence where the phrase starts.
    const tag = this.tokTags[i] as number;
    if (tag !== 0) {
      this.cTags[c] = (this.cTags[c] as number) | tag;
      this.sTags[s] = (this.sTags[s] as number) | tag;
      this.textTags |= tag;
    }
  }
}

const SINGULAR_VERBS = new Set(
  `heeft is was had zit zat woont krijgt kreeg gaat ging moet deed doet drinkt dronk steelt stal liegt loog gebruikt
  zegt zei kan kon wil wilde mag werd wordt ligt lag
  has is was does did lives says said can will stole steals lies uses drinks`.split(/\s+/),
);
const HIS_NOUNS = new Set(`leven nek keel hoofd kop huis fiets auto moeder vader kinderen familie gezicht`.split(/\s+/));
const POSSESSIVES = new Set(`mijn m'n mn jouw je zijn z'n zn haar onze ons my your his her our`.split(/\s+/));

const TRIGGER_A = A.SLUR | A.INSULT | A.INSULT_ADJ | A.PROFANITY | A.NEG_EMOTE | A.NEG_ATTRIB | A.DEHUM | A.VIOLENT |
  A.VIOLENT_AMBIG | A.DISEASE;
const TRIGGER_B = B.SEXUAL | B.SELF_HARM | B.CRIME | B.SENSITIVE | B.SPAM | B.EXCLAIM | B.DIE;
const TRIGGER_KINDS = (1 << TK.NUM) | (1 << TK.URL) | (1 << TK.EMAIL);

const ONE_LETTER: LexEntry = { form: '', a: 0, b: B.FUNCTION, c: 0 };
const COORD = new Set(['and', 'so', 'en', 'dus', "that's", 'thats', 'which']);

/** "…, and they deserve …", "so we should …", "that's why …": a new clause starts here. */
function startsClause(an: Analysis, i: number): boolean {
  const nx = nextWord(an.t, i);
  if (nx < 0) return false;
  const w = an.t.norm[nx];
  if (w === 'why' || w === 'daarom') return true;
  return ((an.a[nx] as number) & (A.PRON1 | A.PRON2 | A.PRON3P | A.PRON3S)) !== 0;
}

const CONTENT_SPLIT = A.GROUP | A.SLUR | A.INSULT | A.PROFANITY | A.NEG_EMOTE | A.NEG_ATTRIB | A.DEHUM | A.VIOLENT;

const SYMPATHY_ENTRY: LexEntry = { form: '', a: A.SYMPATHY, b: 0, c: 0 };

export function nextWord(t: TokenBuffer, i: number): number {
  for (let j = i + 1; j < t.n; j++) {
    const k = t.kind[j] as number;
    if (k === TK.WORD) return j;
    if (k === TK.END) return -1;
  }
  return -1;
}

export function prevWord(t: TokenBuffer, i: number): number {
  for (let j = i - 1; j >= 0; j--) {
    const k = t.kind[j] as number;
    if (k === TK.WORD) return j;
    if (k === TK.END) return -1;
  }
  return -1;
}

function grow32(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** Original offset of the k-th folded character of a token whose folding was not one-to-one. */
export function origOffset(text: string, start: number, end: number, k: number): number {
  let count = 0;
  let j = start;
  while (j < end) {
    const c = text.charCodeAt(j);
    const cls = CLASS[c] as number;
    const word = cls === CC.LETTER || cls === CC.DIGIT || cls === CC.LEET || cls === CC.APOS || (c >= 0xd800 && c <= 0xdbff);
    if (word) {
      if (count === k) return j;
      count++;
    }
    j += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
  }
  return end;
}
