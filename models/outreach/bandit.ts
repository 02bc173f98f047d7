import type { UniformRandom } from '../shared/random';

/** One option the bandit may choose: a channel at a local send hour. */
export interface Arm {
  channel: string;
  hour: number;
}

export const armKey = (arm: Arm): string => `${arm.channel}@${arm.hour}`;

/** Beta posterior per arm and segment: successes and failures seen (fractional rewards count in part). */
export interface ArmStats {
  successes: number;
  failures: number;
}

export type BanditState = Record<string, Record<string, ArmStats>>;

export interface BanditOptions {
  /** Share of choices made uniformly at random among the allowed arms, so no arm is starved of evidence. */
  explorationFloor: number;
  /** Prior Beta(α, β), weakly favouring nothing. */
  prior: ArmStats;
  /** How much an hour's neighbours' evidence counts towards it (0 = none). */
  neighbourWeight: number;
}

export const DEFAULT_BANDIT_OPTIONS: BanditOptions = { explorationFloor: 0.02, prior: { successes: 1, failures: 1 }, neighbourWeight: 0.5 };

/** Gamma(k, 1) by Marsaglia–Tsang, for Beta draws from a seeded uniform source. */
function gamma(shape: number, random: UniformRandom): number {
  if (shape < 1) return gamma(shape + 1, random) * random() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = random();
    if (u < 1 - 0.0331 * x ** 4 || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

function betaDraw(a: number, b: number, random: UniformRandom): number {
  const x = gamma(a, random);
  return x / (x + gamma(b, random));
}

/**
 * Thompson sampling over channel × send hour, per segment: each choice draws a
 * plausible response rate for every allowed arm from its posterior and takes
 * the best, so arms are tried in proportion to the chance they are best. Only
 * arms the contact rules allow are ever offered to it.
 */
export class ContactBandit {
  constructor(
    private readonly state: BanditState = {},
    private readonly options: BanditOptions = DEFAULT_BANDIT_OPTIONS,
  ) {}

  private stats(segment: string, arm: Arm): ArmStats {
    return this.state[segment]?.[armKey(arm)] ?? { successes: 0, failures: 0 };
  }

  /**
   * An arm's evidence plus a share of its neighbouring hours' on the same
   * channel: response rates change smoothly through the day, so what 14:00
   * taught says something about 13:00, and learning needs fewer sends.
   */
  private smoothed(segment: string, arm: Arm): ArmStats {
    const own = this.stats(segment, arm);
    let { successes, failures } = own;
    for (const hour of [arm.hour - 1, arm.hour + 1]) {
      const n = this.stats(segment, { channel: arm.channel, hour });
      successes += this.options.neighbourWeight * n.successes;
      failures += this.options.neighbourWeight * n.failures;
    }
    return { successes, failures };
  }

  choose(segment: string, allowed: readonly Arm[], random: UniformRandom): Arm {
    if (allowed.length === 0) throw new RangeError('no arm is allowed');
    if (random() < this.options.explorationFloor) return allowed[Math.floor(random() * allowed.length)];
    let best = allowed[0];
    let bestDraw = -1;
    for (const arm of allowed) {
      const s = this.smoothed(segment, arm);
      const draw = betaDraw(this.options.prior.successes + s.successes, this.options.prior.failures + s.failures, random);
      if (draw > bestDraw) [best, bestDraw] = [arm, draw];
    }
    return best;
  }

  /** Records an outcome in [0, 1] (e.g. 0.3 reply, 0.6 verified intake, 1 arrangement). */
  reward(segment: string, arm: Arm, reward: number): void {
    if (!(reward >= 0 && reward <= 1)) throw new RangeError(`reward must be in [0, 1], got ${reward}`);
    const bySegment = (this.state[segment] ??= {});
    const s = (bySegment[armKey(arm)] ??= { successes: 0, failures: 0 });
    s.successes += reward;
    s.failures += 1 - reward;
  }

  /** Posterior mean response rate per arm, for the dashboard. */
  estimates(segment: string): Record<string, number> {
    const { prior } = this.options;
    return Object.fromEntries(
      Object.entries(this.state[segment] ?? {}).map(([key, s]) => [
        key,
        (prior.successes + s.successes) / (prior.successes + prior.failures + s.successes + s.failures),
      ]),
    );
  }

  toJSON(): BanditState {
    return this.state;
  }
}
