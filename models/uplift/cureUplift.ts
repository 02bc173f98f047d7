/**
 * Cure-rate uplift of each challenger policy over the control group (the
 * lender's standard treatment), with the 95 % Newcombe interval the outreach
 * holdout already uses: an uplift is only claimed when the interval's low end
 * is above 0.
 */
import { liftOverHoldout, type Lift } from '../outreach/lift';

export interface ArmOutcome {
  /** The policy version the borrower was assigned to, or the control's name. */
  arm: string;
  cured: boolean;
}

export interface ArmUplift extends Lift {
  arm: string;
  borrowers: number;
  /** The interval excludes 0 on the good side. */
  significant: boolean;
}

export function cureUplift(outcomes: readonly ArmOutcome[], control: string): ArmUplift[] {
  const counts = new Map<string, { successes: number; trials: number }>();
  for (const o of outcomes) {
    const c = counts.get(o.arm) ?? { successes: 0, trials: 0 };
    counts.set(o.arm, { successes: c.successes + (o.cured ? 1 : 0), trials: c.trials + 1 });
  }
  const base = counts.get(control);
  if (!base) throw new RangeError(`no borrower in the control group "${control}"`);
  return [...counts]
    .filter(([arm]) => arm !== control)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([arm, c]) => {
      const lift = liftOverHoldout(c, base);
      return { arm, borrowers: c.trials, ...lift, significant: lift.low > 0 };
    });
}
