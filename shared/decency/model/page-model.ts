import type { Findings } from '../findings';
import { A, C } from '../lexicon/roles';
import type { Category } from '../types';
import type { WordSeq } from './features';
import { FEATURE_BITS, FeatureBuffer, extractFeatures } from './features';
import type { LinearModel, ModelGate } from './olid-model';
import { modelMaySpeak, weightiestWord } from './olid-model';
import { PAGE_WEIGHTS } from './page-weights';

/**
 * The school-page model: a logistic regression over the same hashed features as the English model,
 * trained (tests/eval/train-page-model.ts) on the labelled review rounds in tests/eval/rounds/ —
 * Dutch and English school-page and social-media comments, harmful ones over every category and
 * hard harmless ones. It speaks only where the rules found nothing and would let the item pass:
 * veiled wordings no phrase list has ("we hebben een nieuwe groepsapp gemaakt, sommige mensen hoeven
 * niet te weten welke 🤫"). A small head per category names what it most resembles.
 */
export interface PageModel extends LinearModel {
  heads: { category: Category; weights: Float32Array; bias: number }[];
}

/** The categories the heads tell apart (media consent is the media flag's, not the words'). */
export const PAGE_CATEGORIES: readonly Category[] = ['insult', 'bullying', 'threat', 'stalking', 'defamation', 'hate', 'sexual',
  'personal_data', 'self_harm', 'spam', 'coarse_language'];

/** Feature-space size of the category heads: they only choose among categories, so they can be small. */
export const HEAD_BITS = 14;
const HEAD_MASK = (1 << HEAD_BITS) - 1;

function decode(data: string, scale: number, size: number): Float32Array | null {
  const bin = atob(data);
  if (bin.length !== size) return null;
  const w = new Float32Array(size);
  for (let i = 0; i < size; i++) w[i] = ((bin.charCodeAt(i) << 24) >> 24) * scale;
  return w;
}

/** Decodes the committed weights (int8, base64) written by tests/eval/train-page-model.ts. */
export function loadPageModel(): PageModel | null {
  if (!PAGE_WEIGHTS.data) return null;
  const weights = decode(PAGE_WEIGHTS.data, PAGE_WEIGHTS.scale, 1 << FEATURE_BITS);
  if (!weights) return null;
  const heads: PageModel['heads'] = [];
  for (const h of PAGE_WEIGHTS.heads) {
    const w = decode(h.data, h.scale, 1 << HEAD_BITS);
    if (!w) return null;
    heads.push({ category: h.category as Category, weights: w, bias: h.bias });
  }
  return { weights, bias: PAGE_WEIGHTS.bias, threshold: PAGE_WEIGHTS.threshold, heads };
}

/** Words the rules always judge: when one of them weighed most, the rules' view stands. */
const JUDGED = A.VIOLENT | A.VIOLENT_AMBIG | A.PROFANITY | A.SLUR | A.INSULT;
const RULES_WORDS = A.INSULT | A.INSULT_ADJ | A.NEG_ATTRIB | A.PROFANITY | A.SLUR | A.VIOLENT | A.DEHUM;

/** A design constant, not fitted: with no one in the text the model needs nine in ten. */
const UNAIMED_THRESHOLD = 0.9;

const buf = new FeatureBuffer();

/** Folds a feature index into the heads' smaller space (the same fold when training). */
export function headIndex(f: number): number {
  return (f ^ (f >>> HEAD_BITS)) & HEAD_MASK;
}

/** A first-person word with a negator within the next three words: "ik zou nooit", "I would never". */
function writerRefuses(seq: WordSeq): boolean {
  for (let i = 0; i < seq.n; i++) {
    if (!((seq.role[i] as number) & A.PRON1)) continue;
    for (let k = i + 1; k < Math.min(seq.n, i + 4); k++) if ((seq.role[k] as number) & A.NEGATOR) return true;
  }
  return false;
}

/** The category whose head scores the features highest. */
export function pageCategory(model: PageModel, idx: ArrayLike<number>, n: number): Category {
  let best: Category = 'insult';
  let bestZ = -Infinity;
  for (const h of model.heads) {
    let z = h.bias;
    for (let k = 0; k < n; k++) z += h.weights[headIndex(idx[k] as number)] as number;
    if (z > bestZ) {
      bestZ = z;
      best = h.category;
    }
  }
  return best;
}

/**
 * Adds a low-severity finding when the rules found nothing, the gate lets a model speak (no group
 * named, no counter-speech or quotation, no slur homonym; see modelMaySpeak) and the model is
 * confident. The span covers the word that weighed most, so the owner still sees why.
 */
export function applyPageModel(model: PageModel, seq: WordSeq, gate: ModelGate, found: Findings, teasing: boolean): void {
  // A word the school allowed is the school's decision; the model does not overrule it. (Quotations and
  // counter-speech: modelMaySpeak.)
  if (found.n > 0 || !modelMaySpeak(gate) || seq.n === 0 || gate.textC & C.ALLOW) return;
  // Its work is harm told without the words the rules judge; where such a word stands and the rules let
  // it pass ("Ryan isn't a loser, leave him alone", "niemand hier vindt jou dom"), their view stands.
  if (gate.textA & RULES_WORDS) return;
  extractFeatures(seq, buf);
  let z = model.bias;
  for (let k = 0; k < buf.n; k++) z += model.weights[buf.idx[k] as number] as number;
  // Aimed at no one, not even the writer ("iemand die 3x is blijven zitten mag toch geen examen doen?"):
  // a question about the rules, a story or news. The model must be much surer there.
  const aimed = gate.person || (gate.textA & (A.PRON1 | A.PRON2 | A.PRON3S)) !== 0;
  if (1 / (1 + Math.exp(-z)) < (aimed ? model.threshold : Math.max(model.threshold, UNAIMED_THRESHOLD))) return;
  const best = weightiestWord(model.weights, seq, buf);
  // As for the English model: a word the rules judged and let pass ("killing it", a name), or one
  // denied just before ("niet dom"), keeps the rules' view.
  if (best >= 0 && (seq.role[best] as number) & JUDGED) return;
  for (let k = Math.max(0, best - 3); k < best; k++) if ((seq.role[k] as number) & A.NEGATOR) return;
  // "Ik zou nooit iemand uitlachen om z'n stotteren": the writer says he would not.
  if (writerRefuses(seq)) return;
  const cat = pageCategory(model, buf.idx, buf.n);
  // Numbers, checksums and facts about a named person are the personal-data rules' to judge; teasing
  // between friends is no insult or swearing to flag.
  if (cat === 'personal_data' || (teasing && (cat === 'insult' || cat === 'coarse_language'))) return;
  if (best < 0) found.chars(cat, 'model.page', 1, 0, 0);
  else found.chars(cat, 'model.page', 1, seq.from[best] as number, seq.to[best] as number);
}
