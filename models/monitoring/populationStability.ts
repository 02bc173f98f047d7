/**
 * Population stability index between the data a model was trained on and
 * recent intakes: Σ (recent − training share) · ln(recent / training share)
 * over bins cut at the training data's deciles. Conventional reading, used
 * for the flags: below 0.1 stable, 0.1–0.25 worth watching, 0.25 and above
 * the population has shifted and the model should be looked at. An empty bin
 * is floored at a small share so the logarithm stays finite.
 */
export type StabilityLevel = 'stable' | 'watch' | 'shifted';

export const PSI_THRESHOLDS = { watch: 0.1, shifted: 0.25 } as const;

const FLOOR = 1e-4;

export function psiFromShares(training: readonly number[], recent: readonly number[]): number {
  if (training.length !== recent.length || training.length < 2) throw new RangeError('PSI needs two share vectors of the same length, at least 2 bins');
  return training.reduce((sum, e, i) => {
    const [a, b] = [Math.max(recent[i], FLOOR), Math.max(e, FLOOR)];
    return sum + (a - b) * Math.log(a / b);
  }, 0);
}

/** Cut points at the training deciles (repeated cut points merged: a mostly-constant feature gets fewer bins). */
export function decileEdges(training: readonly number[], bins = 10): number[] {
  const sorted = training.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) throw new RangeError('no finite training value to bin');
  const edges = Array.from({ length: bins - 1 }, (_, q) => sorted[Math.floor(((q + 1) * sorted.length) / bins)]);
  return [...new Set(edges)].filter((e) => e > sorted[0]);
}

function shares(values: readonly number[], edges: readonly number[]): number[] {
  const counts = new Array<number>(edges.length + 1).fill(0);
  for (const v of values) {
    let bin = 0;
    while (bin < edges.length && v >= edges[bin]) bin++;
    counts[bin]++;
  }
  return counts.map((c) => c / values.length);
}

export function stabilityLevel(psi: number): StabilityLevel {
  return psi >= PSI_THRESHOLDS.shifted ? 'shifted' : psi >= PSI_THRESHOLDS.watch ? 'watch' : 'stable';
}

export interface StabilityReport {
  name: string;
  psi: number;
  level: StabilityLevel;
}

/** Training data as its decile cut points and the share in each bin: what an artifact keeps to compare against later. */
export interface BinnedDistribution {
  edges: number[];
  shares: number[];
}

export function binnedDistribution(training: readonly number[]): BinnedDistribution {
  const edges = decileEdges(training);
  return { edges, shares: shares(training, edges) };
}

/** PSI of `recent` against a stored training distribution (a feature with a single training value never shifts). */
export function stabilityAgainst(name: string, training: BinnedDistribution, recent: readonly number[]): StabilityReport {
  if (recent.length === 0) throw new RangeError(`no recent values of ${name}`);
  const psi = training.edges.length === 0 ? 0 : psiFromShares(training.shares, shares(recent, training.edges));
  return { name, psi, level: stabilityLevel(psi) };
}

export function populationStability(name: string, training: readonly number[], recent: readonly number[]): StabilityReport {
  return stabilityAgainst(name, binnedDistribution(training), recent);
}

/** The score and every feature, worst first. */
export function stabilityByFeature<T>(
  training: readonly T[],
  recent: readonly T[],
  columns: readonly { name: string; value: (row: T) => number }[],
): StabilityReport[] {
  return columns.map((c) => populationStability(c.name, training.map(c.value), recent.map(c.value))).sort((a, b) => b.psi - a.psi);
}
