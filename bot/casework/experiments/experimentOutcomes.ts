import type { Arrangement } from '../../../models/offers';
import { experimentSettings, type ArmAssignment, type Experiment } from '../../../models/offers/experiment';
import { evaluateArrangement } from '../../../models/payments/arrangementPromise';
import type { Payment } from '../../../models/payments/payment';
import type { PromiseSettings } from '../../../models/payments/promise';
import { addDays, isoDate } from '../../../models/shared/calendar';
import type { BorrowerResult, ExperimentOutcome } from '../../../models/uplift/experimentReport';

export interface OutcomeSources {
  arrangements: { forLoan(loanId: string): Promise<Arrangement[]> };
  payments: { forLoan(loanId: string): Promise<readonly Payment[]> };
  settings: PromiseSettings;
}

/**
 * One borrower's outcome: the first arrangement agreed on or after the assignment (and not tagged with another
 * experiment), judged by its promise: kept or cured is a cure, broken is not, on track is not known yet.
 */
async function resultOf(experiment: Experiment, assignment: ArmAssignment, sources: OutcomeSources, today: Date): Promise<BorrowerResult> {
  const { arm, riskProbability, loanId, at } = assignment;
  const candidates = (await sources.arrangements.forLoan(loanId))
    .filter((a) => a.createdAt >= at && (!a.experiment || a.experiment.id === experiment.id))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const payments = candidates.length > 0 ? await sources.payments.forLoan(loanId) : [];
  for (const arrangement of candidates) {
    const evaluation = evaluateArrangement(arrangement, payments, isoDate(today), sources.settings);
    if (!evaluation) continue;
    const outcome: ExperimentOutcome =
      evaluation.state === 'kept' || evaluation.state === 'cured' ? 'cured' : evaluation.state === 'broken' ? 'not_cured' : 'pending';
    return { arm, riskProbability, arrangement: true, agentBuilt: arrangement.experiment?.agentBuilt === true, outcome };
  }
  // No arrangement within the experiment's take-up window: they did not take one up.
  const lapsed = addDays(new Date(at), experimentSettings(experiment).takeUpDays) <= today;
  return { arm, riskProbability, arrangement: candidates.length > 0, agentBuilt: false, outcome: lapsed && candidates.length === 0 ? 'not_cured' : 'pending' };
}

/** Every analysed borrower's result, and how many protected borrowers were left out. */
export async function experimentResults(
  experiment: Experiment,
  assignments: readonly ArmAssignment[],
  sources: OutcomeSources,
  today: Date,
): Promise<{ results: BorrowerResult[]; excluded: number }> {
  const analysed = assignments.filter((a) => !a.excluded);
  const results = await Promise.all(analysed.map((a) => resultOf(experiment, a, sources, today)));
  return { results, excluded: assignments.length - analysed.length };
}
