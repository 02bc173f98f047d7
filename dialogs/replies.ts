import { ActionTypes, MessageFactory, type Activity } from 'botbuilder';
import { DEFAULT_LANGUAGE, LIST_LOCALES, type BorrowerLanguage } from '../models/i18n/languages';

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
