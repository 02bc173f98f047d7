import { CHAMPION_ARM, CONTROL_ARM, experimentSettings, type Experiment, type ExperimentSettings } from '../offers/experiment';
import { cureUplift } from './cureUplift';
import { promotionBlockers, versusChampion } from './promotionGate';
import { qiniCoefficient, qiniCurve, type QiniPoint } from './qini';

/**
 * What became of one borrower in an experiment, by intention to treat: every assigned borrower counts in
 * their arm, whether or not they agreed a plan. `cured`: the arrangement's promise was kept or cured;
 * `not_cured`: it broke, or no arrangement followed within the window; `pending`: too early to say.
 */
export type ExperimentOutcome = 'cured' | 'not_cured' | 'pending';

export interface BorrowerResult {
  arm: string;
  /** The risk model's probability of not recovering when the arm was assigned: the Qini curve's ranking. */
  riskProbability: number;
  arrangement: boolean;
  /** The arrangement judged was a plan an agent built by hand, not one the arm's policy offered. */
  agentBuilt: boolean;
  outcome: ExperimentOutcome;
}

export interface ArmReport {
  arm: string;
  policyVersion: string;
  weight: number;
  borrowers: number;
  arrangements: number;
  /** Of the arrangements judged, those an agent built by hand: counted in the arm (intention to treat), shown apart. */
  agentBuilt: number;
  cured: number;
  notCured: number;
  pending: number;
  /** Cured of those with an outcome; null while none has one. */
  cureRate: number | null;
  /** Against the control, with Newcombe's 95 % interval; null for the control itself or while outcomes are too few. */
  uplift: { difference: number; low: number; high: number; significant: boolean } | null;
  /** Incremental cures over the control, borrowers ranked by risk (riskiest first); null as for uplift. */
  qini: { coefficient: number; points: QiniPoint[] } | null;
  /** A challenger's cure rate against the champion's (95 % interval), once both have enough outcomes; `harm` when shown worse. */
  versusChampion: { difference: number; low: number; high: number; harm: boolean } | null;
  /** A challenger's: why it may not be promoted on this evidence without an override (empty: it may). */
  promotionBlockers?: string[];
  /** Why uplift is null, in plain words. */
  note?: string;
}

export interface ExperimentReport extends ExperimentSettings {
  experimentId: string;
  /** Protected borrowers given the champion and left out. */
  excluded: number;
  arms: ArmReport[];
}

/** A chart needs no more points than this; the curve is thinned evenly beyond it (the last point kept). */
const MAX_POINTS = 200;

function thinned(points: QiniPoint[]): QiniPoint[] {
  if (points.length <= MAX_POINTS) return points;
  const step = Math.ceil(points.length / MAX_POINTS);
  return points.filter((_, i) => i % step === 0 || i === points.length - 1);
}

const proportion = (outcomes: readonly BorrowerResult[]) => ({ successes: outcomes.filter((r) => r.outcome === 'cured').length, trials: outcomes.length });

/**
 * Per arm: borrowers, arrangements, outcomes and cure rate; for each arm but the control, the uplift over the
 * control and its Qini curve, once both have the experiment's `minOutcomes` outcomes: fewer say nothing an interval
 * would not already show as noise, and a supervisor deciding a promotion should see "not enough outcomes yet" instead.
 * Each challenger is also held against the champion (the harm signal) and says what blocks its promotion.
 */
export function experimentReport(experiment: Experiment, results: readonly BorrowerResult[], excluded: number): ExperimentReport {
  const settings = experimentSettings(experiment);
  const { minOutcomes } = settings;
  const decided = results.filter((r) => r.outcome !== 'pending');
  const inArm = (arm: string) => decided.filter((r) => r.arm === arm);
  const control = inArm(CONTROL_ARM);
  const arms = experiment.arms.map(({ name, weight, policy }): ArmReport => {
    const all = results.filter((r) => r.arm === name);
    const outcomes = inArm(name);
    const cured = outcomes.filter((r) => r.outcome === 'cured').length;
    const challenger = name !== CONTROL_ARM && name !== CHAMPION_ARM;
    const base: ArmReport = {
      arm: name,
      policyVersion: policy?.version ?? experiment.championVersion,
      weight,
      borrowers: all.length,
      arrangements: all.filter((r) => r.arrangement).length,
      agentBuilt: all.filter((r) => r.agentBuilt).length,
      cured,
      notCured: outcomes.length - cured,
      pending: all.length - outcomes.length,
      cureRate: outcomes.length ? cured / outcomes.length : null,
      uplift: null,
      qini: null,
      versusChampion: challenger ? versusChampion(proportion(outcomes), proportion(inArm(CHAMPION_ARM)), minOutcomes) : null,
    };
    if (name === CONTROL_ARM) return base;
    const gated = (arm: ArmReport): ArmReport => (challenger ? { ...arm, promotionBlockers: promotionBlockers(arm) } : arm);
    if (outcomes.length < minOutcomes || control.length < minOutcomes)
      return gated({
        ...base,
        note: `not enough outcomes yet: ${outcomes.length} in this arm and ${control.length} in the control, ${minOutcomes} each needed`,
      });
    const [lift] = cureUplift(
      [...outcomes, ...control].map((r) => ({ arm: r.arm, cured: r.outcome === 'cured' })),
      CONTROL_ARM,
    );
    const curve = qiniCurve([...outcomes, ...control].map((r) => ({ challenger: r.arm === name, cured: r.outcome === 'cured', score: r.riskProbability })));
    const { difference, low, high, significant } = lift;
    return gated({ ...base, uplift: { difference, low, high, significant }, qini: { coefficient: qiniCoefficient(curve), points: thinned(curve) } });
  });
  return { experimentId: experiment.id, ...settings, excluded, arms };
}
