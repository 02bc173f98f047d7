import type { Analysis } from '../models/language/analysis';
import { detectCrisis } from './crisis';
import { extractDates } from './dates';
import { detectIntent } from './intent';
import { detectQuestion } from './question';
import { detectCorrection } from './correction';
import { detectLanguage } from './language';
import { amountsAsMeant } from './moneyAsMeant';
import type { ReasonClassifier } from './reasonClassifier';
import { DEFAULT_REASON_OPTIONS, detectReasons, type ReasonOptions } from './reasons';
import { detectTemporary } from './temporary';
import { normalize } from './text';
import { detectVulnerability } from './vulnerability';

export interface AnalyzeOptions {
  /** Reference day for relative dates ("next month"); defaults to now. */
  today?: Date;
}

export interface Analyzer {
  analyze(text: string, options?: AnalyzeOptions): Analysis;
}

/**
 * Messages longer than this are cut before analysis: nobody describes hardship in a
 * novel, and it bounds the work one message can cost.
 */
export const MAX_ANALYZED_CHARS = 2_000;

export class InvalidTextError extends TypeError {
  override name = 'InvalidTextError';
}

export function createAnalyzer(classifier: ReasonClassifier, reasonOptions: Partial<ReasonOptions> = {}): Analyzer {
  const settings = { ...DEFAULT_REASON_OPTIONS, ...reasonOptions };
  return {
    analyze(text: string, options: AnalyzeOptions = {}): Analysis {
      if (typeof text !== 'string') throw new InvalidTextError(`analyze expects a string, got ${text === null ? 'null' : typeof text}`);
      const today = options.today ?? new Date();
      if (Number.isNaN(today.getTime())) throw new RangeError('options.today is an invalid Date');
      const raw = text.slice(0, MAX_ANALYZED_CHARS);
      const normalized = normalize(raw);
      const language = detectLanguage(raw);
      const level = detectCrisis(normalized);
      const crisis = level === 'crisis';
      const intent = detectIntent(normalized);
      const english = language === 'en';
      // A dispute or opt-out mentioning "debt" is not a hardship story. Reasons are read in
      // every language the corpus carries (English, Hinglish, Devanagari Hindi, Malay).
      const mayBeHardship = intent === 'none' || intent === 'human' || intent === 'help';
      const reasons = detectReasons(normalized, classifier, crisis, mayBeHardship, settings);
      const vulnerability = detectVulnerability(
        normalized,
        reasons.map((r) => r.reason),
        crisis,
      );
      if (vulnerability.length > 0 && reasons.length === 0 && mayBeHardship) reasons.push({ reason: 'other', confidence: 0.5 });
      return {
        reasons,
        temporary: english ? detectTemporary(normalized) : null,
        amounts: amountsAsMeant(normalized),
        dates: english ? extractDates(normalized, today) : [],
        vulnerable: vulnerability.length > 0,
        vulnerability,
        crisis,
        concern: level === 'concern',
        intent,
        // Questions and corrections are read in English, Hinglish, Hindi and Malay alike.
        question: detectQuestion(normalized),
        correction: detectCorrection(normalized),
        language,
      };
    },
  };
}
