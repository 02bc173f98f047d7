import type { FaqTopic } from '../models/language/analysis';
import type { MessageKey } from '../models/i18n/translate';
import type { IntakeSettings } from '../models/ports/settings';
import type { Say } from './speech';

const ANSWERS: Record<FaqTopic, MessageKey> = {
  cant_pay: 'faq.cantPay',
  credit_file: 'faq.creditFile',
  property: 'faq.property',
  in_writing: 'faq.inWriting',
  data_use: 'faq.dataUse',
};

/**
 * Short, plain answers to what borrowers ask mid-flow. Nothing here is about the borrower's own
 * loan, so they may be given before identity is verified; what differs by market (credit records,
 * the law on secured loans, free advice) comes from the deployment profile.
 */
export function faqAnswer(topic: FaqTopic, say: Say, settings: Pick<IntakeSettings, 'privacyUrl'>): string {
  return say(ANSWERS[topic], { privacyNotice: settings.privacyUrl ? say('faq.privacyNotice') : '' });
}
