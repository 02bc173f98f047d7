/**
 * Stratified k-fold cross-validation, split into "what to fit" and "score each
 * row with the forest that did not see it", so callers can fit the folds of
 * several variants (and the final model) in one parallel batch.
 */
import { calibrate, type Calibration } from '../risk/calibration';
import { forestWalker, type CompactForest } from '../risk/forest';
import type { FitRequest } from './forestJobs';
import { createRandom } from '../shared/random';

/** Fold number per row; each fold gets its share of positives and of negatives. */
export function stratifiedFolds(y: readonly number[], k: number, seed: number): number[] {
  if (!Number.isInteger(k) || k < 2) throw new RangeError(`need at least 2 folds, got ${k}`);
  const random = createRandom(seed);
  const folds = new Array<number>(y.length);
  for (const label of [0, 1]) {
    const members = y.map((v, i) => (v === label ? i : -1)).filter((i) => i >= 0);
    for (let i = members.length - 1; i > 0; i--) {
      const j = random.int(i + 1);
      [members[i], members[j]] = [members[j], members[i]];
    }
    members.forEach((row, n) => (folds[row] = n % k));
  }
  return folds;
}

/** One training set per fold: every row not in that fold. */
export function foldRequests(X: number[][], y: number[], folds: readonly number[]): FitRequest[] {
  const k = Math.max(...folds) + 1;
  return Array.from({ length: k }, (_, f) => ({
    X: X.filter((_, i) => folds[i] !== f),
    y: y.filter((_, i) => folds[i] !== f),
  }));
}

/** Out-of-fold probability for every row, given the forests fitted on foldRequests(). */
export function outOfFoldProbabilities(forests: readonly CompactForest[], X: number[][], folds: readonly number[]): number[] {
  const walkers = forests.map((f) => forestWalker(f));
  return X.map((x, i) => walkers[folds[i]].predict(x));
}

/**
 * Calibrated out-of-fold probabilities: each fold's scores go through a
 * calibration fitted on the other folds' scores only, so the calibrated
 * metrics are as honest as the raw ones.
 */
export function crossFittedCalibration(
  raw: readonly number[],
  y: readonly number[],
  folds: readonly number[],
  fit: (raw: number[], y: number[]) => Calibration,
): number[] {
  const k = Math.max(...folds) + 1;
  const calibrations = Array.from({ length: k }, (_, f) => {
    const others = raw.map((_, i) => i).filter((i) => folds[i] !== f);
    return fit(
      others.map((i) => raw[i]),
      others.map((i) => y[i]),
    );
  });
  return raw.map((p, i) => calibrate(calibrations[folds[i]], p));
}
