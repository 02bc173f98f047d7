import { describe, expect, it } from 'vitest';
import { cureUplift } from '../../../models/uplift/cureUplift';

const arm = (name: string, cured: number, total: number) => Array.from({ length: total }, (_, i) => ({ arm: name, cured: i < cured }));

describe('cure-rate uplift against the control', () => {
  it("uses Newcombe's interval: 56/70 cured on the challenger vs 48/80 on control is +0.2000 (0.0524 to 0.3339)", () => {
    const [v2, v3] = cureUplift([...arm('control', 48, 80), ...arm('v2', 56, 70), ...arm('v3', 5, 10)], 'control');
    expect(v2.arm).toBe('v2');
    expect(v2.borrowers).toBe(70);
    expect(v2.difference).toBeCloseTo(0.2, 10);
    expect(v2.low).toBeCloseTo(0.0524, 4);
    expect(v2.high).toBeCloseTo(0.3339, 4);
    expect(v2.significant).toBe(true);
    // 5/10 vs 48/80: −0.1, and ten borrowers cannot show anything.
    expect(v3.difference).toBeCloseTo(-0.1, 10);
    expect(v3.significant).toBe(false);
  });

  it('refuses a comparison with no control group', () => {
    expect(() => cureUplift(arm('v2', 1, 2), 'control')).toThrow(/control/);
  });
});
