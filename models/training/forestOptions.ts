import type { ForestOptions } from '../risk/forestOptions';

export const DEFAULT_FOREST_OPTIONS: ForestOptions = {
  nEstimators: 200,
  maxDepth: 32,
  maxFeatures: 'sqrt',
  minSamplesLeaf: 1,
  bins: 64,
  seed: 1,
  monotone: [],
};

export function resolveForestOptions(options: Partial<ForestOptions> = {}): ForestOptions {
  const o = { ...DEFAULT_FOREST_OPTIONS, ...options };
  const check = (ok: boolean, message: string): void => {
    if (!ok) throw new RangeError(`forest options: ${message}`);
  };
  check(Number.isInteger(o.nEstimators) && o.nEstimators >= 1, `nEstimators must be a positive integer, got ${o.nEstimators}`);
  check(Number.isInteger(o.maxDepth) && o.maxDepth >= 1, `maxDepth must be a positive integer, got ${o.maxDepth}`);
  check(
    o.maxFeatures === 'sqrt' || (typeof o.maxFeatures === 'number' && o.maxFeatures > 0 && o.maxFeatures <= 1),
    `maxFeatures is 'sqrt' or a share in (0, 1], got ${o.maxFeatures}`,
  );
  check(Number.isInteger(o.minSamplesLeaf) && o.minSamplesLeaf >= 1, `minSamplesLeaf must be a positive integer, got ${o.minSamplesLeaf}`);
  // Bin codes are stored in bytes.
  check(Number.isInteger(o.bins) && o.bins >= 2 && o.bins <= 256, `bins must be an integer from 2 to 256, got ${o.bins}`);
  check(Number.isInteger(o.seed), `seed must be an integer, got ${o.seed}`);
  check(Array.isArray(o.monotone) && o.monotone.every((m) => m === -1 || m === 0 || m === 1), 'monotone must list -1, 0 or 1 per feature');
  return o;
}

/** Features tried at each split, as scikit-learn counts them (at least one). */
export function featuresPerSplit(maxFeatures: ForestOptions['maxFeatures'], nFeatures: number): number {
  const k = maxFeatures === 'sqrt' ? Math.floor(Math.sqrt(nFeatures)) : Math.floor(maxFeatures * nFeatures);
  return Math.min(nFeatures, Math.max(1, k));
}
