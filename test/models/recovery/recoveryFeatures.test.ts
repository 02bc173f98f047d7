import { describe, expect, it } from 'vitest';
import { PROTECTED_ATTRIBUTES, ProtectedFeatureError } from '../../../models/risk/features';
import { clusterContrasts } from '../../../models/recovery/clusterProfile';
import { explainClusters } from '../../../models/recovery/recoveryExplainer';
import { RECOVERY_FEATURES, type LoanFeature } from '../../../models/recovery/recoveryFeatures';
import { generateRecoveryCohort } from '../../../models/recovery/syntheticCashFlows';

const cohort = generateRecoveryCohort({ n: 40, seed: 2 });
const labels = cohort.planted.map((p) => (p === 'fast_cure' ? 0 : 1));
const age: LoanFeature = { name: 'Age', title: 'Age', reads: ['Age'], value: (l) => l.Age };
const youngIncome: LoanFeature = { name: 'Income_For_Age', title: 'Income for age', reads: ['Monthly_Income', 'Age'], value: (l) => l.Monthly_Income / l.Age };

describe('the features that explain a recovery pattern', () => {
  it('never read Gender or Age, and each has a plain-language name', () => {
    for (const f of RECOVERY_FEATURES) {
      expect(f.reads.filter((field) => (PROTECTED_ATTRIBUTES as readonly string[]).includes(field))).toEqual([]);
      expect(f.title).toMatch(/^[A-Z][a-z ]+$/);
    }
  });

  it('are refused by the forest and the cluster profile when a list reads Age, even through a derived feature', () => {
    for (const features of [[...RECOVERY_FEATURES, age], [youngIncome]]) {
      expect(() => explainClusters(cohort.loans, labels, { seed: 1, features })).toThrow(ProtectedFeatureError);
      expect(() => clusterContrasts(cohort.loans, labels, 2, { features })).toThrow(ProtectedFeatureError);
    }
    expect(() => explainClusters(cohort.loans, labels, { seed: 1, features: [youngIncome] })).toThrow(/Income_For_Age read Gender or Age/);
  });
});
