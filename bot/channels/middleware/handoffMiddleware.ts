import type { Middleware, TurnContext } from 'botbuilder';
import type { LanguageUnderstanding } from '../../../models/ports/language';
import { analyzeTurn } from '../../../dialogs/turnAnalysis';
import type { CaseStore } from '../../casework/cases/caseStore';
import { readOfferAction } from '../../../models/offers/offerChoice';
import { heldCardTapReply } from './heldCardTap';

export interface HandoffMiddlewareDeps {
  cases: Pick<CaseStore, 'openCaseFor'>;
  nlp: LanguageUnderstanding;
  now: () => Date;
}

/**
 * While an agent holds the conversation the bot keeps quiet: the borrower's
 * messages are still recorded (the transcript middleware runs before this
 * one) and reach the agent's console, but not the dialogs. STOP and crisis
 * language still go through, because those must be honoured whoever is
 * talking. A tapped offer-card button is the agent's to act on, and the
 * borrower is told it reached them. Proactive turns (the agent's own
 * messages) always pass.
 */
export function handoffMiddleware(deps: HandoffMiddlewareDeps): Middleware {
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      const { activity } = context;
      if (activity.type !== 'message') return next();
      const held = deps.cases.openCaseFor(activity.channelId, activity.conversation?.id ?? '');
      if (held?.status !== 'assigned') return next();
      const tap = readOfferAction(activity.value);
      if (tap) {
        await context.sendActivity(heldCardTapReply(tap, held));
        return;
      }
      if (!activity.text?.trim()) return;
      // Shared with the dialogs through turn state, so the message is analysed once.
      const analysis = analyzeTurn(context, deps.nlp, deps.now());
      if (analysis.crisis || analysis.intent === 'opt_out') return next();
    },
  };
}
