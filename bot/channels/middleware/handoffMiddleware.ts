import type { Middleware, TurnContext } from 'botbuilder';
import type { LanguageUnderstanding } from '../../../models/ports/language';
import { analyzeTurn } from '../../../dialogs/turnAnalysis';
import type { CaseStore } from '../../casework/cases/caseStore';

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
 * talking. Proactive turns (the agent's own messages) always pass.
 */
export function handoffMiddleware(deps: HandoffMiddlewareDeps): Middleware {
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      const { activity } = context;
      if (activity.type !== 'message') return next();
      const held = deps.cases.openCaseFor(activity.channelId, activity.conversation?.id ?? '');
      if (held?.status !== 'assigned') return next();
      if (!activity.text?.trim()) return;
      // Shared with the dialogs through turn state, so the message is analysed once.
      const analysis = analyzeTurn(context, deps.nlp, deps.now());
      if (analysis.crisis || analysis.intent === 'opt_out') return next();
    },
  };
}
