import i18next, { type TOptions } from 'i18next';
import { en, type Catalog } from './catalog/en';
import { hi } from './catalog/hi';
import { ms } from './catalog/ms';
import { BORROWER_LANGUAGES, DEFAULT_LANGUAGE, type BorrowerLanguage } from './languages';

type PluralBase<K> = K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? Base : K;

/** "welcome.intro", "escalate.waitMinutes" (a plural is named without its `_one` / `_other`). */
export type MessageKey = { [G in keyof Catalog]: `${G & string}.${PluralBase<keyof Catalog[G]> & string}` }[keyof Catalog];

export type MessageValues = Record<string, string | number>;

/** One message in the borrower's language; the caller fills in the values, and a `count` picks the plural. */
export type Translator = (language: BorrowerLanguage, key: MessageKey, values?: MessageValues) => string;

export const CATALOGS = { en, hi, ms } as const;

// The catalogs are modules, so this is set up once, synchronously, with no file read at run time.
const instance = i18next.createInstance();
void instance.init({
  resources: Object.fromEntries(BORROWER_LANGUAGES.map((language) => [language, { translation: CATALOGS[language] }])),
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...BORROWER_LANGUAGES],
  initAsync: false,
  // Chat text, not HTML: channels escape what they render.
  interpolation: { escapeValue: false },
  returnNull: false,
  // A value the caller forgot is left out rather than shown to the borrower as "{{name}}".
  missingInterpolationHandler: () => '',
});

export const translate: Translator = (language, key, values = {}) => instance.t(key, { ...values, lng: language } as TOptions) as string;

/** The translator bound to one language, for code that speaks to one borrower. */
export function sayIn(language: BorrowerLanguage): (key: MessageKey, values?: MessageValues) => string {
  return (key, values) => translate(language, key, values);
}
