import { HOMOGRAPH_A, HOMOGRAPH_B, TRIGGER_A, TRIGGER_B } from './analyze';
import { CC, CLASS, FOLD } from './fold';
import type { LexEntry, Lexicon, Phrase } from './compile';
import { FINDING_TAGS } from './compile';
import { A, B, C } from './lexicon/roles';
import { FNV_PRIME, FNV_SEED, WordTable, hashChars } from './table';
import { WordSeq } from './model/features';
import type { ModelGate } from './model/olid-model';
import { UNITS, monkeyEmoji, pigEmoji, sexualEmoji, sexualEmojiBeside, weaponEmoji } from './units';
import { ByteMemo } from './word-memo';
import { insultTail } from './lookup';

/**
 * One pass over an item's characters that proves the common case — nothing in it can lead to a
 * finding — without tokens, strings or lookups beyond one hash probe per word. It is conservative:
 * whenever it meets something it does not model exactly (digits, links, @, leetspeak symbols,
 * stretched or spelled-out letters, apostrophes in unknown words, possible compounds, a phrase
 * whose words are all present) it answers "maybe" and the full analysis decides. Its "clean" is
 * exactly the full analysis's "clean", because both read the same lexicon the same way.
 */
export const enum Verdict {
  MAYBE = 0,
  CLEAN = 1,
  /** Clean words, but numbers: only the personal-data number detectors can find anything. */
  NUMBERS = 2,
}

const CONTENT_SPLIT = A.GROUP | A.SLUR | A.INSULT | A.PROFANITY | A.NEG_EMOTE | A.NEG_ATTRIB | A.DEHUM | A.VIOLENT;
const SPLIT_LEFT = 1;
const SPLIT_RIGHT = 2;
const SPLIT_CONTENT = 4;
const SPLIT_CURSE = 8;
/** An insult noun that makes an unknown compound it ends an insult (lookup.insultTail). */
const SPLIT_INSULT_TAIL = 16;

const KIND_ENTRY = 0;
const KIND_FUZZY = 1;
const KIND_PHRASE = 2;

export class Prefilter {
  private readonly table: WordTable;
  private readonly ra: Int32Array;
  private readonly rb: Int32Array;
  private readonly rc: Int32Array;
  private readonly rpid: Int32Array;
  /** For a one-typo spelling: the phrase-word id of the word it is read as. */
  private readonly rpid2: Int32Array;
  private readonly rkind: Uint8Array;
  /** Split roles, mirroring lookup.splitWord: see SPLIT_*. */
  private readonly splitPart: Uint8Array;
  /** Finding phrases by the phrase-word id of their anchor words. */
  private readonly anchorPhrases: Phrase[][];
  private readonly stamp: Int32Array;
  private stampNo = 0;
  private readonly enabled: boolean;
  /** The words of the last item, for the model (English items only ever need it). */
  readonly seq = new WordSeq();
  private anchors = new Int32Array(64);
  private readonly compounds = new ByteMemo();

  // What the last item had, for the engine's decision and the model's gate.
  enWords = 0;
  nlWords = 0;
  textA = 0;
  textB = 0;
  textC = 0;
  quoted = false;
  digits = 0;

  constructor(lex: Lexicon) {
    const keys: string[] = [];
    const rows: { e: LexEntry | undefined; kind: number; pid: number; pid2: number }[] = [];
    for (let id = 0; id < lex.entries.length; id++) {
      keys.push(lex.table.words[id] as string);
      rows.push({ e: lex.entries[id], kind: KIND_ENTRY, pid: lex.entryPid[id] as number, pid2: -1 });
    }
    const known = new Set(keys);
    for (const [k, e] of lex.fuzzy) {
      // The full analysis tries one-typo readings only for words of four letters or more.
      if (known.has(k) || k.length < 4) continue;
      known.add(k);
      keys.push(k);
      rows.push({ e, kind: KIND_FUZZY, pid: lex.phraseWords.findWord(k), pid2: e.form ? lex.phraseWords.findWord(e.form) : -1 });
    }
    for (const w of lex.phraseWords.words) {
      if (known.has(w)) continue;
      known.add(w);
      keys.push(w);
      rows.push({ e: undefined, kind: KIND_PHRASE, pid: lex.phraseWords.findWord(w), pid2: -1 });
    }
    this.table = new WordTable(keys);
    const n = keys.length;
    this.ra = new Int32Array(n);
    this.rb = new Int32Array(n);
    this.rc = new Int32Array(n);
    this.rpid = new Int32Array(n);
    this.rpid2 = new Int32Array(n);
    this.rkind = new Uint8Array(n);
    this.splitPart = new Uint8Array(n);
    keys.forEach((k, i) => {
      const id = this.table.findWord(k);
      const r = rows[i] as (typeof rows)[number];
      const e = r.e;
      const allow = e ? (e.c & C.ALLOW) !== 0 : false;
      this.ra[id] = e && !allow ? e.a : 0;
      this.rb[id] = e && !allow ? e.b : 0;
      this.rc[id] = e ? e.c : 0;
      this.rpid[id] = r.pid;
      this.rpid2[id] = r.pid2;
      this.rkind[id] = r.kind;
      if (r.kind === KIND_ENTRY && e && !(e.c & C.REAL_WORD)) {
        let f = SPLIT_RIGHT;
        // The splitter's trie holds words with a role (sports words alone do not count).
        if (k.length >= 2 && ((e.a & ~A.SPORT) !== 0 || (e.b & (B.FUNCTION | B.INTENSIFIER | B.SEXUAL | B.DIE)) !== 0)) f |= SPLIT_LEFT;
        if ((e.a & CONTENT_SPLIT) !== 0 || (e.b & (B.SEXUAL | B.DIE)) !== 0) f |= SPLIT_CONTENT;
        if (e.b & B.CURSE_PREFIX) f |= SPLIT_CURSE;
        this.splitPart[id] = f;
      }
      if (r.kind === KIND_ENTRY && insultTail(k, e)) this.splitPart[id] = (this.splitPart[id] as number) | SPLIT_INSULT_TAIL;
    });
    this.anchorPhrases = Array.from({ length: lex.phraseWords.size }, () => [] as Phrase[]);
    const seen = new Set<Phrase>();
    for (const list of lex.phraseIndex.values()) {
      for (const p of list) {
        if (seen.has(p) || !FINDING_TAGS.has(p.tag)) continue;
        seen.add(p);
        const ids = p.anchorIds ?? (p.slots[0] as (typeof p.slots)[number]).ids;
        for (const id of ids) (this.anchorPhrases[id] as Phrase[]).push(p);
      }
    }
    this.stamp = new Int32Array(lex.phraseWords.size);
    this.enabled = lex.phrasePrefixStarts.length === 0;
  }

  /** CLEAN when no finding can come of the text; MAYBE sends it to the full analysis. */
  check(text: string): Verdict {
    if (!this.enabled) return Verdict.MAYBE;
    if (++this.stampNo > 0x3fffffff) {
      this.stampNo = 1;
      this.stamp.fill(0);
    }
    UNITS.load(text);
    const u = UNITS.u;
    const n = text.length;
    const seq = this.seq;
    seq.reset();
    if (n + 2 > seq.buf.length) seq.buf = new Uint16Array(n * 2 + 2);
    const buf = seq.buf;
    let ws = 0; // where the current word's folded characters start in buf
    let wFrom = 0;
    let upper = 0;
    let letters = 0;
    let caps = 0;
    let qa = 0;
    let qb = 0;
    let qc = 0;
    let enA = 0;
    let enB = 0;
    let nlA = 0;
    let nlB = 0;
    let en = 0;
    let nl = 0;
    let nAnchors = 0;
    let quoted = false;
    let len = 0;
    let h = FNV_SEED;
    let prev = -1;
    let run = 0;
    let singles = 0;
    let apos = false;
    let digits = 0;
    let digitCount = 0;
    let numbers = false;
    let sexEmoji = 0;
    let besideEmoji = 0;
    for (let i = 0; i <= n; i++) {
      const c = i < n ? (u[i] as number) : 32;
      // Lower-case ASCII letters are most of every text: no table lookups for them.
      const cls = c >= 97 && c <= 122 ? CC.LETTER : (CLASS[c] as number);
      if (cls === CC.LETTER) {
        if (digits > 0) return Verdict.MAYBE; // "12x", "3e": digits and letters together
        let f = c;
        if (c < 97 || c > 122) {
          f = FOLD[c] as number;
          if (c >= 65 && c <= 90) upper++;
        }
        if (f === prev) {
          if (++run >= 3) return Verdict.MAYBE; // "kuuut": stretched letters
        } else run = 1;
        if (len === 0) wFrom = i;
        prev = f;
        buf[ws + len++] = f;
        letters++;
        h = Math.imul(h ^ f, FNV_PRIME);
        continue;
      }
      if (cls === CC.APOS && len > 0 && prev >= 97 && CLASS[u[i + 1] as number] === CC.LETTER) {
        // "zo'n", "don't": the apostrophe is part of the word, as the tokenizer has it.
        buf[ws + len++] = 39;
        h = Math.imul(h ^ 39, FNV_PRIME);
        prev = 39;
        apos = true;
        continue;
      }
      if (cls === CC.DIGIT) {
        if (len > digits) return Verdict.MAYBE; // "k4nker", "1e": letters and digits together
        const f = FOLD[c] as number;
        buf[ws + len++] = f;
        digits++;
        if (c <= 57) digitCount++; // the number detectors count ASCII digits
        h = Math.imul(h ^ f, FNV_PRIME);
        prev = f;
        run = 1;
        continue;
      }
      if (cls === CC.SKIP) {
        // Between words an invisible mark (the variation selector of "❤️", a zero-width space) is
        // nothing to the tokenizer either; inside a word it joins the word: not modelled here.
        if (len === 0) continue;
        return Verdict.MAYBE;
      }
      if (c === 0xd835) return Verdict.MAYBE;
      if (c === 40 && u[i + 1] === 40 && u[i + 2] === 40) return Verdict.MAYBE; // "(((they)))"?
      // 🍆 🍑, and 💦 👅 🥵 🤤 beside one of them: two make a sexual remark the full analysis judges.
      if ((c === 0xd83c || c === 0xd83d) && sexualEmoji(c, u[i + 1] as number)) {
        sexEmoji++;
        if (sexEmoji + besideEmoji >= 2) return Verdict.MAYBE;
      }
      if ((c === 0xd83d || c === 0xd83e) && sexualEmojiBeside(c, u[i + 1] as number) && ++besideEmoji + sexEmoji >= 2 && sexEmoji > 0) return Verdict.MAYBE;
      // 🔪 🔫 💣: a weapon drawn at someone is the threat rule's to judge.
      if (c === 0xd83d && weaponEmoji(c, u[i + 1] as number)) return Verdict.MAYBE;
      // 🐒 🐷: aimed at a group they are hate, which the hate rule judges.
      if ((c === 0xd83d || c === 0xd83e) && (monkeyEmoji(c, u[i + 1] as number) || pigEmoji(c, u[i + 1] as number))) return Verdict.MAYBE;
      if (cls === CC.LEET) {
        // Inside a word ("sh*t", "h@te") or starting one ("$hit", "@naam"): leetspeak, a mention.
        const nc = CLASS[u[i + 1] as number];
        if ((len > 0 || c === 36 || c === 64) && (nc === CC.LETTER || nc === CC.DIGIT)) return Verdict.MAYBE;
        if (len > 0 && c === 42) return Verdict.MAYBE; // "f***", "f**k": a masked word
      }
      if (len > 0 && (c === 46 || c === 58 || c === 47 || c === 33) && i + 1 < n) {
        const nc = CLASS[u[i + 1] as number];
        if (nc === CC.LETTER || (nc === CC.DIGIT && digits < len)) return Verdict.MAYBE; // links, "sh!t", "k.u.t"
      }
      if (cls === CC.QUOTE || cls === CC.APOS) quoted = true;
      if (len === 0) continue;
      // A word ends here.
      if (len === 1) {
        if (++singles >= 3) return Verdict.MAYBE; // "k a n k e r"
      } else singles = 0;
      const id = this.table.find(h, buf, ws, len);
      if (digits > 0) numbers = true;
      else if (id >= 0 && this.rkind[id] !== KIND_PHRASE) {
        // The analysis reads a one-typo spelling as two run-together words where it can.
        if (this.rkind[id] === KIND_FUZZY && len >= 5 && this.compound(h, ws, len)) return Verdict.MAYBE;
        const a = this.ra[id] as number;
        const b = this.rb[id] as number;
        const cc = this.rc[id] as number;
        if (cc & C.EN_ONLY) {
          enA |= a;
          enB |= b;
          qa |= a & ~HOMOGRAPH_A;
          qb |= b & ~HOMOGRAPH_B;
        } else if (cc & C.NL_ONLY) {
          nlA |= a;
          nlB |= b;
          qa |= a & ~HOMOGRAPH_A;
          qb |= b & ~HOMOGRAPH_B;
        } else {
          // A trigger word that is not a homograph decides it: no need to read further.
          if ((a & TRIGGER_A) !== 0 || (b & TRIGGER_B) !== 0 || (cc & C.USER_FLAG) !== 0) return Verdict.MAYBE;
          qa |= a;
          qb |= b;
        }
        qc |= cc;
        if (cc & C.LANG_EN) en++;
        if (cc & C.LANG_NL) nl++;
      } else if (apos || (len >= 5 && this.compound(h, ws, len))) {
        return Verdict.MAYBE;
      }
      if (id >= 0) {
        const pid = this.rpid[id] as number;
        const pid2 = this.rpid2[id] as number;
        if (pid >= 0) this.stamp[pid] = this.stampNo;
        if (pid2 >= 0) this.stamp[pid2] = this.stampNo;
        const anchor = pid2 >= 0 ? pid2 : pid;
        if (anchor >= 0 && (this.rc[id] as number) & C.PHRASE_ANCHOR) {
          if (nAnchors === this.anchors.length) return Verdict.MAYBE;
          this.anchors[nAnchors++] = anchor;
        }
      }
      if (digits === 0) {
        // Shouting: two or more capitals and nothing but capitals (as the tokenizer's ALLCAPS).
        if (upper >= 2 && upper === letters) caps++;
        seq.start[seq.n] = ws;
        seq.len[seq.n] = len;
        seq.hash[seq.n] = h;
        seq.from[seq.n] = wFrom;
        seq.to[seq.n] = i;
        seq.role[seq.n] = id >= 0 ? (this.ra[id] as number) : 0;
        seq.n++;
        if (seq.n === seq.start.length) seq.grow();
        ws += len;
      }
      len = 0;
      digits = 0;
      upper = 0;
      letters = 0;
      h = FNV_SEED;
      prev = -1;
      run = 0;
      apos = false;
    }
    // Homographs count in their own language only; without an English majority the text is Dutch.
    if (en > nl) {
      qa |= enA;
      qb |= enB;
      qa |= nlA & ~HOMOGRAPH_A;
      qb |= nlB & ~HOMOGRAPH_B;
    } else {
      qa |= nlA;
      qb |= nlB;
      qa |= enA & ~HOMOGRAPH_A;
      qb |= enB & ~HOMOGRAPH_B;
    }
    this.enWords = en;
    this.nlWords = nl;
    this.textA = qa;
    this.textB = qb;
    this.textC = qc;
    this.quoted = quoted;
    this.digits = digitCount;
    seq.roles = qa;
    seq.caps = caps;
    if ((qa & TRIGGER_A) !== 0 || (qb & TRIGGER_B) !== 0 || (qc & C.USER_FLAG) !== 0 || ((qa & A.POS) !== 0 && (qa & A.NEGATOR) !== 0)) {
      return Verdict.MAYBE;
    }
    for (let k = 0; k < nAnchors; k++) {
      const list = this.anchorPhrases[this.anchors[k] as number] as Phrase[];
      for (let m = 0; m < list.length; m++) if (this.allSlotsPresent(list[m] as Phrase)) return Verdict.MAYBE;
    }
    return numbers ? Verdict.NUMBERS : Verdict.CLEAN;
  }

  /** What the model's gate needs to know about the last (clean) item. */
  gate(): ModelGate {
    return {
      textA: this.textA,
      textC: this.textC,
      group: (this.textA & (A.GROUP | A.GROUP_ADJ)) !== 0,
      framed: false,
      quoted: this.quoted,
      person: false,
      careTopic: (this.textB & (B.SELF_HARM | B.SENSITIVE)) !== 0,
    };
  }

  /** Every slot of the phrase has one of its words in the text (order and gaps not checked). */
  private allSlotsPresent(p: Phrase): boolean {
    for (const slot of p.slots) {
      const ids = slot.ids;
      let hit = false;
      for (let k = 0; k < ids.length; k++) {
        if (this.stamp[ids[k] as number] === this.stampNo) {
          hit = true;
          break;
        }
      }
      if (!hit) return false;
    }
    return true;
  }

  /** mayBeCompound, memoised per spelling (unknown words recur: names, everyday compounds). */
  private compound(h: number, ws: number, len: number): boolean {
    const buf = this.seq.buf;
    const known = this.compounds.get(h, buf, ws, len);
    if (known >= 0) return known === 1;
    const r = this.mayBeCompound(ws, len);
    this.compounds.set(h, buf, ws, len, r ? 1 : 0);
    return r;
  }

  /**
   * Could the splitter read this unknown word as two known words with a strong one among them, or
   * as a curse compound? Mirrors lookup.splitWord, erring towards "maybe".
   */
  private mayBeCompound(ws: number, len: number): boolean {
    const buf = this.seq.buf;
    if (len >= 7 && swearTail(buf, ws, len)) return true;
    if (len >= 8) {
      for (let p = 3; p <= len - 5; p++) {
        const tail = this.table.find(hashChars(buf, ws + p, len - p), buf, ws + p, len - p);
        if (tail >= 0 && (this.splitPart[tail] as number) & SPLIT_INSULT_TAIL) return true;
      }
    }
    for (let k = ws; k < ws + len; k++) if ((buf[k] as number) > 127) return false; // the splitter reads ASCII only
    let hp = FNV_SEED;
    for (let p = 1; p <= len - 2; p++) {
      hp = Math.imul(hp ^ (buf[ws + p - 1] as number), FNV_PRIME);
      const left = this.table.find(hp, buf, ws, p);
      if (left < 0 || this.rkind[left] !== KIND_ENTRY) continue;
      const lf = this.splitPart[left] as number;
      if (lf & SPLIT_CURSE) return true;
      if (!(lf & SPLIT_LEFT) || (p === 1 && buf[ws] !== 105)) continue;
      const right = this.table.find(hashChars(buf, ws + p, len - p), buf, ws + p, len - p);
      if (right < 0 || this.rkind[right] !== KIND_ENTRY) continue;
      const rf = this.splitPart[right] as number;
      if (!(rf & SPLIT_RIGHT)) continue;
      if (p === 1 ? rf & SPLIT_CONTENT && (this.ra[right] as number) & CONTENT_SPLIT : (lf | rf) & SPLIT_CONTENT) return true;
    }
    return false;
  }
}

const SWEAR_TAIL_CODES = ['fuck', 'shit', 'fucks', 'shits', 'fucker', 'fuckers', 'fucking'].map((w) => Array.from(w, (ch) => ch.charCodeAt(0)));

/** The word ends in an English swear word ("clusterfuck"), as lookup.ts reads such compounds. */
function swearTail(buf: Uint16Array, ws: number, len: number): boolean {
  for (const tail of SWEAR_TAIL_CODES) {
    if (len - tail.length < 3) continue;
    let k = 0;
    while (k < tail.length && buf[ws + len - tail.length + k] === tail[k]) k++;
    if (k === tail.length) return true;
  }
  return false;
}
