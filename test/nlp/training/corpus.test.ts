import { describe, expect, it } from 'vitest';
import { CorpusError, loadCorpus, parseCorpus } from '../../../nlp/training/corpus';

describe('corpus', () => {
  it('keeps the test split apart from training', () => {
    const train = loadCorpus('train');
    const test = loadCorpus('test');
    expect(train.length + test.length).toBeGreaterThan(1800);
    const seen = new Set(train.map((e) => e.text.toLowerCase()));
    expect(test.filter((e) => seen.has(e.text.toLowerCase()))).toEqual([]);
  });

  it('reports the line and field of invalid examples', () => {
    const ok = '{"text":"x","style":"en","reasons":[],"intent":"none","crisis":false,"vulnerable":false,"temporary":null,"amounts":[]}';
    expect(parseCorpus(`${ok}\n\n`)).toHaveLength(1);
    expect(() => parseCorpus(`${ok}\n{oops`, 'f')).toThrow(new CorpusError('f:2: not valid JSON'));
    expect(() => parseCorpus(ok.replace('"none"', '"shout"'), 'f')).toThrow(/f:1: intent/);
  });
});
