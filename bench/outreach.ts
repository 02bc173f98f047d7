import { ContactBandit, type Arm } from '../models/outreach/bandit';
import { CONTACT_PROFILES } from '../models/outreach/contactProfiles';
import { inHoldout } from '../models/outreach/holdout';
import { liftOverHoldout, type Proportion } from '../models/outreach/lift';
import { allowedHours } from '../models/outreach/planner';
import { createRandom, type Random } from '../models/shared/random';
import type { Bench } from './report';

/**
 * A synthetic population with known response curves by segment, channel and
 * local send hour (India's 08:00–19:00 window). Three policies meet the same
 * borrowers: the bandit, the best fixed arm per segment (an oracle that knows
 * the curves) and uniform random. A holdout receives nothing, and its
 * spontaneous contact rate is known, so the measured lift can be checked
 * against the truth.
 */
const SEGMENTS = [
  { name: 'early-arrears', base: 0.22, peak: 18, whatsapp: 1.2, sms: 0.7 },
  { name: 'mid-arrears', base: 0.14, peak: 13, whatsapp: 1.0, sms: 0.9 },
  { name: 'late-arrears', base: 0.08, peak: 9, whatsapp: 0.9, sms: 1.1 },
];
const SPONTANEOUS = 0.02;
const ARMS: Arm[] = ['whatsapp', 'sms'].flatMap((channel) => allowedHours(CONTACT_PROFILES.IN).map((hour) => ({ channel, hour })));
const WEEKS = 12;
const PER_DAY = 60;
const HOLDOUT = 0.1;

function truth(segment: (typeof SEGMENTS)[number], arm: Arm): number {
  const hourEffect = Math.exp(-((arm.hour - segment.peak) ** 2) / 8);
  return Math.min(0.95, segment.base * (arm.channel === 'whatsapp' ? segment.whatsapp : segment.sms) * (0.4 + 0.6 * hourEffect));
}

type Policy = (segment: (typeof SEGMENTS)[number], random: Random) => Arm;

function run(policy: Policy, seed: number, learn?: ContactBandit): { treated: Proportion; control: Proportion; trueLift: number; lastWeek: Proportion } {
  const random = createRandom(seed);
  const treated = { successes: 0, trials: 0 };
  const lastWeek: Proportion & { expected?: number } = { successes: 0, trials: 0 };
  const control = { successes: 0, trials: 0 };
  let expected = 0;
  let borrower = 0;
  for (let day = 0; day < WEEKS * 7; day++) {
    for (const segment of SEGMENTS) {
      for (let i = 0; i < PER_DAY; i++) {
        const id = `b${borrower++}`;
        if (inHoldout('sim', id, HOLDOUT)) {
          control.trials++;
          if (random.chance(SPONTANEOUS)) control.successes++;
          continue;
        }
        const arm = policy(segment, random);
        const p = truth(segment, arm);
        const responded = random.chance(p);
        expected += p;
        treated.trials++;
        if (responded) treated.successes++;
        if (day >= (WEEKS - 1) * 7) {
          lastWeek.trials++;
          lastWeek.expected = (lastWeek.expected ?? 0) + p;
        }
        learn?.reward(segment.name, arm, responded ? 1 : 0);
      }
    }
  }
  return { treated, control, trueLift: expected / treated.trials - SPONTANEOUS, lastWeek: { successes: lastWeek.expected ?? 0, trials: lastWeek.trials } };
}

export const bench: Bench = async (report) => {
  const bandit = new ContactBandit();
  const thompson = run((segment, random) => bandit.choose(segment.name, ARMS, random.next), 11, bandit);
  const best = run((segment) => ARMS.reduce((a, b) => (truth(segment, b) > truth(segment, a) ? b : a)), 13);
  const uniform = run((_segment, random) => ARMS[random.int(ARMS.length)], 11);
  const rate = (r: { treated: Proportion }) => r.treated.successes / r.treated.trials;
  const lastWeek = (r: { lastWeek: Proportion }) => r.lastWeek.successes / r.lastWeek.trials;
  report({
    name: `bandit expected response rate in week ${WEEKS}`,
    value: lastWeek(thompson),
    unit: 'per send',
    baseline: { name: 'best fixed arm (oracle)', value: lastWeek(best) },
    goal: 'ratio >= 0.9',
  });
  report({
    name: `bandit response rate over all ${WEEKS} weeks`,
    value: rate(thompson),
    unit: 'per send',
    baseline: { name: 'best fixed arm (oracle)', value: rate(best) },
  });
  report({
    name: 'bandit response rate',
    value: rate(thompson),
    unit: 'per send',
    baseline: { name: 'uniform random', value: rate(uniform) },
    goal: 'ratio > 1',
  });
  const lift = liftOverHoldout(thompson.treated, thompson.control);
  report({
    name: 'lift over holdout (treated − control)',
    value: lift.difference,
    unit: 'rate',
    goal: `true lift ${thompson.trueLift.toFixed(4)} within [${lift.low.toFixed(4)}, ${lift.high.toFixed(4)}]`,
  });
  const covered = thompson.trueLift >= lift.low && thompson.trueLift <= lift.high;
  report({ name: 'true lift inside the 95% interval', value: covered ? 1 : 0, unit: 'yes=1', goal: '1' });
};
