import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  TextPrompt,
  WaterfallDialog,
  type DialogTurnResult,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { HardshipReason } from '../models/loanBook/loanRecord';
import { recordDecision } from './recordDecision';
import { REASON_CHOICES, reasonFromLabel } from './hardshipWords';
import { speech, type Say } from './speech';
import { en } from '../models/i18n/catalog/en';
import { freshIntake, type IntakeState } from '../models/intake/intakeState';
import { listInWords, withQuickReplies } from './replies';
import type { IntakeServices } from '../models/ports/intakeServices';
import { analyzeTurn } from './turnAnalysis';
import { conversationOf } from './fraudReview';

/** The services this dialog uses, and no others. */
export type HardshipStoryServices = Pick<IntakeServices, 'nlp' | 'now' | 'fraud' | 'messages' | 'settings'>;

export const HARDSHIP_STORY_DIALOG = 'hardshipStoryDialog';
const STORY_PROMPT = 'story.text';
const CONFIRM_PROMPT = 'story.confirm';
const CHOOSE_PROMPT = 'story.choose';
const OUTLOOK_PROMPT = 'story.outlook';
const STEPS = 'story.steps';

// Taps in any language arrive as these English labels (models/i18n/tappedLabel).
const RIGHT = en.button.right;
const NOT_QUITE = en.button.notQuite;
interface StoryValues {
  reasons: HardshipReason[];
  temporary: boolean | null;
  improvesBy?: string;
  /** The story's language, for the fraud watch's fairness counts only. */
  language?: string;
}
const values = (step: WaterfallStepContext) => step.values as StoryValues;

const OUTLOOK_CHOICES = ['within3Months', 'in3To6Months', 'notForLong', 'dontKnow'] as const;
const OUTLOOK: Record<string, { temporary: boolean | null; months?: number }> = {
  [en.button.within3Months]: { temporary: true, months: 3 },
  [en.button.in3To6Months]: { temporary: true, months: 6 },
  [en.button.notForLong]: { temporary: false },
  [en.button.dontKnow]: { temporary: null },
};

/** Step 3: the borrower's own words → hardship reasons, read back for confirmation, and whether it will pass. */
export class HardshipStoryDialog extends ComponentDialog {
  constructor(
    private readonly services: HardshipStoryServices,
    private readonly intakeState: StatePropertyAccessor<IntakeState>,
  ) {
    super(HARDSHIP_STORY_DIALOG);
    this.addDialog(new TextPrompt(STORY_PROMPT));
    this.addDialog(new TextPrompt(CONFIRM_PROMPT, async (p) => this.isYesOrNo(p)));
    this.addDialog(
      new TextPrompt(CHOOSE_PROMPT, async (p) => reasonFromLabel(p.recognized.value ?? '') !== undefined || this.readReasons(p.context).length > 0),
    );
    this.addDialog(new TextPrompt(OUTLOOK_PROMPT));
    this.addDialog(
      new WaterfallDialog(STEPS, [
        this.askStep.bind(this),
        this.readBackStep.bind(this),
        this.correctStep.bind(this),
        this.outlookStep.bind(this),
        this.finishStep.bind(this),
      ]),
    );
    this.initialDialogId = STEPS;
  }

  private isYesOrNo(prompt: PromptValidatorContext<string>): boolean {
    const text = prompt.recognized.value ?? '';
    return text === RIGHT || text === NOT_QUITE || this.services.nlp.parseConfirmation(text) !== null;
  }

  /** The known reasons in this turn's message, from the analysis the interruption check already made. */
  private readReasons(context: TurnContext): HardshipReason[] {
    return analyzeTurn(context, this.services.nlp, this.services.now())
      .reasons.filter((r) => r.reason !== 'other')
      .map((r) => r.reason);
  }

  private async say(context: TurnContext): Promise<Say> {
    return speech(this.services, await this.intakeState.get(context, freshIntake()));
  }

  private async askStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const say = await this.say(step.context);
    return step.prompt(STORY_PROMPT, { prompt: say('story.ask'), retryPrompt: say('story.askRetry') });
  }

  private async readBackStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const analysis = analyzeTurn(step.context, this.services.nlp, this.services.now());
    const reasons = this.readReasons(step.context);
    values(step).reasons = reasons;
    values(step).temporary = analysis.temporary;
    values(step).language = analysis.language;
    values(step).improvesBy = analysis.temporary ? analysis.dates.find((d) => d.start > this.services.now().toISOString().slice(0, 10))?.start : undefined;
    await recordDecision(step.context, 'reasons_found', {
      reasons: analysis.reasons,
      temporary: analysis.temporary,
      vulnerable: analysis.vulnerable,
      vulnerability: analysis.vulnerability,
      amounts: analysis.amounts.length,
    });
    if (reasons.length === 0) return step.next(NOT_QUITE);
    const { language } = await this.intakeState.get(step.context, freshIntake());
    const say = await this.say(step.context);
    const words = listInWords(
      reasons.map((r) => say(`reason.${r}`)),
      language,
    );
    const care = analysis.vulnerable ? say('story.care') : '';
    const options = [say('button.right'), say('button.notQuite')];
    return step.prompt(CONFIRM_PROMPT, {
      prompt: withQuickReplies(say('story.readBack', { care, reasons: words }), options),
      retryPrompt: withQuickReplies(say('story.readBackRetry', { reasons: words }), options),
    });
  }

  private async correctStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = String(step.result);
    if (answer === RIGHT || (answer !== NOT_QUITE && this.services.nlp.parseConfirmation(answer) === 'yes')) return step.next();
    const say = await this.say(step.context);
    const options = REASON_CHOICES.map((r) => say(`reasonLabel.${r}`));
    return step.prompt(CHOOSE_PROMPT, {
      prompt: withQuickReplies(say('story.choose'), options),
      retryPrompt: withQuickReplies(say('story.chooseRetry'), options),
    });
  }

  private async outlookStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (typeof step.result === 'string') {
      const picked = reasonFromLabel(step.result);
      values(step).reasons = picked ? [picked] : this.readReasons(step.context);
    }
    if (values(step).temporary !== null && values(step).temporary !== undefined) return step.next();
    const say = await this.say(step.context);
    return step.prompt(OUTLOOK_PROMPT, {
      prompt: withQuickReplies(
        say('story.outlook'),
        OUTLOOK_CHOICES.map((choice) => say(`button.${choice}`)),
      ),
    });
  }

  private async finishStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (typeof step.result === 'string') {
      const outlook = OUTLOOK[step.result] ?? { temporary: analyzeTurn(step.context, this.services.nlp, this.services.now()).temporary };
      values(step).temporary = outlook.temporary;
      if (outlook.months) {
        const by = this.services.now();
        by.setUTCMonth(by.getUTCMonth() + outlook.months);
        values(step).improvesBy = by.toISOString().slice(0, 10);
      }
    }
    const intake = await this.intakeState.get(step.context, freshIntake());
    const reasons = values(step).reasons.length > 0 ? values(step).reasons : (['other'] as HardshipReason[]);
    intake.story = {
      reasons,
      temporary: values(step).temporary ?? null,
      improvesBy: values(step).improvesBy,
    };
    intake.stage = 'budget';
    if (intake.verifiedLoanId)
      this.services.fraud?.hardshipClaim(
        { conversation: conversationOf(step.context), loanId: intake.verifiedLoanId, language: values(step).language ?? 'en' },
        this.services.now(),
      );
    await recordDecision(step.context, 'reasons_confirmed', { reasons, temporary: intake.story.temporary, improvesBy: intake.story.improvesBy ?? null });
    return step.endDialog();
  }
}
