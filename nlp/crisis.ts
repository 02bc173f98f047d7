import { expressesConcern } from './concern';
import { ENGLISH_CRISIS } from './crisisEnglish';
import { INDIC_CRISIS } from './crisisIndic';
import { MALAY_CRISIS } from './crisisMalay';

/**
 * Self-harm and suicidal language, including indirect phrasing: hopelessness, being a burden,
 * plans, means and goodbyes, in English, Indian and Malaysian English, Hinglish, Hindi and Malay.
 * Deliberately not negation-aware and tuned for recall: a false alarm costs a hand-over to a
 * person, a miss can cost a life. Ambiguous despair ("i cant do this anymore") is a `concern`
 * (nlp/concern.ts): the dialog asks whether the borrower is safe before handing over.
 */
const CRISIS = [...ENGLISH_CRISIS, ...INDIC_CRISIS, ...MALAY_CRISIS];

/** A clear crisis wins over a concern in the same message. */
export type CrisisLevel = 'none' | 'concern' | 'crisis';

export function detectCrisis(normalized: string): CrisisLevel {
  if (CRISIS.some((pattern) => pattern.test(normalized))) return 'crisis';
  return expressesConcern(normalized) ? 'concern' : 'none';
}
