import { describe, expect, it } from 'vitest';
import { score } from '../../../nlp/training/metrics';

const gold = (reasons: string[], extra: object = {}) => ({ reasons, intent: 'none', crisis: false, amounts: [], ...extra }) as never;

describe('score', () => {
  it('computes per-reason F1, macro-F1, intent accuracy, amounts and crisis recall', () => {
    const s = score(
      [gold(['illness']), gold(['death'], { crisis: true }), gold([], { intent: 'help', amounts: [{ value: 5, period: null }] })],
      [
        { reasons: ['illness'], intent: 'none', crisis: false, amounts: [] },
        { reasons: ['illness'], intent: 'none', crisis: true, amounts: [] },
        { reasons: [], intent: 'none', crisis: false, amounts: [{ value: 5, period: null }] },
      ],
    );
    expect(s.perReason.illness).toEqual({ precision: 0.5, recall: 1, f1: 2 / 3, support: 1 });
    expect(s.perReason.death?.f1).toBe(0);
    expect(s.macroF1).toBeCloseTo(1 / 3);
    expect(s.intentAccuracy).toBeCloseTo(2 / 3);
    expect(s.amountExactMatch).toBe(1);
    expect(s.crisisRecall).toBe(1);
  });

  it('refuses mismatched lengths', () => {
    expect(() => score([gold([])], [])).toThrow(RangeError);
  });
});
