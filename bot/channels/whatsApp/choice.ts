import type { CardAction } from 'botbuilder';
import type { ReplyPayload } from './replyId';

/** One thing the borrower can tap, before it is fitted to WhatsApp's buttons or list rows. */
export interface Choice {
  title: string;
  payload: ReplyPayload;
  /** What the choice belongs to (a card's heading), shown under list rows so repeated titles stay distinguishable. */
  context?: string;
}

/** A link the borrower can open. */
export interface Link {
  title: string;
  url: string;
}

/** Text the channel can show for actions it cannot make tappable (phone numbers), and the links, kept apart so one alone can be a button. */
export interface ChoicesAndLines {
  choices: Choice[];
  lines: string[];
  links?: Link[];
}

/** A link as a line of text: "Open confirmation: https://…". */
export const linkLine = ({ title, url }: Link): string => (title && title !== url ? `${title}: ${url}` : url);

/**
 * Bot Framework card actions as Web Chat would deliver them: imBack and
 * postBack send their value as the message text, messageBack sends its text
 * and value; links and calls cannot be buttons here, so they become lines.
 */
export function fromCardActions(actions: readonly CardAction[] | undefined): ChoicesAndLines {
  const out: ChoicesAndLines = { choices: [], lines: [] };
  for (const action of actions ?? []) {
    const title = String(action.title ?? action.displayText ?? action.text ?? action.value ?? '');
    switch (action.type) {
      case 'imBack':
      case 'postBack':
        out.choices.push({
          title,
          payload: typeof action.value === 'object' && action.value !== null ? { value: action.value } : { text: String(action.value ?? action.title ?? '') },
        });
        break;
      case 'messageBack':
        out.choices.push({ title, payload: { ...(action.text ? { text: action.text } : {}), ...(action.value !== undefined ? { value: action.value } : {}) } });
        break;
      case 'openUrl':
        if (typeof action.value === 'string') (out.links ??= []).push({ title, url: action.value });
        break;
      case 'call':
      case 'downloadFile':
        if (typeof action.value === 'string') out.lines.push(title && title !== action.value ? `${title}: ${action.value}` : action.value);
        break;
      default:
        break;
    }
  }
  return out;
}
