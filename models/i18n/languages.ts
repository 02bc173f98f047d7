/** The languages every borrower-facing message is written in; English is the fallback for a message not yet translated. */
export const BORROWER_LANGUAGES = ['en', 'hi', 'ms'] as const;
export type BorrowerLanguage = (typeof BORROWER_LANGUAGES)[number];

export const DEFAULT_LANGUAGE: BorrowerLanguage = 'en';

/** How a language names itself, for the borrower's language buttons. */
export const OWN_NAMES: Record<BorrowerLanguage, string> = { en: 'English', hi: 'हिंदी', ms: 'Bahasa Melayu' };

/** How staff read it in the console and the case record. */
export const STAFF_NAMES: Record<BorrowerLanguage, string> = { en: 'English', hi: 'Hindi', ms: 'Malay' };

/** Lists ("a, b and c") are joined by each language's own rules; British English has no serial comma. */
export const LIST_LOCALES: Record<BorrowerLanguage, string> = { en: 'en-GB', hi: 'hi-IN', ms: 'ms-MY' };

/** The locale of a borrower's messages (Web Chat's own labels follow it); English keeps the deployment's (en-IN, en-MY, en-GB). */
export function borrowerLocale(language: BorrowerLanguage, deploymentLocale: string): string {
  return language === 'en' ? deploymentLocale : LIST_LOCALES[language];
}
