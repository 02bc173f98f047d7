import type { Analysis, Period } from '../language/analysis';

/** The NLP the dialogs read borrower messages with. */
export interface LanguageUnderstanding {
  analyze(text: string, options?: { today?: Date }): Analysis;
  parseConfirmation(text: string): 'yes' | 'no' | null;
  parseDateOfBirth(text: string): string | null;
  /** A range gives its lower end as value and its upper end as high. */
  parseMoney(text: string): { value: number; period: Period | null; high?: number } | null;
}
