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

  it('scores commands only where the gold intent is one, and false alarms only on calm messages', () => {
    // 3 commands (2 right), 1 none; 1 crisis caught; 3 calm messages with 1 false alarm.
    const s = score(
      [gold([], { intent: 'human' }), gold([], { intent: 'opt_out' }), gold([], { intent: 'dispute', crisis: true }), gold(['other'])],
      [
        { reasons: [], intent: 'human', crisis: false },
        { reasons: [], intent: 'help', crisis: true },
        { reasons: [], intent: 'dispute', crisis: true },
        { reasons: ['other'], intent: 'human', crisis: false },
      ],
    );
    expect(s.commandAccuracy).toBeCloseTo(2 / 3);
    expect(s.intentAccuracy).toBeCloseTo(2 / 4);
    expect(s.crisisRecall).toBe(1);
    expect(s.crisisFalseAlarmRate).toBeCloseTo(1 / 3);
    expect(s.amountExactMatch).toBeNull();
  });

  it('needs value and period to match for an amount, and gives n/a when nothing applies', () => {
    const s = score(
      [gold([], { amounts: [{ value: 15000, period: 'month' }] }), gold([], { amounts: [{ value: 5000, period: 'once' }] }), gold([])],
      [
        { reasons: [], amounts: [{ value: 15000, period: null }] },
        { reasons: [], amounts: [{ value: 5000, period: 'once' }] },
        { reasons: [], amounts: [] },
      ],
    );
    expect(s.amountExactMatch).toBe(0.5);
    expect(s.commandAccuracy).toBeNull();
    expect(s.crisisFalseAlarmRate).toBeNull();
    expect(s.macroF1).toBe(0);
  });

  it('refuses mismatched lengths', () => {
    expect(() => score([gold([])], [])).toThrow(RangeError);
  });
});
