import { z } from 'zod';
import { decideOffers, protectionsOf } from '../../../models/intake/decideOffers';
import type { IntakeState } from '../../../models/intake/intakeState';
import { type Affordability, affordability } from '../../../models/offers/affordability';
import { ESSENTIAL_COSTS, type Budget, type BudgetInput } from '../../../models/offers/budget';
import type { Amount } from '../../../models/offers';
import type { OfferPolicy } from '../../../models/offers/policy';
import { armAssignment } from '../../../models/offers/experiment';
import type { IntakeServices } from '../../../models/ports/intakeServices';
import type { CaseRecord } from '../../casework/cases/caseRecord';
import type { CaseStore } from '../../casework/cases/caseStore';
import { planView, type PlanView } from '../../casework/cases/caseSummary';
import type { ConversationIntake } from '../../casework/intake/conversationIntake';
import { assertHolds, verifiedLoan, visibleCase, type Actor } from './caseAccess';
import type { CaseJournal } from './caseJournal';

/** The monthly figures an agent may correct with the borrower, as the budget holds them. */
export const BUDGET_FIELDS = ['income', ...ESSENTIAL_COSTS, 'otherDebtRepayments'] as const;
type BudgetField = (typeof BUDGET_FIELDS)[number];
export type BudgetFigures = Partial<Record<BudgetField, number>> & { dependants?: number };

/**
 * What a correction may hold: monthly amounts of 0 or more, in whole currency units or cents, none above the
 * policy's highest plausible monthly income (a figure beyond it is a typo, not a budget), and at least one.
 */
export function budgetChangeSchema(policy: OfferPolicy) {
  const max = policy.budget.maxMonthlyIncome;
  const amount = z
    .number({ error: 'must be a number (a monthly amount)' })
    .finite()
    .min(0, 'must not be negative')
    .max(max, `is more than ${max} a month; check the figure with the borrower`)
    .refine((x) => Number.isInteger(Math.round(x * 100 * 1e6) / 1e6), 'must have at most two decimals');
  const shape = Object.fromEntries(BUDGET_FIELDS.map((f) => [f, amount.optional()])) as Record<BudgetField, z.ZodOptional<typeof amount>>;
  return z
    .strictObject({ ...shape, dependants: z.number().int('must be a whole number').min(0, 'must not be negative').max(20, 'must be at most 20').optional() })
    .refine((figures) => Object.values(figures).some((v) => v !== undefined), 'must change at least one figure');
}

/** The budget's figures as monthly amounts: what the agent sees in the form and the audit's "from". */
export function currentFigures(intake: IntakeState): BudgetFigures {
  const budget = intake.budget;
  if (!budget) return {};
  return {
    income: budget.monthlyIncome,
    ...budget.essentialCosts,
    otherDebtRepayments: budget.monthlyOtherRepayments,
    ...(intake.budgetInput?.dependants !== undefined && { dependants: intake.budgetInput.dependants }),
  };
}

const monthly = (value: number): Amount => ({ value, period: 'month' });

/** The borrower's input with the agent's corrections; one-off income (for a settlement) is kept as the borrower gave it. */
function corrected(intake: IntakeState, changes: BudgetFigures): BudgetInput {
  const figures = { ...currentFigures(intake), ...changes };
  const oneOffs = (intake.budgetInput?.income ?? []).filter((a) => a.period === 'once');
  const input: BudgetInput = { income: [monthly(figures.income ?? 0), ...oneOffs] };
  for (const field of [...ESSENTIAL_COSTS, 'otherDebtRepayments'] as const) {
    const value = figures[field];
    if (value !== undefined) input[field] = monthly(value);
  }
  if (figures.dependants !== undefined) input.dependants = figures.dependants;
  return input;
}

export interface BudgetEditResult {
  budget: Budget;
  affordability: Affordability;
  decision: { action: 'offer' | 'escalate'; explanation: string; plans: PlanView[] };
  changes: { field: string; from: number | null; to: number }[];
}

export interface BudgetEditsDeps {
  cases: CaseStore;
  services: Pick<IntakeServices, 'loans' | 'risk' | 'offers' | 'now' | 'experiments'>;
  journal: CaseJournal;
  conversations: ConversationIntake;
  policy: OfferPolicy;
}

/**
 * An agent correcting the borrower's budget with them: the bot's record of the conversation takes the
 * corrected budget (so the case, saved progress and any later offer use it), the policy engine decides
 * again on it, and the audit trail keeps who changed which figure from what to what.
 */
export class BudgetEdits {
  constructor(private readonly deps: BudgetEditsDeps) {}

  /** The figures as they stand, for the form the agent corrects them in. */
  async figures(id: string, actor: Actor): Promise<{ figures: BudgetFigures; given: boolean }> {
    const record = await visibleCase(this.deps.cases, id, actor);
    verifiedLoan(record, this.deps.services.loans);
    return { figures: currentFigures(record.intake), given: record.intake.budget !== undefined };
  }

  async edit(id: string, actor: Actor, changes: BudgetFigures): Promise<BudgetEditResult> {
    const { services } = this.deps;
    const record: CaseRecord = await visibleCase(this.deps.cases, id, actor);
    assertHolds(record, actor);
    const loan = verifiedLoan(record, services.loans);
    const before = currentFigures(record.intake);
    const input = corrected(record.intake, changes);
    const budget = services.offers.computeBudget(input);
    // The figures the risk score read have changed, so it is scored again rather than reused.
    const setting = await services.experiments?.current(loan.Loan_ID);
    const intake = { ...record.intake, risk: undefined, budgetInput: input, budget };
    const { risk, decision } = decideOffers(loan, intake, { ...services, setting }, services.now());
    const assignment = armAssignment(decision.experiment, loan.Loan_ID, risk.probability, services.now());
    if (assignment) await services.experiments?.record(assignment);
    await this.deps.conversations.update(record.conversation, async (intake) => {
      Object.assign(intake, { budgetInput: input, budget, risk });
      intake.decision = {
        action: decision.action,
        plans: decision.plans,
        explanation: decision.explanation,
        policyVersion: decision.policyVersion,
        ...(decision.escalationReason && { escalationReason: decision.escalationReason }),
        ...(decision.experiment && { experiment: decision.experiment }),
        protections: protectionsOf(intake),
      };
    });
    const diff = Object.entries(changes).flatMap(([field, to]) => {
      const from = before[field as keyof BudgetFigures] ?? null;
      return to === undefined || from === to ? [] : [{ field, from, to }];
    });
    const updated = (await this.deps.cases.get(id)) ?? record;
    await this.deps.journal.audited(actor, 'case.budget_edit', updated, { changes: diff, disposableIncome: budget.disposableIncome });
    await this.deps.journal.decision(updated, actor, 'budget', { budget });
    return {
      budget,
      affordability: affordability(budget, this.deps.policy, record.intake.story?.temporary === true),
      decision: { action: decision.action, explanation: decision.explanation, plans: decision.plans.map(planView) },
      changes: diff,
    };
  }
}
