/** Feature variants for olid-lab.ts (experiments only). Base = features.ts exactly. */
import { A } from '../../shared/decency/lexicon/roles';
import type { Probe } from './olid-lab';
import { BIAS_WORD, CAPS_LABEL, COMBO_LABEL, ROLE_LABELS, hashLabel, mix } from '../../shared/decency/model/features';

export interface FOpts {
  bits?: number;
  uni?: boolean;
  bi?: boolean;
  tri?: boolean;
  skip?: boolean;
  c3?: boolean;
  c4?: boolean;
  c5?: boolean;
  c2?: boolean;
  /** char n-grams (these sizes) over the whole text "w1 w2 ..." with spaces, across word boundaries */
  cross?: number[];
  roles?: boolean;
  caps?: boolean;
  len?: boolean;
  /** dedupe features */
  uniq?: boolean;
}

const label = hashLabel;
const ROLES = ROLE_LABELS;
const COMBO = label(COMBO_LABEL);
const CAPS = label(CAPS_LABEL);

export function featurizer(o: FOpts): (p: Probe) => Int32Array {
  const o2 = { bits: 18, uni: true, bi: true, c3: true, c4: true, roles: true, caps: true, ...o };
  const mask = (1 << o2.bits) - 1;
  return (p) => {
    const seq = p.seq;
    const out: number[] = [];
    const buf = seq.buf;
    let prev = BIAS_WORD;
    let prev2 = BIAS_WORD;
    for (let w = 0; w < seq.n; w++) {
      const h = seq.hash[w] as number;
      if (o2.uni) out.push((h >>> 0) & mask);
      if (o2.bi) out.push(mix(prev, h) & mask);
      if (o2.tri) out.push(mix(mix(prev2, prev) ^ 0x51ed27, h) & mask);
      if (o2.skip) out.push(mix(prev2 ^ 0x1234567, h) & mask);
      prev2 = prev;
      prev = h;
      const s = seq.start[w] as number;
      const len = seq.len[w] as number;
      if (len < 2) continue;
      const ch = (k: number): number => (k < 0 ? 60 : k >= len ? 62 : (buf[s + k] as number));
      for (const [on, n] of [[o2.c2, 2], [o2.c3, 3], [o2.c4, 4], [o2.c5, 5]] as [boolean | undefined, number][]) {
        if (!on) continue;
        for (let i = -1; i + n <= len + 1; i++) {
          let g = 0x9747b28c;
          for (let k = i; k < i + n; k++) g = Math.imul(g ^ ch(k), 0x01000193);
          out.push((g >>> 0) & mask);
        }
      }
    }
    if (o2.cross && seq.n > 0) {
      const chars: number[] = [32];
      for (let w = 0; w < seq.n; w++) {
        const s = seq.start[w] as number;
        for (let k = 0; k < (seq.len[w] as number); k++) chars.push(buf[s + k] as number);
        chars.push(32);
      }
      for (const n of o2.cross) {
        for (let i = 0; i + n <= chars.length; i++) {
          // only grams that span a space inside (across a word boundary)
          let inner = false;
          for (let k = i + 1; k < i + n - 1; k++) if (chars[k] === 32) inner = true;
          if (!inner) continue;
          let g = 0x3c6ef372 ^ n;
          for (let k = i; k < i + n; k++) g = Math.imul(g ^ (chars[k] as number), 0x01000193);
          out.push((g >>> 0) & mask);
        }
      }
    }
    if (o2.roles) {
      const roles = seq.roles;
      for (const [bit, h] of ROLES) if (roles & bit) out.push(h & mask);
      if (roles & A.PRON2 && roles & (A.INSULT | A.INSULT_ADJ | A.PROFANITY | A.NEG_ATTRIB)) out.push(COMBO & mask);
    }
    if (o2.caps && seq.caps >= 2) out.push(CAPS & mask);
    if (o2.len) out.push(label('len:' + Math.min(6, Math.floor(Math.log2(seq.n + 1)))) & mask);
    const arr = Int32Array.from(o2.uniq ? [...new Set(out)] : out);
    return arr;
  };
}
