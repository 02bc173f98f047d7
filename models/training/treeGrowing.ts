/**
 * Grows CART trees over binned features (our own grower; see README, "Why
 * not ml-random-forest's grower"): a seeded bootstrap sample per tree, Gini
 * splits found from bin histograms with features drawn per split
 * (splitSearch.ts), nodes kept in pre-order so children follow their parent.
 *
 * Monotone constraints follow scikit-learn's `monotonic_cst`: a split on a
 * constrained feature must order its children's probabilities the right way,
 * and hands each side a bound at the midpoint of the two, so nothing below the
 * "lower" side can overtake anything below the "higher" side. Every node's
 * value is clipped to its bounds, which makes each tree, and so the forest,
 * monotone in that feature whatever the other features are.
 *
 * Trees depend only on (seed, tree index), so the result does not depend on
 * how trees are spread across worker threads.
 */
import { binColumns, type BinEdges } from './binning';
import type { CompactTree } from '../risk/forest';
import type { ForestOptions } from '../risk/forestOptions';
import { featuresPerSplit } from './forestOptions';
import { createRandom, deriveSeed, type Random } from '../shared/random';
import { findBestSplit, splitBuffers, type NodeRows, type SplitBuffers, type SplitColumns } from './splitSearch';

export interface GrowJob {
  X: number[][];
  y: number[];
  edges: BinEdges;
  options: ForestOptions;
  /** Tree indices [from, to). */
  from: number;
  to: number;
}

export function growTrees(job: GrowJob): CompactTree[] {
  const { X, y, edges, options } = job;
  const n = X.length;
  const data: SplitColumns = {
    codes: binColumns(X, edges),
    nBins: edges.map((cuts) => cuts.length + 1),
    labels: Uint8Array.from(y),
    weights: new Float64Array(n),
    monotone: options.monotone,
  };
  const buffers = splitBuffers(edges.length);
  const trees: CompactTree[] = [];
  for (let t = job.from; t < job.to; t++) {
    const random = createRandom(deriveSeed(options.seed, t));
    data.weights.fill(0);
    for (let i = 0; i < n; i++) data.weights[random.int(n)]++;
    trees.push(growTree(data, edges, options, random, buffers));
  }
  return trees;
}

function growTree(data: SplitColumns, edges: BinEdges, options: ForestOptions, random: Random, buffers: SplitBuffers): CompactTree {
  const { weights, labels, codes } = data;
  const inBag: number[] = [];
  for (let i = 0; i < weights.length; i++) if (weights[i] > 0) inBag.push(i);
  const rows = Int32Array.from(inBag);
  const mtry = featuresPerSplit(options.maxFeatures, codes.length);
  const minLeaf = options.minSamplesLeaf;
  const tree: CompactTree = { feature: [], threshold: [], left: [], right: [], value: [] };

  const grow = (node: NodeRows, depth: number): number => {
    let w = 0;
    let p = 0;
    for (let k = node.start; k < node.end; k++) {
      w += weights[rows[k]];
      p += weights[rows[k]] * labels[rows[k]];
    }
    const id = tree.feature.length;
    tree.feature.push(-1);
    tree.threshold.push(0);
    tree.left.push(-1);
    tree.right.push(-1);
    tree.value.push(Math.min(node.upper, Math.max(node.lower, p / w)));

    const n = node.end - node.start;
    const pure = p === 0 || p === w;
    if (pure || depth >= options.maxDepth || n < 2 || n < 2 * minLeaf) return id;
    const split = findBestSplit(data, node, mtry, minLeaf, random, buffers);
    if (!split) return id;

    // Partition rows[start, end) in place: bins <= lastLeftBin first.
    const column = codes[split.feature];
    let mid = node.start;
    for (let k = node.start; k < node.end; k++) {
      if (column[rows[k]] <= split.lastLeftBin) {
        const r = rows[k];
        rows[k] = rows[mid];
        rows[mid++] = r;
      }
    }
    const direction = data.monotone[split.feature] ?? 0;
    const midpoint = (split.leftValue + split.rightValue) / 2;
    const leftBounds = direction > 0 ? [node.lower, midpoint] : direction < 0 ? [midpoint, node.upper] : [node.lower, node.upper];
    const rightBounds = direction > 0 ? [midpoint, node.upper] : direction < 0 ? [node.lower, midpoint] : [node.lower, node.upper];
    tree.feature[id] = split.feature;
    tree.threshold[id] = edges[split.feature][split.lastLeftBin];
    tree.left[id] = grow({ rows, start: node.start, end: mid, lower: leftBounds[0], upper: leftBounds[1] }, depth + 1);
    tree.right[id] = grow({ rows, start: mid, end: node.end, lower: rightBounds[0], upper: rightBounds[1] }, depth + 1);
    return id;
  };
  grow({ rows, start: 0, end: rows.length, lower: 0, upper: 1 }, 0);
  return tree;
}
