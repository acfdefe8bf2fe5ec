import { Analysis } from './analyze';
import { CATEGORY_INFO, clausesFor } from './categories';
import { baseLexicon, indexPhrase, markAnchor, parsePhrase } from './compile';
import type { LexEntry, Lexicon } from './compile';
import { foldWord } from './fold';
import { Findings } from './findings';
import { C } from './lexicon/roles';
import type { SchoolLists, SchoolListsInput } from './lists';
import { EMPTY_LISTS, SchoolListsSchema } from './lists';
import { normalizeContacts } from './personal-data/detect';
import type { PublicContacts } from './personal-data/detect';
import { personalDataRule } from './personal-data/detect';
import { bullyingRule } from './rules/bullying';
import { defamationRule } from './rules/defamation';
import { hateRule } from './rules/hate';
import { coarseRule, insultRule } from './rules/insult';
import { schoolWordsRule } from './rules/school-words';
import { selfHarmRule } from './rules/self-harm';
import { sexualRule } from './rules/sexual';
import { spamRule } from './rules/spam';
import { stalkingRule } from './rules/stalking';
import { threatRule } from './rules/threat';
import type { LinearModel } from './model/olid-model';
import { applyModel, loadOlidModel } from './model/olid-model';
import { FeatureBuffer, extractFeatures } from './model/features';
import type { ClauseId } from '../protocol/clauses';
import type { Category, DecencyContext, DecencyResult, Severity } from './types';
import { CATEGORIES } from './types';

/** Bumped whenever rules or word lists change what the engine flags. Stored with every flag. */
export const ENGINE_VERSION = '1.0.0';

const NAME_PARTICLES = new Set(['van', 'de', 'der', 'den', 'ter', 'te', 'het', "'t", 'la', 'le', 'du', 'von', 'op', 'in', 'meneer', 'mevrouw', 'juf', 'meester', 'dhr', 'mw', 'mr', 'mrs', 'ms']);

export interface EngineOptions {
  /**
   * The small English offensive-language model: 'builtin' (default) uses the committed weights,
   * null turns it off (rules only), or pass weights (used by the evaluation's k-fold runs).
   */
  model?: 'builtin' | LinearModel | null;
}

let builtinModel: LinearModel | null | undefined;

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
  return new Engine(lex, names, contacts, parsed.version, model);
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

/** A copy of the base lexicon with the school's flag and allow words merged in. */
function withSchoolLists(base: Lexicon, lists: SchoolLists): Lexicon {
  if (lists.flagWords.length === 0 && lists.allowWords.length === 0) return base;
  const words = new Map(base.words);
  const phraseIndex = new Map<string, (typeof base.phrasePrefixStarts)[number][]>();
  for (const [k, v] of base.phraseIndex) phraseIndex.set(k, v.slice());
  const lex: Lexicon = { ...base, words, phraseIndex, phrasePrefixStarts: base.phrasePrefixStarts.slice() };
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
  return lex;
}

const ORDER = new Map<Category, number>(CATEGORIES.map((c, i) => [c, i]));
const pageCache = new Map<string, Set<string>>();
const nameCache = new WeakMap<readonly string[], Set<string>>();

class Engine implements DecencyEngine {
  readonly engineVersion = ENGINE_VERSION;
  private readonly analyses = new Map<string, Analysis>();
  private readonly findings = new Findings();
  private readonly cleanResult: DecencyResult;

  constructor(
    private readonly lex: Lexicon,
    private readonly names: Set<string>,
    private readonly contacts: PublicContacts,
    readonly listVersion: string,
    private readonly model: LinearModel | null,
  ) {
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

  features(text: string): Int32Array {
    const an = this.analysisFor(undefined);
    an.run(text, null);
    this.runRules(an, {});
    const buf = new FeatureBuffer();
    extractFeatures(an, this.findings, buf);
    return buf.idx.slice(0, buf.n);
  }

  classify(text: string, context: DecencyContext = {}): DecencyResult {
    const an = this.analysisFor(context.page);
    const extra = context.knownNames && context.knownNames.length > 0 ? knownNames(context.knownNames) : null;
    an.run(typeof text === 'string' ? text : String(text ?? ''), extra);
    if (an.clean && !context.hasMedia && (!this.model || an.enWords <= an.nlWords)) return this.cleanResult;
    const f = an.clean ? this.noFindings() : this.runRules(an, context);
    if (this.model) applyModel(this.model, an, f);
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
    hateRule(an, f);
    threatRule(an, f);
    insultRule(an, f);
    coarseRule(an, f);
    bullyingRule(an, f);
    stalkingRule(an, f);
    defamationRule(an, f);
    sexualRule(an, f);
    selfHarmRule(an, f);
    spamRule(an, f);
    personalDataRule(an, f, this.contacts);
    schoolWordsRule(an, f);
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
    const cats: Category[] = [];
    let severity = 0;
    for (let i = 0; i < f.n; i++) {
      const cat = f.cat[i] as Category;
      if (!cats.includes(cat)) cats.push(cat);
      const sev = Math.max(f.sev[i] as number, CATEGORY_INFO[cat].severity === 3 && cat !== 'threat' ? 0 : 0);
      if (sev > severity) severity = sev;
    }
    cats.sort((x, y) => (ORDER.get(x) as number) - (ORDER.get(y) as number));
    return {
      flagged: true,
      severity: severity as Severity,
      categories: cats,
      clauses: clausesFor(cats),
      spans: f.spans(),
      engineVersion: ENGINE_VERSION,
      listVersion: this.listVersion,
    };
  }
}

function knownNames(list: readonly string[]): Set<string> {
  let s = nameCache.get(list);
  if (!s) {
    s = nameParts(list);
    nameCache.set(list, s);
  }
  return s;
}
