import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../shared/decency/engine';
import { FEATURE_BITS } from '../../../shared/decency/model/features';
import { HEAD_BITS, PAGE_CATEGORIES, loadPageModel } from '../../../shared/decency/model/page-model';
import { PAGE_WEIGHTS } from '../../../shared/decency/model/page-weights';
import { loadRounds, trainPageModel } from '../../eval/train-page-model';
import { modelFeatures } from '../../../shared/decency/engine';

const withModel = createEngine();
const rulesOnly = createEngine(undefined, { pageModel: null });

describe('school-page model', () => {
  it('loads the committed weights: a binary model and one head per category', () => {
    const m = loadPageModel();
    expect(m).not.toBeNull();
    expect(m?.weights.length).toBe(1 << FEATURE_BITS);
    expect(m?.heads.map((h) => h.category)).toEqual([...PAGE_CATEGORIES]);
    for (const h of m?.heads ?? []) expect(h.weights.length).toBe(1 << HEAD_BITS);
    expect(m?.threshold).toBeGreaterThanOrEqual(0.7);
  });

  it('speaks where the rules let a veiled comment pass, low severity, with the word that weighed most', () => {
    for (const [text, cat] of [
      ['we hebben een nieuwe groepsapp gemaakt, sommige mensen hoeven niet te weten welke 🤫', 'bullying'],
      ['ik check elke dag je stories, je likes, wie je volgt. wij horen bij elkaar', 'stalking'],
    ] as const) {
      expect(rulesOnly.classify(text).flagged).toBe(false);
      const r = withModel.classify(text);
      expect(r.categories).toEqual([cat]);
      expect(r.severity).toBe(1);
      const span = r.spans[0];
      expect(span?.rule).toBe('model.page');
      expect(span && text.slice(span.start, span.end).length).toBeGreaterThan(0);
    }
  });

  it('reads an item alike whichever path it takes (the fast path asks, the full analysis decides)', () => {
    for (const text of [
      'Van der Staaij, ouwe zeur in zijn pak uit 1950, ga lekker ergens bidden',
      'we hebben \'s avonds een nieuwe groepsapp gemaakt, sommige mensen hoeven niet te weten welke 🤫',
      'Fijne vakantie allemaal, tot in januari!',
    ]) {
      const plain = withModel.classify(text).categories;
      const media = withModel.classify(text, { hasMedia: true }).categories.filter((c) => c !== 'media_consent');
      expect(media).toEqual(plain);
    }
    expect(withModel.classify('Van der Staaij, ouwe zeur in zijn pak uit 1950, ga lekker ergens bidden').categories).toEqual(['insult']);
  });

  it('teasing between friends does not excuse shutting someone out', () => {
    const r = withModel.classify('we hebben een nieuwe groepsapp gemaakt, sommige mensen hoeven niet te weten welke 🤫 bestie');
    expect(r.categories).toEqual(['bullying']);
  });

  it('keeps quiet where the rules have a view or the school decided', () => {
    // Quoted and reported, a group named, a word the school allowed, a question about the rules.
    const quiet = [
      'People who send me messages like "You are just a retard to me" will get blocked.',
      'iemand die 3x is blijven zitten mag toch geen examen doen?',
      'Ik zou nooit iemand uitlachen om z\'n stotteren.',
      'Sophie works in care and loves it',
    ];
    for (const t of quiet) expect(withModel.classify(t).spans.some((s) => s.rule === 'model.page')).toBe(false);
    // A word the rules judged and let pass stands (the model alone would say bullying here).
    expect(withModel.classify('niemand nodigt lisa uit voor het feest he, ze is toch zo irritant 😂 zeg het door').flagged).toBe(false);
    // A word the school allowed: the model does not overrule the school (without the list, the rules flag the swearing).
    const text = 'kutweer vandaag. we hebben een nieuwe groepsapp gemaakt, sommige mensen hoeven niet te weten welke 🤫';
    expect(withModel.classify(text).flagged).toBe(true);
    expect(createEngine({ version: '1', allowWords: ['kutweer'] }).classify(text).flagged).toBe(false);
  });

  it('the committed weights are what the training script makes from tests/eval/rounds', () => {
    const rows = loadRounds();
    const fe = createEngine(undefined, { model: null, pageModel: null });
    const { q, heads } = trainPageModel(rows, rows.map((r) => modelFeatures(fe, r.text)), PAGE_WEIGHTS.threshold);
    expect(q.data).toBe(PAGE_WEIGHTS.data);
    expect(heads.map((h) => h.q.data)).toEqual(PAGE_WEIGHTS.heads.map((h) => h.data));
  }, 60_000);
});
