import { describe, expect, it } from 'vitest';
import { ModelFormatError, ReasonClassifier } from '../../nlp/reasonClassifier';
import { loadClassifier } from '../../nlp';
import { features } from '../../nlp/features';

const examples = [
  { text: 'lost my job', reasons: ['unemployment'] as const },
  { text: 'got fired from work', reasons: ['unemployment'] as const },
  { text: 'my hours were cut', reasons: ['income_reduction'] as const },
  { text: 'hello', reasons: [] as const },
];

describe('ReasonClassifier', () => {
  it('learns reasons and tells negated phrasing apart', () => {
    const classifier = ReasonClassifier.train(examples, { epochs: 100 });
    expect(classifier.probabilities('lost job').get('unemployment')).toBeGreaterThan(0.5);
    expect(classifier.probabilities('hello').get('unemployment')).toBeLessThan(0.5);
  });

  it('is reproducible for a seed and round-trips through JSON', () => {
    const a = ReasonClassifier.train(examples, { seed: 3 });
    const b = ReasonClassifier.train(examples, { seed: 3 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const restored = ReasonClassifier.load(JSON.parse(JSON.stringify(a)));
    expect(restored.probabilities('lost my job').get('unemployment')).toBeCloseTo(a.probabilities('lost my job').get('unemployment') ?? 0, 3);
  });

  it('rejects bad training input and malformed models', () => {
    expect(() => ReasonClassifier.train([])).toThrow(RangeError);
    expect(() => ReasonClassifier.load(null)).toThrow(ModelFormatError);
    expect(() => ReasonClassifier.load({ kind: 'forbear-reason-classifier', version: 1, labels: ['nope'], vocabulary: [], weights: [[]], bias: [0] })).toThrow(
      /labels/,
    );
    const json = ReasonClassifier.train(examples).toJSON();
    expect(() => ReasonClassifier.load({ ...json, weights: json.weights.slice(1) })).toThrow(/one weight row/);
  });

  it('remembers it was trained with letter n-grams, so a misspelling shares features with the spelling it learned', () => {
    expect(features('naukri', true)).toEqual(expect.arrayContaining(['#<nau', '#ukri', '#kri>']));
    expect(features('nokri', true)).toContain('#kri>');
    expect(features('naukri').some((f) => f.startsWith('#'))).toBe(false);
    const json = ReasonClassifier.train(examples, { letterGrams: true }).toJSON();
    expect(json.letterGrams).toBe(true);
    expect(ReasonClassifier.load(json).toJSON().letterGrams).toBe(true);
    const { letterGrams: _absent, ...older } = ReasonClassifier.train(examples).toJSON();
    expect(ReasonClassifier.load(older).toJSON().letterGrams).toBe(false);
    expect(() => ReasonClassifier.load({ ...json, letterGrams: 'yes' })).toThrow(/letterGrams/);
  });

  it('ships a committed model well under 1 MB that loads', () => {
    const classifier = loadClassifier();
    expect(classifier.labels).toContain('unemployment');
    expect(JSON.stringify(classifier).length).toBeLessThan(1_000_000);
    expect(() => loadClassifier('/nonexistent/model.json')).toThrow(/train:nlp/);
  });
});
