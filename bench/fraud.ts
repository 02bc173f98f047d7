/**
 * Fraud and anomaly signals. On seeded synthetic books with planted repayment
 * anomalies (5 books of 2,000 loans, 2.5 % planted): precision and recall of
 * the anomaly detector at its configured threshold, pooled and for the worst
 * book, a PR-curve summary, recall per planted kind, and the cost per scored
 * loan, each against robust z-score alone in the same run. Then a probe run:
 * one address trying 50 loans, and the attempt at which it is escalated.
 */
import type { LoanRecord } from '../models/loanBook/loanRecord';
import { decideFraud, defaultFraudPolicy, flagRates, generatePlantedBook, IdentityProbeDetector, PLANTED_KINDS, RepaymentAnomalyModel } from '../models/fraud';
import { averagePrecision, precisionAtRecall, precisionRecallAt, precisionRecallCurve } from '../models/training/precisionRecall';
import type { Bench } from './report';

const SEEDS = [1, 2, 3, 4, 5];
const LOANS = 2000;
const RATE = 0.025;
const MONEY = { currency: 'INR', locale: 'en-IN' };

interface Scored {
  loan: LoanRecord;
  label: number;
  kind?: string;
  combined: number;
  robustZ: number;
}

function scoreBooks(): { scored: Scored[]; perBook: { recall: number; precision: number }[]; fitMs: number[] } {
  const policy = defaultFraudPolicy();
  const threshold = policy.thresholds.repayment_anomaly;
  const at = new Date('2026-12-01T00:00:00Z');
  const scored: Scored[] = [];
  const perBook: { recall: number; precision: number }[] = [];
  const fitMs: number[] = [];
  for (const seed of SEEDS) {
    const { loans, planted } = generatePlantedBook({ n: LOANS, seed, rate: RATE });
    const t = performance.now();
    const model = RepaymentAnomalyModel.fit(loans, policy, MONEY);
    fitMs.push(performance.now() - t);
    const book = loans.map((loan) => {
      const { signal, robustZPart } = model.assess(loan, at);
      return { loan, label: planted.has(loan.Loan_ID) ? 1 : 0, kind: planted.get(loan.Loan_ID), combined: signal.score, robustZ: robustZPart };
    });
    const pr = precisionRecallAt(
      book.map((s) => s.combined),
      book.map((s) => s.label),
      threshold,
    );
    perBook.push({ recall: pr.recall, precision: pr.precision });
    scored.push(...book);
  }
  return { scored, perBook, fitMs };
}

/** Microseconds per call of `score` over the book, best of three passes (the first warms the JIT). */
function microsPerLoan(loans: readonly LoanRecord[], score: (loan: LoanRecord) => number): number {
  let best = Infinity;
  let sink = 0;
  for (let pass = 0; pass < 3; pass++) {
    const t = performance.now();
    for (const loan of loans) sink += score(loan);
    best = Math.min(best, ((performance.now() - t) * 1000) / loans.length);
  }
  if (Number.isNaN(sink)) throw new Error('unreachable: keeps the loop from being optimised away');
  return Number(best.toFixed(2));
}

/** One address, a new conversation per loan (so no per-conversation lockout trips), one wrong date of birth each, 20 s apart. */
function probeFromOneAddress(loans: number): { escalatedAt: number | null; flaggedAttempts: number; microsPerCheck: number } {
  const policy = defaultFraudPolicy();
  const detector = new IdentityProbeDetector(policy);
  const start = Date.parse('2026-12-01T10:00:00Z');
  let escalatedAt: number | null = null;
  let flaggedAttempts = 0;
  const t = performance.now();
  for (let i = 0; i < loans; i++) {
    const signals = detector.observe({
      conversationKey: `conv-${i}`,
      sourceKey: 'addr-1',
      loanKey: `loan-${i}`,
      outcome: 'failed',
      at: new Date(start + i * 20_000),
    });
    if (decideFraud(signals, policy).escalate) {
      flaggedAttempts++;
      escalatedAt ??= i + 1;
    }
  }
  return { escalatedAt, flaggedAttempts, microsPerCheck: Number((((performance.now() - t) * 1000) / loans).toFixed(2)) };
}

const traffic = (i: number) => ({ conversationKey: `c${i}`, sourceKey: `s${i % 90_001}`, loanKey: `l${(i * 7919) % 120_011}`, failed: i % 3 === 0 });

/** Random traffic far beyond the key bound: memory stays bounded. */
function trackedKeysUnderLoad(events: number): { tracked: number; bound: number; microsPerCheck: number } {
  const policy = defaultFraudPolicy();
  const detector = new IdentityProbeDetector(policy);
  const start = Date.parse('2026-12-01T10:00:00Z');
  const t = performance.now();
  for (let i = 0; i < events; i++) {
    const { failed, ...keys } = traffic(i);
    detector.observe({ ...keys, outcome: failed ? 'failed' : 'verified', at: new Date(start + i * 10) });
  }
  return {
    tracked: detector.trackedKeys,
    bound: 4 * policy.identityProbing.maxTrackedKeys,
    microsPerCheck: Number((((performance.now() - t) * 1000) / events).toFixed(2)),
  };
}

/** The least per-key counting can cost: the same six keys per check in plain Maps, unbounded and windowless. */
function plainCounters(events: number): number {
  const counts = new Map<string, number>();
  const bump = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  const t = performance.now();
  for (let i = 0; i < events; i++) {
    const { conversationKey, sourceKey, loanKey } = traffic(i);
    for (const key of [
      `c:${conversationKey}|${loanKey}`,
      `c:${conversationKey}`,
      `s:${sourceKey}|${loanKey}`,
      `s:${sourceKey}`,
      `${loanKey}|${sourceKey}`,
      loanKey,
    ])
      bump(key);
  }
  return Number((((performance.now() - t) * 1000) / events).toFixed(2));
}

export const bench: Bench = async (report) => {
  const policy = defaultFraudPolicy();
  const threshold = policy.thresholds.repayment_anomaly;
  const { scored, perBook, fitMs } = scoreBooks();
  const labels = scored.map((s) => s.label);
  const combined = precisionRecallAt(
    scored.map((s) => s.combined),
    labels,
    threshold,
  );
  const zOnly = precisionRecallAt(
    scored.map((s) => s.robustZ),
    labels,
    threshold,
  );
  const books = `${SEEDS.length} books × ${LOANS} loans, ${labels.filter((y) => y === 1).length} planted`;
  const base = (value: number) => ({ name: 'robust z-score alone', value: Number(value.toFixed(3)) });
  report({
    name: `repayment anomaly recall at threshold ${threshold} (${books})`,
    value: Number(combined.recall.toFixed(3)),
    unit: '',
    baseline: base(zOnly.recall),
    goal: '>= 0.8',
  });
  report({
    name: `repayment anomaly precision at threshold ${threshold}`,
    value: Number(combined.precision.toFixed(3)),
    unit: '',
    baseline: base(zOnly.precision),
    goal: '>= 0.5',
  });
  report({ name: 'worst single book: recall', value: Number(Math.min(...perBook.map((b) => b.recall)).toFixed(3)), unit: '' });
  report({ name: 'worst single book: precision', value: Number(Math.min(...perBook.map((b) => b.precision)).toFixed(3)), unit: '' });

  const curve = precisionRecallCurve(
    scored.map((s) => s.combined),
    labels,
  );
  const zCurve = precisionRecallCurve(
    scored.map((s) => s.robustZ),
    labels,
  );
  report({ name: 'PR curve: average precision', value: Number(averagePrecision(curve).toFixed(3)), unit: '', baseline: base(averagePrecision(zCurve)) });
  for (const recall of [0.5, 0.8, 0.9])
    report({
      name: `PR curve: best precision at recall >= ${recall}`,
      value: Number(precisionAtRecall(curve, recall).toFixed(3)),
      unit: '',
      baseline: base(precisionAtRecall(zCurve, recall)),
    });
  for (const kind of PLANTED_KINDS) {
    const ofKind = scored.filter((s) => s.kind === kind);
    report({
      name: `recall on planted ${kind} (${ofKind.length})`,
      value: Number((ofKind.filter((s) => s.combined >= threshold).length / ofKind.length).toFixed(3)),
      unit: '',
    });
  }
  const fairness = flagRates(
    scored.map((s) => ({
      signals: [{ kind: 'repayment_anomaly', score: s.combined, threshold, reasons: [], evidence: {}, at: '' }],
      loan: s.loan,
      language: 'en',
    })),
  );
  report({ name: 'flag rate ratio across Gender (lowest / highest; 1 = equal)', value: fairness.genderRatio ?? NaN, unit: '' });

  const { loans } = generatePlantedBook({ n: LOANS, seed: SEEDS[0], rate: RATE });
  const model = RepaymentAnomalyModel.fit(loans, policy, MONEY);
  const at = new Date();
  const zMicros = microsPerLoan(loans, (loan) => model.robustZPart(loan));
  const fullMicros = microsPerLoan(loans, (loan) => model.assess(loan, at).signal.score);
  report({
    name: 'cost per scored loan (robust z + isolation forest + reasons)',
    value: fullMicros,
    unit: 'µs',
    baseline: { name: 'robust z-score alone', value: zMicros },
    ratio: Number((fullMicros / zMicros).toFixed(2)),
  });
  report({
    name: `fit on ${LOANS} loans (peer statistics + ${policy.repaymentAnomaly.isolationForest.trees} trees), median`,
    value: Number([...fitMs].sort((a, b) => a - b)[2].toFixed(0)),
    unit: 'ms',
  });

  const probe = probeFromOneAddress(50);
  report({
    name: 'probe: 50 loans from one address, escalated at attempt',
    value: probe.escalatedAt ?? NaN,
    unit: '',
    goal: `at the ${policy.identityProbing.loansPerSource}rd loan`,
  });
  report({ name: 'probe: attempts escalated of 50', value: probe.flaggedAttempts, unit: '' });
  const load = trackedKeysUnderLoad(200_000);
  const plain = plainCounters(200_000);
  report({
    name: 'identity check cost (200,000 random checks)',
    value: load.microsPerCheck,
    unit: 'µs',
    baseline: { name: 'plain unbounded Map counters', value: plain },
  });
  report({ name: `identity probing keys held after 200,000 checks (bound ${load.bound})`, value: load.tracked, unit: 'keys' });
};
