import { CF, nextWord } from './analyze';
import type { Analysis } from './analyze';
import { CC, CLASS } from './fold';
import { A, B, C } from './lexicon/roles';
import { TF, TK } from './tokenize';

const RELATIVE = new Set(['die', 'dat', 'wie', 'who', 'which', 'that']);

/**
 * Clauses and sentences: where a frame ("maar", "dat" after a verb of saying, "als je") starts a
 * new clause, which words are quoted, and the roles each clause and sentence holds together.
 */
export function segment(an: Analysis): void {
  const t = an.t;
  an.nc = 0;
  an.ns = 0;
  an.textA = 0;
  an.textB = 0;
  an.textC = 0;
  an.textTags = 0;
  an.textMark = 0;
  an.unquotedWords = 0;
  an.quotedWords = 0;
  pairQuotes(an);
  let clauseOpen = false;
  let sentOpen = false;
  let pendingFlags = 0;
  for (let i = 0; i < t.n; i++) {
    const kind = t.kind[i] as number;
    if (kind === TK.END) {
      if (sentOpen) closeSentence(an, t.norm[i] === '?');
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
    const b = an.b[i] as number;
    const quoted = ((t.flags[i] as number) & TF.QUOTED) !== 0;
    if (clauseOpen && kind === TK.WORD) {
      const cur = an.nc - 1;
      if (b & B.CONJ_BUT) {
        clauseOpen = false;
        pendingFlags = CF.AFTER_BUT;
      } else if (b & B.CLAUSE_BREAK || (isCoord(t.norm[i] as string) && startsClause(an, i))) {
        clauseOpen = false;
        pendingFlags = CF.AFTER_COMMA;
      } else if (b & B.SUBORD) {
        const nx = nextWord(t, i);
        // "als niemand kijkt", "when no one is looking": the negation belongs to that clause only.
        if (nx >= 0 && ((an.a[nx] as number) & (A.PRON1 | A.PRON2 | A.PRON3S | A.PRON3P | A.NEGATOR) || t.norm[nx] === 'iemand' || t.norm[nx] === 'someone')) {
          clauseOpen = false;
          pendingFlags = CF.SUBORD;
        }
      } else if (b & B.COMPLEMENTIZER && ((an.cA[cur] as number) & (A.SAY | A.BELIEVE | A.META | A.COUNTER) || (an.cC[cur] as number) & C.META_NOUN)) {
        clauseOpen = false;
        pendingFlags = CF.EMBEDDED;
      } else if (b & B.COMPLEMENTIZER && resultClause(an, i)) {
        // "ik sla je zo hard dat je moeder je niet meer herkent": the result's "niet" is its own.
        clauseOpen = false;
        pendingFlags = CF.SUBORD;
      } else if (INVERTED_SUBJECT.has(t.norm[i + 1] as string) && !(b & B.FUNCTION) && i - (an.cStart[cur] as number) >= 3 && conditional(an, cur)) {
        // "als je hem niet terugbrengt steek ik je huis in de fik": after a Dutch "als"-clause the
        // main clause starts with its verb and then the subject; the "niet" stays in the condition.
        clauseOpen = false;
        pendingFlags = CF.AFTER_COMMA;
      } else if ((an.a[i + 1] as number) & A.NEGATOR && RELATIVE.has(t.norm[i] as string)) {
        // "een sukkel die niks kan uitleggen": the relative clause's "niks" does not negate the insult.
        clauseOpen = false;
        pendingFlags = CF.SUBORD;
      }
    }
    if (!sentOpen) {
      openSentence(an);
      sentOpen = true;
    }
    if (!clauseOpen) {
      openClause(an, i, pendingFlags | (quoted ? CF.QUOTED : 0));
      clauseOpen = true;
      pendingFlags = 0;
    }
    addToClause(an, i);
    if (kind === TK.WORD) {
      if (quoted) an.quotedWords++;
      else an.unquotedWords++;
    }
  }
  if (sentOpen) closeSentence(an, false);
}

const SO = new Set(['zo', 'so', 'zodanig', 'zoveel', 'such']);

/** "zo hard dat", "so hard that": "dat" opens a result clause when "zo" came just before. */
function resultClause(an: Analysis, i: number): boolean {
  const cur = an.nc - 1;
  // Not "ik hoop zo dat …", "I hope so much that …" (the wish's own object), not "het is (niet) zo dat …",
  // and not after a negated main clause ("ik haat je niet zo erg dat …").
  if ((an.cB[cur] as number) & B.WISH || (an.cA[cur] as number) & (A.BELIEVE | A.NEGATOR)) return false;
  const start = an.cStart[cur] as number;
  for (let k = i - 1, n = 0; k >= start && n < 5; k--) {
    if (an.t.kind[k] !== TK.WORD) continue;
    // "zo hard dat", "zo erg in elkaar dat": words between "zo" and "dat".
    if (SO.has(an.t.norm[k] as string)) return n > 0;
    n++;
  }
  return false;
}

const INVERTED_SUBJECT = new Set(['ik', 'we', 'wij', 'jij', 'je', 'hij', 'zij', 'ze']);
const CONDITIONS = new Set(['als', 'wanneer', 'zodra', 'indien', 'tenzij']);

/** The clause is a Dutch condition: it opens with "als", "zodra", "tenzij" … */
export function conditional(an: Analysis, c: number): boolean {
  return CONDITIONS.has(an.t.norm[an.cStart[c] as number] as string);
}

function pairQuotes(an: Analysis): void {
  const t = an.t;
  let open = -1;
  for (let i = 0; i < t.n; i++) {
    if (t.kind[i] !== TK.QUOTE) continue;
    const ch = t.norm[i] as string;
    const s = t.start[i] as number;
    const before = s > 0 ? (CLASS[an.text.charCodeAt(s - 1)] as number) : CC.SPACE;
    const after = s + 1 < an.text.length ? (CLASS[an.text.charCodeAt(s + 1)] as number) : CC.SPACE;
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

function openSentence(an: Analysis): void {
  const s = an.ns++;
  if (s >= an.sFirst.length) {
    an.sFirst = grow32(an.sFirst);
    an.sEnd = grow32(an.sEnd);
    an.sA = grow32(an.sA);
    an.sB = grow32(an.sB);
    an.sTags = grow32(an.sTags);
    an.sMark = grow32(an.sMark);
    const q = new Uint8Array(an.sQuestion.length * 2);
    q.set(an.sQuestion);
    an.sQuestion = q;
  }
  an.sFirst[s] = an.nc;
  an.sEnd[s] = an.nc;
  an.sA[s] = 0;
  an.sB[s] = 0;
  an.sTags[s] = 0;
  an.sMark[s] = 0;
  an.sQuestion[s] = 0;
}

function closeSentence(an: Analysis, question: boolean): void {
  const s = an.ns - 1;
  an.sEnd[s] = an.nc;
  let q = question;
  const first = an.sFirst[s] as number;
  // A sentence opening with a question word or an inverted verb is a question without "?" too.
  if (!q && first < an.nc) {
    const tok = an.cStart[first] as number;
    if ((an.a[tok] as number) & A.QUESTION) q = true;
  }
  an.sQuestion[s] = q ? 1 : 0;
  if (q) for (let c = first; c < an.nc; c++) an.cFlags[c] = (an.cFlags[c] as number) | CF.QUESTION;
}

function openClause(an: Analysis, tok: number, flags: number): void {
  const c = an.nc++;
  if (c >= an.cStart.length) {
    an.cStart = grow32(an.cStart);
    an.cEnd = grow32(an.cEnd);
    an.cSent = grow32(an.cSent);
    an.cA = grow32(an.cA);
    an.cB = grow32(an.cB);
    an.cC = grow32(an.cC);
    an.cNeg = grow32(an.cNeg);
    an.cTags = grow32(an.cTags);
    an.cFlags = grow32(an.cFlags);
    an.cMark = grow32(an.cMark);
  }
  an.cStart[c] = tok;
  an.cEnd[c] = tok;
  an.cSent[c] = an.ns - 1;
  an.cA[c] = 0;
  an.cB[c] = 0;
  an.cC[c] = 0;
  an.cNeg[c] = 0;
  an.cTags[c] = 0;
  an.cFlags[c] = flags;
  an.cMark[c] = 0;
}

function addToClause(an: Analysis, i: number): void {
  const c = an.nc - 1;
  const s = an.ns - 1;
  an.clause[i] = c;
  an.cEnd[c] = i + 1;
  const a = an.a[i] as number;
  const b = an.b[i] as number;
  const cc = an.c[i] as number;
  const m = an.mark[i] as number;
  an.cA[c] = (an.cA[c] as number) | a;
  an.cB[c] = (an.cB[c] as number) | b;
  an.cC[c] = (an.cC[c] as number) | cc;
  an.cMark[c] = (an.cMark[c] as number) | m;
  if (a & A.NEGATOR) an.cNeg[c] = (an.cNeg[c] as number) + 1;
  an.sA[s] = (an.sA[s] as number) | a;
  an.sB[s] = (an.sB[s] as number) | b;
  an.sMark[s] = (an.sMark[s] as number) | m;
  an.textA |= a;
  an.textB |= b;
  an.textC |= cc;
  an.textMark |= m;
  // Phrase tags belong to the clause and sentence where the phrase starts.
  const tag = an.tokTags[i] as number;
  if (tag !== 0) {
    an.cTags[c] = (an.cTags[c] as number) | tag;
    an.sTags[s] = (an.sTags[s] as number) | tag;
    an.textTags |= tag;
  }
}

/** "and", "so", "en", "dus", "that's", "thats", "which": compared by length first, so no word is hashed. */
function isCoord(w: string): boolean {
  switch (w.length) {
    case 2:
      return w === 'so' || w === 'en';
    case 3:
      return w === 'and' || w === 'dus';
    case 5:
      return w === 'thats' || w === 'which';
    case 6:
      return w === "that's";
    default:
      return false;
  }
}

/** "…, and they deserve …", "so we should …", "that's why …": a new clause starts here. */
function startsClause(an: Analysis, i: number): boolean {
  const nx = nextWord(an.t, i);
  if (nx < 0) return false;
  const w = an.t.norm[nx];
  if (w === 'why' || w === 'daarom') return true;
  return ((an.a[nx] as number) & (A.PRON1 | A.PRON2 | A.PRON3P | A.PRON3S)) !== 0;
}

function grow32(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
