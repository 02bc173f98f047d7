/**
 * Lower-cases and straightens typographic quotes so every rule can be written once
 * against plain ASCII apostrophes; whitespace runs collapse so offsets stay stable.
 * Devanagari is folded to one spelling per word: Unicode NFC, the nukta dropped (phones
 * type "ज़हर" as one precomposed letter, as letter + nukta, or without it), chandrabindu
 * written as anusvara ("हूँ" / "हूं"), zero-width joiners removed and Devanagari digits
 * read as ASCII, so the Hindi rules are written once without nukta, with anusvara.
 */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
const NUKTA = /\u093c/g;
const CHANDRABINDU = /\u0901/g;
const DEVANAGARI_DIGIT = /[\u0966-\u096f]/g;

export function foldDevanagari(text: string): string {
  if (!/[\u0900-\u097f\u200b-\u200d\u2060\ufeff]/.test(text)) return text;
  return text
    .normalize('NFD')
    .replace(ZERO_WIDTH, '')
    .replace(NUKTA, '')
    .replace(CHANDRABINDU, '\u0902')
    .replace(DEVANAGARI_DIGIT, (digit) => String(digit.charCodeAt(0) - 0x0966))
    .normalize('NFC');
}

/**
 * A rule written with ordinary Hindi spelling (nukta, chandrabindu), folded as messages are, so it matches what
 * normalize() makes of them. Devanagari has no \b in JavaScript: such alternatives match as substrings unless they say otherwise.
 */
export const hindiRule = (pattern: RegExp): RegExp => new RegExp(foldDevanagari(pattern.source), pattern.flags);

export function normalize(text: string): string {
  return foldDevanagari(text)
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}
