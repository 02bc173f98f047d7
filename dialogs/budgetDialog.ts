import type { StatePropertyAccessor } from 'botbuilder';
import {
  ComponentDialog,
  TextPrompt,
  WaterfallDialog,
  type DialogTurnResult,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { Amount, BudgetInput } from '../models/offers';
import { recordDecision } from './recordDecision';
import { freshIntake, type IntakeState } from '../models/intake/intakeState';
import { formatMoney } from '../models/shared/money';
import { withQuickReplies } from './replies';
import type { IntakeServices } from '../models/ports/intakeServices';

/** The services this dialog uses, and no others. */
export type BudgetServices = Pick<IntakeServices, 'loans' | 'nlp' | 'offers' | 'settings'>;

export const BUDGET_DIALOG = 'budgetDialog';
const AMOUNT_PROMPT = 'budget.amount';
const STEPS = 'budget.steps';

interface Question {
  field: 'income' | 'housing' | 'essentials' | 'otherDebtRepayments';
  text: string;
  zeroLabel: string;
  /** Quick-reply amounts as shares of the monthly income on file, so the options fit the borrower's scale. */
  shares: number[];
}

const QUESTIONS: Question[] = [
  {
    field: 'income',
    text: "Now a quick budget, so we only offer what you can afford. What is your household's total take-home income each month now, including any benefits?",
    zeroLabel: 'No income',
    shares: [0.25, 0.5, 0.75, 1],
  },
  { field: 'housing', text: 'How much is your rent or mortgage each month?', zeroLabel: 'Nothing', shares: [0.1, 0.2, 0.3] },
  {
    field: 'essentials',
    text: 'Roughly how much do bills, food, transport and childcare come to each month?',
    zeroLabel: 'Nothing',
    shares: [0.15, 0.25, 0.4],
  },
  { field: 'otherDebtRepayments', text: 'Do you pay any other loans or credit cards? How much a month in total?', zeroLabel: 'None', shares: [0.05, 0.1, 0.2] },
];

const answers = (step: WaterfallStepContext) => step.values as Record<Question['field'], Amount>;

const RETRY = 'Please type an amount, like 25,000 or "2k a week", or tap one of the options.';
const ONE_OFF =
  'That sounds like a one-off amount. For the budget I need what comes in or goes out in a normal month, so a one-off is not counted as monthly money. What is the usual monthly figure?';
const PER: Record<string, string> = { week: 'a week', fortnight: 'a fortnight', year: 'a year' };

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

/** Step 4: income, essential costs and other debts, in any period, as a budget for the offer engine. */
export class BudgetDialog extends ComponentDialog {
  constructor(
    private readonly services: BudgetServices,
    private readonly intakeState: StatePropertyAccessor<IntakeState>,
  ) {
    super(BUDGET_DIALOG);
    this.addDialog(new TextPrompt(AMOUNT_PROMPT, async (p) => this.isAmount(p)));
    this.addDialog(new WaterfallDialog(STEPS, [...QUESTIONS.map((q, i) => this.questionStep(i)), this.finishStep.bind(this)]));
    this.initialDialogId = STEPS;
  }

  private options(question: Question, income: number): Map<string, number> {
    const { currency, locale } = this.services.settings;
    const options = new Map<string, number>([[question.zeroLabel, 0]]);
    for (const share of question.shares) {
      const value = roundNicely(income * share);
      if (value > 0) options.set(`About ${formatMoney(value, { currency, locale })}`, value);
    }
    return options;
  }

  private async incomeOnFile(step: { context: WaterfallStepContext['context'] }): Promise<number> {
    const intake = await this.intakeState.get(step.context, freshIntake());
    return this.services.loans.get(intake.verifiedLoanId ?? '')?.Monthly_Income ?? 0;
  }

  private async isAmount(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const text = (prompt.recognized.value ?? '').trim();
    const question = QUESTIONS[(prompt.options.validations as { question: number }).question];
    if (this.options(question, await this.incomeOnFile(prompt)).has(text)) return true;
    const money = this.services.nlp.parseMoney(text);
    if (money?.period === 'once') {
      await prompt.context.sendActivity(ONE_OFF);
      return false;
    }
    return money !== null && Number.isFinite(money.value) && money.value >= 0;
  }

  private readAmount(text: string, options: Map<string, number>): ReadAmount {
    const picked = options.get(text.trim());
    if (picked !== undefined) return { value: picked, period: 'month' };
    const money = this.services.nlp.parseMoney(text)!;
    return { value: money.value, period: money.period, high: money.high };
  }

  /** Every figure is said back in the borrower's currency, so a misread is caught before it drives an offer. */
  private readBack(amount: ReadAmount): string {
    const { currency, locale } = this.services.settings;
    const money = (value: number) => formatMoney(value, { currency, locale });
    const per = PER[amount.period ?? 'month'] ?? 'a month';
    const noted = `Noted: ${money(amount.value)} ${per}.`;
    if (amount.high === undefined) return noted;
    return `${noted} You gave ${money(amount.value)} to ${money(amount.high)}, so I have used the lower figure to keep any plan affordable.`;
  }

  private record(step: WaterfallStepContext, question: Question, options: Map<string, number>): string {
    const read = this.readAmount(String(step.result), options);
    answers(step)[question.field] = { value: read.value, period: read.period };
    return this.readBack(read);
  }

  private questionStep(index: number) {
    return async (step: WaterfallStepContext): Promise<DialogTurnResult> => {
      const income = await this.incomeOnFile(step);
      const noted = index > 0 ? `${this.record(step, QUESTIONS[index - 1], this.options(QUESTIONS[index - 1], income))} ` : '';
      const question = QUESTIONS[index];
      const labels = [...this.options(question, income).keys()];
      return step.prompt(AMOUNT_PROMPT, {
        prompt: withQuickReplies(noted + question.text, labels),
        retryPrompt: withQuickReplies(RETRY, labels),
        validations: { question: index },
      });
    };
  }

  private async finishStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const last = QUESTIONS[QUESTIONS.length - 1];
    await step.context.sendActivity(this.record(step, last, this.options(last, await this.incomeOnFile(step))));
    const input: BudgetInput = {
      income: [answers(step).income],
      housing: answers(step).housing,
      otherCosts: answers(step).essentials,
      otherDebtRepayments: answers(step).otherDebtRepayments,
    };
    const intake = await this.intakeState.get(step.context, freshIntake());
    intake.budgetInput = input;
    intake.budget = this.services.offers.computeBudget(input);
    intake.stage = 'offer';
    await recordDecision(step.context, 'budget', { budget: intake.budget });
    return step.endDialog();
  }
}
