import type { ReminderSender } from '../../casework/promises/promiseReminders';
import type { FollowUpSender } from '../../casework/promises/promiseFollowUps';
import { borrowerLocale, type BorrowerLanguage } from '../../../models/i18n/languages';
import type { LoanRecord } from '../../../models/loanBook/loanRecord';
import { formatDate } from '../../../models/shared/calendar';
import type { Translator } from '../../../models/i18n/translate';
import type { SendResult } from '../../casework/outreach/outreachScheduler';
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
  /** The lender's approved template for a closed 24-hour window (body variables: lender name, then the message's own). */
  template?: { name: string };
}

/**
 * A message about the account that says nothing about the debt: the catalog's text in the borrower's language inside
 * the 24-hour window, the lender's template outside it. Either way whoever holds the phone learns only the lender's
 * name (and a date), nothing more until they verify in the conversation the reply starts.
 */
function accountMessage(deps: ReminderSenderDeps, key: 'promise.reminder' | 'promise.followUp') {
  return (loan: LoanRecord, language: BorrowerLanguage, values: { date?: string } = {}): Promise<SendResult> => {
    const to = loan.Phone?.replace(/\D/g, '');
    if (!to) return Promise.resolve({ ok: false, retryable: false, error: 'the loan has no phone number' });
    const { template } = deps;
    return sendProactive(deps, to, (open) => {
      if (open || !template)
        return { ...envelope(to), type: 'text', text: { body: deps.translate(language, key, { lenderName: deps.lenderName, ...values }) } };
      const parameters = [deps.lenderName, ...Object.values(values)].map((text) => ({ type: 'text' as const, text }));
      return { ...envelope(to), type: 'template', template: { name: template.name, language: { code: language }, components: [{ type: 'body', parameters }] } };
    });
  };
}

/** A reminder before a due date: the lender's name and the date. */
export function whatsAppReminderSender(deps: ReminderSenderDeps): ReminderSender {
  const send = accountMessage(deps, 'promise.reminder');
  return (loan, reminder, language) => send(loan, language, { date: formatDate(reminder.dueDate, borrowerLocale(language, deps.locale)) });
}

/** The follow-up on a missed payment: the lender's name only (a date past would already say something went wrong). */
export function whatsAppFollowUpSender(deps: ReminderSenderDeps): FollowUpSender {
  const send = accountMessage(deps, 'promise.followUp');
  return (loan, _followUp, language) => send(loan, language);
}
