import { describe, expect, it } from 'vitest';
import { FEATURE_SPECS } from '../../../models/risk/features';
import { ProtectedFeatureError, RiskModel } from '../../../models/risk';
import { runSegmentRecipe } from '../../../models/training/segmentRecipe';
import { generateLoanBook } from '../../../models/loanBook/syntheticLoanBook';

describe('runSegmentRecipe', () => {
  it("labels two of four K-Means segments high risk and learns that label with the notebook's forest, but never serves (Age is a feature)", async () => {
    const book = generateLoanBook({ n: 250, seed: 8 });
    const { artifact, metrics } = await runSegmentRecipe(book, { source: 'test', dataSha256: 'x', forest: { nEstimators: 20, seed: 3 } });
    expect(metrics.clusters.filter((c) => c.highRisk)).toHaveLength(2);
    expect(metrics.clusters.reduce((s, c) => s + c.size, 0)).toBe(250);
    expect(Math.abs(metrics.testRows - 50)).toBeLessThanOrEqual(2);
    expect(metrics.rocAuc).toBeGreaterThan(0.85);
    expect(artifact.forestOptions).toMatchObject({ maxDepth: 8, maxFeatures: 'sqrt', minSamplesLeaf: 1 });
    expect(() => RiskModel.load(artifact, FEATURE_SPECS.segment)).toThrow(ProtectedFeatureError);
    expect(() => RiskModel.load(artifact)).toThrow(/uses age: Gender and Age never drive a serving score/);
    await expect(runSegmentRecipe(book.slice(0, 10), { source: 't', dataSha256: 'x' })).rejects.toThrow(/at least 20 rows/);
  });
});
