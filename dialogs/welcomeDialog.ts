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
import { en } from '../models/i18n/catalog/en';
import { speech } from './speech';

/** The services this dialog uses, and no others. */
export type WelcomeServices = Pick<IntakeServices, 'nlp' | 'settings' | 'messages' | 'now'>;

export const WELCOME_DIALOG = 'welcomeDialog';
const CONSENT_PROMPT = 'welcome.consent';
const STEPS = 'welcome.steps';

// Taps in any language arrive as these English labels (models/i18n/tappedLabel).
const YES = en.button.yesContinue;
const NO = en.button.notNow;

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

  /** The language button sits beside yes and no, so a borrower who cannot read this language can find theirs. */
  private async introduceStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const say = speech(this.services, await this.intakeState.get(step.context, freshIntake()));
    await step.context.sendActivity(say('welcome.intro'));
    await step.context.sendActivity(say('welcome.privacy', { privacyNotice: this.services.settings.privacyUrl ? say('welcome.privacyNotice') : '' }));
    const options = [say('button.yesContinue'), say('button.notNow'), say('language.button')];
    return step.prompt(CONSENT_PROMPT, {
      prompt: withQuickReplies(say('welcome.consent'), options),
      retryPrompt: withQuickReplies(say('welcome.consentRetry'), options),
    });
  }

  private async consentStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = step.result as string;
    const agreed = answer === YES || (answer !== NO && this.services.nlp.parseConfirmation(answer) === 'yes');
    const intake = await this.intakeState.get(step.context, freshIntake());
    await recordDecision(step.context, 'consent', { agreed });
    if (!agreed) {
      await step.context.sendActivity(speech(this.services, intake)('welcome.declined'));
      return step.endDialog({ consented: false });
    }
    intake.consentAt = this.services.now().toISOString();
    intake.stage = 'verify';
    return step.endDialog({ consented: true });
  }
}
