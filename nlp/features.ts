// The English stemmer alone, not the package's index: that loads every tokenizer's data, WordNet, sentiment lexicons
// and the MongoDB, Redis and PostgreSQL drivers of its storage helpers (2.5 s and about 100 MB of the server's start),
// nor the stemmers' index, which loads fifteen more languages' stemmers and Indonesian's dictionary (3 MB of heap).
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { markNegated } from './negation';
import { GLOSSES } from './featureGlosses';
import { normalize } from './text';

/**
 * Bag of stemmed unigrams and bigrams; tokens inside a negation scope carry a NOT_
 * prefix so "didn't lose my job" and "lost my job" look different to the classifier.
 * Devanagari words are tokens too (letters with their vowel signs), so Hindi stories
 * are read by the same model; the Porter stemmer only touches Latin words.
 */
const TOKEN = /[a-z]+(?:'[a-z]+)?|(?:(?![\u0964\u0965])\p{Script=Devanagari})+|[.,;!?\u0964]/gu;
const LETTER = /[a-z]|\p{Script=Devanagari}/u;
const STOPWORDS = new Set(
  [
    "a an the i im i'm my me is am are to of it in on at for this that",
    // Hindi (Devanagari, folded), Hinglish and Malay function words: without them every
    // short Hindi or Malay story looks alike and no reason rises above the threshold.
    'है हैं में की का के से को हो था थी थे भी और मेरा मेरी मेरे मैं हूं ने पर कर ये यह वो',
    'hai hain mein me ki ka ke se ko ho tha thi the bhi aur mera meri mere main hoon hu ne par ye yeh woh',
    'saya aku dan di ke yang ini itu dah sudah la lah lor ah',
  ]
    .join(' ')
    .split(' '),
);
const stems = new Map<string, string>();

function stem(word: string): string {
  if (!/^[a-z]/.test(word)) return word;
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    stemmed = PorterStemmer.stem(word);
    if (stems.size < 50_000) stems.set(word, stemmed);
  }
  return stemmed;
}

/**
 * Letter 4-grams of each kept Latin word, marked `#` (`!#` in a negation scope), for `TrainOptions.letterGrams`: chat
 * and Hinglish spell one word many ways ("naukri", "nokri", "naukari") and a misspelling shares some 4-grams with the
 * spelling the corpus taught. Words are framed by `<` and `>` so a prefix or suffix reads apart from a word's middle.
 */
const GRAM = 4;
const LATIN_WORD = /^(?:NOT_)?[a-z]/;

function addLetterGrams(token: string, into: Set<string>): void {
  const negated = token.startsWith('NOT_');
  const word = `<${negated ? token.slice(4) : token}>`;
  for (let i = 0; i + GRAM <= word.length; i++) into.add(`${negated ? '!#' : '#'}${word.slice(i, i + GRAM)}`);
}

export function features(text: string, withLetterGrams = false): string[] {
  const tokens = markNegated(normalize(text).match(TOKEN) ?? []);
  const kept = tokens.filter((token) => LETTER.test(token) && !STOPWORDS.has(token.replace(/^NOT_/, '')));
  const words = kept.map((token) => (token.startsWith('NOT_') ? `NOT_${stem(token.slice(4))}` : stem(token)));
  const result = new Set(words);
  for (const token of kept) {
    const negated = token.startsWith('NOT_');
    const gloss = GLOSSES.get(negated ? token.slice(4) : token);
    if (gloss !== undefined) result.add(`${negated ? 'NOT_' : ''}${stem(gloss)}`);
  }
  for (let i = 1; i < words.length; i++) result.add(`${words[i - 1]}_${words[i]}`);
  if (withLetterGrams) for (const token of kept) if (LATIN_WORD.test(token)) addLetterGrams(token, result);
  return [...result];
}
