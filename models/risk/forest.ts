/**
 * The forest as flat arrays, walked directly: scoring and path attribution
 * never touch the training library, so they are fast and survive JSON.
 * Every node keeps P(positive) among the in-bag training rows that reached it;
 * a tree's prediction is its leaf's value and the forest's probability is the
 * mean over trees (soft votes), so each step down a path attributes
 * value(child) - value(parent) to the split feature and the steps plus the
 * mean root value add up to the probability exactly.
 */
export interface CompactTree {
  /** Split feature per node, -1 for a leaf. */
  feature: number[];
  /** Rows go left when x < threshold. */
  threshold: number[];
  left: number[];
  right: number[];
  value: number[];
}

export interface CompactForest {
  nFeatures: number;
  /** Index of each tree's root in the node arrays. */
  roots: number[];
  feature: number[];
  threshold: number[];
  left: number[];
  right: number[];
  value: number[];
}

/** Concatenates trees into one forest, rounding node values to `decimals` to keep the artifact small. */
export function assembleForest(trees: readonly CompactTree[], nFeatures: number, decimals = 4): CompactForest {
  const forest: CompactForest = { nFeatures, roots: [], feature: [], threshold: [], left: [], right: [], value: [] };
  const scale = 10 ** decimals;
  for (const tree of trees) {
    const offset = forest.feature.length;
    forest.roots.push(offset);
    for (let i = 0; i < tree.feature.length; i++) {
      const leaf = tree.feature[i] < 0;
      forest.feature.push(tree.feature[i]);
      forest.threshold.push(leaf ? 0 : tree.threshold[i]);
      forest.left.push(leaf ? -1 : tree.left[i] + offset);
      forest.right.push(leaf ? -1 : tree.right[i] + offset);
      forest.value.push(Math.round(tree.value[i] * scale) / scale);
    }
  }
  return forest;
}

/** Typed-array copy of a forest for the scoring hot path. */
export interface ForestWalker {
  readonly nTrees: number;
  readonly nFeatures: number;
  /** Mean root value: the probability before any split is taken into account. */
  readonly baseValue: number;
  /**
   * Probability; when `contributions` is given, adds each feature's share of
   * (probability - baseValue) to it. When `against` is given too, adds the part
   * of each feature's share that went against its policy direction (a step up
   * the feature that lowered the value, or down it that raised it), which a
   * monotone-constrained forest never has.
   */
  predict(x: ArrayLike<number>, contributions?: Float64Array, against?: Float64Array): number;
}

/** `directions`: per feature, 1 / -1 where the lender expects the probability to rise / fall with it, 0 otherwise. */
export function forestWalker(forest: CompactForest, directions: readonly number[] = []): ForestWalker {
  const feature = Int32Array.from(forest.feature);
  const threshold = Float64Array.from(forest.threshold);
  const left = Int32Array.from(forest.left);
  const right = Int32Array.from(forest.right);
  const value = Float64Array.from(forest.value);
  const roots = Int32Array.from(forest.roots);
  const direction = Int8Array.from({ length: forest.nFeatures }, (_, f) => directions[f] ?? 0);
  const nTrees = roots.length;
  let baseSum = 0;
  for (let t = 0; t < nTrees; t++) baseSum += value[roots[t]];
  return {
    nTrees,
    nFeatures: forest.nFeatures,
    baseValue: baseSum / nTrees,
    predict(x, contributions, against) {
      let sum = 0;
      for (let t = 0; t < nTrees; t++) {
        let node = roots[t];
        while (feature[node] >= 0) {
          const f = feature[node];
          const up = !(x[f] < threshold[node]);
          const next = up ? right[node] : left[node];
          if (contributions) {
            const step = (value[next] - value[node]) / nTrees;
            contributions[f] += step;
            if (against && direction[f] !== 0 && (up ? direction[f] * step < 0 : direction[f] * step > 0)) against[f] += step;
          }
          node = next;
        }
        sum += value[node];
      }
      return sum / nTrees;
    },
  };
}
