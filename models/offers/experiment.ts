import { createHash } from 'node:crypto';
import type { Plan } from './plan';
import type { OfferPolicy } from './policy';

/**
 * Champion/challenger: the offer policy in force (the champion) runs beside one or more challenger policies,
 * each borrower assigned to one arm by a hash of the experiment and the loan, so the answer is the same on
 * every instance and after every restart, needs no coordination, and can be recomputed to check a record.
 *
 * The control arm is the lender's standard treatment before the bot: no plan is offered in the chat, the
 * borrower is handed to a person (reason standard_treatment), and the agent starts from the champion's
 * plans (an agent is never shown plans the policy in force would not allow). Uplift is measured against it,
 * so the report says what the bot's policies add over the team working the case.
 *
 * A borrower in crisis or with a vulnerability always gets the champion and is left out of the analysis:
 * an untested policy is never tried on someone who needs protection, and a group chosen for its
 * protections would bias every arm it joined.
 */

export const CHAMPION_ARM = 'champion';
export const CONTROL_ARM = 'control';

export interface ExperimentArm {
  /** 'champion', 'control', or a challenger's name. */
  name: string;
  /** Share of borrowers, 0..1; the arms' weights add up to 1. */
  weight: number;
  /** The policy a challenger offers; the champion and the control use the champion in force. */
  policy?: OfferPolicy;
}

/** How an experiment judges its borrowers, chosen when it starts and fixed for its life so the report never moves its own goalposts. */
export interface ExperimentSettings {
  /** A borrower with no arrangement this many days after their arm was assigned counts as not cured (they did not take one up). */
  takeUpDays: number;
  /** Outcomes each arm, and the control, needs before anything is compared or a challenger may be promoted without an override. */
  minOutcomes: number;
}

export const DEFAULT_EXPERIMENT_SETTINGS: ExperimentSettings = { takeUpDays: 30, minOutcomes: 30 };

/**
 * Bounds a supervisor may choose within: a window shorter than a week judges borrowers who were never reached, one
 * longer than half a year leaves the report pending for good; fewer than 10 outcomes make the interval meaningless.
 */
export const EXPERIMENT_SETTING_LIMITS: Record<keyof ExperimentSettings, { min: number; max: number }> = {
  takeUpDays: { min: 7, max: 180 },
  minOutcomes: { min: 10, max: 1000 },
};

export const EXPERIMENT_STATUSES = ['running', 'promoted', 'stopped'] as const;
export type ExperimentStatus = (typeof EXPERIMENT_STATUSES)[number];

export interface Experiment {
  /** e.g. "exp_0123456789abcdef"; also the assignment hash's seed. */
  id: string;
  name: string;
  status: ExperimentStatus;
  /** The champion's version when the experiment started. */
  championVersion: string;
  /** Champion first, then the challengers, control last: the order the hash walks. */
  arms: ExperimentArm[];
  /** Absent on experiments started before they were chosen: those ran with the defaults. */
  settings?: ExperimentSettings;
  createdBy: string;
  createdAt: string;
  /** `promotedArm` became the champion over the deployed policy file `replaces`. */
  ended?: { at: string; by: string; promotedArm?: string; replaces?: string };
}

/** What a decision and the arrangement it led to carry, so outcomes can be joined to the arm later. */
export interface ExperimentTag {
  id: string;
  arm: string;
  policyVersion: string;
  /** Protected borrower: given the champion, left out of the analysis. */
  excluded?: true;
  /** On an arrangement: the plan was built by hand by an agent, not offered by the arm's policy. */
  agentBuilt?: true;
}

export function experimentSettings(experiment: Pick<Experiment, 'settings'>): ExperimentSettings {
  return experiment.settings ?? DEFAULT_EXPERIMENT_SETTINGS;
}

/** The policy for one borrower, and whether the case goes to a person as the lender's standard treatment. */
export interface Treatment {
  policy: OfferPolicy;
  control: boolean;
  tag?: ExperimentTag;
}

/**
 * The experiment whose promoted challenger is the champion now: the latest promoted while the deployed policy
 * file is still the one it replaced (deploying another file is ops' newer decision and wins). The promotion is
 * the experiment's own end, one write, so the champion can never disagree with the experiment's record.
 */
export function promotedInForce(deployed: OfferPolicy, experiments: readonly Experiment[]): Experiment | undefined {
  const promoted = experiments.filter((e) => e.status === 'promoted' && e.ended?.replaces === deployed.version);
  return promoted.sort((a, b) => b.ended!.at.localeCompare(a.ended!.at))[0];
}

/** The offer policy in force: a promoted challenger's, or the deployed file's. */
export function championPolicy(deployed: OfferPolicy, experiments: readonly Experiment[]): OfferPolicy {
  const promoted = promotedInForce(deployed, experiments);
  return (promoted && promoted.arms.find((a) => a.name === promoted.ended!.promotedArm)?.policy) ?? deployed;
}

/** A point in [0, 1) from the experiment and the loan: the same on every instance and restart. */
function unitHash(experimentId: string, loanId: string): number {
  const digest = createHash('sha256').update(`${experimentId}\u0000${loanId}`).digest();
  return digest.readUInt32BE(0) / 2 ** 32;
}

/** The arm a loan falls in: the arms lie end to end on [0, 1) by weight, in the order given. */
export function assignArm(loanId: string, experimentId: string, weights: readonly Pick<ExperimentArm, 'name' | 'weight'>[]): string {
  const total = weights.reduce((sum, a) => sum + a.weight, 0);
  if (!(total > 0) || weights.some((a) => !(a.weight >= 0))) throw new RangeError('arm weights must be non-negative and add up to more than 0');
  const point = unitHash(experimentId, loanId) * total;
  let end = 0;
  for (const arm of weights) {
    end += arm.weight;
    if (point < end) return arm.name;
  }
  return weights.filter((a) => a.weight > 0).at(-1)!.name;
}

/**
 * The arms of a new experiment: the control takes `controlShare`, the champion and challengers split the
 * rest by their relative weights.
 */
export function experimentArms(
  championWeight: number,
  challengers: readonly { name: string; weight: number; policy: OfferPolicy }[],
  controlShare: number,
): ExperimentArm[] {
  const treated = championWeight + challengers.reduce((sum, c) => sum + c.weight, 0);
  const share = (w: number) => (treated > 0 ? (w / treated) * (1 - controlShare) : 0);
  return [
    { name: CHAMPION_ARM, weight: share(championWeight) },
    ...challengers.map((c) => ({ name: c.name, weight: share(c.weight), policy: c.policy })),
    { name: CONTROL_ARM, weight: controlShare },
  ];
}

/** The policy an arm offers. */
export function armPolicy(experiment: Experiment, arm: string, champion: OfferPolicy): OfferPolicy {
  return experiment.arms.find((a) => a.name === arm)?.policy ?? champion;
}

/**
 * How one borrower is treated: their arm while an experiment runs, the champion when protected or when none runs.
 * Their recorded assignment in this experiment wins over the hash: one recorded as protected (crisis or a
 * vulnerability disclosed in any conversation) stays on the champion, since what was disclosed once still holds.
 */
export function treatmentFor(
  loanId: string,
  protectedBorrower: boolean,
  champion: OfferPolicy,
  experiment: Experiment | undefined,
  recorded?: ArmAssignment,
): Treatment {
  if (!experiment || experiment.status !== 'running') return { policy: champion, control: false };
  const own = recorded?.experimentId === experiment.id ? recorded : undefined;
  if (protectedBorrower || own?.excluded)
    return { policy: champion, control: false, tag: { id: experiment.id, arm: CHAMPION_ARM, policyVersion: champion.version, excluded: true } };
  const arm = own?.arm ?? assignArm(loanId, experiment.id, experiment.arms);
  const policy = armPolicy(experiment, arm, champion);
  return { policy, control: arm === CONTROL_ARM, tag: { id: experiment.id, arm, policyVersion: policy.version } };
}

/** A borrower's arm, recorded the first time their offers are decided while the experiment runs. */
export interface ArmAssignment {
  experimentId: string;
  loanId: string;
  arm: string;
  policyVersion: string;
  /** ISO timestamp of the first decision. */
  at: string;
  /** The risk model's probability of not recovering at that decision: what the Qini curve ranks borrowers by. */
  riskProbability: number;
  /** Disclosed crisis or a vulnerability later: kept on record, left out of the analysis. */
  excluded?: true;
}

/** What to record for a decision made in an experiment; undefined when none ran. */
export function armAssignment(tag: ExperimentTag | undefined, loanId: string, riskProbability: number, at: Date): ArmAssignment | undefined {
  if (!tag) return undefined;
  const { id: experimentId, arm, policyVersion, excluded } = tag;
  return { experimentId, loanId, arm, policyVersion, at: at.toISOString(), riskProbability, ...(excluded && { excluded }) };
}

/**
 * The arm an arrangement carries: the borrower's recorded assignment when there is one (the first decision's arm is
 * theirs for the experiment's life, whoever agrees the plan and however it was decided), else the arm of the decision
 * the plan came from; marked when an agent built the plan by hand, so the report can tell it from the arm's policy.
 */
export function arrangementTag(
  recorded: ArmAssignment | undefined,
  decided: ExperimentTag | undefined,
  plan: Pick<Plan, 'agentBuilt'>,
): ExperimentTag | undefined {
  const tag: ExperimentTag | undefined = recorded
    ? { id: recorded.experimentId, arm: recorded.arm, policyVersion: recorded.policyVersion, ...(recorded.excluded && { excluded: true as const }) }
    : decided;
  return tag && plan.agentBuilt ? { ...tag, agentBuilt: true } : tag;
}
