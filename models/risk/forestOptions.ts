/**
 * Hyper-parameters of the random forest, named and defaulted like
 * scikit-learn's RandomForestClassifier (the baseline it is compared with):
 * bootstrap rows per tree, √features drawn afresh at every split, trees grown
 * until pure or one row per leaf. The artifact records them, so serving
 * can say how a model was grown.
 */
export type Monotone = -1 | 0 | 1;

export interface ForestOptions {
  nEstimators: number;
  maxDepth: number;
  /** Features drawn at each split: 'sqrt' of the feature count (scikit-learn's default), or a share in (0, 1]. */
  maxFeatures: 'sqrt' | number;
  /** A split may not leave fewer rows than this (distinct rows of the bootstrap sample) on either side. */
  minSamplesLeaf: number;
  /** Most bins per feature while growing (see binning.ts); features with fewer distinct values are split exactly. */
  bins: number;
  seed: number;
  /**
   * Per feature (in the spec's order): 1 = the probability may only rise with
   * it, -1 = only fall, 0 = free. Empty = no constraints.
   */
  monotone: Monotone[];
}
