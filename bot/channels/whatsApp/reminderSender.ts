import type { ReminderSender } from '../../casework/promises/promiseReminders';
import { borrowerLocale } from '../../../models/i18n/languages';
import { formatDate } from '../../../models/shared/calendar';
import type { Translator } from '../../../models/i18n/translate';
import { sendProactive } from './outreachSender';
import type { GraphClient } from './graphClient';
import { envelope } from './sendBody';
import type { WhatsAppStore } from './whatsAppStore';

export interface ReminderSenderDeps {
  graph: GraphClient;
  store: WhatsAppStore;
  now: () => Date;
  translate: Translator;
  lenderName: string;
  locale: string;
  /** The lender's approved reminder template (body variables: lender name, date), for a closed 24-hour window. */
  template?: { name: string };
}

/**
 * A reminder on WhatsApp: the catalog's text in the borrower's language inside the 24-hour window, the lender's
 * template outside it. Either way only the lender's name and the date: whoever holds the phone learns nothing
 * about the debt until they verify in the conversation the reply starts.
 */
export function whatsAppReminderSender(deps: ReminderSenderDeps): ReminderSender {
  return async (loan, reminder, language) => {
    const to = loan.Phone?.replace(/\D/g, '');
    if (!to) return { ok: false, retryable: false, error: 'the loan has no phone number' };
    const date = formatDate(reminder.dueDate, borrowerLocale(language, deps.locale));
    const { template } = deps;
    return sendProactive(deps, to, (open) => {
      if (open || !template)
        return { ...envelope(to), type: 'text', text: { body: deps.translate(language, 'promise.reminder', { lenderName: deps.lenderName, date }) } };
      const parameters = [deps.lenderName, date].map((text) => ({ type: 'text' as const, text }));
      return { ...envelope(to), type: 'template', template: { name: template.name, language: { code: language }, components: [{ type: 'body', parameters }] } };
    });
  };
}
