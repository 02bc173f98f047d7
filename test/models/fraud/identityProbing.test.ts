import { describe, expect, it } from 'vitest';
import { decideFraud, type FraudSignal, type IdentityCheckEvent, IdentityProbeDetector, isFlagged } from '../../../models/fraud';
import { policy, policyWith } from './fixtures';

const START = Date.parse('2026-12-01T10:00:00Z');
const check = (over: Partial<IdentityCheckEvent> & { minute: number }): IdentityCheckEvent => ({
  conversationKey: 'conv-1',
  sourceKey: 'addr-1',
  loanKey: 'loan-1',
  outcome: 'failed',
  ...over,
  at: new Date(START + over.minute * 60_000),
});
const kind = (signals: FraudSignal[], k: FraudSignal['kind']) => signals.find((s) => s.kind === k)!;

describe('identity probing', () => {
  it('catches a probe across 50 loans from one address at the 3rd loan, each in a fresh conversation', () => {
    const detector = new IdentityProbeDetector(policy);
    const escalated: number[] = [];
    for (let i = 0; i < 50; i++) {
      const signals = detector.observe(check({ conversationKey: `conv-${i}`, loanKey: `loan-${i}`, minute: i / 3 }));
      if (decideFraud(signals, policy).escalate) escalated.push(i + 1);
    }
    expect(escalated[0]).toBe(3);
    expect(escalated).toHaveLength(48);
    const last = detector.observe(check({ conversationKey: 'conv-50', loanKey: 'loan-50', minute: 17 }));
    const source = kind(last, 'identity_probe_source');
    expect(source.score).toBe(1);
    expect(source.reasons[0]).toMatch(/different loan references were tried from one address or WhatsApp number within 60 minutes/);
    expect(source.evidence).toMatchObject({ distinctLoans: 6, windowMinutes: 60 }); // saturates at twice the limit: bounded
  });

  it('catches one conversation trying several loans, and many failed checks on one loan from one source', () => {
    const several = new IdentityProbeDetector(policy);
    let signals: FraudSignal[] = [];
    for (const [i, loanKey] of ['a', 'b', 'c'].entries()) signals = several.observe(check({ sourceKey: `addr-${i}`, loanKey, minute: i }));
    expect(isFlagged(kind(signals, 'identity_probe_source'))).toBe(true);
    expect(kind(signals, 'identity_probe_source').reasons[0]).toMatch(/from one conversation/);

    const guesser = new IdentityProbeDetector(policy);
    for (let i = 0; i < 6; i++) signals = guesser.observe(check({ conversationKey: `conv-${i}`, minute: i }));
    expect(isFlagged(kind(signals, 'identity_probe_source'))).toBe(true);
    expect(kind(signals, 'identity_probe_source').reasons.join(' ')).toMatch(/6 identity checks failed/);
  });

  it('catches one loan tried from many addresses in the window', () => {
    const detector = new IdentityProbeDetector(policy);
    let signals: FraudSignal[] = [];
    for (let i = 0; i < 3; i++) signals = detector.observe(check({ conversationKey: `conv-${i}`, sourceKey: `addr-${i}`, minute: i * 5 }));
    const onLoan = kind(signals, 'identity_probe_loan');
    expect(isFlagged(onLoan)).toBe(true);
    expect(onLoan.evidence).toMatchObject({ distinctSources: 3, failedChecks: 3 });
  });

  it('leaves ordinary borrowers alone: a mistyped date of birth, a family sharing a phone, probes spread over days', () => {
    const borrower = new IdentityProbeDetector(policy);
    borrower.observe(check({ minute: 0 }));
    const ok = borrower.observe(check({ outcome: 'verified', minute: 1 }));
    expect(ok.some(isFlagged)).toBe(false);

    const family = new IdentityProbeDetector(policy);
    family.observe(check({ loanKey: 'husband', outcome: 'verified', minute: 0 }));
    const second = family.observe(check({ conversationKey: 'conv-2', loanKey: 'wife', outcome: 'verified', minute: 10 }));
    expect(second.some(isFlagged)).toBe(false);

    const slow = new IdentityProbeDetector(policy);
    let signals: FraudSignal[] = [];
    for (let i = 0; i < 10; i++) signals = slow.observe(check({ conversationKey: `conv-${i}`, loanKey: `loan-${i}`, minute: i * 61 }));
    expect(signals.some(isFlagged)).toBe(false);
  });

  it('keeps memory bounded whatever the traffic, forgetting the least recently seen', () => {
    const small = policyWith((p) => (p.identityProbing.maxTrackedKeys = 100));
    const detector = new IdentityProbeDetector(small);
    for (let i = 0; i < 5000; i++) detector.observe(check({ conversationKey: `c${i}`, sourceKey: `s${i}`, loanKey: `l${i}`, minute: i / 100 }));
    expect(detector.trackedKeys).toBeLessThanOrEqual(400);
  });

  it('rejects an invalid time rather than counting it', () => {
    const detector = new IdentityProbeDetector(policy);
    expect(() => detector.observe({ ...check({ minute: 0 }), at: new Date('nope') })).toThrow(/valid Date/);
  });
});
