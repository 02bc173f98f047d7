import { describe, expect, it } from 'vitest';
import {
  adverseRateRatio,
  brierScore,
  calibrationByDecile,
  confusionMatrix,
  expectedCalibrationError,
  ksStatistic,
  precision,
  accuracy,
  rocAuc,
} from '../../../models/training/metrics';

describe('metrics', () => {
  it('ROC-AUC counts ordered pairs, ties half', () => {
    expect(rocAuc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])).toBeCloseTo(0.75);
    expect(rocAuc([0.5, 0.5], [0, 1])).toBe(0.5);
    expect(rocAuc([0.9, 0.1], [0, 1])).toBe(0);
    expect(rocAuc([0.2, 0.3], [1, 1])).toBeNaN();
    expect(() => rocAuc([0.1], [0, 1])).toThrow(/1 predictions but 2 labels/);
  });

  it('KS is the largest gap between the two score distributions', () => {
    expect(ksStatistic([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1])).toBeCloseTo(1);
    expect(ksStatistic([0.1, 0.8, 0.2, 0.9], [0, 0, 1, 1])).toBeCloseTo(0.5);
  });

  it('Brier score and confusion-matrix metrics', () => {
    expect(brierScore([1, 0, 0.5], [1, 1, 0])).toBeCloseTo((0 + 1 + 0.25) / 3);
    const m = confusionMatrix([0.9, 0.6, 0.2, 0.4], [1, 0, 0, 1]);
    expect(m).toEqual({ truePositive: 1, falsePositive: 1, trueNegative: 1, falseNegative: 1 });
    expect(accuracy(m)).toBe(0.5);
    expect(precision(m)).toBe(0.5);
  });

  it('calibration table has ten ordered deciles', () => {
    const p = Array.from({ length: 100 }, (_, i) => i / 100);
    const y = p.map((v) => (v > 0.5 ? 1 : 0));
    const table = calibrationByDecile(p, y);
    expect(table).toHaveLength(10);
    expect(table[0]).toMatchObject({ decile: 1, count: 10, observedRate: 0 });
    expect(table[9].observedRate).toBe(1);
    expect(table[9].meanPredicted).toBeCloseTo(0.945);
  });

  it('reliability: the raw score beside the calibrated one per decile, and the expected calibration error', () => {
    const p = Array.from({ length: 100 }, (_, i) => (i < 50 ? 0.2 : 0.8));
    const y = p.map((v, i) => (v === 0.8 ? (i % 10 < 8 ? 1 : 0) : i % 10 < 2 ? 1 : 0));
    const raw = p.map((v) => (v === 0.8 ? 0.6 : 0.4));
    const table = calibrationByDecile(p, y, raw);
    expect(table[0].meanRaw).toBeCloseTo(0.4);
    expect(expectedCalibrationError(table)).toBeCloseTo(0, 10);
    expect(expectedCalibrationError(table, 'meanRaw')).toBeCloseTo(0.2, 10);
  });

  it('adverse-rate ratio is lowest over highest group rate', () => {
    const r = adverseRateRatio(['A', 'A', 'B', 'B', 'B', 'B'], [true, false, true, false, false, false]);
    expect(r.rates).toEqual({ A: 0.5, B: 0.25 });
    expect(r.ratio).toBe(0.5);
    expect(adverseRateRatio(['A', 'B'], [false, false]).ratio).toBe(1);
  });
});
