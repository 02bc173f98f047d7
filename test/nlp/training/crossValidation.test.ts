import { describe, expect, it } from 'vitest';
import { crossValidate } from '../../../nlp/training/crossValidation';
import type { CorpusExample } from '../../../nlp/training/corpus';

const example = (text: string): CorpusExample => ({
  text,
  style: 'en',
  reasons: text.startsWith('sick') ? ['illness'] : [],
  intent: 'none',
  crisis: false,
  vulnerable: false,
  temporary: null,
  amounts: [],
  language: 'en',
});

describe('crossValidate', () => {
  const examples = Array.from({ length: 10 }, (_, i) => example(i % 2 ? `sick ${i}` : `fine ${i}`));

  it('predicts every example with a model that never saw it', () => {
    const seenBy: Set<string>[] = [];
    const predictions = crossValidate(
      examples,
      (train) => {
        const seen = new Set(train.map((e) => e.text));
        seenBy.push(seen);
        return (text) => (seen.has(text) ? ['other'] : text.startsWith('sick') ? ['illness'] : []);
      },
      5,
    );
    expect(seenBy).toHaveLength(5);
    expect(seenBy.every((seen) => seen.size === 8)).toBe(true);
    expect(predictions.map((p) => p.reasons)).toEqual(examples.map((e) => e.reasons));
  });

  it('refuses fewer examples than folds', () => {
    expect(() => crossValidate(examples.slice(0, 3), () => () => [], 5)).toThrow(RangeError);
  });
});
