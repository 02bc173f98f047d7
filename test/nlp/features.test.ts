import { describe, expect, it } from 'vitest';
import { PorterStemmer as FromIndex } from 'natural/lib/natural/stemmers/index.js';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { features } from '../../nlp/features';

const WORDS = ['payments', 'running', 'unemployment', 'redundancy', 'hospitalised', 'divorced', 'earning', 'cannot', 'bills', 'relies'];

describe('the features the classifiers read', () => {
  it("stem with natural's Porter stemmer, the very one its stemmers' index exports", () => {
    expect(PorterStemmer).toBe(FromIndex);
    expect(WORDS.map((w) => PorterStemmer.stem(w))).toEqual(WORDS.map((w) => FromIndex.stem(w)));
  });

  it('are stemmed unigrams and bigrams', () => {
    expect([...features('I was running and the payments were missed')].slice(0, 8)).toEqual([
      'wa',
      'run',
      'and',
      'payment',
      'were',
      'miss',
      'wa_run',
      'run_and',
    ]);
  });
});
