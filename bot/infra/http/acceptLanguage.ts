import { BORROWER_LANGUAGES, type BorrowerLanguage } from '../../../models/i18n/languages';

/**
 * The borrower language a browser asks for most in its Accept-Language header ("hi-IN,hi;q=0.9,en;q=0.8" → hi),
 * for pages that have no other clue; undefined when it names none of ours. Malformed parts are skipped, not fatal.
 */
export function acceptedLanguage(header: string | undefined): BorrowerLanguage | undefined {
  if (!header) return undefined;
  const ranked = header
    .slice(0, 500)
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { language: tag.split('-')[0], q: q === undefined ? 1 : Number(q), order };
    })
    .filter(
      (r): r is { language: BorrowerLanguage; q: number; order: number } => r.q > 0 && (BORROWER_LANGUAGES as readonly string[]).includes(r.language ?? ''),
    )
    .sort((a, b) => b.q - a.q || a.order - b.order);
  return ranked[0]?.language;
}
