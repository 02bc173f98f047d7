import { createRandom, deriveSeed, type Random } from '../shared/random';

/**
 * Isolation forest (Liu, Ting and Zhou, 2008): anomalies are few and
 * different, so random axis-parallel cuts separate them from the rest in
 * fewer steps than ordinary points. Each tree is grown on a small random
 * subsample (ψ rows, default 256) down to depth ⌈log2 ψ⌉; a point's score is
 * 2^(−E[h(x)] / c(ψ)), where h is the depth at which it is isolated (plus the
 * expected depth of the rest of a leaf) and c(ψ) the average depth in a
 * random binary search tree of ψ points. Scores near 1 are isolated quickly
 * (anomalous); about 0.5 and below are ordinary.
 *
 * Our own small implementation because the mljs package (ml-isolation-forest
 * 0.1.0) draws from Math.random (not reproducible) and grows every tree on
 * the whole data set rather than a subsample. Seeded through models/shared/random.
 */

export interface IsolationForestOptions {
  trees: number;
  sampleSize: number;
  seed: number;
}

const EULER_GAMMA = 0.5772156649;

/** c(n): average path length of an unsuccessful search in a binary search tree of n points. */
export function averagePathLength(n: number): number {
  if (n <= 1) return 0;
  if (n === 2) return 1;
  return 2 * (Math.log(n - 1) + EULER_GAMMA) - (2 * (n - 1)) / n;
}

/** One tree, stored flat: node i splits on feature[i] at split[i]; a leaf has feature −1 and keeps its size. */
interface Tree {
  feature: number[];
  split: number[];
  left: number[];
  right: number[];
  size: number[];
}

function grow(rows: readonly number[][], sample: number[], maxDepth: number, random: Random): Tree {
  const tree: Tree = { feature: [], split: [], left: [], right: [], size: [] };
  const dims = rows[0].length;
  const build = (indices: number[], depth: number): number => {
    const node = tree.feature.length;
    tree.feature.push(-1);
    tree.split.push(0);
    tree.left.push(-1);
    tree.right.push(-1);
    tree.size.push(indices.length);
    if (depth >= maxDepth || indices.length <= 1) return node;
    // Features in random order; the first that is not constant here is cut at a uniform point in its range.
    const start = random.int(dims);
    for (let k = 0; k < dims; k++) {
      const f = (start + k) % dims;
      let lo = Infinity;
      let hi = -Infinity;
      for (const i of indices) {
        lo = Math.min(lo, rows[i][f]);
        hi = Math.max(hi, rows[i][f]);
      }
      if (!(hi > lo)) continue;
      const cut = random.uniform(lo, hi);
      tree.feature[node] = f;
      tree.split[node] = cut;
      const below = indices.filter((i) => rows[i][f] < cut);
      const above = indices.filter((i) => rows[i][f] >= cut);
      tree.left[node] = build(below, depth + 1);
      tree.right[node] = build(above, depth + 1);
      return node;
    }
    return node;
  };
  build(sample, 0);
  return tree;
}

function pathLength(tree: Tree, row: readonly number[]): number {
  let node = 0;
  let depth = 0;
  while (tree.feature[node] >= 0) {
    node = row[tree.feature[node]] < tree.split[node] ? tree.left[node] : tree.right[node];
    depth++;
  }
  return depth + averagePathLength(tree.size[node]);
}

export class IsolationForest {
  private constructor(
    private readonly trees: Tree[],
    private readonly sampleSize: number,
  ) {}

  static fit(rows: readonly number[][], options: IsolationForestOptions): IsolationForest {
    const { trees, seed } = options;
    if (rows.length < 2) throw new RangeError(`an isolation forest needs at least 2 rows, got ${rows.length}`);
    if (!Number.isInteger(trees) || trees < 1) throw new RangeError(`trees must be a positive integer, got ${trees}`);
    const width = rows[0].length;
    if (rows.some((r) => r.length !== width || r.some((v) => !Number.isFinite(v)))) throw new RangeError('every row needs the same number of finite values');
    const sampleSize = Math.min(options.sampleSize, rows.length);
    const maxDepth = Math.ceil(Math.log2(Math.max(2, sampleSize)));
    const grown = Array.from({ length: trees }, (_, t) => {
      const random = createRandom(deriveSeed(seed, t));
      return grow(rows, sampleWithoutReplacement(rows.length, sampleSize, random), maxDepth, random);
    });
    return new IsolationForest(grown, sampleSize);
  }

  /** Anomaly score in (0, 1]: near 1 isolated quickly, about 0.5 or less ordinary. */
  score(row: readonly number[]): number {
    let total = 0;
    for (const tree of this.trees) total += pathLength(tree, row);
    return 2 ** -(total / this.trees.length / averagePathLength(this.sampleSize));
  }
}

/** Partial Fisher–Yates: k distinct indices of [0, n). */
function sampleWithoutReplacement(n: number, k: number, random: Random): number[] {
  const pool = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + random.int(n - i);
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, k);
}
