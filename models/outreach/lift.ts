/** Successes out of trials in one arm of a comparison. */
export interface Proportion {
  successes: number;
  trials: number;
}

export interface Lift {
  treated: number;
  control: number;
  /** Treated rate minus control rate. */
  difference: number;
  /** 95 % interval for the difference (Newcombe's hybrid score method, from Wilson intervals). */
  low: number;
  high: number;
}

const Z = 1.959963984540054;

function wilson({ successes, trials }: Proportion): { p: number; low: number; high: number } {
  if (trials === 0) return { p: 0, low: 0, high: 1 };
  const p = successes / trials;
  const denominator = 1 + (Z * Z) / trials;
  const centre = p + (Z * Z) / (2 * trials);
  const spread = Z * Math.sqrt((p * (1 - p)) / trials + (Z * Z) / (4 * trials * trials));
  return { p, low: (centre - spread) / denominator, high: (centre + spread) / denominator };
}

/**
 * Lift of a campaign over its holdout: the difference in response rates with
 * a 95 % interval that stays sensible for small groups and rates near 0 or 1
 * (Newcombe 1998, method 10), unlike the normal approximation.
 */
export function liftOverHoldout(treated: Proportion, control: Proportion): Lift {
  const t = wilson(treated);
  const c = wilson(control);
  const difference = t.p - c.p;
  return {
    treated: t.p,
    control: c.p,
    difference,
    low: difference - Math.sqrt((t.p - t.low) ** 2 + (c.high - c.p) ** 2),
    high: difference + Math.sqrt((t.high - t.p) ** 2 + (c.p - c.low) ** 2),
  };
}
