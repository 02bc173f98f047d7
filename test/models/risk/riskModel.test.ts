import { beforeAll, describe, expect, it } from 'vitest';
import type { RiskArtifact } from '../../../models/risk/artifact';
import { calibrate } from '../../../models/risk/calibration';
import { FEATURE_SPECS, PROTECTED_ATTRIBUTES, type FeatureName, type FeatureSpec } from '../../../models/risk/features';
import { forestWalker } from '../../../models/risk/forest';
import { featureVector } from '../../../models/risk/features';
import { trainOutcomeModel } from '../../../models/training/outcomeTraining';
import { InvalidModelError, ModelSpecMismatchError, ProtectedFeatureError, RiskModel } from '../../../models/risk';
import { describeFeature } from '../../../models/risk/wording';
import { generateLoanBook } from '../../../models/loanBook/syntheticLoanBook';

const book = generateLoanBook({ n: 300, seed: 11 });
const train = (seed: number) =>
  trainOutcomeModel(book, { source: 'test', dataSha256: 'abc', forest: { nEstimators: 25, seed }, compareVariants: false, version: 'test-model' });

let artifact: RiskArtifact;
let model: RiskModel;
beforeAll(async () => {
  ({ artifact } = await train(5));
  model = RiskModel.load(JSON.parse(JSON.stringify(artifact)));
});

describe('RiskModel', () => {
  it('trains deterministically from a seed, and differently from another seed', async () => {
    const again = await train(5);
    expect(again.artifact.forest).toEqual(artifact.forest);
    expect(again.metrics.rocAuc).toBe(artifact.metrics.rocAuc);
    const other = await train(6);
    expect(other.artifact.forest).not.toEqual(artifact.forest);
  });

  it('learns something on the synthetic book (out-of-fold ROC-AUC well above chance)', () => {
    expect(artifact.metrics.rocAuc).toBeGreaterThan(0.7);
  });

  it('round-trips through JSON with identical scores', () => {
    const reloaded = RiskModel.load(JSON.parse(JSON.stringify(model.toJSON())));
    for (const loan of book.slice(0, 30)) expect(reloaded.score(loan)).toEqual(model.score(loan));
    expect(reloaded.version).toBe('test-model');
  });

  it('serves the calibrated probability, fitted on out-of-fold scores, and bands on it', () => {
    expect(artifact.calibration.method).toBe('platt');
    const walker = forestWalker(artifact.forest);
    for (const loan of book.slice(0, 20)) {
      const raw = walker.predict(featureVector(artifact.featureSpec, loan));
      expect(model.probability(loan)).toBeCloseTo(calibrate(artifact.calibration, raw), 12);
    }
  });

  it('attributes exactly the change from the base rate to the features, on the served scale', () => {
    for (const loan of book.slice(0, 50)) {
      const { probability, contributions } = model.contributions(loan, { currentMonthlyIncome: loan.Monthly_Income / 2, temporary: false });
      const sum = contributions.reduce((a, b) => a + b, 0);
      expect(model.baseRate + sum).toBeCloseTo(probability, 10);
      expect(probability).toBeGreaterThanOrEqual(0);
      expect(probability).toBeLessThanOrEqual(1);
    }
  });

  it('explains a score for staff with figures, largest contribution first, wording matching the sign', () => {
    const risky = { ...book[3], Num_Missed_Payments: 12, Days_Past_Due: 180, Payment_History: 'Missed' as const };
    const score = model.score(risky, { hardshipReason: 'unemployment', temporary: false });
    expect(score.reasons.length).toBeGreaterThan(0);
    const named = score.reasons.filter((r) => r.feature !== 'other_factors');
    const sizes = named.map((r) => Math.abs(r.contribution));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    for (const r of named) expect(r.text).toMatch(new RegExp(` ${r.contribution > 0 ? 'raised' : 'lowered'} the estimate by \\d\\.\\d\\d$`));
    const missed = score.reasons.find((r) => r.feature === 'missed_payments');
    if (missed) expect(missed.text).toBe(`12 missed payments raised the estimate by ${missed.contribution.toFixed(2)}`);
  });

  it('shows enough reasons to cover 80 % of the attribution, or an "other factors" line', () => {
    for (const loan of book.slice(0, 100)) {
      const score = model.score(loan);
      const { contributions } = model.contributions(loan);
      const total = contributions.reduce((s, c) => s + Math.abs(c), 0);
      const shown = score.reasons.filter((r) => r.feature !== 'other_factors').reduce((s, r) => s + Math.abs(r.contribution), 0);
      const other = score.reasons.find((r) => r.feature === 'other_factors');
      if (total > 0.01) expect(shown >= 0.8 * total - 1e-12 || other !== undefined).toBe(true);
      if (other) expect(other.text).toMatch(/^\d+ other factors together (raised|lowered|changed) the estimate/);
      const sum = score.reasons.reduce((s, r) => s + r.contribution, 0);
      if (other) expect(model.baseRate + sum).toBeCloseTo(score.probability, 10);
    }
  });

  it('tells borrowers why plans were chosen, never a score, a figure or their "risk"', () => {
    for (const loan of book.slice(0, 100)) {
      const score = model.score(loan, { temporary: null });
      for (const text of [score.borrowerSummary, ...score.reasons.map((r) => r.borrowerText)]) {
        expect(text).toMatch(
          /^(Because .+, we've looked at plans that .+\.|Other details of your account played a smaller part\.|We've looked at plans .+\.)$/,
        );
        expect(text).not.toMatch(/risk|score|estimate|probabilit|\d/i);
      }
    }
    const behind = model.score({ ...book[3], Num_Missed_Payments: 6, Days_Past_Due: 170, Payment_History: 'Missed' }, { temporary: false });
    expect(behind.borrowerSummary).toMatch(/payments have been missed recently/);
  });

  it('uses what the conversation learned: a collapse in income changes the score', () => {
    const loan = book.find((l) => l.Num_Missed_Payments === 0)!;
    const before = model.score(loan, { currentMonthlyIncome: loan.Monthly_Income * 1.2, temporary: true, hardshipReason: 'relocation' });
    const after = model.score(loan, { currentMonthlyIncome: loan.Monthly_Income * 0.05, temporary: false, hardshipReason: 'death' });
    expect(after.probability).toBeGreaterThan(before.probability);
  });

  it('lets "I don\'t know" override what the loan book recorded', () => {
    const loan = { ...book.find((l) => l.Hardship_Temporary === true)! };
    expect(model.contributions(loan, { temporary: null })).toEqual(model.contributions({ ...loan, Hardship_Temporary: undefined }));
  });

  it('bands by the configurable thresholds', () => {
    const loan = book[10];
    const p = model.score(loan).probability;
    expect(model.score(loan, undefined, { medium: p / 2, high: (1 + p) / 2 }).band).toBe('medium');
    expect(model.score(loan, undefined, { medium: p / 3, high: p / 2 }).band).toBe('high');
    expect(() => model.score(loan, undefined, { medium: 0.8, high: 0.6 })).toThrow(/0 < medium < high < 1/);
  });

  it('never uses Gender or Age as outcome features', () => {
    for (const spec of [FEATURE_SPECS.outcome, FEATURE_SPECS.outcomeWithCollections, artifact.featureSpec]) {
      const names = spec.features.map((f) => f.toLowerCase());
      for (const p of PROTECTED_ATTRIBUTES) expect(names).not.toContain(p.toLowerCase());
      expect(names).not.toContain('gender');
    }
    // Changing only Gender and Age leaves the score unchanged.
    const loan = book[7];
    expect(model.score({ ...loan, Gender: 'Female', Age: 23 }).probability).toBe(model.score({ ...loan, Gender: 'Male', Age: 61 }).probability);
  });

  it('refuses to serve an artifact whose features include Age (or Gender)', () => {
    const json = JSON.parse(JSON.stringify(artifact)) as RiskArtifact;
    const withAge: FeatureSpec = { ...json.featureSpec, features: ['age' as FeatureName, ...json.featureSpec.features.slice(1)] };
    const tampered = { ...json, featureSpec: withAge };
    expect(() => RiskModel.load(tampered, withAge)).toThrow(ProtectedFeatureError);
    expect(() => RiskModel.load(tampered, withAge)).toThrow(/uses age: Gender and Age never drive a serving score/);
  });

  it('reports the adverse-band rate ratio across Gender', () => {
    const m = artifact.metrics as { genderHighBand: { ratio: number; rates: Record<string, number> } };
    expect(Object.keys(m.genderHighBand.rates).sort()).toEqual(['Female', 'Male', 'Other']);
    expect(m.genderHighBand.ratio).toBeGreaterThanOrEqual(0);
    expect(m.genderHighBand.ratio).toBeLessThanOrEqual(1);
  });

  it('refuses an artifact whose feature spec does not match the code', () => {
    const json = JSON.parse(JSON.stringify(artifact)) as RiskArtifact;
    expect(() => RiskModel.load(json, FEATURE_SPECS.outcomeWithCollections)).toThrow(ModelSpecMismatchError);
    const reordered = { ...json, featureSpec: { ...json.featureSpec, features: [...json.featureSpec.features].reverse() } };
    expect(() => RiskModel.load(reordered)).toThrow(/retrain with npm run train/);
    const unknownSpec = { ...json, featureSpec: { ...json.featureSpec, id: 'mystery' } };
    expect(() => RiskModel.load(unknownSpec)).toThrow(/does not know/);
    const oldSpec = { ...json, featureSpec: { ...json.featureSpec, version: 1 } };
    expect(() => RiskModel.load(oldSpec)).toThrow(ModelSpecMismatchError);
  });

  it('refuses malformed and format-1 artifacts with a clear error', () => {
    const json = JSON.parse(JSON.stringify(artifact)) as RiskArtifact;
    expect(() => RiskModel.load({ hello: 'world' })).toThrow(InvalidModelError);
    expect(() => RiskModel.load({ ...json, formatVersion: 1 })).toThrow(/predates format 2 .*retrain/);
    expect(() => RiskModel.load({ ...json, calibration: { method: 'platt', slope: -1, intercept: 0 } })).toThrow(InvalidModelError);
    expect(() => RiskModel.load({ ...json, forest: { ...json.forest, left: json.forest.left.slice(1) } })).toThrow(/node arrays differ/);
    const cyclic = { ...json, forest: { ...json.forest, left: json.forest.left.map((l) => (l > 0 ? 0 : l)) } };
    expect(() => RiskModel.load(cyclic)).toThrow(/bad children/);
    expect(() => RiskModel.load({ ...json, featureSpec: { ...json.featureSpec, features: ['gender'] } })).toThrow(/unknown feature/);
  });
});

describe('reason wording', () => {
  it('writes amounts with the wording the caller gives, plain numbers otherwise', () => {
    expect(describeFeature('outstanding', 560000)).toBe('An outstanding balance of 560,000');
    expect(describeFeature('outstanding', 560000, { money: (v) => `₹${v.toLocaleString('en-IN')}` })).toBe('An outstanding balance of ₹5,60,000');
    expect(describeFeature('missed_payments', 1)).toBe('1 missed payment');
  });

  it('never pairs a favourable phrase with "raised"', () => {
    expect(describeFeature('days_past_due', 0)).toBe('Being up to date');
    expect(describeFeature('days_past_due', 0, undefined, true)).toBe('0 days past due');
    expect(describeFeature('missed_payments', 0, undefined, true)).toBe('0 missed payments');
    expect(describeFeature('payment_history', 0, undefined, true)).toBe('A payment history marked on-time');
    expect(describeFeature('hardship_duration', 0, undefined, true)).toBe('A hardship expected to be temporary');
  });
});
