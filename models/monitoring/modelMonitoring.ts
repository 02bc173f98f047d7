import { type BinnedDistribution, stabilityAgainst, type StabilityReport } from './populationStability';

/** One verified intake the model scored: its served score, its feature vector and band, and how its promise turned out. */
export interface ScoredIntake {
  score: number;
  features: readonly number[];
  band: string;
  /** true: the arrangement broke (the adverse outcome the score predicts); false: kept or cured; absent: not settled yet. */
  adverse?: boolean;
}

export interface CalibrationRow {
  band: string;
  /** Intakes of the band with a settled outcome. */
  n: number;
  meanPredicted: number | null;
  observedRate: number | null;
  /** observed − predicted, in probability points. */
  gap: number | null;
}

export interface ModelMonitoring {
  intakes: number;
  /** Why there is no stability report (no training distribution in the artifact, or no scored intake). */
  unavailable?: string;
  score?: StabilityReport;
  /** Worst first. */
  features: StabilityReport[];
  /** The score and features at "watch" or "shifted". */
  flagged: string[];
  calibration: CalibrationRow[];
}

const round = (v: number) => Math.round(v * 10_000) / 10_000;
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Calibration drift: by band, the mean predicted probability against the observed rate of broken promises. */
function calibrationByBand(intakes: readonly ScoredIntake[]): CalibrationRow[] {
  const bands = [...new Set(intakes.map((i) => i.band))].sort();
  return bands.map((band) => {
    const settled = intakes.filter((i) => i.band === band && i.adverse !== undefined);
    if (settled.length === 0) return { band, n: 0, meanPredicted: null, observedRate: null, gap: null };
    const [predicted, observed] = [mean(settled.map((i) => i.score)), mean(settled.map((i) => (i.adverse ? 1 : 0)))];
    return { band, n: settled.length, meanPredicted: round(predicted), observedRate: round(observed), gap: round(observed - predicted) };
  });
}

/** Population stability of the score and each feature against training, and calibration by band once outcomes arrive. */
export function monitorModel(
  training: { features: readonly string[]; distribution?: { score: BinnedDistribution; features: Record<string, BinnedDistribution> } },
  intakes: readonly ScoredIntake[],
): ModelMonitoring {
  const calibration = calibrationByBand(intakes);
  const base = { intakes: intakes.length, features: [], flagged: [], calibration };
  if (!training.distribution) return { ...base, unavailable: 'the risk model artifact has no training distribution: retrain it with npm run train' };
  if (intakes.length === 0) return { ...base, unavailable: 'no scored intake in the range' };
  const { distribution } = training;
  const score = stabilityAgainst(
    'score',
    distribution.score,
    intakes.map((i) => i.score),
  );
  const features = training.features
    .flatMap((name, j) =>
      distribution.features[name]
        ? [
            stabilityAgainst(
              name,
              distribution.features[name],
              intakes.map((i) => i.features[j]),
            ),
          ]
        : [],
    )
    .sort((a, b) => b.psi - a.psi);
  const flagged = [score, ...features].filter((r) => r.level !== 'stable').map((r) => r.name);
  return { ...base, score: { ...score, psi: round(score.psi) }, features: features.map((f) => ({ ...f, psi: round(f.psi) })), flagged };
}
