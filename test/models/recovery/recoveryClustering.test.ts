import { describe, expect, it } from 'vitest';
import { clusterRecoveries } from '../../../models/recovery/recoveryClustering';
import { generateRecoveryCohort, PLANTED_DRIVERS, RECOVERY_PATTERNS } from '../../../models/recovery/syntheticCashFlows';
import { explainClusters } from '../../../models/recovery/recoveryExplainer';

const cohort = generateRecoveryCohort({ n: 300, seed: 3 });
const result = clusterRecoveries(
  cohort.series,
  cohort.loans.map((l) => l.Outstanding_Loan_Amount),
  { kMax: 6 },
);

describe('recovery patterns on the planted generator', () => {
  it('DTW k-means finds the planted number of patterns by silhouette, each cluster one pattern', () => {
    expect(result.dtw.bestK).toBe(RECOVERY_PATTERNS.length);
    for (const cluster of result.dtw.clusters) {
      const patterns = new Set(cohort.planted.filter((_, i) => result.dtw.fit.labels[i] === cluster.cluster));
      expect(patterns.size).toBe(1);
    }
  });

  it('DTW scores a higher silhouette than Euclidean, at its best k and at the planted k', () => {
    expect(result.dtw.bestSilhouette).toBeGreaterThan(0.5);
    expect(result.dtw.bestSilhouette).toBeGreaterThan(result.euclidean.bestSilhouette);
    const at = (g: typeof result.dtw, k: number) => g.silhouettes.find((s) => s.k === k)?.silhouette ?? NaN;
    expect(at(result.dtw, 4)).toBeGreaterThan(at(result.euclidean, 4) + 0.2);
  });

  it('orders the clusters by recovery time as planted: fast cure first, never with next to nothing recovered', () => {
    const of = (pattern: string) =>
      result.dtw.clusters.find((c) => cohort.planted[result.dtw.fit.labels.indexOf(c.cluster)] === pattern) ?? result.dtw.clusters[0];
    expect(of('fast_cure').weightedRecoveryMonths as number).toBeLessThan(of('late_recovery').weightedRecoveryMonths as number);
    expect(of('late_recovery').weightedRecoveryMonths as number).toBeLessThan(of('slow_steady').weightedRecoveryMonths as number);
    expect(of('fast_cure').recoveredShare).toBeGreaterThan(0.95);
    expect(of('never').recoveredShare).toBeLessThan(0.05);
  });

  it("the forest's top features are the ones that drove the planted patterns", () => {
    const explanation = explainClusters(cohort.loans, result.dtw.fit.labels, { seed: 1 });
    expect(new Set(explanation.importances.slice(0, PLANTED_DRIVERS.length).map((i) => i.feature))).toEqual(new Set(PLANTED_DRIVERS));
    expect(explanation.importances[PLANTED_DRIVERS.length].importance).toBeLessThan(0.05);
    expect(explanation.outOfBagAccuracy).toBeGreaterThan(0.85);
  });

  it('is reproducible from the seed and refuses ragged series and a bad k range', () => {
    expect(generateRecoveryCohort({ n: 20, seed: 9 })).toEqual(generateRecoveryCohort({ n: 20, seed: 9 }));
    expect(() => clusterRecoveries([[0, 1], [0]], [1, 1])).toThrow(/same months/);
    expect(() => clusterRecoveries(cohort.series, [], { kMin: 1 })).toThrow(RangeError);
    expect(() => generateRecoveryCohort({ n: 0, seed: 1 })).toThrow(RangeError);
    expect(() => explainClusters(cohort.loans.slice(0, 2), [0, 0], { seed: 1 })).toThrow(/two clusters/);
  });
});
