import type { ConversationReference } from 'botbuilder';
import type { FollowUpSender } from '../../casework/promises/promiseFollowUps';
import type { ReminderSender } from '../../casework/promises/promiseReminders';
import type { DeliveryAttempt } from '../../casework/promises/deliveryAttempt';
import { borrowerLocale, type BorrowerLanguage } from '../../../models/i18n/languages';
import type { Translator } from '../../../models/i18n/translate';
import { formatDate } from '../../../models/shared/calendar';
import type { ConversationStreams } from './conversationStreams';
import { DIRECTLINE_CHANNEL_ID } from './directLineAdapter';

export interface WebChatPromiseDeps {
  streams: Pick<ConversationStreams, 'has'>;
  /**
   * Puts `text` in the conversation in a proactive turn and gives the activity's id, or nothing when the
   * conversation cannot take it now (the borrower is mid-intake, with the team, or opted out).
   */
  notify: (reference: Partial<ConversationReference>, text: string) => Promise<string | undefined>;
  botAccount: { id: string; name: string };
  translate: Translator;
  lenderName: string;
  locale: string;
}

/**
 * Reminders and follow-ups in the borrower's own Web Chat conversation, while it is still open: its stream is
 * held here only while the page polls it (or resumes it after a restart), and a conversation nobody reads gets
 * nothing (the message waits for the next sweep, or for the borrower's next visit). The wording is WhatsApp's:
 * nothing about the debt, because whoever is at the screen may not be the borrower; a reply verifies first.
 */
export function webChatPromiseSenders(deps: WebChatPromiseDeps, conversationId: string): { reminders: ReminderSender; followUps: FollowUpSender } | undefined {
  if (!deps.streams.has(conversationId)) return undefined;
  const reference: Partial<ConversationReference> = {
    channelId: DIRECTLINE_CHANNEL_ID,
    conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
    bot: { ...deps.botAccount, role: 'bot' },
  };
  const send = async (language: BorrowerLanguage, key: 'promise.reminder' | 'promise.followUp', values: { date?: string } = {}): Promise<DeliveryAttempt> => {
    const id = await deps.notify(reference, deps.translate(language, key, { lenderName: deps.lenderName, ...values }));
    return id ? { ok: true, messageId: id } : { ok: false, notReachableNow: 'the Web Chat conversation cannot take it now' };
  };
  return {
    reminders: (_loan, reminder, language) => send(language, 'promise.reminder', { date: formatDate(reminder.dueDate, borrowerLocale(language, deps.locale)) }),
    followUps: (_loan, _followUp, language) => send(language, 'promise.followUp'),
  };
}
