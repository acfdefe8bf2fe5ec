import { Analysis, TAG, TM } from './analyze';
import { clausesFor } from './categories';
import { baseLexicon, finishLexicon, indexPhrase, markAnchor, parsePhrase } from './compile';
import type { LexEntry, Lexicon } from './compile';
import { foldWord } from './fold';
import { Findings } from './findings';
import { A, B, C } from './lexicon/roles';
import { TK } from './tokenize';
import type { SchoolLists, SchoolListsInput } from './lists';
import { EMPTY_LISTS, SchoolListsSchema } from './lists';
import { normalizeContacts } from './personal-data/detect';
import type { PublicContacts } from './personal-data/detect';
import { personalDataRule, personalNumbers } from './personal-data/detect';
import { bullyingRule } from './rules/bullying';
import { defamationRule } from './rules/defamation';
import { DOG_WHISTLE, dogWhistles, hateRule } from './rules/hate';
import { affectionate, coarseRule, insultRule, stockInsult } from './rules/insult';
import { schoolWordsRule } from './rules/school-words';
import { farewellNote, selfHarmRule } from './rules/self-harm';
import { sexualRule } from './rules/sexual';
import { spamRule } from './rules/spam';
import { observedRule, stalkingRule } from './rules/stalking';
import { threatRule } from './rules/threat';
import type { LinearModel } from './model/olid-model';
import { applyModel, loadOlidModel } from './model/olid-model';
import type { PageModel } from './model/page-model';
import { applyPageModel, loadPageModel } from './model/page-model';
import { FeatureBuffer, WordSeq, extractFeatures } from './model/features';
import { Prefilter, Verdict } from './prefilter';
import type { ClauseId } from '../protocol/clauses';
import type { Category, DecencyContext, DecencyResult, Severity } from './types';
import { CATEGORIES } from './types';

/** Bumped whenever rules or word lists change what the engine flags. Stored with every flag. */
export const ENGINE_VERSION = '1.10.0';

const NAME_PARTICLES = new Set(['van', 'de', 'der', 'den', 'ter', 'te', 'het', "'t", 'la', 'le', 'du', 'von', 'op', 'in', 'meneer', 'mevrouw', 'juf', 'meester', 'dhr', 'mw', 'mr', 'mrs', 'ms']);

export interface EngineOptions {
  /**
   * The small English offensive-language model: 'builtin' (default) uses the committed weights,
   * null turns it off (rules only), or pass weights (used by the evaluation's k-fold runs).
   */
  model?: 'builtin' | LinearModel | null;
  /**
   * The school-page model (Dutch and English, trained on the labelled review rounds): 'builtin'
   * (default), null to turn it off, or weights (used by the training script's held-out runs).
   */
  pageModel?: 'builtin' | PageModel | null;
}

let builtinModel: LinearModel | null | undefined;
let builtinPageModel: PageModel | null | undefined;

export interface DecencyEngine {
  readonly engineVersion: string;
  readonly listVersion: string;
  classify(text: string, context?: DecencyContext): DecencyResult;
}

/**
 * Compiles the school's lists into the engine once, so classifying stays fast. Lists are validated
 * with the same schema the app uses; pass raw input and it is parsed here.
 */
export function createEngine(lists: SchoolListsInput | SchoolLists = EMPTY_LISTS, options: EngineOptions = {}): DecencyEngine {
  const parsed = SchoolListsSchema.parse(lists);
  const lex = withSchoolLists(baseLexicon(), parsed);
  const names = nameParts(parsed.staffNames);
  const contacts = normalizeContacts(parsed.publicContacts);
  let model: LinearModel | null = null;
  if (options.model === undefined || options.model === 'builtin') {
    if (builtinModel === undefined) builtinModel = loadOlidModel();
    model = builtinModel;
  } else model = options.model;
  let pageModel: PageModel | null = null;
  if (options.pageModel === undefined || options.pageModel === 'builtin') {
    if (builtinPageModel === undefined) builtinPageModel = loadPageModel();
    pageModel = builtinPageModel;
  } else pageModel = options.pageModel;
  return new Engine(lex, names, contacts, parsed.version, model, pageModel);
}

/** The model's features for one text, computed exactly as classify does (for training only). */
export function modelFeatures(engine: DecencyEngine, text: string): Int32Array {
  return (engine as Engine).features(text);
}

function nameParts(names: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const n of names) {
    for (const part of foldWord(n).split(/\s+/)) {
      if (part.length >= 2 && !NAME_PARTICLES.has(part)) out.add(part);
    }
  }
  return out;
}

/**
 * A copy of the base lexicon with the school's flag and allow words merged in. Entries and phrases
 * are copied, not shared: merging adds role bits to entries, and finishing a lexicon numbers its
 * phrases' words in its own table — done on shared objects, that would change what every other
 * engine in the process says (the poller's, a re-check's, the word-list try-out's).
 */
function withSchoolLists(base: Lexicon, lists: SchoolLists): Lexicon {
  if (lists.flagWords.length === 0 && lists.allowWords.length === 0) return base;
  const words = new Map<string, LexEntry>();
  for (const [k, e] of base.words) words.set(k, { ...e });
  type Phrase = (typeof base.phrasePrefixStarts)[number];
  const copies = new Map<Phrase, Phrase>();
  const copy = (p: Phrase): Phrase => {
    let c = copies.get(p);
    if (!c) {
      c = { ...p, slots: p.slots.map((s) => ({ ...s })) };
      if (p.notNext) c.notNext = { ...p.notNext };
      copies.set(p, c);
    }
    return c;
  };
  const phraseIndex = new Map<string, Phrase[]>();
  for (const [k, v] of base.phraseIndex) phraseIndex.set(k, v.map(copy));
  const lex: Lexicon = { ...base, words, phraseIndex, phrasePrefixStarts: base.phrasePrefixStarts.map(copy) };
  let id = base.phraseCount;
  for (const w of lists.allowWords) {
    const form = foldWord(w);
    if (form.includes(' ')) {
      const p = parsePhrase(form, id++, 'allow');
      if (p) {
        markAnchor(words, p, false);
        indexPhrase(lex, p);
      }
    } else {
      const prev = words.get(form);
      words.set(form, { ...(prev ?? { form, a: 0, b: 0 }), c: (prev?.c ?? 0) | C.ALLOW } as LexEntry);
    }
  }
  for (const w of lists.flagWords) {
    const form = foldWord(w.term);
    if (form.includes(' ')) {
      const p = parsePhrase(form, id++, 'user');
      if (p) {
        p.userCat = w.category;
        p.userSev = w.severity as Severity | undefined;
        markAnchor(words, p, true);
        indexPhrase(lex, p);
      }
    } else {
      const prev = words.get(form);
      const e: LexEntry = { ...(prev ?? { form, a: 0, b: 0, c: 0 }), c: (prev?.c ?? 0) | C.USER_FLAG, userCat: w.category };
      if (w.severity) e.userSev = w.severity as Severity;
      words.set(form, e);
    }
  }
  lex.phraseCount = id;
  finishLexicon(lex);
  return lex;
}

const CAT_BIT = new Map<Category, number>(CATEGORIES.map((c, i) => [c, 1 << i]));
const setCache = new Map<number, { categories: Category[]; clauses: ClauseId[] }>();

/** The categories (in their fixed order) and the clauses they cite, per set of categories. */
function categorySets(mask: number): { categories: Category[]; clauses: ClauseId[] } {
  let s = setCache.get(mask);
  if (!s) {
    const categories = CATEGORIES.filter((_, i) => mask & (1 << i));
    s = { categories, clauses: clausesFor(categories) };
    setCache.set(mask, s);
  }
  return s;
}
const pageCache = new Map<string, Set<string>>();
/** The context of a call that passes none: shared, so such calls allocate nothing for it. */
const NO_CONTEXT: DecencyContext = Object.freeze({});
const nameCache = new WeakMap<readonly string[], Set<string>>();

class Engine implements DecencyEngine {
  readonly engineVersion = ENGINE_VERSION;
  private readonly analyses = new Map<string, Analysis>();
  private readonly findings = new Findings();
  private readonly cleanResult: DecencyResult;
  private readonly prefilter: Prefilter;
  private readonly seq = new WordSeq();

  constructor(
    private readonly lex: Lexicon,
    private readonly names: Set<string>,
    private readonly contacts: PublicContacts,
    readonly listVersion: string,
    private readonly model: LinearModel | null,
    private readonly pageModel: PageModel | null = null,
  ) {
    this.prefilter = prefilterFor(lex);
    // Shared by every clean item: frozen so no caller can change it for the others.
    this.cleanResult = Object.freeze({
      flagged: false,
      severity: 0,
      categories: Object.freeze([]) as unknown as Category[],
      clauses: Object.freeze([]) as unknown as ClauseId[],
      spans: Object.freeze([]) as unknown as DecencyResult['spans'],
      engineVersion: ENGINE_VERSION,
      listVersion,
    }) as DecencyResult;
  }

  /** The model's features for a text, read by the same path classify takes (for training). */
  features(text: string): Int32Array {
    const buf = new FeatureBuffer();
    if (this.prefilter.check(text) !== Verdict.MAYBE) {
      extractFeatures(this.prefilter.seq, buf);
    } else {
      const an = this.analysisFor(undefined);
      an.run(text, null);
      an.wordSeq(this.seq);
      extractFeatures(this.seq, buf);
    }
    return buf.idx.slice(0, buf.n);
  }

  classify(text: string, context: DecencyContext = NO_CONTEXT): DecencyResult {
    if (typeof text !== 'string') text = String(text ?? '');
    // Most items: one pass over the characters proves there is nothing to find, or that only the
    // number detectors (phone, BSN, IBAN, address) can find something.
    const pre = this.prefilter;
    if (!context.hasMedia) {
      const v = pre.check(text);
      if (v !== Verdict.MAYBE) {
        const f = this.noFindings();
        if ((v === Verdict.CLEAN || personalNumbers(text, pre.digits, f, this.contacts, pre.enWords > pre.nlWords)) && !(pre.digits >= 4 && DOG_WHISTLE.test(text))) {
          // The English model reads the prefilter's words; Dutch items never reach it. When it would
          // speak, the full analysis decides instead: only it knows the idioms and who is addressed.
          const before = f.n;
          if (this.model && pre.enWords > pre.nlWords) applyModel(this.model, pre.seq, pre.gate(), f);
          // The prefilter knows no names or clauses: here the page model is only asked whether it might speak
          // (as if someone were named); if it might, the full analysis decides with everything it knows.
          if (this.pageModel && f.n === before) applyPageModel(this.pageModel, pre.seq, { ...pre.gate(), person: true }, f, false);
          if (f.n === before) return f.n === 0 ? this.cleanResult : this.result(f);
        }
      }
    }
    const an = this.analysisFor(context.page);
    const extra = context.knownNames && context.knownNames.length > 0 ? knownNames(context.knownNames) : null;
    an.run(text, extra);
    if (an.clean && !context.hasMedia && (!this.model || an.enWords <= an.nlWords) && !this.pageModel) return this.cleanResult;
    const f = an.clean ? this.noFindings() : this.runRules(an, context);
    if (this.model || this.pageModel) {
      // Teasing between friends ("lol ur so dumb, that's why we love u 🥰") is for neither model to judge as
      // an insult; it does not excuse shutting someone out or watching them, so the page model still speaks there.
      const teasing = affectionate(an);
      an.wordSeq(this.seq);
      if (this.model && an.enWords > an.nlWords && !teasing) applyModel(this.model, this.seq, an.modelGate(), f);
      if (this.pageModel) applyPageModel(this.pageModel, this.seq, an.modelGate(), f, teasing);
    }
    if (context.hasMedia) f.chars('media_consent', 'media.consent', 1, 0, 0);
    return this.result(f);
  }

  private noFindings(): Findings {
    this.findings.reset();
    return this.findings;
  }

  private runRules(an: Analysis, context: DecencyContext): Findings {
    void context;
    const f = this.findings;
    f.reset();
    // Each rule only where its material is present: the masks say what the item holds.
    const a = an.textA;
    const b = an.textB;
    const tags = an.textTags;
    if (an.textMark & TM.GROUP || a & A.SLUR || tags & (TAG.exclusion_group | TAG.hate_trope) || (tags & TAG.derog_fixed && a & A.PRON3P) || an.monkeyEmoji > 0 || an.pigEmoji >= 2) hateRule(an, f);
    if (a & (A.VIOLENT | A.VIOLENT_AMBIG) || b & B.DIE || tags & (TAG.threat | TAG.die_wish | TAG.threat_warning) || an.weapons > 0) threatRule(an, f);
    if (a & (A.INSULT | A.INSULT_ADJ | A.NEG_ATTRIB | A.DEHUM | A.NEG_EMOTE) || tags & (TAG.curse | TAG.neg_emote | TAG.neg_attrib | TAG.derog_fixed)) insultRule(an, f);
    if (tags & TAG.stock_insult) stockInsult(an, f);
    if (a & (A.PROFANITY | A.DISEASE) || b & B.EXCLAIM) coarseRule(an, f);
    if (tags & (TAG.suicide_incite | TAG.exclusion | TAG.humiliation)) bullyingRule(an, f);
    const beforeStalking = f.n;
    if (tags & TAG.stalking) stalkingRule(an, f);
    // Watching told in details, unless a stalking phrase already said it.
    if (tags & TAG.observed && f.n === beforeStalking) observedRule(an, f);
    if (b & B.CRIME || tags & TAG.misconduct) defamationRule(an, f);
    if (b & B.SEXUAL || tags & (TAG.sexual_request | TAG.sexual_body | TAG.photo_request | TAG.grooming_cue) || an.sexualEmoji >= 2) sexualRule(an, f);
    if (b & B.SELF_HARM || tags & TAG.self_harm) selfHarmRule(an, f);
    if (tags & TAG.farewell) farewellNote(an, f);
    if (b & B.SPAM || tags & TAG.spam || an.kinds & (1 << TK.URL)) spamRule(an, f, this.contacts);
    if (an.kinds & ((1 << TK.NUM) | (1 << TK.PAREN))) dogWhistles(an, f);
    personalDataRule(an, f, this.contacts);
    if (an.textC & C.USER_FLAG || an.userHits.length > 0) schoolWordsRule(an, f);
    return f;
  }

  private analysisFor(page: string | undefined): Analysis {
    const key = page ?? '';
    let an = this.analyses.get(key);
    if (!an) {
      if (this.analyses.size > 64) this.analyses.clear();
      let words = pageCache.get(key);
      if (!words) {
        words = new Set(foldWord(key).split(/[\s@]+/).filter((w) => w.length >= 3));
        pageCache.set(key, words);
      }
      an = new Analysis(this.lex, this.names, words);
      this.analyses.set(key, an);
    }
    return an;
  }

  private result(f: Findings): DecencyResult {
    if (f.n === 0) {
      return { flagged: false, severity: 0, categories: [], clauses: [], spans: [], engineVersion: ENGINE_VERSION, listVersion: this.listVersion };
    }
    let mask = 0;
    let severity = 0;
    for (let i = 0; i < f.n; i++) {
      mask |= CAT_BIT.get(f.cat[i] as Category) as number;
      const sev = f.sev[i] as number;
      if (sev > severity) severity = sev;
    }
    const sets = categorySets(mask);
    return {
      flagged: true,
      severity: severity as Severity,
      categories: sets.categories.slice(),
      clauses: sets.clauses.slice(),
      spans: f.spans(),
      engineVersion: ENGINE_VERSION,
      listVersion: this.listVersion,
    };
  }

}

const prefilters = new WeakMap<Lexicon, Prefilter>();

function prefilterFor(lex: Lexicon): Prefilter {
  let p = prefilters.get(lex);
  if (!p) {
    p = new Prefilter(lex);
    prefilters.set(lex, p);
  }
  return p;
}

function knownNames(list: readonly string[]): Set<string> {
  let s = nameCache.get(list);
  if (!s) {
    s = nameParts(list);
    nameCache.set(list, s);
  }
  return s;
}
