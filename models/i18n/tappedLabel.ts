import { en } from './catalog/en';
import { CATALOGS } from './translate';
import { BORROWER_LANGUAGES } from './languages';

/** The groups whose messages are quick-reply labels, which the borrower sends back by tapping them. */
const LABEL_GROUPS = ['button', 'reasonLabel'] as const;

/** Typed yes and no in Devanagari and Malay, which the English confirmation reader does not know. */
const ANSWERS: Record<string, 'yes' | 'no'> = {
  हाँ: 'yes',
  हां: 'yes',
  'जी हाँ': 'yes',
  'जी हां': 'yes',
  जी: 'yes',
  'ठीक है': 'yes',
  'सही है': 'yes',
  नहीं: 'no',
  नही: 'no',
  'जी नहीं': 'no',
  betul: 'yes',
  tidak: 'no',
  tak: 'no',
  bukan: 'no',
};

const key = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s.!।]+$/u, '');

const ENGLISH = new Map<string, string>();
for (const language of BORROWER_LANGUAGES)
  for (const group of LABEL_GROUPS)
    for (const [name, label] of Object.entries(CATALOGS[language][group] ?? {})) ENGLISH.set(key(label), (en[group] as Record<string, string>)[name]);
for (const [word, answer] of Object.entries(ANSWERS)) ENGLISH.set(key(word), answer);

/**
 * A tapped (or typed) quick-reply label in any language, as the English label the dialogs and the
 * language reader compare against: "हाँ, आगे बढ़ें" is "Yes, continue", "नहीं" is "no". Undefined for any other text.
 */
export function englishLabel(text: string): string | undefined {
  const english = ENGLISH.get(key(text));
  return english === text ? undefined : english;
}
