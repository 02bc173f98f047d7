import pg from 'pg';
import type { ArrangementStore } from '../../../../bot/casework/arrangements/arrangementStore';
import type { CaseRecord } from '../../../../bot/casework/cases/caseRecord';
import { CandidateSource } from '../../../../bot/casework/outreach/candidateSource';
import { migrate } from '../../../../bot/infra/postgres/migrations';
import { pgBackend } from '../../../../bot/infra/postgres/pgBackend';
import type { StorageBackend } from '../../../../bot/infra/storage/documents';
import type { LoanRecord } from '../../../../models/loanBook/loanRecord';
import { computeBudget, createArrangement, makeOffers } from '../../../../models/offers';
import type { AccountFlags } from '../../../../models/ports/campaigns';
import { seededRandom } from '../../../../models/shared/random';
import { budgetInput, loan as makeLoan, policy } from '../../../models/offers/fixtures';
import type { TestSchema } from '../../../support/postgresSchema';

/** A borrower in India with a monthly arrangement agreed on 5 January 2026, for the promise sweeps to walk. */
export function agreedLoan(loanId: string) {
  const loan = makeLoan({ Loan_ID: loanId, Phone: '+91 98765 43210' });
  const agreed = new Date('2026-01-05T10:00:00Z');
  const plan = makeOffers(
    {
      ...{ loan, risk: { probability: 0.3, band: 'medium' as const }, budget: computeBudget(budgetInput(3000), policy) },
      ...{ vulnerable: false, crisis: false, temporary: true, today: agreed },
    },
    policy,
  ).plans.find((p) => p.type !== 'deferral')!;
  return { loan, arrangement: createArrangement({ loan, plan, channel: 'webchat', now: agreed, random: seededRandom(5) }) };
}

/** Outreach's own contact facts for the one loan; `flags` and `stopped` stand for staff holds and a STOP. */
export function candidatesFor(
  loan: LoanRecord,
  arrangements: ArrangementStore,
  facts: { flags?: AccountFlags; stopped?: boolean; cases?: () => AsyncIterable<CaseRecord> } = {},
): CandidateSource {
  return new CandidateSource({
    loans: () => [loan],
    cases: facts.cases ?? async function* () {},
    progress: async () => undefined,
    liveArrangement: (loanId, today) => arrangements.liveForLoan(loanId, today),
    flags: async () => facts.flags,
    optedOut: async () => (facts.stopped ? ['whatsapp'] : []),
    deployment: 'india',
    timeZone: 'Asia/Kolkata',
  });
}

/** Backends on one PostgreSQL schema, each with its own pool as separate instances would have; `end` closes them all. */
export function pgInstances(schema: TestSchema) {
  const pools: pg.Pool[] = [];
  return {
    open: async (): Promise<StorageBackend> => {
      const pool = new pg.Pool({ connectionString: schema.url, max: 4 });
      pools.push(pool);
      await migrate(pool);
      return pgBackend(pool);
    },
    end: () => Promise.all(pools.map((p) => p.end())),
  };
}
