import type { Analysis, Period } from '../language/analysis';

/** The NLP the dialogs read borrower messages with. */
export interface LanguageUnderstanding {
  analyze(text: string, options?: { today?: Date }): Analysis;
  parseConfirmation(text: string): 'yes' | 'no' | null;
  parseDateOfBirth(text: string): string | null;
  parseMoney(text: string): { value: number; period: Period | null } | null;
}
