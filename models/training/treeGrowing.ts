/**
 * Grows trees with ml-random-forest, one single-tree forest per tree so that
 * we control the bootstrap sample (seeded per tree, ordered by label for the
 * binning speed-up) and can read each tree back into the compact form.
 * Trees depend only on (seed, tree index), so the result does not depend on
 * how trees are split across worker threads.
 */
import { RandomForestClassifier } from 'ml-random-forest';
import { binRows, rawThreshold, type BinEdges } from './binning';
import type { CompactTree } from '../risk/forest';
import type { ForestOptions } from './forestOptions';
import { createRandom, deriveSeed } from '../shared/random';

export interface GrowJob {
  X: number[][];
  y: number[];
  edges: BinEdges;
  options: ForestOptions;
  /** Tree indices [from, to). */
  from: number;
  to: number;
}

/** What ml-cart leaves on each node after training (not part of its typings). */
interface LibraryNode {
  splitColumn?: number;
  splitValue?: number;
  left?: LibraryNode;
  right?: LibraryNode;
}

export function growTrees(job: GrowJob): CompactTree[] {
  const { X, y, edges, options } = job;
  const binned = binRows(X, edges);
  const trees: CompactTree[] = [];
  for (let t = job.from; t < job.to; t++) {
    const treeSeed = deriveSeed(options.seed, t);
    const random = createRandom(treeSeed);
    const sample = Array.from({ length: X.length }, () => random.int(X.length)).sort((a, b) => y[a] - y[b]);
    const rows = sample.map((i) => binned[i]);
    const labels = sample.map((i) => y[i]);
    const rf = new RandomForestClassifier({
      nEstimators: 1,
      maxFeatures: options.maxFeatures,
      replacement: false,
      seed: treeSeed,
      useSampleBagging: false,
      noOOB: true,
      treeOptions: { maxDepth: options.maxDepth, minNumSamples: options.minNumSamples },
    });
    rf.train(rows, labels);
    const root = (rf.estimators?.[0] as unknown as { root: LibraryNode }).root;
    trees.push(compactTree(root, rf.indexes?.[0] ?? [], rows, labels, edges));
  }
  return trees;
}

function compactTree(root: LibraryNode, usedColumns: number[], rows: number[][], labels: number[], edges: BinEdges): CompactTree {
  const tree: CompactTree = { feature: [], threshold: [], left: [], right: [], value: [] };
  const visit = (node: LibraryNode, members: number[]): number => {
    const id = tree.feature.length;
    let positives = 0;
    for (const i of members) positives += labels[i];
    tree.feature.push(-1);
    tree.threshold.push(0);
    tree.left.push(-1);
    tree.right.push(-1);
    tree.value.push(members.length ? positives / members.length : 0);
    if (node.left && node.right && node.splitColumn !== undefined && node.splitValue !== undefined) {
      const column = usedColumns[node.splitColumn];
      const split = node.splitValue;
      const goLeft = members.filter((i) => rows[i][column] < split);
      const goRight = members.filter((i) => !(rows[i][column] < split));
      tree.feature[id] = column;
      tree.threshold[id] = rawThreshold(edges[column], split);
      tree.left[id] = visit(node.left, goLeft);
      tree.right[id] = visit(node.right, goRight);
    }
    return id;
  };
  visit(
    root,
    rows.map((_, i) => i),
  );
  return tree;
}
