/** Fitting text into WhatsApp's per-field length limits (counted in UTF-16 units, which never undercounts). */

const ELLIPSIS = '…';

/** Cuts at `end`, stepping back one unit rather than splitting a surrogate pair (an emoji) in half. */
function safeCut(text: string, end: number): number {
  const code = text.charCodeAt(end - 1);
  return end > 1 && code >= 0xd800 && code <= 0xdbff ? end - 1 : end;
}

/** `text` shortened to at most `max` units, marked with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  return clean.slice(0, safeCut(clean, max - ELLIPSIS.length)).trimEnd() + ELLIPSIS;
}

/** Where to end a piece of at most `max` units: the latest paragraph break, else sentence end, else space. */
function breakPoint(text: string, max: number): number {
  const window = text.slice(0, max + 1);
  const paragraph = window.lastIndexOf('\n\n');
  if (paragraph > 0) return paragraph;
  let sentence = -1;
  for (const match of window.matchAll(/[.!?…।](?=\s)/g)) if (match.index + 1 <= max) sentence = match.index + 1;
  if (sentence > 0) return sentence;
  const space = Math.max(window.lastIndexOf(' '), window.lastIndexOf('\n'));
  if (space > 0) return space;
  return safeCut(text, max);
}

/**
 * Splits `text` into pieces of at most `max` units, preferring paragraph, then
 * sentence, then word boundaries, so a long explanation arrives as readable
 * messages rather than being cut mid-word or refused by the API.
 */
export function splitText(text: string, max: number): string[] {
  if (max < 2) throw new RangeError(`max must be at least 2, got ${max}`);
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const end = breakPoint(rest, max);
    const piece = rest.slice(0, end).trimEnd();
    if (piece) pieces.push(piece);
    rest = rest.slice(end).trimStart();
  }
  if (rest) pieces.push(rest);
  return pieces;
}
