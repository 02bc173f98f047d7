import natural from 'natural';
import { markNegated } from './negation';
import { normalize } from './text';

/**
 * Bag of stemmed unigrams and bigrams; tokens inside a negation scope carry a NOT_
 * prefix so "didn't lose my job" and "lost my job" look different to the classifier.
 */
const tokenizer = new natural.RegexpTokenizer({ pattern: /[a-z]+(?:'[a-z]+)?|[.,;!?]/g, gaps: false });
const STOPWORDS = new Set(['a', 'an', 'the', 'i', 'im', "i'm", 'my', 'me', 'is', 'am', 'are', 'to', 'of', 'it', 'in', 'on', 'at', 'for', 'this', 'that']);
const stems = new Map<string, string>();

function stem(word: string): string {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    stemmed = natural.PorterStemmer.stem(word);
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
