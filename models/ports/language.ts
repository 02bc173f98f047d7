import type { Analysis, Period } from '../language/analysis';

/** The NLP the dialogs read borrower messages with. */
export interface LanguageUnderstanding {
  analyze(text: string, options?: { today?: Date }): Analysis;
  parseConfirmation(text: string): 'yes' | 'no' | null;
  parseDateOfBirth(text: string): string | null;
  /** The answer to "are you safe right now?"; doubt reads as not safe. */
  parseSafetyAnswer(text: string): 'safe' | 'not_safe' | null;
  /** A range gives its lower end as value and its upper end as high. */
  parseMoney(text: string): { value: number; period: Period | null; high?: number } | null;
}
