import type { StatePropertyAccessor } from 'botbuilder';
import {
  ComponentDialog,
  TextPrompt,
  WaterfallDialog,
  type DialogTurnResult,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { recordDecision } from './recordDecision';
import { freshIntake, type IntakeState } from '../models/intake/intakeState';
import { withQuickReplies } from './replies';
import type { IntakeServices } from '../models/ports/intakeServices';

/** The services this dialog uses, and no others. */
export type WelcomeServices = Pick<IntakeServices, 'nlp' | 'settings' | 'now'>;

export const WELCOME_DIALOG = 'welcomeDialog';
const CONSENT_PROMPT = 'welcome.consent';
const STEPS = 'welcome.steps';

const YES = 'Yes, continue';
const NO = 'Not now';

/** Step 1: say who we are and why, and ask consent before anything else. */
export class WelcomeDialog extends ComponentDialog {
  constructor(
    private readonly services: WelcomeServices,
    private readonly intakeState: StatePropertyAccessor<IntakeState>,
  ) {
    super(WELCOME_DIALOG);
    this.addDialog(new TextPrompt(CONSENT_PROMPT, (prompt) => this.isYesOrNo(prompt)));
    this.addDialog(new WaterfallDialog(STEPS, [this.introduceStep.bind(this), this.consentStep.bind(this)]));
    this.initialDialogId = STEPS;
  }

  private async isYesOrNo(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const text = prompt.recognized.value ?? '';
    return text === YES || text === NO || this.services.nlp.parseConfirmation(text) !== null;
  }

  private async introduceStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { lenderName, privacyUrl } = this.services.settings;
    await step.context.sendActivity(
      `Hello, I'm the ${lenderName} virtual assistant (an automated service, not a person). ` +
        `I'm here to help if you're finding it hard to keep up with a loan payment, and to find an arrangement you can afford.`,
    );
    await step.context.sendActivity(
      `What you tell me is used only to look at your account and your options, and is kept securely.` +
        (privacyUrl ? ` Our privacy notice: ${privacyUrl}` : '') +
        ` You can type "agent" at any time to talk to a person, or "STOP" to stop messages.`,
    );
    return step.prompt(CONSENT_PROMPT, {
      prompt: withQuickReplies('Would you like to continue?', [YES, NO]),
      retryPrompt: withQuickReplies('Sorry, I did not catch that. Would you like to continue? Please answer yes or no.', [YES, NO]),
    });
  }

  private async consentStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = step.result as string;
    const agreed = answer === YES || (answer !== NO && this.services.nlp.parseConfirmation(answer) === 'yes');
    const intake = await this.intakeState.get(step.context, freshIntake());
    await recordDecision(step.context, 'consent', { agreed });
    if (!agreed) {
      await step.context.sendActivity('No problem. Nothing has been changed on your account. You can come back to this chat whenever you are ready.');
      return step.endDialog({ consented: false });
    }
    intake.consentAt = this.services.now().toISOString();
    intake.stage = 'verify';
    return step.endDialog({ consented: true });
  }
}
