import type { OfferAction } from '../../../models/offers/offerChoice';
import { planWording } from '../../../models/offers/plan';
import type { CaseRecord } from '../../casework/cases/caseRecord';
import { translate, type MessageKey } from '../../../models/i18n/translate';
import { DEFAULT_LANGUAGE } from '../../../models/i18n/languages';

const REPLIES: Record<Exclude<OfferAction['action'], 'accept'>, MessageKey> = {
  other: 'staff.tapOther',
  human: 'staff.tapHuman',
  later: 'staff.tapLater',
  decline: 'staff.tapDecline',
};

/**
 * What the borrower is told when they tap an offer card's button while a
 * person holds the conversation. The tap is the agent's to act on (it reaches
 * their console through the transcript); the borrower hears at once that it
 * arrived, in plain words and in their language.
 */
export function heldCardTapReply(tap: OfferAction, record: CaseRecord): string {
  const language = record.intake.language ?? DEFAULT_LANGUAGE;
  if (tap.action !== 'accept') return translate(language, REPLIES[tap.action]);
  const plan = [...record.plans, ...(record.intake.decision?.plans ?? [])].find((p) => p.id === tap.planId);
  return translate(language, 'staff.tapAccept', { plan: plan ? `"${planWording(plan, language).title}"` : translate(language, 'staff.tapAcceptPlan') });
}
