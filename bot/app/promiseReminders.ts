import { PromiseReminders, type ReminderRecord } from '../casework/promises/promiseReminders';
import type { WhatsAppChannel } from '../channels/whatsApp/whatsAppChannel';
import { translate } from '../../models/i18n/translate';
import type { StorageBackend } from '../infra/storage/documents';
import type { Logger } from '../infra/logger';
import { DEFAULT_LANGUAGE } from '../../models/i18n/languages';
import type { Config } from './config';
import type { Outreach } from './outreach';
import type { Stores } from './stores';

/**
 * Reminders before each instalment, swept with outreach's tick: the ledger is a shared document collection, so
 * every instance may sweep and each reminder is still claimed once. Without a WhatsApp channel nothing is sent and
 * nothing is claimed (a reminder is only ever claimed to be sent).
 */
export function startPromiseReminders(deps: {
  config: Config;
  stores: Stores;
  storage: StorageBackend;
  outreach: Outreach;
  whatsapp: WhatsAppChannel | undefined;
  log: Logger;
  now: () => Date;
}): () => Promise<void> {
  const { config, stores, whatsapp } = deps;
  if (!whatsapp || config.OUTREACH_TICK_MS === 0) return () => Promise.resolve();
  const template = config.WHATSAPP_REMINDER_TEMPLATE;
  const sender = whatsapp.reminders({ translate, lenderName: config.LENDER_NAME, locale: config.LOCALE, ...(template && { template: { name: template } }) });
  const reminders = new PromiseReminders({
    ledger: deps.storage.documents<ReminderRecord>('promise-reminders'),
    loans: () => stores.loanBook.all(),
    arrangements: stores.arrangements,
    payments: stores.payments,
    candidate: deps.outreach.candidate,
    language: async (loanId) => (await stores.progress.load(loanId))?.language ?? DEFAULT_LANGUAGE,
    sender,
    settings: { graceDays: config.PROMISE_GRACE_DAYS, curePayments: config.PROMISE_CURE_PAYMENTS },
    days: config.PROMISE_REMINDER_DAYS,
    now: deps.now,
    log: deps.log.child({ component: 'promise-reminders' }),
  });
  let running: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(() => reminders.tick()).catch((err) => deps.log.error({ err }, 'promise reminders: tick failed'));
  }, config.OUTREACH_TICK_MS).unref();
  return () => (clearInterval(timer), running);
}
