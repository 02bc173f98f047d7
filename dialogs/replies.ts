import { ActionTypes, MessageFactory, type Activity } from 'botbuilder';

/** A question with tap-to-answer options; the typed answer works just as well. */
export function withQuickReplies(text: string, options: string[]): Partial<Activity> {
  return MessageFactory.suggestedActions(
    options.map((title) => ({ type: ActionTypes.ImBack, title, value: title })),
    text,
  );
}

export function formatMoney(value: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: Number.isInteger(value) ? 0 : 2 }).format(value);
}

export function formatDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}

/** "a, b and c" */
export function listInWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
