import { createHash } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import type { LoanRecord } from '../../../models/loanBook/loanRecord';
import type { Arrangement } from '../../../models/offers';
import type { Payment } from '../../../models/payments/payment';
import type { LoanLookup } from '../../../models/ports/loans';
import type { PaymentLedger } from '../../../models/ports/payments';
import { arrangementCohort, type CohortEntry } from '../../../models/recovery/arrangementCohort';
import { recoveryPatternsOffThread } from '../../../models/recovery/recoveryOffThread';
import type { RecoveryInput, RecoveryPatternOptions, RecoveryPatterns } from '../../../models/recovery/recoveryPatterns';
import { generateRecoveryCohort } from '../../../models/recovery/syntheticCashFlows';
import type { AuditTrail } from '../../casework/audit/auditLog';
import { BackgroundResults } from '../../infra/backgroundResults';
import { HttpError } from '../../infra/http/httpErrors';
import type { Logger } from '../../infra/logger';
import type { StaffAuth } from '../auth/staffAuth';
import { dayRangeQuery, localDay } from './dateRange';

export interface RecoveryRouteDeps {
  auth: StaffAuth;
  arrangements: { all(): AsyncIterable<Arrangement> };
  payments: Pick<PaymentLedger, 'forLoan'>;
  loans: LoanLookup;
  audit: AuditTrail;
  log: Logger;
  timeZone: string;
  now: () => Date;
}

/** Fewer loans than this make clusters of a handful each and a silhouette that means nothing. */
export const RECOVERY_MIN_LOANS = 50;
/** Most series clustered per report (a seeded sample beyond): DTW and Euclidean k-means for k = 2..8 on 400 loans × 36 months take about 2.3 s of a core on the shared 2-core machine, on the worker, plus the forest. */
export const RECOVERY_MAX_SERIES = 400;
const DEFAULT_MONTHS = 12;
const SYNTHETIC_LOANS = 300;
const SEED = 1;
/** Reports kept (by their input's fingerprint); a supervisor's handful of queries fits many times over. */
const KEPT_REPORTS = 20;

const FOREST_NOTE =
  "Importance: how much of the random forest's accuracy in naming each loan's DTW cluster is lost when that feature is shuffled across loans (0 = the feature explains nothing). Age and Gender are never used.";

/** Everything the report depends on, so new payments, a changed loan book or another k is another report. */
function fingerprint(input: RecoveryInput, options: RecoveryPatternOptions): string {
  return createHash('sha256')
    .update(JSON.stringify([options, input]))
    .digest('base64url');
}

/** The route's view of a report: the explanation as the flat fields the page reads. */
function ready({ explanation, ...patterns }: RecoveryPatterns, computedAt: Date) {
  return {
    state: 'ready',
    ...patterns,
    featureImportances: explanation?.importances ?? null,
    outOfBagAccuracy: explanation?.outOfBagAccuracy ?? null,
    featureImportancesNote: FOREST_NOTE,
    computedAt: computedAt.toISOString(),
  };
}

function wholeNumber(query: Record<string, unknown>, name: string, min: number, max: number): number | undefined {
  const raw = query[name];
  if (raw === undefined || raw === '') return undefined;
  const n = typeof raw === 'string' && /^\d{1,3}$/.test(raw) ? Number(raw) : NaN;
  if (!(n >= min && n <= max)) throw new HttpError(400, `Query parameter "${name}" must be a whole number from ${min} to ${max}`);
  return n;
}

function sourceOf(query: Record<string, unknown>): 'store' | 'synthetic' {
  if (query.demo === '1') return 'synthetic';
  const source = query.source ?? 'store';
  if (source !== 'store' && source !== 'synthetic') throw new HttpError(400, 'Query parameter "source" must be "store" or "synthetic"');
  return source;
}

/**
 * Recovery patterns for the supervisor dashboard: GET /api/supervisor/recovery?k&months&from&to&source clusters the
 * collections of the loans whose first arrangement was agreed in the range (by the day, in the deployment's zone), each
 * from the month it was agreed for `months` months (12), with DTW and Euclidean k-means (models/recovery), and gives per
 * cluster its centroid, size, weighted recovery time and what sets it apart, and the forest's feature importances. With
 * fewer than RECOVERY_MIN_LOANS loans observed that long it says so; seeded synthetic data is used only when asked for
 * (source=synthetic or demo=1) and is labelled as such. The clustering runs on a worker thread in the background: until
 * the report for this exact input is ready the answer is 202 `state: "computing"`, and the page asks again. Every read
 * that shows a result is audited.
 */
export function registerRecoveryRoutes(server: Server, deps: RecoveryRouteDeps): void {
  const reports = new BackgroundResults<RecoveryPatterns>(KEPT_REPORTS, deps.now);

  async function storeInput(start: number, end: number, months: number) {
    const first = new Map<string, string>();
    for await (const a of deps.arrangements.all()) {
      const agreed = Date.parse(a.createdAt);
      if (agreed < start || agreed > end) continue;
      const known = first.get(a.loanId);
      if (!known || a.createdAt < known) first.set(a.loanId, a.createdAt);
    }
    const entries: CohortEntry[] = [];
    let notInBook = 0;
    for (const [loanId, agreedAt] of first) {
      const loan: LoanRecord | undefined = deps.loans.get(loanId);
      if (loan) entries.push({ loan, entered: localDay(agreedAt, deps.timeZone).slice(0, 7) });
      else notInBook++;
    }
    const payments: Payment[] = (await Promise.all(entries.map((e) => deps.payments.forLoan(e.loan.Loan_ID)))).flat();
    const currentMonth = localDay(deps.now().getTime(), deps.timeZone).slice(0, 7);
    return { cohort: arrangementCohort(entries, payments, { months, currentMonth }), arrangedLoans: first.size, notInBook };
  }

  /** What to cluster, with what the response says about it; or, with too little history, the whole answer. */
  async function prepare(
    source: 'store' | 'synthetic',
    months: number,
    start: number,
    end: number,
  ): Promise<{ about: Record<string, unknown>; input?: RecoveryInput }> {
    if (source === 'synthetic') {
      const synthetic = generateRecoveryCohort({ n: SYNTHETIC_LOANS, seed: SEED });
      const label = `Seeded synthetic data, not this deployment's loans: ${SYNTHETIC_LOANS} generated loans over 36 months with four planted patterns (fast cure, slow steady, late recovery, never), seed ${SEED}. The date range and months do not apply.`;
      return {
        about: { source: { kind: 'synthetic', label }, enough: true, months: synthetic.series[0].length },
        input: { ...synthetic, balances: synthetic.loans.map((l) => l.Outstanding_Loan_Amount) },
      };
    }
    const { cohort, arrangedLoans, notInBook } = await storeInput(start, end, months);
    const counts = {
      arrangedLoans,
      notInBook,
      tooRecent: cohort.tooRecent,
      noBalance: cohort.noBalance,
      observed: cohort.loans.length,
      withPayments: cohort.withPayments,
    };
    const label = `This deployment's arrangements, payments and loan book: each loan from the month its first arrangement was agreed, for ${months} months.`;
    const short =
      cohort.loans.length < RECOVERY_MIN_LOANS
        ? `not enough payment history (${cohort.loans.length} loans, need ${RECOVERY_MIN_LOANS}): a loan counts once ${months} whole months have passed since its first arrangement`
        : cohort.withPayments === 0
          ? `not enough payment history (no payment recorded for the ${cohort.loans.length} loans in their ${months} months)`
          : undefined;
    if (short) return { about: { source: { kind: 'store', label }, enough: false, months, message: short, need: RECOVERY_MIN_LOANS, counts } };
    return { about: { source: { kind: 'store', label }, enough: true, months, counts }, input: cohort };
  }

  server.get(
    '/api/supervisor/recovery',
    deps.auth.guard(['supervisor'], async (req: Request, res: Response, session) => {
      const query = (req.query ?? {}) as Record<string, unknown>;
      const { from, to, start, end } = dayRangeQuery(query, deps.timeZone);
      const k = wholeNumber(query, 'k', 2, 8);
      const months = wholeNumber(query, 'months', 2, 36) ?? DEFAULT_MONTHS;
      const source = sourceOf(query);
      const { about, input } = await prepare(source, months, start, end);
      const asked = { k: k ?? null, from: from ?? null, to: to ?? null };
      let shown: Record<string, unknown> = about;
      if (input) {
        const options: RecoveryPatternOptions = { k, seed: SEED, maxSeries: RECOVERY_MAX_SERIES };
        const report = reports.read(fingerprint(input, options), () => recoveryPatternsOffThread(input, options));
        if (report.state === 'failed') {
          deps.log.error({ err: report.error, source }, 'recovery patterns: clustering failed');
          throw new HttpError(500, 'Clustering failed; asking again starts it afresh');
        }
        if (report.state === 'computing') {
          res.header('Retry-After', '1');
          return res.send(202, { ...about, ...asked, state: 'computing', since: report.since.toISOString() });
        }
        shown = { ...about, ...ready(report.value, report.computedAt) };
      }
      await deps.audit.append({
        actor: session.user,
        role: session.role,
        action: 'recovery.view',
        targets: [],
        detail: { source, months, ...asked, enough: shown.enough },
      });
      res.send(200, { ...shown, ...asked });
    }),
  );
}
