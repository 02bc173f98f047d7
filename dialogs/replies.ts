import { ActionTypes, MessageFactory, type Activity } from 'botbuilder';
import { DEFAULT_LANGUAGE, LIST_LOCALES, type BorrowerLanguage } from '../models/i18n/languages';
import type { MessageKey, Translator } from '../models/i18n/translate';

/** A question with tap-to-answer options; the typed answer works just as well. */
export function withQuickReplies(text: string, options: string[]): Partial<Activity> {
  return MessageFactory.suggestedActions(
    options.map((title) => ({ type: ActionTypes.ImBack, title, value: title })),
    text,
  );
}

/** "a, b and c", "a, b और c", "a, b dan c": joined as the borrower's language joins a list. */
export function listInWords(items: string[], language: BorrowerLanguage = DEFAULT_LANGUAGE): string {
  return new Intl.ListFormat(LIST_LOCALES[language], { type: 'conjunction' }).format(items);
}

const plain = (text: string) => text.normalize('NFC').trim().toLowerCase();

/**
 * Whether a reply is the tap of our button `key`: a tap sends the label, which is in the borrower's language ("योजना
 * बदलें"), or in English when they switched language since the buttons were drawn.
 */
export function tapped(text: string, key: MessageKey, messages: Translator, language: BorrowerLanguage = DEFAULT_LANGUAGE): boolean {
  const said = plain(text);
  return [language, DEFAULT_LANGUAGE].some((l) => plain(messages(l, key)) === said);
}
