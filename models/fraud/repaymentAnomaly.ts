import type { MoneyFormat } from '../shared/money';
import type { FraudPolicy } from './fraudPolicy';
import { IsolationForest } from './isolationForest';
import { PAYMENT_FEATURES, type PaymentView, paymentVector } from './paymentFeatures';
import { describePeers, type PeerConfig, peerKeys, WHOLE_BOOK } from './peerGroups';
import { type RobustStats, robustStats, robustZ } from './robustZ';
import { type FraudSignal, fraudSignal, scoreAgainstLimit } from './signal';

/**
 * Repayment anomalies on the loan book: each loan's payment pattern against
 * similar loans. Two views, combined by taking the stronger:
 * - robust z-score: how far each feature is from the peer group's median, in
 *   the direction that is suspect (many missed payments, an instalment too
 *   small for the balance); catches one thing far out;
 * - isolation forest over the same features as peer-relative z-scores:
 *   catches combinations that are rare although no single figure is (many
 *   missed payments on an instalment that is small against income).
 * Both are put on the shared signal scale (0.5 at the configured limit).
 */

/** z-scores fed to the forest are capped here: beyond it a point is simply "far", and one huge value should not widen every cut's range. */
const FOREST_Z_CAP = 10;

export interface RepaymentAssessment {
  signal: FraudSignal;
  /** The robust z-score part alone (0–1), the baseline the bench compares with. */
  robustZPart: number;
  isolationPart: number;
}

interface Comparison {
  peers: string;
  stats: RobustStats[];
  values: number[];
  z: number[];
}

export class RepaymentAnomalyModel {
  private constructor(
    private readonly statsByPeers: Map<string, RobustStats[]>,
    private readonly forest: IsolationForest,
    private readonly policy: FraudPolicy,
    private readonly money: MoneyFormat,
  ) {}

  /** Fits peer statistics and the forest on the lender's book (every loan, anomalies included: the method expects them to be few). */
  static fit(book: readonly PaymentView[], policy: FraudPolicy, money: MoneyFormat): RepaymentAnomalyModel {
    const config = policy.repaymentAnomaly;
    if (book.length < config.peerGroups.minPeers) throw new RangeError(`the loan book needs at least ${config.peerGroups.minPeers} loans, got ${book.length}`);
    const vectors = book.map(paymentVector);
    const members = new Map<string, number[]>();
    book.forEach((loan, i) => {
      for (const key of peerKeys(loan, config.peerGroups)) {
        const rows = members.get(key);
        if (rows) rows.push(i);
        else members.set(key, [i]);
      }
    });
    const statsByPeers = new Map<string, RobustStats[]>();
    for (const [key, rows] of members) {
      if (key !== WHOLE_BOOK && rows.length < config.peerGroups.minPeers) continue;
      statsByPeers.set(
        key,
        PAYMENT_FEATURES.map((f, j) =>
          robustStats(
            rows.map((i) => vectors[i][j]),
            f.minScale,
          ),
        ),
      );
    }
    const forestRows = book.map((loan, i) => compare(statsByPeers, config.peerGroups, loan, vectors[i]).z.map(capForForest));
    const forest = IsolationForest.fit(forestRows, config.isolationForest);
    return new RepaymentAnomalyModel(statsByPeers, forest, policy, money);
  }

  assess(loan: PaymentView, at: Date): RepaymentAssessment {
    const { robustZLimit, isolationForest } = this.policy.repaymentAnomaly;
    const c = compare(this.statsByPeers, this.policy.repaymentAnomaly.peerGroups, loan, paymentVector(loan));
    const directed = PAYMENT_FEATURES.map((f, j) => (f.direction === 'high' ? c.z[j] : f.direction === 'low' ? -c.z[j] : 0));
    const worst = Math.max(0, ...directed);
    const robustZPart = scoreAgainstLimit(worst, robustZLimit);
    const isolation = this.forest.score(c.z.map(capForForest));
    const isolationPart = isolation > 0.5 ? scoreAgainstLimit(isolation - 0.5, isolationForest.limit - 0.5) : 0;
    const round = (x: number, d = 100) => Math.round(x * d) / d;
    const signal = fraudSignal(
      'repayment_anomaly',
      Math.max(robustZPart, isolationPart),
      this.policy.thresholds.repayment_anomaly,
      this.reasons(c, directed, robustZPart >= isolationPart),
      { robustZ: round(worst), isolationScore: round(isolation, 1000), peers: c.stats[0].count, robustZLimit, isolationLimit: isolationForest.limit },
      at,
    );
    return { signal, robustZPart: round(robustZPart, 1000), isolationPart: round(isolationPart, 1000) };
  }

  score(loan: PaymentView, at: Date): FraudSignal {
    return this.assess(loan, at).signal;
  }

  /** The robust z-score part alone, without the forest or the wording: the baseline the bench times. */
  robustZPart(loan: PaymentView): number {
    const c = compare(this.statsByPeers, this.policy.repaymentAnomaly.peerGroups, loan, paymentVector(loan));
    let worst = 0;
    PAYMENT_FEATURES.forEach((f, j) => (worst = Math.max(worst, f.direction === 'high' ? c.z[j] : f.direction === 'low' ? -c.z[j] : 0)));
    return scoreAgainstLimit(worst, this.policy.repaymentAnomaly.robustZLimit);
  }

  private reasons(c: Comparison, directed: number[], byRobustZ: boolean): string[] {
    const peers = describePeers(c.peers, this.policy.repaymentAnomaly.peerGroups, this.money);
    const figure = (j: number) => `${PAYMENT_FEATURES[j].show(c.values[j])} against a typical ${PAYMENT_FEATURES[j].show(c.stats[j].median)}`;
    const order = (scores: number[]) => scores.map((s, j) => ({ s, j })).sort((a, b) => b.s - a.s);
    const far = order(directed).filter(({ s }) => s >= this.policy.repaymentAnomaly.robustZLimit);
    if (byRobustZ && far.length > 0)
      return far.slice(0, 2).map(({ j }) => {
        const f = PAYMENT_FEATURES[j];
        return `${capitalise(f.phrase)} far ${f.direction === 'low' ? 'below' : 'above'} similar ${peers} (${figure(j)}).`;
      });
    const [a, b] = order(c.z.map(Math.abs));
    if (byRobustZ) return [`Repayment pattern in line with similar ${peers}; the most different is ${PAYMENT_FEATURES[a.j].phrase} (${figure(a.j)}).`];
    return [
      `An unusual combination among similar ${peers}: ${PAYMENT_FEATURES[a.j].phrase} (${figure(a.j)}) with ${PAYMENT_FEATURES[b.j].phrase} (${figure(b.j)}).`,
    ];
  }
}

/** The loan against its most specific peer group that has enough members. */
function compare(statsByPeers: Map<string, RobustStats[]>, config: PeerConfig, loan: PaymentView, values: number[]): Comparison {
  const peers = peerKeys(loan, config).find((key) => statsByPeers.has(key)) ?? WHOLE_BOOK;
  const stats = statsByPeers.get(peers)!;
  return { peers, stats, values, z: values.map((v, j) => robustZ(v, stats[j])) };
}

function capForForest(z: number): number {
  return Math.max(-FOREST_Z_CAP, Math.min(FOREST_Z_CAP, z));
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
