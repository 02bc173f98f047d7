import { timingSafeEqual } from 'node:crypto';

/**
 * Compares a secret someone presented with the one we hold in constant time,
 * so a forger cannot learn it byte by byte. Anything that is not a string of
 * the same length is simply not the secret.
 */
export function sameSecret(given: unknown, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
