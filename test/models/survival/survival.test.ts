import { describe, expect, it } from 'vitest';
import { concordanceIndex } from '../../../models/survival/concordance';
import { coxRisk, fitCox } from '../../../models/survival/coxModel';
import { kaplanMeier, kaplanMeierBy, medianTime } from '../../../models/survival/kaplanMeier';
import { createRandom } from '../../../models/shared/random';

const obs = (time: number, event: boolean) => ({ time, event });

describe('Kaplan–Meier', () => {
  it('matches a hand-computed curve with censoring for open arrangements', () => {
    // Cured at 1, open at 2, two cured at 3, open at 4, cured at 5.
    // t=1: 6 at risk, 1 event → 5/6; t=3: 4 at risk (3, 3, 4, 5), 2 events → 5/6 · 2/4 = 5/12; t=5: 1 at risk → 0.
    const curve = kaplanMeier([obs(1, true), obs(2, false), obs(3, true), obs(3, true), obs(4, false), obs(5, true)]);
    expect(curve.map((s) => [s.time, s.atRisk, s.events])).toEqual([
      [1, 6, 1],
      [3, 4, 2],
      [5, 1, 1],
    ]);
    expect(curve[0].survival).toBeCloseTo(5 / 6, 12);
    expect(curve[1].survival).toBeCloseTo(5 / 12, 12);
    expect(curve[2].survival).toBe(0);
    expect(medianTime(curve)).toBe(3);
  });

  it('keeps a censored arrangement at risk at its own time, has no median without enough events, and groups', () => {
    const curve = kaplanMeier([obs(2, true), obs(2, false), obs(4, false)]);
    expect(curve.map((s) => [s.time, s.atRisk, s.events])).toEqual([[2, 3, 1]]);
    expect(curve[0].survival).toBeCloseTo(2 / 3, 12);
    expect(medianTime(curve)).toBeNull();
    const byPlan = kaplanMeierBy(
      [
        { plan: 'reduced', t: 1, cured: true },
        { plan: 'holiday', t: 2, cured: true },
        { plan: 'reduced', t: 3, cured: false },
      ],
      (r) => r.plan,
      (r) => obs(r.t, r.cured),
    );
    expect([...byPlan.keys()]).toEqual(['holiday', 'reduced']);
    expect(byPlan.get('reduced')?.[0].survival).toBe(0.5);
    expect(() => kaplanMeier([obs(-1, true)])).toThrow(RangeError);
  });
});

describe('concordance index', () => {
  it('matches a hand-computed case with a discordant pair, a tie in risk and a censored loan', () => {
    // Comparable pairs: (t1, t2c) concordant, (t1, t3) discordant, (t1, t4) tied = 0.5, (t3, t4) concordant → 2.5 / 4.
    const survival = [obs(1, true), obs(2, false), obs(3, true), obs(4, true)];
    expect(concordanceIndex(survival, [0.9, 0.5, 0.95, 0.9])).toBeCloseTo(0.625, 12);
    expect(concordanceIndex(survival, [4, 3, 2, 1])).toBe(1);
    expect(() => concordanceIndex([obs(1, false), obs(2, false)], [1, 2])).toThrow(/comparable/);
    expect(() => concordanceIndex(survival, [1])).toThrow(RangeError);
  });
});

describe('Cox model', () => {
  it('finds the hand-derived maximum of the partial likelihood', () => {
    // x = 1, 0, 1 cured at months 1, 2, 3: log L = β − ln(2e^β + 1) − ln(1 + e^β), maximal at e^β = 1/√2, β = −ln 2 / 2.
    const fit = fitCox([[1], [0], [1]], [obs(1, true), obs(2, true), obs(3, true)]);
    expect(fit.coefficients[0]).toBeCloseTo(-Math.log(2) / 2, 8);
  });

  it('recovers the direction of planted effects and ranks held-out loans well (C-index)', () => {
    const random = createRandom(5);
    const make = (n: number) =>
      Array.from({ length: n }, () => {
        const x = [random.normal(), random.normal(), random.normal()];
        // True hazard exp(0.8·x0 − 0.5·x1); x2 is noise. Exponential times, open (censored) after 12 months.
        const t = -Math.log(1 - random.next()) / (0.1 * Math.exp(0.8 * x[0] - 0.5 * x[1]));
        return { x, o: obs(Math.min(Math.ceil(t), 12), t <= 12) };
      });
    const [train, heldOut] = [make(400), make(200)];
    const fit = fitCox(
      train.map((r) => r.x),
      train.map((r) => r.o),
    );
    expect(fit.coefficients[0]).toBeGreaterThan(0.6);
    expect(fit.coefficients[1]).toBeLessThan(-0.3);
    expect(Math.abs(fit.coefficients[2])).toBeLessThan(0.2);
    const c = concordanceIndex(
      heldOut.map((r) => r.o),
      heldOut.map((r) => coxRisk(fit, r.x)),
    );
    console.log(`Cox held-out C-index: ${c.toFixed(3)}`);
    expect(c).toBeGreaterThan(0.65);
    expect(() => fitCox([[1], [2]], [obs(1, false), obs(2, false)])).toThrow(/no event/);
  });
});
