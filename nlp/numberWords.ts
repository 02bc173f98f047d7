import nlp from 'compromise';

/**
 * Spelled-out numbers ("one hundred and fifty"). compromise parses them well but costs
 * about a millisecond per sentence, so it only ever sees the number-word span itself.
 */
const WORD =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million';
export const NUMBER_WORDS = `(?:${WORD})(?:[\\s-]+(?:and[\\s-]+|a[\\s-]+)?(?:${WORD}))*`;
const cache = new Map<string, number | null>();

export function parseNumberWords(span: string): number | null {
  const key = span.trim();
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const values = nlp(key).numbers().get() as unknown[];
  const value = values.length === 1 && typeof values[0] === 'number' && Number.isFinite(values[0]) ? values[0] : null;
  if (cache.size < 10_000) cache.set(key, value);
  return value;
}
