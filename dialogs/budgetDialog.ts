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

/**
 * The line being asked and the quick replies it offered, as [label, amount] pairs: the answer is read against the labels
 * the borrower was shown, without wording them again. A question asked before the labels were kept has none.
 */
interface Asked {
  line: BudgetLine;
  offered?: [string, number][];
}

const asked = (step: WaterfallStepContext) => step.values as Asked;

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

  /** The quick replies in the borrower's language, and what each means. */
  private async options(context: TurnContext, { line, offered }: Asked): Promise<Map<string, number>> {
    if (offered) return new Map(offered);
    const intake = await this.intake(context);
    const income = await this.incomeOnFile(context);
    const { currency, locale } = this.services.settings;
    const say = speech(this.services, intake);
    const question = QUESTIONS[line];
    const options = new Map<string, number>([[say(question.zeroLabel), 0]]);
    for (const share of question.shares) {
      const value = roundNicely(income * share);
      if (value > 0) options.set(say('budget.about', { amount: formatMoney(value, { currency, locale }) }), value);
    }
    return options;
  }

  private async incomeOnFile(context: TurnContext): Promise<number> {
    const intake = await this.intake(context);
    return this.services.loans.get(intake.verifiedLoanId ?? '')?.Monthly_Income ?? 0;
  }

  private async isAmount(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const text = (prompt.recognized.value ?? '').trim();
    if ((await this.options(prompt.context, prompt.options.validations as Asked)).has(text)) return true;
    const money = this.services.nlp.parseMoney(text);
    if (money?.period === 'once') {
      await prompt.context.sendActivity(speech(this.services, await this.intake(prompt.context))('budget.oneOff'));
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
    const offered = [...(await this.options(step.context, { line }))];
    Object.assign(asked(step), { line, offered } satisfies Asked);
    const say = speech(this.services, intake);
    const labels = offered.map(([label]) => label);
    const intro = Object.keys(intake.budgetAnswers ?? {}).length === 0 ? `${say('budget.intro')} ` : '';
    return step.prompt(AMOUNT_PROMPT, {
      prompt: withQuickReplies(intro + say(`budget.${line}Question`), labels),
      retryPrompt: withQuickReplies(say('budget.retry'), labels),
      validations: { line, offered } satisfies Asked,
    });
  }

  private async recordStep(step: WaterfallStepContext<LoopOptions>): Promise<DialogTurnResult> {
    const { line } = asked(step);
    const text = String(step.result).trim();
    const intake = await this.intake(step.context);
    const say = speech(this.services, intake);
    const picked = (await this.options(step.context, asked(step))).get(text);
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
