import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicy, type OfferPolicy, parsePolicy, PolicyError, type PolicyProblem } from '../../../models/offers/policy';
import { policy } from './fixtures';

function problems(json: unknown): PolicyProblem[] {
  try {
    parsePolicy(json);
  } catch (err) {
    expect(err).toBeInstanceOf(PolicyError);
    return (err as PolicyError).problems;
  }
  throw new Error('expected a PolicyError');
}

const clone = (): OfferPolicy => structuredClone(policy);

describe('offer policy', () => {
  it('loads the default file and round-trips it', () => {
    expect(policy.version).toMatch(/\S/);
    expect(parsePolicy(JSON.parse(JSON.stringify(policy)))).toEqual(policy);
  });

  it('lists every shape problem at once, each with its JSON path', () => {
    const json = clone();
    json.bands.low.plans = ['deferral', 'holiday' as never];
    json.deferral.maxMonths = 0;
    json.currency = 'pounds';
    Object.assign(json.npv, { discount: 5 });
    delete (json as Partial<OfferPolicy>).version;
    const found = problems(json);
    expect(found.map((p) => p.path).sort()).toEqual(['bands.low.plans[1]', 'currency', 'deferral.maxMonths', 'npv', 'version']);
    expect(found.find((p) => p.path === 'npv')!.message).toMatch(/discount/);
  });

  it('reports rules that span fields', () => {
    const json = clone();
    json.bands.medium.settlementDiscounts[1].maxPct = 45; // floor is 60 %: at most 40 % off
    json.bands.medium.settlementDiscounts[2].minDaysPastDue = 30;
    json.bands.low.plans = ['deferral', 'deferral', 'settlement_lump_sum'];
    json.termExtension.stepMonths = 72;
    const found = problems(json);
    expect(found).toEqual(
      expect.arrayContaining([
        { path: 'bands.medium.settlementDiscounts[1].maxPct', message: expect.stringMatching(/below the floor of 60%/) },
        { path: 'bands.medium.settlementDiscounts[2].minDaysPastDue', message: expect.stringMatching(/increasing/) },
        { path: 'bands.low.plans[1]', message: expect.stringMatching(/twice/) },
        { path: 'bands.low.settlementDiscounts', message: expect.stringMatching(/needs discount tiers/) },
        { path: 'termExtension.stepMonths', message: expect.stringMatching(/maxMonths/) },
      ]),
    );
    expect(found).toHaveLength(5);
  });

  it('names the file and the problem when loading fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'forbear-policy-'));
    expect(() => loadPolicy(join(dir, 'missing.json'))).toThrow(/missing\.json[\s\S]*cannot read/);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ "version": ');
    expect(() => loadPolicy(broken)).toThrow(/broken\.json[\s\S]*not valid JSON/);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...policy, maxPlansOffered: 0 }));
    expect(() => loadPolicy(bad)).toThrow(/bad\.json[\s\S]*maxPlansOffered/);
  });
});
