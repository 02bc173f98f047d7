import type { OfferAction } from '../../../models/offers/offerChoice';
import type { CaseRecord } from '../../casework/cases/caseRecord';

/**
 * What the borrower is told when they tap an offer card's button while a
 * person holds the conversation. The tap is the agent's to act on (it reaches
 * their console through the transcript); the borrower hears at once that it
 * arrived, in plain words.
 */
export function heldCardTapReply(tap: OfferAction, record: CaseRecord): string {
  switch (tap.action) {
    case 'accept': {
      const plan = [...record.plans, ...(record.intake.decision?.plans ?? [])].find((p) => p.id === tap.planId);
      const which = plan ? `"${plan.title}"` : 'this plan';
      return `Thank you. I've told the person you're chatting with that you'd like to go ahead with ${which}. They'll confirm it with you here.`;
    }
    case 'other':
      return "Thank you. I've told the person you're chatting with that you'd like to see other options. They'll reply here.";
    case 'human':
      return "You're already chatting with a member of our team. They'll reply here.";
    case 'later':
      return "That's fine. I've told the person you're chatting with, and you can carry on with them whenever you're ready.";
    case 'decline':
      return "Thank you. I've told the person you're chatting with that none of these plans works for you. They'll talk through what might.";
  }
}
