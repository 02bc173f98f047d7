import { ActionTypes, MessageFactory, type Activity } from 'botbuilder';

/** A question with tap-to-answer options; the typed answer works just as well. */
export function withQuickReplies(text: string, options: string[]): Partial<Activity> {
  return MessageFactory.suggestedActions(
    options.map((title) => ({ type: ActionTypes.ImBack, title, value: title })),
    text,
  );
}

/** "a, b and c" */
export function listInWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
