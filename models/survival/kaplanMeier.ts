/**
 * Kaplan–Meier estimate of the share of arrangements not yet cured (or not
 * yet broken) after t months. An open arrangement is censored at its age
 * today: it counts as at risk up to then and never as an event, so open
 * arrangements neither vanish nor count as failures. At a time with both
 * events and censorings the censored are still at risk (the usual
 * convention: they were seen to last that long).
 */
export interface SurvivalObservation {
  /** Months from the arrangement to the event, or to today when still open. */
  time: number;
  /** True when the event (cure, or break) happened; false when censored. */
  event: boolean;
}

export interface SurvivalStep {
  time: number;
  atRisk: number;
  events: number;
  /** S(t) just after `time`. */
  survival: number;
}

export function kaplanMeier(observations: readonly SurvivalObservation[]): SurvivalStep[] {
  for (const o of observations) if (!Number.isFinite(o.time) || o.time < 0) throw new RangeError(`survival time must be >= 0, got ${o.time}`);
  const times = [...new Set(observations.filter((o) => o.event).map((o) => o.time))].sort((a, b) => a - b);
  let survival = 1;
  return times.map((time) => {
    const atRisk = observations.filter((o) => o.time >= time).length;
    const events = observations.filter((o) => o.event && o.time === time).length;
    survival *= 1 - events / atRisk;
    return { time, atRisk, events, survival };
  });
}

/** The first time S(t) reaches 0.5 or below; null when the curve never gets there (too few events yet). */
export function medianTime(curve: readonly SurvivalStep[]): number | null {
  return curve.find((s) => s.survival <= 0.5)?.time ?? null;
}

/** One curve per group (plan type, band, hardship reason). */
export function kaplanMeierBy<T>(rows: readonly T[], group: (row: T) => string, observe: (row: T) => SurvivalObservation): Map<string, SurvivalStep[]> {
  const groups = new Map<string, SurvivalObservation[]>();
  for (const row of rows) {
    const key = group(row);
    groups.set(key, [...(groups.get(key) ?? []), observe(row)]);
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)).map(([key, obs]) => [key, kaplanMeier(obs)]));
}
