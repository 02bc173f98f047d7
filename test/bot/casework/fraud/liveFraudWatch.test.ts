import { describe, expect, it } from 'vitest';
import { FraudStore } from '../../../../bot/casework/fraud/fraudStore';
import { LiveFraudWatch } from '../../../../bot/casework/fraud/fraudWatch';
import { LoanAnomalies } from '../../../../bot/casework/fraud/loanAnomalies';
import { loadPolicy } from '../../../../models/offers';
import { memoryBackend } from '../../../support/memoryDocuments';
import { MONEY, policy } from '../../../models/fraud/fixtures';

const AT = new Date('2026-03-02T10:00:00Z');

async function watch() {
  const store = await FraudStore.open(memoryBackend().documents('fraud'));
  const errors: unknown[] = [];
  const live = new LiveFraudWatch({
    policy,
    offerPolicy: loadPolicy(),
    store,
    anomalies: new LoanAnomalies({ all: () => [] }, policy, MONEY),
    hashKey: Buffer.alloc(32, 7),
    money: MONEY,
    onError: (err) => errors.push(err),
  });
  return { live, errors };
}

describe('the live fraud watch in memory', () => {
  it('holds nothing for conversations whose signals are all below their thresholds, and they stand clear', async () => {
    const { live, errors } = await watch();
    for (let i = 0; i < 500; i++) live.hardshipClaim({ conversation: `c${i}`, loanId: `LN_${i}`, language: 'en' }, AT);
    expect(live.heldConversations).toBe(0);
    expect(live.standing('c1')).toMatchObject({ escalate: false, withholdSettlements: false, flagged: [] });
    expect(errors).toEqual([]);
  });

  it('holds a flagged conversation at once (before its file is written) and keeps it however many clear ones follow', async () => {
    const { live } = await watch();
    const limit = policy.velocity.hardshipClaimsPerLoan;
    for (let i = 0; i <= limit; i++) live.hardshipClaim({ conversation: `shopped${i}`, loanId: 'LN_SHOPPED', language: 'en' }, AT);
    const last = `shopped${limit}`;
    expect(live.standing(last)).toMatchObject({ escalate: true, flagged: [{ kind: 'repeat_hardship_claims' }] });
    for (let i = 0; i < 25_000; i++) live.hardshipClaim({ conversation: `c${i}`, loanId: `LN_${i}`, language: 'en' }, AT);
    expect(live.standing(last).escalate).toBe(true);
    // The claims from the limit on are flagged; the first ones were clear and are not held.
    expect(live.standing('shopped0').escalate).toBe(false);
    expect(live.heldConversations).toBe(2);
  });
});
