import { campaignContacts } from '../casework/outreach/ledger';
import { deliveryContacts } from '../casework/promises/onceDelivery';
import { PromiseFollowUps, type FollowUpSender } from '../casework/promises/promiseFollowUps';
import { PromiseReminders, type ReminderSender } from '../casework/promises/promiseReminders';
import type { WhatsAppChannel } from '../channels/whatsApp/whatsAppChannel';
import type { Reach } from '../casework/promises/onceDelivery';
import { DIRECTLINE_CHANNEL_ID } from '../channels/directLine/directLineAdapter';
import type { ConversationStreams } from '../channels/directLine/conversationStreams';
import { webChatPromiseSenders } from '../channels/directLine/webChatPromiseSenders';
import type { ConversationIntake } from '../casework/intake/conversationIntake';
import type { IntakeBot } from './createIntakeBot';
import type { LoanRecord } from '../../models/loanBook/loanRecord';
import { translate } from '../../models/i18n/translate';
import type { Logger } from '../infra/logger';
import { DEFAULT_LANGUAGE } from '../../models/i18n/languages';
import type { Escalations } from '../../models/ports/escalations';
import { formatDate } from '../../models/shared/calendar';
import { formatMoney } from '../../models/shared/money';
import { contactsOf } from '../../models/ports/contactsMade';
import { promiseSettings, type Config } from './config';
import type { Outreach } from './outreach';
import type { Stores } from './stores';

/** The channel id of the cases the follow-up opens: no borrower is on the line, so there is no chat to join. */
export const FOLLOW_UP_CHANNEL = 'promise-follow-up';

/** The senders of one channel, for the borrowers it can reach now. */
interface PromiseSenders {
  reminders: ReminderSender;
  followUps: FollowUpSender;
}

/**
 * Reminders before each instalment and the follow-up on a missed one, swept with outreach's tick: the ledgers are
 * shared document collections, so every instance may sweep and each message (and case) is still claimed once.
 * Each goes on the channel the borrower last talked on in a verified conversation (the transcripts say which):
 * that Web Chat conversation while its page is open, otherwise WhatsApp when configured, never both. A message with
 * no channel to go on is not claimed (it is only ever claimed to be sent): it waits for a later sweep or the visit.
 */
export function startPromiseSweeps(deps: {
  config: Config;
  stores: Stores;
  outreach: Outreach;
  escalations: Escalations;
  whatsapp: WhatsAppChannel | undefined;
  webChat: { streams: ConversationStreams; conversations: ConversationIntake; notice: IntakeBot['notice'] };
  log: Logger;
  now: () => Date;
}): () => Promise<void> {
  const { config, stores, whatsapp } = deps;
  if (config.OUTREACH_TICK_MS === 0) return () => Promise.resolve();
  const words = { translate, lenderName: config.LENDER_NAME, locale: config.LOCALE };
  const named = (name: string | undefined) => (name ? { template: { name } } : {});
  const onWhatsApp: PromiseSenders | undefined = whatsapp && {
    reminders: whatsapp.reminders({ ...words, ...named(config.WHATSAPP_REMINDER_TEMPLATE) }),
    followUps: whatsapp.followUps({ ...words, ...named(config.WHATSAPP_FOLLOWUP_TEMPLATE) }),
  };
  const { conversations, notice } = deps.webChat;
  const web = {
    ...words,
    streams: deps.webChat.streams,
    botAccount: { id: 'forbear', name: config.LENDER_NAME },
    notify: async (reference: Parameters<ConversationIntake['update']>[0], text: string) => {
      let id: string | undefined;
      await conversations.update(reference, async (_intake, context) => {
        if (await notice(context)) id = (await context.sendActivity(text))?.id;
      });
      return id;
    },
  };
  const reach =
    <K extends keyof PromiseSenders>(kind: K) =>
    async (loan: LoanRecord): Promise<Reach<PromiseSenders[K]>> => {
      const last = stores.transcripts.lastVerified(loan.Loan_ID);
      if (last?.channelId === DIRECTLINE_CHANNEL_ID) return { channel: 'webchat', sender: webChatPromiseSenders(web, last.conversationId)?.[kind] };
      return { channel: 'whatsapp', sender: onWhatsApp?.[kind] };
    };
  const { reminders: reminderLedger, followUps: followUpLedger, followUpCases } = stores.promiseLedgers;
  // Each sweep counts the others' messages against the borrower's caps (its own it counts itself).
  const campaigns = campaignContacts(stores.campaigns);
  const common = {
    loans: () => stores.loanBook.all(),
    arrangements: stores.arrangements,
    payments: stores.payments,
    candidate: deps.outreach.candidate,
    language: async (loanId: string) => (await stores.progress.load(loanId))?.language ?? DEFAULT_LANGUAGE,
    settings: promiseSettings(config),
    now: deps.now,
  };
  const reminders = new PromiseReminders({
    ...common,
    ledger: reminderLedger,
    counted: contactsOf([campaigns, deliveryContacts(followUpLedger)]),
    reach: reach('reminders'),
    days: config.PROMISE_REMINDER_DAYS,
    log: deps.log.child({ component: 'promise-reminders' }),
  });
  const followUps = new PromiseFollowUps({
    ...common,
    ledger: followUpLedger,
    cases: followUpCases,
    counted: contactsOf([campaigns, deliveryContacts(reminderLedger)]),
    reach: reach('followUps'),
    caseDays: config.PROMISE_FOLLOWUP_CASE_DAYS,
    // One conversation per lapse: opening it again (after an instance died holding the claim) raises the same case.
    openCase: async (loan, due) =>
      (
        await deps.escalations.escalate({
          reason: 'broken_promise',
          conversation: { channelId: FOLLOW_UP_CHANNEL, conversation: { id: due.key, name: 'missed payment', isGroup: false, conversationType: 'personal' } },
          intake: { stage: 'escalated', verifiedLoanId: loan.Loan_ID },
          note: `Instalment due ${formatDate(due.dueDate, config.LOCALE)} on arrangement ${due.arrangement} still unpaid after ${config.PROMISE_FOLLOWUP_CASE_DAYS} days past grace: ${formatMoney(due.arrears, { currency: config.CURRENCY, locale: config.LOCALE })} in arrears, ${due.daysPastDue} days past due.`,
        })
      ).caseId,
    log: deps.log.child({ component: 'promise-follow-ups' }),
  });
  let running: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    running = running
      .then(() => reminders.tick())
      .then(() => followUps.tick())
      .catch((err) => deps.log.error({ err }, 'promise sweeps: tick failed'));
  }, config.OUTREACH_TICK_MS).unref();
  return () => (clearInterval(timer), running);
}
