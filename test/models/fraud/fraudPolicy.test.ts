import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type FraudPolicy, loadFraudPolicy, parseFraudPolicy, SIGNAL_KINDS } from '../../../models/fraud';
import { FraudPolicyError } from '../../../models/fraud/fraudPolicy';
import { scoreAgainstLimit, scoreBelowFloor } from '../../../models/fraud/signal';
import { policy } from './fixtures';

function problems(json: unknown): string[] {
  try {
    parseFraudPolicy(json);
  } catch (err) {
    expect(err).toBeInstanceOf(FraudPolicyError);
    return (err as FraudPolicyError).problems.map((p) => `${p.path}: ${p.message}`);
  }
  throw new Error('expected a FraudPolicyError');
}

describe('fraud policy', () => {
  it('loads the shipped file with a threshold for every signal kind, and round-trips it', () => {
    expect(Object.keys(policy.thresholds).sort()).toEqual([...SIGNAL_KINDS].sort());
    expect(parseFraudPolicy(JSON.parse(JSON.stringify(policy)))).toEqual(policy);
  });

  it('lists every problem with its JSON path', () => {
    const json = structuredClone(policy) as FraudPolicy & Record<string, unknown>;
    json.thresholds.repayment_anomaly = 1.5;
    json.identityProbing.loansPerSource = 0;
    json.budget.explainingHardships = ['job_loss' as never];
    json.repaymentAnomaly.peerGroups.amountBands = [1000000, 250000];
    delete (json.thresholds as Partial<FraudPolicy['thresholds']>).identity_probe_loan;
    const found = problems(json);
    expect(found.map((p) => p.split(':')[0]).sort()).toEqual([
      'budget.explainingHardships[0]',
      'identityProbing.loansPerSource',
      'repaymentAnomaly.peerGroups.amountBands',
      'thresholds.identity_probe_loan',
      'thresholds.repayment_anomaly',
    ]);
  });

  it('reports a rule that spans fields once the shape is right', () => {
    const json = structuredClone(policy);
    json.budget.essentialsPerPersonMonthly.floor = 90000;
    expect(problems(json)).toEqual(['budget.essentialsPerPersonMonthly.floor: must be below the ceiling']);
  });

  it('names the file and the problem when loading fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'forbear-fraud-policy-'));
    expect(() => loadFraudPolicy(join(dir, 'missing.json'))).toThrow(/missing\.json[\s\S]*cannot read/);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ not json');
    expect(() => loadFraudPolicy(broken)).toThrow(/broken\.json[\s\S]*not valid JSON/);
  });
});

describe('the shared score scale', () => {
  it('is 0.5 at the limit, 1 at twice it, and the same for a floor', () => {
    expect(scoreAgainstLimit(3, 3)).toBe(0.5);
    expect(scoreAgainstLimit(6, 3)).toBe(1);
    expect(scoreAgainstLimit(60, 3)).toBe(1);
    expect(scoreAgainstLimit(0, 3)).toBe(0);
    expect(scoreBelowFloor(6, 6)).toBe(0.5);
    expect(scoreBelowFloor(3, 6)).toBe(1);
    expect(scoreBelowFloor(0, 6)).toBe(1);
    expect(scoreBelowFloor(24, 6)).toBe(0.125);
    expect(() => scoreAgainstLimit(1, 0)).toThrow(/positive/);
  });
});
