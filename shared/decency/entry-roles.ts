import type { LexEntry, Lexicon } from './compile';
import { C } from './lexicon/roles';

/**
 * The roles of every lexicon entry by table id, in typed arrays: the analysis reads a known word's
 * roles from here instead of from its entry object (one array read each, no object to visit). An
 * allowed word (school allow list) has no roles, as Analysis.pushTok gives it.
 */
export interface EntryRoles {
  a: Int32Array;
  b: Int32Array;
  c: Int32Array;
}

const rolesByLexicon = new WeakMap<Lexicon, EntryRoles>();

export function entryRoles(lex: Lexicon): EntryRoles {
  let r = rolesByLexicon.get(lex);
  if (!r) {
    const n = lex.entries.length;
    r = { a: new Int32Array(n), b: new Int32Array(n), c: new Int32Array(n) };
    for (let id = 0; id < n; id++) {
      const e = lex.entries[id] as LexEntry;
      const allowed = (e.c & C.ALLOW) !== 0;
      r.a[id] = allowed ? 0 : e.a;
      r.b[id] = allowed ? 0 : e.b;
      r.c[id] = e.c;
    }
    rolesByLexicon.set(lex, r);
  }
  return r;
}
