import { CC, CLASS, unleet } from './fold';
import type { WordHit } from './lookup';
import { NONE, lookupUnknown } from './lookup';
import { segment } from './segment';
import { hashWord } from './table';
import type { WordSeq } from './model/features';
import type { ModelGate } from './model/olid-model';
import { A, B, C } from './lexicon/roles';
import type { PhraseTag } from './lexicon/phrases';
import { PHRASES } from './lexicon/phrases';
import { FIRST_NAME_SET } from './lexicon/first-names';
import type { LexEntry, Lexicon, Phrase } from './compile';
import { FINDING_TAGS, phraseOnly } from './compile';
import { PhraseFilter } from './phrase-filter';
import type { EntryRoles } from './entry-roles';
import { entryRoles } from './entry-roles';
import { TF, TK, TokenBuffer, mergeSpacedLetters, tokenize } from './tokenize';
import { UNITS, countEmoji, countSexualEmoji, monkeyEmoji, pigEmoji, weaponEmoji } from './units';

/** Bit per phrase tag, for per-clause and per-sentence masks. */
export const TAG: Record<PhraseTag, number> = Object.fromEntries(
  (Object.keys(PHRASES) as PhraseTag[]).map((t, i) => [t, 1 << i]),
) as Record<PhraseTag, number>;
// The masks are 32-bit integers; a 32nd tag would turn negative and a 33rd wrap round to the first.
if (Object.keys(PHRASES).length > 31) throw new Error('too many phrase tags for the 32-bit tag masks');

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

const CACHE_LIMIT = 50_000;

/**
 * Everything the rules need to know about one item: tokens with their roles, clauses and
 * sentences with aggregated roles, negation counts and phrase tags. One instance is reused for
 * every item an engine classifies.
 */
export class Analysis {
  text = '';
  /** The tokenizer's tokens. */
  readonly raw = new TokenBuffer();
  /**
   * The analysed tokens: `raw` itself (looked up in place) unless a run-together word was split
   * into two, then a copy in `splitTokens` with the two parts.
   */
  t: TokenBuffer = this.raw;
  private readonly splitTokens = new TokenBuffer();
  /** Tokens are being looked up in place (no word split so far in this item). */
  private inPlace = true;
  /** Tokens looked up in place so far. */
  private tn = 0;
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
  /** Weapon emoji in the text (🔪 🔫), counted when the text has emoji. */
  weapons = 0;
  /** Emoji that stand for sex (🍆 🍑), counted when the text has emoji. */
  sexualEmoji = 0;
  /** 🐒 🐵 🦍 and 🐷 🐖 🐽 in the item: the hate rule judges whom they are aimed at. */
  monkeyEmoji = 0;
  pigEmoji = 0;
  private quickA = 0;
  private quickB = 0;
  private quickC = 0;
  private quickKinds = 0;
  /** Bit per token kind present (a leetspeak word counts as a number too). */
  get kinds(): number {
    return this.quickKinds;
  }
  private quickMark = 0;
  /** Phrase-word ids of each token's form and of its spelling as written (-1: in no phrase). */
  pf = new Int32Array(64);
  pn = new Int32Array(64);
  /** anchorStamp[pid] === stampNo: that phrase word is in this text (phrases lacking an anchor are skipped). */
  private anchorStamp: Int32Array;
  private stampNo = 0;
  /** Which phrases can match this item, by its anchor words. */
  private readonly phrases: PhraseFilter;
  /** Word tokens outside quotation marks: a frame around a quote ("Als je zegt '…'"). */
  unquotedWords = 0;
  quotedWords = 0;

  /** Readings of words the lexicon does not know as written, by hash (the spelling is checked). */
  private cache = new Map<number, { w: string; how: number; hit: WordHit }>();

  /** The roles of each lexicon entry by table id, as pushTok gives them (an allowed word has none). */
  private roles: EntryRoles;

  constructor(private lex: Lexicon, private nameSet: Set<string>, private pageWords: Set<string>) {
    this.roles = entryRoles(lex);
    this.anchorStamp = new Int32Array(lex.phraseWords.size);
    this.phrases = new PhraseFilter(lex);
  }

  run(text: string, extraNames: Set<string> | null): void {
    this.text = text;
    if (this.userHits.length !== 0) this.userHits.length = 0; // (setting length is a slow call)
    tokenize(text, this.raw);
    mergeSpacedLetters(text, this.raw);
    this.quickA = 0;
    this.quickB = 0;
    this.quickC = 0;
    this.quickKinds = 0;
    this.quickMark = 0;
    this.enWords = 0;
    this.nlWords = 0;
    this.weapons = 0;
    this.sexualEmoji = 0;
    this.monkeyEmoji = 0;
    this.pigEmoji = 0;
    if (++this.stampNo > 0x3fffffff) {
      this.stampNo = 1;
      this.anchorStamp.fill(0);
    }
    // Another lexicon finished since: the phrases' ids and the shared entries' bits may have changed.
    this.phrases.reset();
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
    this.materialize();
    this.markNames(extraNames);
    this.applyPhraseEffects();
    this.markGroups();
    segment(this);
  }

  /** Strings for every word: the full analysis and the rules compare words as strings. */
  materialize(): void {
    const t = this.t;
    if (t.materialized) return;
    t.materialize(this.text);
    for (let i = 0; i < t.n; i++) {
      const k = t.kind[i] as number;
      if (k !== TK.WORD && k !== TK.NUM) {
        this.form[i] = t.norm[i] as string;
        continue;
      }
      const entry = this.entry[i];
      const flags = t.flags[i] as number;
      const norm = t.norm[i] as string;
      this.form[i] = entry && !(flags & TF.SPLIT) && entry.form ? entry.form : flags & TF.LEET ? unleet(norm) : norm;
    }
  }

  /** The item's words for the model, as the prefilter would have given them. */
  wordSeq(seq: WordSeq): void {
    const t = this.t;
    seq.reset();
    let roles = 0;
    let caps = 0;
    for (let i = 0; i < t.n; i++) {
      if (t.kind[i] !== TK.WORD) continue;
      seq.add(t.fold, t.fstart[i] as number, t.flen[i] as number, t.hash[i] as number, t.start[i] as number, t.end[i] as number, this.a[i] as number);
      roles |= this.a[i] as number;
      if ((t.flags[i] as number) & TF.ALLCAPS) caps++;
    }
    seq.roles = roles;
    seq.caps = caps;
  }

  modelGate(): ModelGate {
    return {
      textA: this.textA,
      textC: this.textC,
      group: (this.textMark & TM.GROUP) !== 0,
      framed: (this.textTags & (TAG.counter | TAG.idiom)) !== 0,
      quoted: this.quotedWords > 0,
      person: (this.textMark & TM.NAME) !== 0,
      careTopic: (this.textB & (B.SELF_HARM | B.SENSITIVE)) !== 0,
    };
  }

  private mayFind(): boolean {
    // Emoji first: counting them also tells the threat rule whether a weapon was drawn.
    const emoji = (this.quickKinds & (1 << TK.EMOJI)) !== 0 && this.signalEmoji();
    const a = this.quickA;
    const echo = (this.quickKinds & (1 << TK.PAREN)) !== 0 && this.text.includes('(((');
    return emoji || echo || (a & TRIGGER_A) !== 0 || (this.quickB & TRIGGER_B) !== 0 || (this.quickC & C.USER_FLAG) !== 0 ||
      ((a & A.POS) !== 0 && (a & A.NEGATOR) !== 0) || (this.quickKinds & TRIGGER_KINDS) !== 0 || (this.quickMark & TM.CURSED) !== 0;
  }

  /**
   * Two or more of the emoji that stand for sex, a weapon emoji, a monkey or two pigs (the sexual,
   * threat and hate rules decide whether they are aimed at someone).
   */
  private signalEmoji(): boolean {
    const t = this.t;
    UNITS.load(this.text);
    const u = UNITS.u;
    let sexual = 0;
    let beside = 0;
    let weapons = 0;
    let monkeys = 0;
    let pigs = 0;
    for (let i = 0; i < t.n; i++) {
      if (t.kind[i] !== TK.EMOJI) continue;
      const s = t.start[i] as number;
      const e = t.end[i] as number;
      const [primary, secondary] = countSexualEmoji(u, s, e);
      sexual += primary;
      beside += secondary;
      weapons += countEmoji(u, s, e, weaponEmoji);
      monkeys += countEmoji(u, s, e, monkeyEmoji);
      pigs += countEmoji(u, s, e, pigEmoji);
    }
    this.weapons = weapons;
    this.sexualEmoji = sexual > 0 ? sexual + beside : 0;
    this.monkeyEmoji = monkeys;
    this.pigEmoji = pigs;
    return weapons > 0 || this.sexualEmoji >= 2 || monkeys > 0 || pigs >= 2;
  }

  private hasFindingPhrase(): boolean {
    for (let h = 0; h < this.np; h++) if (FINDING_TAGS.has(this.pPhrase[h]?.tag as string)) return true;
    return false;
  }

  private setClean(): void {
    this.clean = true;
    // The phrases matched on the way here (idioms: "a sick tattoo") still tell the model's gate.
    let tags = 0;
    for (let h = 0; h < this.np; h++) tags |= this.pTag[h] as number;
    this.nc = 0;
    this.ns = 0;
    this.np = 0;
    this.textA = this.quickA;
    this.textB = this.quickB;
    this.textC = this.quickC;
    this.textTags = tags;
    this.textMark = this.quickA & (A.GROUP | A.GROUP_ADJ) ? TM.GROUP : 0;
    this.quotedWords = (this.quickKinds & (1 << TK.QUOTE)) !== 0 ? 1 : 0;
    this.unquotedWords = 0;
  }

  // ---------------------------------------------------------------- lexicon lookup

  private ensure(n: number): void {
    if (this.a.length >= n) return;
    let cap = this.a.length;
    while (cap < n) cap *= 2;
    this.pf = new Int32Array(cap);
    this.pn = new Int32Array(cap);
    this.a = new Int32Array(cap);
    this.b = new Int32Array(cap);
    this.c = new Int32Array(cap);
    this.mark = new Uint8Array(cap);
    this.clause = new Int16Array(cap);
    this.tokTags = new Int32Array(cap);
  }

  private lookupAll(): void {
    const r = this.raw;
    const lex = this.lex;
    // Until a word splits, token i of the analysis is token i of the tokenizer: looked up in place.
    this.t = r;
    this.inPlace = true;
    this.tn = 0;
    this.ensure(r.n * 2 + 2);
    for (let i = 0; i < r.n; i++) {
      const kind = r.kind[i] as number;
      const flags = r.flags[i] as number;
      const h = r.hash[i] as number;
      const fs = r.fstart[i] as number;
      const fl = r.flen[i] as number;
      // A word the lexicon (or its phrase list) knows gets the lexicon's string for its spelling:
      // the same characters, without slicing, lower-casing and hashing a new string per item.
      if (kind !== TK.WORD) {
        const pid = kind === TK.NUM ? lex.phraseWords.find(h, r.fold, fs, fl) : -1;
        const norm = pid >= 0 ? (lex.phraseWords.words[pid] as string) : (r.norm[i] as string);
        this.pushTok(norm, r.start[i] as number, r.end[i] as number, kind, flags, undefined, 0, h, fs, fl, pid, pid);
        continue;
      }
      const id = lex.table.find(h, r.fold, fs, fl);
      if (id >= 0 && this.inPlace) {
        this.knownInPlace(i, id, kind, flags);
        continue;
      }
      if (id >= 0) {
        const pid = lex.entryPid[id] as number;
        this.pushTok(lex.table.words[id] as string, r.start[i] as number, r.end[i] as number, kind, flags, lex.entries[id], 0, h, fs, fl, pid, pid);
        continue;
      }
      const pn = lex.phraseWords.find(h, r.fold, fs, fl);
      const hit = this.slowLookup(i, flags, fs, fl);
      if (hit === NONE) {
        const norm = pn >= 0 ? (lex.phraseWords.words[pn] as string) : '';
        // "sn1j ik mezelf", "sch!et": a leetspeak spelling of a word only phrases know still reads as it.
        const pf = flags & TF.LEET ? lex.phraseWords.findWord(unleet(r.wordAt(i, this.text))) : pn;
        this.pushTok(norm, r.start[i] as number, r.end[i] as number, kind, flags, undefined, 0, h, fs, fl, pf >= 0 ? pf : pn, pn);
        continue;
      }
      const norm = r.wordAt(i, this.text);
      if (hit.split > 0 && hit.left && hit.right) {
        if (this.inPlace) this.copyTokens(i);
        const s = r.start[i] as number;
        const en = r.end[i] as number;
        const mid = flags & TF.REMAPPED ? origOffset(this.text, s, en, hit.split) : s + hit.split;
        const left = norm.slice(0, hit.split);
        const right = norm.slice(hit.split);
        const pl = lex.phraseWords.findWord(left);
        const pr = lex.phraseWords.findWord(right);
        this.pushTok(left, s, mid, kind, (flags & ~TF.PLAIN) | TF.SPLIT, hit.left, 0, hashWord(left), fs, hit.split, pl, pl);
        this.pushTok(right, mid, en, kind, (flags & ~(TF.CAP | TF.PLAIN)) | TF.SPLIT, hit.right, 0, hashWord(right), fs + hit.split, fl - hit.split, pr, pr);
        continue;
      }
      const e = hit.e;
      let mark = 0;
      if (hit.fuzzy) mark |= TM.FUZZY;
      if (hit.cursed) mark |= TM.CURSED;
      const form = e && e.form ? e.form : flags & TF.LEET ? unleet(norm) : norm;
      const pf = form === norm ? pn : lex.phraseWords.findWord(form);
      this.pushTok(norm, r.start[i] as number, r.end[i] as number, kind, flags, e, mark, h, fs, fl, pf, pn);
    }
    if (this.quickC & (C.EN_ONLY | C.NL_ONLY)) this.gateHomographs();
    if (this.quickA & A.SAY) this.particles();
  }

  /** "Wat ben jij een sukkel zeg." — "zeg" closing a sentence is a particle, not someone speaking. */
  private particles(): void {
    const t = this.t;
    for (let i = 0; i < t.n; i++) {
      if (!((this.a[i] as number) & A.SAY) || this.entry[i]?.form !== 'zeg') continue;
      const k = i + 1 < t.n ? (t.kind[i + 1] as number) : TK.END;
      if (k === TK.END || k === TK.COMMA || k === TK.EMOJI) this.a[i] = (this.a[i] as number) & ~A.SAY;
    }
  }

  /**
   * "Hoe laat begint de ouderavond?": a spelling that is a strong word in one language and an
   * everyday word in the other keeps its strong role only in a text of that language.
   */
  private gateHomographs(): void {
    // Without a clear English majority the text is read as Dutch: these are Dutch school pages.
    const drop = this.enWords > this.nlWords ? C.NL_ONLY : C.EN_ONLY;
    let qa = 0;
    let qb = 0;
    for (let i = 0; i < this.t.n; i++) {
      if ((this.c[i] as number) & drop) {
        this.a[i] = (this.a[i] as number) & ~HOMOGRAPH_A;
        this.b[i] = (this.b[i] as number) & ~HOMOGRAPH_B;
        this.c[i] = (this.c[i] as number) & ~C.WEAK_SLUR;
      }
      qa |= this.a[i] as number;
      qb |= this.b[i] as number;
    }
    this.quickA = qa;
    this.quickB = qb;
  }

  /** pushTok for a word the lexicon knows as written, looked up in place: the common case. */
  private knownInPlace(i: number, id: number, kind: number, flags: number): void {
    const lex = this.lex;
    const roles = this.roles;
    this.tn++;
    this.raw.norm[i] = lex.table.words[id] as string;
    this.entry[i] = lex.entries[id];
    const pf = lex.entryPid[id] as number;
    this.pf[i] = pf;
    this.pn[i] = pf;
    if (pf >= 0) {
      this.anchorStamp[pf] = this.stampNo;
      this.phrases.see(pf);
    }
    const a = roles.a[id] as number;
    const b = roles.b[id] as number;
    const c = roles.c[id] as number;
    this.a[i] = a;
    this.b[i] = b;
    this.c[i] = c;
    this.mark[i] = 0;
    this.quickA |= a;
    this.quickB |= b;
    this.quickC |= c;
    this.quickKinds |= flags & TF.LEET ? (1 << kind) | (1 << TK.NUM) : 1 << kind;
    if (c & C.LANG_EN) this.enWords++;
    if (c & C.LANG_NL) this.nlWords++;
  }

  /** From the first split on, tokens go to a copy: the first n are copied over as they are. */
  private copyTokens(n: number): void {
    const r = this.raw;
    const t = this.splitTokens;
    t.reset();
    t.fold = r.fold;
    t.fn = r.fn;
    for (let i = 0; i < n; i++) {
      t.push(r.norm[i] as string, r.start[i] as number, r.end[i] as number, r.kind[i] as number, r.flags[i] as number,
        r.hash[i] as number, r.fstart[i] as number, r.flen[i] as number);
    }
    this.t = t;
    this.inPlace = false;
  }

  private pushTok(norm: string, s: number, e: number, kind: number, flags: number, entry: LexEntry | undefined, mark: number,
    h: number, fs: number, fl: number, pf: number, pn: number): void {
    let i: number;
    if (this.inPlace) {
      // The token's place, offsets, kind, flags and spelling are already the tokenizer's.
      i = this.tn++;
      this.raw.norm[i] = norm;
    } else i = this.t.push(norm, s, e, kind, flags, h, fs, fl);
    this.entry[i] = entry;
    this.pf[i] = pf;
    this.pn[i] = pn;
    if (pf >= 0) {
      this.anchorStamp[pf] = this.stampNo;
      this.phrases.see(pf);
    }
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
    if (cc & C.LANG_EN) this.enWords++;
    if (cc & C.LANG_NL) this.nlWords++;
  }

  /**
   * The rare path for words not in the lexicon as written, cached per spelling. Short plain words
   * have no other reading: that is decided without making the word's string.
   */
  private slowLookup(i: number, flags: number, fs: number, fl: number): WordHit {
    const fold = this.raw.fold;
    const possessive = fl >= 2 && (fold[fs + fl - 1] === 39 || fold[fs + fl - 2] === 39);
    if (fl < 4 && !possessive && !(flags & (TF.LEET | TF.MASK | TF.RUN3 | TF.SPACED))) return NONE;
    // The reading depends on how the word was written (spelled out, leetspeak), not only on its letters.
    const how = flags & (TF.LEET | TF.MASK | TF.RUN3 | TF.SPACED);
    const h = ((this.raw.hash[i] as number) ^ Math.imul(how, 0x9e3779b1)) | 0;
    const cached = this.cache.get(h);
    if (cached && cached.how === how && sameChars(cached.w, fold, fs, fl)) return cached.hit;
    const norm = this.raw.wordAt(i, this.text);
    const res = lookupUnknown(this.lex, norm, flags);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    if (!cached) this.cache.set(h, { w: norm, how, hit: res });
    return res;
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
      // "dhr. Lul", "mevrouw Slettenhaar", "Klaas Geil", "Bart Kok": a capitalised word after a
      // title or a first name is a surname, whatever else it spells; so is a capitalised first name.
      if (flags & TF.CAP && !(flags & TF.ALLCAPS) && this.surnameOrFirstName(i, norm, wasStart)) {
        this.mark[i] = (this.mark[i] as number) | TM.NAME;
        this.clearRoles(i);
        continue;
      }
      // (Empty sets are skipped: a set lookup hashes the word, and most engines have no names.)
      if (this.pageWords.size > 0 && this.pageWords.has(norm)) continue;
      const known = (this.c[i] as number) & C.KNOWN_NAME || (this.nameSet.size > 0 && this.nameSet.has(norm)) || (extra !== null && extra.has(norm));
      if (known) {
        this.mark[i] = (this.mark[i] as number) | TM.NAME;
        continue;
      }
      const entry = this.entry[i];
      // A common first name is a person in lower case too ("milan heeft adhd"), unless an article
      // or a preposition of place makes it a thing or a town ("naar milan", "de sara"). A phrase word's
      // entry says nothing about the word: "Mia" stays a name though "mia" is in a phrase.
      if (norm.length >= 3 && (!entry || entry.c === C.REAL_WORD || phraseOnly(entry)) && !(flags & TF.ALLCAPS) && firstName(norm)) {
        const p = i > 0 && t.kind[i - 1] === TK.WORD ? (t.norm[i - 1] as string) : '';
        if (!NOT_BEFORE_NAMES.has(p)) {
          this.mark[i] = (this.mark[i] as number) | TM.NAME;
          continue;
        }
      }
      // Written in lower case, as students do, a name still shows by its class: "kevin uit 4havo".
      if (!(flags & TF.CAP) && !entry && i + 2 < t.n && startsClassCode(t.norm[i + 2] as string) && NAME_LINKS.has(t.norm[i + 1] as string) && CLASS_CODE.test(t.norm[i + 2] as string) && norm.length >= 3) {
        this.mark[i] = (this.mark[i] as number) | TM.NAME;
        continue;
      }
      if (!(flags & TF.CAP) || flags & TF.ALLCAPS || norm.length < 2 || (entry && entry.c !== C.REAL_WORD) || NOT_NAMES.has(norm)) continue;
      if (!wasStart) {
        // "in heel Ede", "naar Utrecht": a place.
        const p = i > 0 && t.kind[i - 1] === TK.WORD ? (t.norm[i - 1] as string) : '';
        if (!PLACE_BEFORE.has(p)) this.mark[i] = (this.mark[i] as number) | TM.NAME;
        continue;
      }
      // "Capitalism is failing", "Education is key": abstract nouns by their ending are no one.
      if (ABSTRACT.test(norm)) continue;
      // Sentence-initial capital: a name only if a known verb or function word follows ("Yara heeft"),
      // also after a class or origin ("Lisa uit 2B is", "Sem van groep 8 heeft").
      if (i + 1 < t.n && t.kind[i + 1] === TK.WORD && SINGULAR_VERBS.has(t.norm[i + 1] as string)) {
        this.mark[i] = (this.mark[i] as number) | TM.NAME;
      } else if (i + 2 < t.n && t.kind[i + 1] === TK.WORD && NAME_LINKS.has(t.norm[i + 1] as string)) {
        for (let k = i + 2; k < t.n && k <= i + 4; k++) {
          const kk = t.kind[k] as number;
          if (kk === TK.END || kk === TK.QUOTE) break;
          if (kk === TK.WORD && SINGULAR_VERBS.has(t.norm[k] as string)) {
            this.mark[i] = (this.mark[i] as number) | TM.NAME;
            break;
          }
        }
      }
    }
  }

  /** Whether the capitalised word at i is a first name or a surname by its place. */
  private surnameOrFirstName(i: number, norm: string, wasStart: boolean): boolean {
    const t = this.t;
    const first = firstName(norm);
    if (!wasStart && (this.a[i] as number) === 0 && first) return false; // plain names need no help
    if (first) return !wasStart || (i + 1 < t.n && ((t.flags[i + 1] as number) & (TF.CAP | TF.ALLCAPS)) === TF.CAP && t.kind[i + 1] === TK.WORD);
    const p = prevWord(t, i);
    if (p < 0 || p !== i - 1) return false;
    const pw = t.norm[p] as string;
    if (TITLES_BEFORE_NAMES.has(pw)) return true;
    // "mevrouw Van Lier": after a name's particle, already read as part of the name.
    if (NAME_PARTICLES_CAP.has(pw) && (this.mark[p] as number) & TM.NAME) return true;
    // "Jan Kankerhoer", "Jesse Idioot": an insult word as written after a first name is an insult;
    // a word that only splits into one ("Marieke Hoerman") is a surname.
    if ((this.a[i] as number) & (A.INSULT | A.SLUR) && !((t.flags[i] as number) & TF.SPLIT)) return false;
    const pf = t.flags[p] as number;
    // "Femke de Boer Kuttschreuter": after another capitalised part of the same name.
    if ((this.mark[p] as number) & TM.NAME && (pf & (TF.CAP | TF.ALLCAPS)) === TF.CAP) return true;
    return (pf & (TF.CAP | TF.ALLCAPS)) === TF.CAP && firstName(pw);
  }

  /** A name's roles: none (the split parts of a compound read as a name go with it). */
  private clearRoles(i: number): void {
    const t = this.t;
    this.a[i] = 0;
    this.b[i] = 0;
    this.c[i] = (this.c[i] as number) & (C.LANG_EN | C.LANG_NL);
    for (let k = i + 1; k < t.n && (t.flags[k] as number) & TF.SPLIT && (t.start[k] as number) < (t.end[i] as number) + 1; k++) {
      this.a[k] = 0;
      this.b[k] = 0;
      this.mark[k] = (this.mark[k] as number) | TM.NAME;
    }
  }

  // ---------------------------------------------------------------- phrases

  private matchPhrases(): void {
    this.np = 0;
    this.tokTags.fill(0, 0, this.t.n);
    const t = this.t;
    const starts = this.lex.phraseStarts;
    const prefixStarts = this.lex.phrasePrefixStarts;
    // Every phrase needs one of its anchor words (tryPhrase checks): with none here, none matches.
    const filter = this.phrases;
    if (!filter.seen && !filter.unanchored && prefixStarts.length === 0) return;
    if (prefixStarts.length > 0) this.materialize();
    for (let i = 0; i < t.n; i++) {
      if (t.kind[i] !== TK.WORD) continue;
      const pf = this.pf[i] as number;
      if (pf >= 0) {
        const list = starts[pf] as Phrase[];
        const ids = filter.startIds[pf] as Int32Array;
        for (let k = 0; k < list.length; k++) if (filter.mayMatch(ids[k] as number)) this.tryPhrase(list[k] as Phrase, i);
      }
      if (prefixStarts.length === 0) continue;
      const form = this.formAt(i);
      for (const p of prefixStarts) {
        const first = p.slots[0];
        if (first && startsWithAny(form, first.prefixes)) this.tryPhrase(p, i);
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
          this.a[i] = (this.a[i] as number) & ~(A.VIOLENT | A.VIOLENT_AMBIG | A.DISEASE | A.PROFANITY | A.INSULT | A.INSULT_ADJ | A.DEHUM | A.NEG_ATTRIB);
          this.b[i] = (this.b[i] as number) & ~(B.DIE | B.SELF_HARM | B.CRIME | B.SENSITIVE | B.SEXUAL | B.SEXUAL_WEAK | B.BODY);
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
    const anchor = p.anchorIds;
    if (anchor) {
      if (!this.phrases.mayMatch(p.id)) return;
      let present = false;
      for (let k = 0; k < anchor.length; k++) {
        if (this.anchorStamp[anchor[k] as number] === this.stampNo) {
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
          if ((kind === TK.COMMA && !slot.comma) || kind === TK.QUOTE) return;
          continue;
        }
        if (slotHas(slot.ids, this.pf[j] as number) || slotHas(slot.ids, this.pn[j] as number) ||
          (slot.prefixes.length > 0 && startsWithAny(this.formAt(j), slot.prefixes))) {
          found = j;
          break;
        }
        if (++skipped > slot.gap) return;
      }
      if (found < 0) return;
      pos = found;
    }
    if (p.notNext) {
      const nx = nextWord(t, pos);
      if (nx >= 0 && (slotHas(p.notNext.ids, this.pf[nx] as number) || slotHas(p.notNext.ids, this.pn[nx] as number))) return;
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
      // "asylum seekers": a group named in two words.
      if (w === 'seekers' && i > 0 && t.norm[i - 1] === 'asylum') this.mark[i] = (this.mark[i] as number) | TM.GROUP;
      // "zijn leven", "zijn nek": his, not "are".
      if (w === 'zijn' && i + 1 < t.n && HIS_NOUNS.has(t.norm[i + 1] as string)) this.a[i] = a | A.PRON3S;
      if (a & A.GROUP) {
        const pv = i > 0 && t.kind[i - 1] === TK.WORD ? (t.norm[i - 1] as string) : '';
        // "mijn vrouw": a person, not the group; but "de buren zijn zigeuners": "zijn" before a plural is "are".
        if (POSSESSIVES.has(pv) && !(pv === 'zijn' && /(?:en|s)$/.test(w) && !(i > 1 && PREPOSITIONS_NL.has(t.norm[i - 2] as string)))) continue;
        this.mark[i] = (this.mark[i] as number) | TM.GROUP;
        continue;
      }
      if (!(a & A.GROUP_ADJ)) continue;
      const nx = nextWord(t, i);
      const nxA = nx >= 0 ? (this.a[nx] as number) : 0;
      const nxB = nx >= 0 ? (this.b[nx] as number) : 0;
      if (nx >= 0 && nx === i + 1 && (nxA & (A.PERSON_NOUN | A.STAFF | A.PERSON_ROLE | A.GROUP) || nxB & B.LIVES ||
        this.formAt(nx) === 'levens' || this.formAt(nx) === 'lives' || this.formAt(nx) === 'trash' || this.formAt(nx) === 'vermin' ||
        // "dat zwarte gespuis", "Marokkaanse klootzakken": a word for people, only an insulting one; for
        // many of them ("die blinde klootzak" is one referee, "black sheep" a person in a family).
        (nxA & (A.DEHUM | A.INSULT) && collective(this.formAt(nx)) && !ANIMALS.has(this.formAt(nx)) && !BODY_AND_AGE.has(w)))) {
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

}

/** A noun for many: a Dutch or English plural, or a collective ("tuig", "gespuis", "uitschot"). */
function collective(w: string): boolean {
  return /(?:en|[^s]s)$/.test(w) || COLLECTIVES.has(w);
}
/** Age, body and disability adjectives: "die oude heksen", "die blinde idioten van de VAR" are insults, not hate. */
const BODY_AND_AGE = new Set(`oud oude ouwe old older oudere dik dikke fat blind blinde doof dove deaf kaal kale bald kreupel
  kreupele lame gehandicapte disabled`.split(/\s+/));
const COLLECTIVES = new Set(['tuig', 'gespuis', 'uitschot', 'schorem', 'gepeupel', 'gajes', 'volk', 'trash', 'scum', 'filth', 'vermin']);

/** Animals among the derogatory nouns: "zwarte ratten" and "bruine varkens" are animals of a colour. */
const ANIMALS = new Set(`rat ratten kakkerlak kakkerlakken aap apen varken varkens beest beesten insect insecten ongedierte
  hond honden koe koeien ezel ezels kip kippen slang slangen luis luizen vlo vlooien
  rats rat cockroach cockroaches ape apes monkey monkeys pig pigs animal animals beast beasts insect insects vermin dog dogs
  cow cows donkey donkeys chicken chickens snake snakes lice fleas schapen sheep`.split(/\s+/));

/** "trots op zijn mannen": after a preposition "zijn" is "his". */
const PREPOSITIONS_NL = new Set(['op', 'met', 'van', 'aan', 'bij', 'voor', 'naar', 'in', 'om', 'tegen', 'over', 'door', 'uit', 'zonder', 'onder', 'tussen']);

const SINGULAR_VERBS = new Set(
  `heeft is was had zit zat woont krijgt kreeg gaat ging moet deed doet drinkt dronk steelt stal liegt loog gebruikt
  zegt zei kan kon wil wilde mag werd wordt ligt lag slikt neemt draagt rookt spijbelt blowt haalde haalt
  has is was does did lives says said can will stole steals lies uses drinks`.split(/\s+/),
);
/** Capitalised but never a person: "I hate Mondays" is about a day, "YouTube blocked it" about a platform. */
const NOT_NAMES = new Set(
  `maandag maandagen dinsdag dinsdagen woensdag woensdagen donderdag donderdagen vrijdag vrijdagen zaterdag
  zaterdagen zondag zondagen monday mondays tuesday tuesdays wednesday wednesdays thursday thursdays friday
  fridays saturday saturdays sunday sundays januari februari maart april mei juni juli augustus september
  oktober november december january february march june july august october
  duits frans engels nederlands wiskunde biologie scheikunde natuurkunde geschiedenis aardrijkskunde economie latijn
  grieks spaans maatschappijleer informatica wi fi wifi
  youtube instagram insta tiktok snapchat facebook whatsapp netflix google spotify magister smartschool somtoday zoom
  oost west noord zuid`.split(/\s+/),
);

const ABSTRACT = /(?:ism|isme|tion|ties|ity|ness|ment|ship|heid|ing|atie|iteit)$/;
export const NAME_PARTICLES_CAP = new Set(['van', 'de', 'der', 'den', 'ter', 'te', 'la', 'le', 'du', 'von']);
const TITLES_BEFORE_NAMES = new Set(['dhr', 'mevr', 'mw', 'meneer', 'mevrouw', 'juf', 'meester', 'mr', 'mrs', 'ms', 'miss', 'dr', 'drs', 'ir', 'coach', 'trainer', 'docent', 'mentor']);
const PLACE_BEFORE = new Set(['in', 'heel', 'naar', 'te', 'richting', 'nabij', 'near', 'to']);
const NOT_BEFORE_NAMES = new Set(['de', 'het', 'een', 'the', 'a', 'an', 'naar', 'to', 'in', 'at', 'uit']);

/** A first name as written, or its possessive ("tom's", "lisa's"). */
function firstName(norm: string): boolean {
  if (FIRST_NAME_SET.has(norm)) return true;
  return norm.endsWith("'s") && FIRST_NAME_SET.has(norm.slice(0, -2));
}

/** A digit first or second: the cheap test before the class-code pattern (most words have none). */
function startsClassCode(w: string): boolean {
  const a = w.charCodeAt(0);
  const b = w.charCodeAt(1);
  return (a >= 48 && a <= 57) || (b >= 48 && b <= 57);
}

/** A class: "2b", "4havo", "3c", "h4". */
const CLASS_CODE = /^(?:\d{1,2}[a-z]{1,5}\d?|[a-z]{1,2}\d{1,2})$/;

/** Between a name and its verb: where the person is from ("Lisa uit 2B is", "Sem from 3B has"). */
const NAME_LINKS = new Set(['uit', 'van', 'in', 'from', 'of']);
const HIS_NOUNS = new Set(`leven nek keel hoofd kop huis fiets auto moeder vader kinderen familie gezicht`.split(/\s+/));
const POSSESSIVES = new Set(`mijn m'n mn jouw je zijn z'n zn haar onze ons my your his her our`.split(/\s+/));

/** Role bits that send an item to the rules (the prefilter reads the same masks). */
export const TRIGGER_A = A.SLUR | A.INSULT | A.INSULT_ADJ | A.PROFANITY | A.NEG_EMOTE | A.NEG_ATTRIB | A.DEHUM | A.VIOLENT |
  A.VIOLENT_AMBIG | A.DISEASE;
export const TRIGGER_B = B.SEXUAL | B.SELF_HARM | B.CRIME | B.SENSITIVE | B.SPAM | B.EXCLAIM | B.DIE | B.SPELLED;
const TRIGGER_KINDS = (1 << TK.NUM) | (1 << TK.URL) | (1 << TK.EMAIL);

/** The roles a homograph loses outside its language; pronoun and function roles stay. */
export const HOMOGRAPH_A = A.SLUR | A.INSULT | A.INSULT_ADJ | A.PROFANITY | A.NEG_EMOTE | A.NEG_ATTRIB | A.DEHUM | A.POS |
  A.VIOLENT | A.VIOLENT_AMBIG | A.DISEASE | A.GROUP | A.GROUP_ADJ;
export const HOMOGRAPH_B = B.SEXUAL | B.SEXUAL_WEAK | B.SELF_HARM | B.CRIME | B.SENSITIVE | B.SPAM | B.DIE | B.WEAPON | B.BODY |
  B.APPEARANCE | B.EXCLAIM | B.CLAUSE_BREAK;



/**
 * A plain loop rather than `prefixes.some((x) => …)`: a closure over a loop variable makes V8
 * allocate that variable's scope on every pass of the loop, taken or not.
 */
function startsWithAny(form: string, prefixes: readonly string[]): boolean {
  for (let k = 0; k < prefixes.length; k++) if (form.startsWith(prefixes[k] as string)) return true;
  return false;
}

function slotHas(ids: Int32Array, id: number): boolean {
  if (id < 0) return false;
  for (let k = 0; k < ids.length; k++) if (ids[k] === id) return true;
  return false;
}

function sameChars(w: string, buf: Uint16Array, off: number, len: number): boolean {
  if (w.length !== len) return false;
  for (let k = 0; k < len; k++) if (w.charCodeAt(k) !== buf[off + k]) return false;
  return true;
}

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
