import type { Analysis } from '../analyze';
import type { Findings } from '../findings';
import { TAG, TM } from '../analyze';
import { A, C } from '../lexicon/roles';
import { FEATURE_BITS, FeatureBuffer, extractFeatures, looksEnglish } from './features';
import { OLID_WEIGHTS } from './olid-weights';

/** A linear model over hashed features: weights, bias and the decision threshold. */
export interface LinearModel {
  weights: Float32Array;
  bias: number;
  threshold: number;
}

/** Decodes the committed weights (int8, base64) produced by tests/eval/train-olid-model.ts. */
export function loadOlidModel(): LinearModel | null {
  if (!OLID_WEIGHTS.data) return null;
  const bin = atob(OLID_WEIGHTS.data);
  const size = 1 << FEATURE_BITS;
  if (bin.length !== size) return null;
  const weights = new Float32Array(size);
  for (let i = 0; i < size; i++) {
    const q = (bin.charCodeAt(i) << 24) >> 24; // as signed int8
    weights[i] = q * OLID_WEIGHTS.scale;
  }
  return { weights, bias: OLID_WEIGHTS.bias, threshold: OLID_WEIGHTS.threshold };
}

const buf = new FeatureBuffer();

/**
 * Where the rules have a considered view, the model keeps quiet: texts about protected groups
 * (where counter-speech and identity talk look like hate to a word model), texts that quote or
 * condemn, innocent readings of slur homonyms, and criticism of the school or its policies.
 */
function modelMaySpeak(an: Analysis): boolean {
  if (an.textMark & TM.GROUP) return false;
  if (an.textA & (A.COUNTER | A.META | A.SAY) || an.textTags & (TAG.counter | TAG.idiom)) return false;
  if (an.quotedWords > 0) return false;
  if (an.textC & (C.HOMONYM_CTX | C.POSITIVE_MOD | C.WEAK_SLUR)) return false;
  const person = (an.textA & (A.PRON2 | A.PRON3S)) !== 0 || (an.textMark & TM.NAME) !== 0;
  if (an.textA & A.INSTITUTION && !person) return false;
  // Negative words the rules judged and found aimed at no one ("Mondays are the worst").
  if (an.textA & (A.NEG_EMOTE | A.NEG_ATTRIB | A.DEHUM | A.VIOLENT | A.VIOLENT_AMBIG) && !person) return false;
  return true;
}

/** Probability that the item is offensive, by the model. */
export function scoreModel(model: LinearModel, an: Analysis, found: Findings, feats = buf): number {
  extractFeatures(an, found, feats);
  let z = model.bias;
  for (let k = 0; k < feats.n; k++) z += model.weights[feats.idx[k] as number] as number;
  return 1 / (1 + Math.exp(-z));
}

/**
 * Adds a low-severity finding when the model is confident an English item is offensive and the
 * rules found nothing. The span covers the words that weighed most, so the owner still sees why.
 */
export function applyModel(model: LinearModel, an: Analysis, found: Findings): void {
  if (found.n > 0 || !looksEnglish(an) || !modelMaySpeak(an)) return;
  const p = scoreModel(model, an, found, buf);
  if (p < model.threshold) return;
  let best = -1;
  let bestW = 0;
  const perToken = new Map<number, number>();
  for (let k = 0; k < buf.n; k++) {
    const tok = buf.from[k] as number;
    if (tok < 0) continue;
    const w = (perToken.get(tok) ?? 0) + (model.weights[buf.idx[k] as number] as number);
    perToken.set(tok, w);
    if (w > bestW) {
      bestW = w;
      best = tok;
    }
  }
  const cat = an.textA & (A.PRON2 | A.PRON3S) || an.textMark & 2 ? 'insult' : 'coarse_language';
  if (best < 0) {
    found.chars(cat, 'model.offensive', 1, 0, 0);
    return;
  }
  found.tokens(an, cat, 'model.offensive', 1, best, best + 1);
}
