/**
 * Lower-cases and straightens typographic quotes so every rule can be written once
 * against plain ASCII apostrophes; whitespace runs collapse so offsets stay stable.
 */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}
