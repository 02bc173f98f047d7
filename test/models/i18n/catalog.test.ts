import { describe, expect, it } from 'vitest';
import { en } from '../../../models/i18n/catalog/en';
import { BORROWER_LANGUAGES } from '../../../models/i18n/languages';
import { CATALOGS, translate, type MessageKey } from '../../../models/i18n/translate';

type Messages = Record<string, Record<string, string>>;

/** Every message of a catalog as "group.key" → text. */
function flat(catalog: object): Map<string, string> {
  const out = new Map<string, string>();
  for (const [group, messages] of Object.entries(catalog as Messages)) for (const [key, text] of Object.entries(messages)) out.set(`${group}.${key}`, text);
  return out;
}

const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const ENGLISH = flat(en);

describe('message catalogs', () => {
  it.each(BORROWER_LANGUAGES.filter((l) => l !== 'en'))('%s has every English message, with the same values filled in, and nothing else', (language) => {
    const translated = flat(CATALOGS[language]);
    const missing = [...ENGLISH.keys()].filter((key) => !translated.get(key)?.trim());
    expect(missing, `untranslated in ${language}`).toEqual([]);
    expect([...translated.keys()].filter((key) => !ENGLISH.has(key))).toEqual([]);
    for (const [key, text] of ENGLISH) expect(variables(translated.get(key)!), `${language} ${key}`).toEqual(variables(text));
  });

  it('Hindi is written in Devanagari, and Malay is not a copy of the English', () => {
    for (const [key, text] of flat(CATALOGS.hi)) if (key !== 'language.button') expect(text, key).toMatch(/\p{Script=Devanagari}/u);
    const same = [...flat(CATALOGS.ms)].filter(([key, text]) => text === ENGLISH.get(key)).map(([key]) => key);
    expect(same).toEqual(['language.button']);
  });

  // English keeps its wording ("Continue with the bot" is 21: WhatsApp shows it cut short); translations must fit.
  it.each(BORROWER_LANGUAGES)('%s quick replies fit WhatsApp (20 characters a button, 24 a list row) and are told apart when tapped', (language) => {
    const { button, reasonLabel } = CATALOGS[language] as Messages;
    for (const label of Object.values(button)) if (language !== 'en') expect(label.length, label).toBeLessThanOrEqual(20);
    for (const label of Object.values(reasonLabel)) expect(label.length, label).toBeLessThanOrEqual(24);
    const labels = [...Object.values(button), ...Object.values(reasonLabel)].map((l) => l.toLowerCase());
    expect(new Set(labels).size).toBe(labels.length);
  });

  it.each(BORROWER_LANGUAGES)('%s crisis messages name the emergency number and the helpline with its number', (language) => {
    for (const key of ['interrupt.crisis', 'waiting.crisis', 'waiting.staysCrisis', 'staff.closedCrisis'] as MessageKey[]) {
      const text = translate(language, key, { emergencyNumber: '112', helplineName: 'Tele-MANAS', helplineNumber: '14416' });
      expect(text, key).toMatch(/112[\s\S]*Tele-MANAS[\s\S]*14416/);
    }
  });

  it('fills in values, picks plurals, and leaves out a value the caller forgot rather than showing "{{name}}"', () => {
    expect(translate('en', 'escalate.waitMinutes', { count: 1 })).toBe('in about a minute');
    expect(translate('en', 'escalate.waitMinutes', { count: 4 })).toBe('in about 4 minutes');
    expect(translate('hi', 'escalate.waitMinutes', { count: 4 })).toBe('लगभग 4 मिनट में');
    expect(translate('ms', 'escalate.waitMinutes', { count: 4 })).toBe('dalam kira-kira 4 minit');
    expect(translate('hi', 'main.referenceAside', { reference: 'FB-1' })).toBe(' (संदर्भ FB-1)');
    expect(translate('en', 'offer.optionOf', {})).toBe('Option  of ');
    // Values are chat text, never HTML-escaped.
    expect(translate('en', 'offer.allSet', { title: 'Pay <less> & "later"', firstPayment: '' })).toContain('"Pay <less> & "later""');
  });

  it('a message not yet translated falls back to English', () => {
    const welcome = CATALOGS.hi.welcome as Record<string, string>;
    const consent = welcome.consent;
    delete welcome.consent;
    try {
      expect(translate('hi', 'welcome.consent')).toBe('Would you like to continue?');
      expect(translate('hi', 'welcome.declined')).toMatch(/कोई बात नहीं/);
    } finally {
      welcome.consent = consent;
    }
  });
});
