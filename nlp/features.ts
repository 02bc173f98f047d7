// The two parts used, not the package's index: that loads every tokenizer's data, WordNet, sentiment lexicons and
// the MongoDB, Redis and PostgreSQL drivers of its storage helpers (2.5 s and about 100 MB of the server's start).
import { PorterStemmer } from 'natural/lib/natural/stemmers/index.js';
import { RegexpTokenizer } from 'natural/lib/natural/tokenizers/index.js';
import { markNegated } from './negation';
import { normalize } from './text';

/**
 * Bag of stemmed unigrams and bigrams; tokens inside a negation scope carry a NOT_
 * prefix so "didn't lose my job" and "lost my job" look different to the classifier.
 */
const tokenizer = new RegexpTokenizer({ pattern: /[a-z]+(?:'[a-z]+)?|[.,;!?]/g, gaps: false });
const STOPWORDS = new Set(['a', 'an', 'the', 'i', 'im', "i'm", 'my', 'me', 'is', 'am', 'are', 'to', 'of', 'it', 'in', 'on', 'at', 'for', 'this', 'that']);
const stems = new Map<string, string>();

function stem(word: string): string {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    stemmed = PorterStemmer.stem(word);
    if (stems.size < 50_000) stems.set(word, stemmed);
  }
  return stemmed;
}

export function features(text: string): string[] {
  const tokens = markNegated(tokenizer.tokenize(normalize(text)) ?? []);
  const words = tokens
    .filter((token) => /[a-z]/.test(token) && !STOPWORDS.has(token.replace(/^NOT_/, '')))
    .map((token) => (token.startsWith('NOT_') ? `NOT_${stem(token.slice(4))}` : stem(token)));
  const result = new Set(words);
  for (let i = 1; i < words.length; i++) result.add(`${words[i - 1]}_${words[i]}`);
  return [...result];
}
