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
import { REASON_CHOICES, REASON_WORDS, reasonFromLabel } from './hardshipWords';
import { freshIntake, type IntakeState } from '../models/intake/intakeState';
import { listInWords, withQuickReplies } from './replies';
import type { IntakeServices } from '../models/ports/intakeServices';
import { analyzeTurn } from './turnAnalysis';
import { conversationOf } from './fraudReview';

/** The services this dialog uses, and no others. */
export type HardshipStoryServices = Pick<IntakeServices, 'nlp' | 'now' | 'fraud'>;

export const HARDSHIP_STORY_DIALOG = 'hardshipStoryDialog';
const STORY_PROMPT = 'story.text';
const CONFIRM_PROMPT = 'story.confirm';
const CHOOSE_PROMPT = 'story.choose';
const OUTLOOK_PROMPT = 'story.outlook';
const STEPS = 'story.steps';

const RIGHT = "Yes, that's right";
const NOT_QUITE = 'Not quite';
interface StoryValues {
  reasons: HardshipReason[];
  temporary: boolean | null;
  improvesBy?: string;
  /** The story's language, for the fraud watch's fairness counts only. */
  language?: string;
}
const values = (step: WaterfallStepContext) => step.values as StoryValues;

const OUTLOOK: Record<string, { temporary: boolean | null; months?: number }> = {
  'Within 3 months': { temporary: true, months: 3 },
  'In 3 to 6 months': { temporary: true, months: 6 },
  'Not for a long time': { temporary: false },
  "I don't know": { temporary: null },
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

  private async askStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.prompt(STORY_PROMPT, {
      prompt: 'What has made it hard to keep up with payments? Tell me in your own words, for example "I lost my job in March".',
      retryPrompt: 'Please tell me in a few words what has happened.',
    });
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
    const words = listInWords(reasons.map((r) => REASON_WORDS[r].readBack));
    const care = analysis.vulnerable ? "Thank you for telling me; I'm sorry you're dealing with this. " : '';
    return step.prompt(CONFIRM_PROMPT, {
      prompt: withQuickReplies(`${care}It sounds like ${words}. Is that right?`, [RIGHT, NOT_QUITE]),
      retryPrompt: withQuickReplies(`Is that right: ${words}?`, [RIGHT, NOT_QUITE]),
    });
  }

  private async correctStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = String(step.result);
    if (answer === RIGHT || (answer !== NOT_QUITE && this.services.nlp.parseConfirmation(answer) === 'yes')) return step.next();
    const options = REASON_CHOICES.map((r) => REASON_WORDS[r].label);
    return step.prompt(CHOOSE_PROMPT, {
      prompt: withQuickReplies('Thanks. Which of these is closest to what has happened?', options),
      retryPrompt: withQuickReplies('Please pick the closest one, or describe it in a few words.', options),
    });
  }

  private async outlookStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (typeof step.result === 'string') {
      const picked = reasonFromLabel(step.result);
      values(step).reasons = picked ? [picked] : this.readReasons(step.context);
    }
    if (values(step).temporary !== null && values(step).temporary !== undefined) return step.next();
    return step.prompt(OUTLOOK_PROMPT, { prompt: withQuickReplies('Do you expect things to get better?', Object.keys(OUTLOOK)) });
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
