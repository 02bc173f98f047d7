/**
 * Explains recovery-pattern membership from loan features with a random
 * forest (ml-random-forest), for the command line and the supervisor page
 * (there on the clustering worker, models/recovery/recoveryWorker.ts). Importance is by
 * permutation: how much the forest's accuracy drops when one feature's column
 * is shuffled (mean of a few seeded shuffles). The library's own impurity
 * importances are not used: its gain arithmetic gives features negative
 * shares. Accuracy is also reported out-of-bag, so it is not flattered by the
 * rows a tree saw. The features are RECOVERY_FEATURES; a list that reads Age
 * or Gender is refused (explainingFeatures).
 */
import { RandomForestClassifier } from 'ml-random-forest';
import type { LoanRecord } from '../loanBook/loanRecord';
import { createRandom } from '../shared/random';
import { explainingFeatures, RECOVERY_FEATURES, type LoanFeature } from './recoveryFeatures';

export interface ClusterExplanation {
  /** Accuracy lost when the feature is shuffled; highest first. `title` is the plain-language name. */
  importances: { feature: string; title: string; importance: number }[];
  /** Share of loans whose out-of-bag vote names their own cluster. */
  outOfBagAccuracy: number;
}

const SHUFFLES = 2;

function accuracy(predicted: readonly number[], labels: readonly number[]): number {
  return predicted.filter((p, i) => p === labels[i]).length / labels.length;
}

function permutationImportance(forest: RandomForestClassifier, X: number[][], labels: readonly number[], seed: number): number[] {
  const base = accuracy(forest.predict(X), labels);
  const random = createRandom(seed);
  return X[0].map((_, f) => {
    let drop = 0;
    for (let s = 0; s < SHUFFLES; s++) {
      const column = X.map((row) => row[f]);
      for (let i = column.length - 1; i > 0; i--) {
        const j = random.int(i + 1);
        [column[i], column[j]] = [column[j], column[i]];
      }
      drop += base - accuracy(forest.predict(X.map((row, i) => row.map((v, g) => (g === f ? column[i] : v)))), labels);
    }
    return drop / SHUFFLES;
  });
}

export function explainClusters(
  loans: readonly LoanRecord[],
  labels: readonly number[],
  options: { seed: number; trees?: number; features?: readonly LoanFeature[] },
): ClusterExplanation {
  const features = explainingFeatures(options.features ?? RECOVERY_FEATURES);
  if (loans.length !== labels.length) throw new RangeError(`${loans.length} loans but ${labels.length} labels`);
  if (new Set(labels).size < 2) throw new RangeError('need at least two clusters to explain');
  const X = loans.map((loan) => features.map((f) => f.value(loan)));
  const forest = new RandomForestClassifier({
    nEstimators: options.trees ?? 40,
    maxFeatures: 0.6,
    replacement: false,
    useSampleBagging: true,
    seed: options.seed,
    treeOptions: { maxDepth: 8, minNumSamples: 5 },
  });
  forest.train(X, [...labels]);
  const drops = permutationImportance(forest, X, labels, options.seed);
  return {
    importances: features.map((f, i) => ({ feature: f.name, title: f.title, importance: drops[i] })).sort((a, b) => b.importance - a.importance),
    outOfBagAccuracy: accuracy(forest.predictOOB(), labels),
  };
}
