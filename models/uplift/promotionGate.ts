/**
 * What a challenger's evidence allows: promotion only once it has enough outcomes and its uplift over the control is
 * shown (the 95 % interval excludes zero on the good side); and a harm signal when its cure rate is shown to be worse
 * than the champion's, so a supervisor can stop it before more borrowers get it. Anything else needs a supervisor's
 * stated reason, which the audit trail keeps with the evidence.
 */
import { liftOverHoldout, type Proportion } from '../outreach/lift';

export interface Interval {
  difference: number;
  low: number;
  high: number;
}

/** Against the champion, once both have `minOutcomes` outcomes: the difference with Newcombe's 95 % interval and whether it is harm. */
export function versusChampion(challenger: Proportion, champion: Proportion, minOutcomes: number): (Interval & { harm: boolean }) | null {
  if (challenger.trials < minOutcomes || champion.trials < minOutcomes) return null;
  const { difference, low, high } = liftOverHoldout(challenger, champion);
  return { difference, low, high, harm: high < 0 };
}

const points = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)} pts`;
const interval = ({ low, high }: Interval) => `${points(low)} to ${points(high)}`;

export interface ChallengerEvidence {
  uplift: (Interval & { significant: boolean }) | null;
  versusChampion: (Interval & { harm: boolean }) | null;
  /** Why the uplift is null. */
  note?: string;
}

/** Why this challenger may not be promoted on its evidence alone, in plain words; empty when it may. */
export function promotionBlockers(evidence: ChallengerEvidence): string[] {
  const { uplift, versusChampion: champion } = evidence;
  const blockers: string[] = [];
  if (!uplift) blockers.push(evidence.note ?? 'no uplift over the control yet');
  else if (!uplift.significant) blockers.push(`the uplift over the control is not shown: its 95 % interval (${interval(uplift)}) does not exclude zero`);
  if (champion?.harm) blockers.push(`its cure rate is worse than the champion's (${points(champion.difference)}, 95 % interval ${interval(champion)})`);
  return blockers;
}
