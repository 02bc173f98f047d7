import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  Dialog,
  TextPrompt,
  WaterfallDialog,
  type DialogContext,
  type DialogTurnResult,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { BUDGET_LINES, type BudgetLine } from '../models/language/analysis';
import type { Amount, BudgetInput } from '../models/offers';
import { recordDecision } from './recordDecision';
import { freshIntake, type IntakeState } from '../models/intake/intakeState';
import { formatMoney } from '../models/shared/money';
import { withQuickReplies } from './replies';
import type { IntakeServices } from '../models/ports/intakeServices';
import { analyzeTurn } from './turnAnalysis';
import { speech, type Say } from './speech';
import type { MessageKey } from '../models/i18n/translate';

/** The services this dialog uses, and no others. */
export type BudgetServices = Pick<IntakeServices, 'loans' | 'nlp' | 'offers' | 'settings' | 'messages' | 'now'>;

export const BUDGET_DIALOG = 'budgetDialog';
const AMOUNT_PROMPT = 'budget.amount';
const LOOP = 'budget.loop';
const OPTIONS = Symbol('forbear.budgetOptions');

/** Each line's question is `budget.<line>Question` and its name in a read-back `budget.<line>Words`. */
interface Question {
  zeroLabel: MessageKey;
  /** Quick-reply amounts as shares of the monthly income on file, so the options fit the borrower's scale. */
  shares: number[];
}

const QUESTIONS: Record<BudgetLine, Question> = {
  income: { zeroLabel: 'budget.noIncome', shares: [0.25, 0.5, 0.75, 1] },
  housing: { zeroLabel: 'budget.nothing', shares: [0.1, 0.2, 0.3] },
  essentials: { zeroLabel: 'budget.nothing', shares: [0.15, 0.25, 0.4] },
  otherDebtRepayments: { zeroLabel: 'budget.none', shares: [0.05, 0.1, 0.2] },
};

/** What the next question starts with: the read-back of the answer just given or changed. */
interface LoopOptions {
  noted?: string;
}

const PER: Record<string, MessageKey> = {
  day: 'budget.perDay',
  week: 'budget.perWeek',
  fortnight: 'budget.perFortnight',
  month: 'budget.perMonth',
  year: 'budget.perYear',
};

interface ReadAmount extends Amount {
  /** The upper end when the borrower gave a range (value is the lower end). */
  high?: number;
}

/** Two significant figures: quick replies read as round numbers. */
function roundNicely(value: number): number {
  if (value <= 0) return 0;
  const magnitude = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Math.round(value / magnitude) * magnitude;
}

const askedLine = (step: WaterfallStepContext) => step.values as { line: BudgetLine };

/** The first line still unanswered, in the order they are asked. */
function nextLine(intake: IntakeState): BudgetLine | undefined {
  return BUDGET_LINES.find((line) => intake.budgetAnswers?.[line] === undefined);
}

/**
 * Step 4: income, essential costs and other debts, in any period, as a budget for the offer engine.
 * Answers are kept on the intake as they come, so a conversation handed back by an agent, or resumed
 * later, asks only what is missing, and "the rent is actually 21000" changes the rent line.
 */
export class BudgetDialog extends ComponentDialog {
  constructor(
    private readonly services: BudgetServices,
    private readonly intakeState: StatePropertyAccessor<IntakeState>,
  ) {
    super(BUDGET_DIALOG);
    this.addDialog(new TextPrompt(AMOUNT_PROMPT, async (p) => this.isAmount(p)));
    this.addDialog(new WaterfallDialog(LOOP, [this.askStep.bind(this), this.recordStep.bind(this)]));
    this.initialDialogId = LOOP;
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    return (await this.correction(innerDc)) ?? super.onContinueDialog(innerDc);
  }

  private intake(context: TurnContext): Promise<IntakeState> {
    return this.intakeState.get(context, freshIntake());
  }

  /**
   * The quick replies in the borrower's language, and what each means. One answer reads them three times
   * (the validator, the step recording it, the next question), so they are worded once per turn.
   */
  private options(context: TurnContext, line: BudgetLine, income: number, intake: IntakeState): Map<string, number> {
    const worded = context.turnState.get(OPTIONS) as Map<string, Map<string, number>> | undefined;
    const key = `${intake.language ?? ''}|${line}|${income}`;
    const cached = worded?.get(key);
    if (cached) return cached;
    const { currency, locale } = this.services.settings;
    const say = speech(this.services, intake);
    const question = QUESTIONS[line];
    const options = new Map<string, number>([[say(question.zeroLabel), 0]]);
    for (const share of question.shares) {
      const value = roundNicely(income * share);
      if (value > 0) options.set(say('budget.about', { amount: formatMoney(value, { currency, locale }) }), value);
    }
    context.turnState.set(OPTIONS, (worded ?? new Map()).set(key, options));
    return options;
  }

  private async incomeOnFile(context: TurnContext): Promise<number> {
    const intake = await this.intake(context);
    return this.services.loans.get(intake.verifiedLoanId ?? '')?.Monthly_Income ?? 0;
  }

  private async isAmount(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const text = (prompt.recognized.value ?? '').trim();
    const line = (prompt.options.validations as { line: BudgetLine }).line;
    const intake = await this.intake(prompt.context);
    if (this.options(prompt.context, line, await this.incomeOnFile(prompt.context), intake).has(text)) return true;
    const money = this.services.nlp.parseMoney(text);
    if (money?.period === 'once') {
      await prompt.context.sendActivity(speech(this.services, intake)('budget.oneOff'));
      return false;
    }
    return money !== null && Number.isFinite(money.value) && money.value >= 0;
  }

  /** A typed figure (a range keeps its upper end for the read-back), or undefined when there is none the budget can use. */
  private parseAmount(text: string): ReadAmount | undefined {
    const money = this.services.nlp.parseMoney(text);
    if (!money || money.period === 'once' || !Number.isFinite(money.value) || money.value < 0) return undefined;
    return { value: money.value, period: money.period, high: money.high };
  }

  /** Every figure is said back in the borrower's currency, so a misread is caught before it drives an offer. */
  private readBack(amount: ReadAmount, say: Say): string {
    const { currency, locale } = this.services.settings;
    const money = (value: number) => formatMoney(value, { currency, locale });
    const per = say(PER[amount.period ?? 'month'] ?? 'budget.perMonth');
    const noted = say('budget.noted', { amount: money(amount.value), per });
    if (amount.high === undefined) return noted;
    return say('budget.range', { noted, low: money(amount.value), high: money(amount.high) });
  }

  private async askStep(step: WaterfallStepContext<LoopOptions>): Promise<DialogTurnResult> {
    const intake = await this.intake(step.context);
    const line = nextLine(intake);
    // The read-back is a message of its own, so asking the question again (after help or a question) does not repeat it.
    if (step.options.noted) await step.context.sendActivity(step.options.noted);
    if (!line) return this.finish(step, intake);
    askedLine(step).line = line;
    const say = speech(this.services, intake);
    const labels = [...this.options(step.context, line, await this.incomeOnFile(step.context), intake).keys()];
    const intro = Object.keys(intake.budgetAnswers ?? {}).length === 0 ? `${say('budget.intro')} ` : '';
    return step.prompt(AMOUNT_PROMPT, {
      prompt: withQuickReplies(intro + say(`budget.${line}Question`), labels),
      retryPrompt: withQuickReplies(say('budget.retry'), labels),
      validations: { line },
    });
  }

  private async recordStep(step: WaterfallStepContext<LoopOptions>): Promise<DialogTurnResult> {
    const { line } = askedLine(step);
    const text = String(step.result).trim();
    const intake = await this.intake(step.context);
    const say = speech(this.services, intake);
    const picked = this.options(step.context, line, await this.incomeOnFile(step.context), intake).get(text);
    const read: ReadAmount = picked !== undefined ? { value: picked, period: 'month' } : this.parseAmount(text)!;
    intake.budgetAnswers = { ...intake.budgetAnswers, [line]: { value: read.value, period: read.period } };
    return step.replaceDialog(LOOP, { noted: this.readBack(read, say) } satisfies LoopOptions);
  }

  /**
   * "go back", "change my rent", "the rent is actually 21000": another line than the one being asked
   * is changed (with its figure) or asked again (without one), read back, and the budget carries on.
   * A change of the line being asked is just its answer, which the prompt reads.
   */
  private async correction(dc: DialogContext): Promise<DialogTurnResult | undefined> {
    const { context } = dc;
    if (context.activity.type !== 'message' || !context.activity.text) return undefined;
    const correction = analyzeTurn(context, this.services.nlp, this.services.now()).correction;
    if (!correction) return undefined;
    const intake = await this.intake(context);
    const answered = BUDGET_LINES.filter((line) => intake.budgetAnswers?.[line] !== undefined);
    const current = nextLine(intake);
    const target = correction.line ?? (correction.back ? answered.at(-1) : undefined);
    const say = speech(this.services, intake);
    if (!target && correction.back) {
      await context.sendActivity(say('budget.firstQuestion'));
      await dc.repromptDialog();
      return Dialog.EndOfTurn;
    }
    if (!target || target === current) return undefined;
    const amount = this.parseAmount(context.activity.text);
    const line = say(`budget.${target}Words`);
    let noted: string;
    if (amount) {
      intake.budgetAnswers = { ...intake.budgetAnswers, [target]: { value: amount.value, period: amount.period } };
      noted = say('budget.changed', { line, readBack: this.readBack(amount, say) });
    } else if (answered.includes(target)) {
      const rest = { ...intake.budgetAnswers };
      delete rest[target];
      intake.budgetAnswers = rest;
      noted = say('budget.changeLine', { line });
    } else {
      noted = say('budget.comingTo', { line });
    }
    await dc.cancelAllDialogs();
    return dc.beginDialog(LOOP, { noted } satisfies LoopOptions);
  }

  private async finish(step: WaterfallStepContext, intake: IntakeState): Promise<DialogTurnResult> {
    const answers = intake.budgetAnswers as Record<BudgetLine, Amount>;
    const input: BudgetInput = {
      income: [answers.income],
      housing: answers.housing,
      otherCosts: answers.essentials,
      otherDebtRepayments: answers.otherDebtRepayments,
    };
    intake.budgetInput = input;
    intake.budgetAnswers = undefined;
    intake.budget = this.services.offers.computeBudget(input);
    intake.stage = 'offer';
    await recordDecision(step.context, 'budget', { budget: intake.budget });
    return step.endDialog();
  }
}
