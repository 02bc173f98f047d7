import { describe, expect, it } from 'vitest';
import { ContactBandit } from '../../../models/outreach/bandit';
import { inHoldout } from '../../../models/outreach/holdout';
import { liftOverHoldout } from '../../../models/outreach/lift';
import { createRandom } from '../../../models/shared/random';

describe('lift over the holdout', () => {
  it("matches Newcombe's worked example (56/70 vs 48/80: 0.2000, 95% CI 0.0524 to 0.3339)", () => {
    const lift = liftOverHoldout({ successes: 56, trials: 70 }, { successes: 48, trials: 80 });
    expect(lift.difference).toBeCloseTo(0.2, 10);
    expect(lift.low).toBeCloseTo(0.0524, 4);
    expect(lift.high).toBeCloseTo(0.3339, 4);
  });

  it('stays inside [-1, 1] with empty or extreme groups', () => {
    const lift = liftOverHoldout({ successes: 0, trials: 5 }, { successes: 0, trials: 0 });
    expect(lift.low).toBeGreaterThanOrEqual(-1);
    expect(lift.high).toBeLessThanOrEqual(1);
  });
});

describe('holdout assignment', () => {
  it('is the same answer every time, and close to the share', () => {
    expect(inHoldout('c1', 'LN_7', 0.1)).toBe(inHoldout('c1', 'LN_7', 0.1));
    const held = Array.from({ length: 10_000 }, (_, i) => inHoldout('c1', `LN_${i}`, 0.1)).filter(Boolean).length;
    expect(held).toBeGreaterThan(900);
    expect(held).toBeLessThan(1100);
    expect(inHoldout('c1', 'LN_7', 0)).toBe(false);
    expect(() => inHoldout('c1', 'LN_7', 1)).toThrow(RangeError);
  });
});

describe('the contact bandit', () => {
  it('learns the better arm within a segment and only ever picks an allowed one', () => {
    const random = createRandom(3);
    const bandit = new ContactBandit();
    const arms = [
      { channel: 'whatsapp', hour: 10 },
      { channel: 'sms', hour: 10 },
      { channel: 'whatsapp', hour: 17 },
    ];
    const truth = (arm: (typeof arms)[number]) => (arm.channel === 'whatsapp' && arm.hour === 17 ? 0.3 : 0.1);
    const picks: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const arm = bandit.choose('mid', arms, random.next);
      expect(arms).toContain(arm);
      picks.push(`${arm.channel}@${arm.hour}`);
      bandit.reward('mid', arm, random.chance(truth(arm)) ? 1 : 0);
    }
    const late = picks.slice(-500);
    expect(late.filter((p) => p === 'whatsapp@17').length / late.length).toBeGreaterThan(0.85);
    expect(bandit.estimates('mid')['whatsapp@17']).toBeCloseTo(0.3, 1);
  });

  it('refuses rewards outside [0, 1] and an empty choice', () => {
    const bandit = new ContactBandit();
    expect(() => bandit.reward('s', { channel: 'sms', hour: 9 }, 2)).toThrow(RangeError);
    expect(() => bandit.choose('s', [], Math.random)).toThrow(RangeError);
  });
});
