import { computeBudget, createArrangement, instalmentSchedule, makeOffers } from '../../models/offers';
import type { OfferPolicy } from '../../models/offers/policy';
import type { Payment } from '../../models/payments/payment';
import { addDays, isoDate } from '../../models/shared/calendar';
import { createRandom } from '../../models/shared/random';
import type { Logger } from '../infra/logger';
import type { Config } from './config';
import type { Stores } from './stores';

/** How a demo borrower keeps their promise: on time, stops paying after a few, or misses one and catches up. */
const BEHAVIOURS = ['on_time', 'on_time', 'stops', 'catches_up', 'catches_up', 'late'] as const;

function paymentsFor(behaviour: (typeof BEHAVIOURS)[number], schedule: { dueDate: string; amount: number }[], today: string, stopAfter: number) {
  const due = schedule.filter((s) => s.dueDate <= today);
  const shifted = (day: string, days: number) => isoDate(addDays(new Date(`${day}T00:00:00Z`), days));
  switch (behaviour) {
    case 'on_time':
      return due.map((s) => ({ date: s.dueDate, amount: s.amount }));
    case 'stops':
      return due.slice(0, stopAfter).map((s) => ({ date: s.dueDate, amount: s.amount }));
    case 'late':
      return due.map((s) => ({ date: shifted(s.dueDate, 12), amount: s.amount })).filter((p) => p.date <= today);
    case 'catches_up':
      // The first instalment is missed, then paid with the second; on time after that (cured after PROMISE_CURE_PAYMENTS).
      return due.flatMap((s, i) => (i === 0 ? [] : [{ date: s.dueDate, amount: i === 1 ? s.amount + due[0].amount : s.amount }]));
  }
}

/**
 * Demo arrangements and payments for the demo loan book (DEMO_ARRANGEMENTS of them, seeded by DEMO_SEED), agreed
 * over the last eight months with a mix of kept, broken, late and cured promises, so the dashboard's promise KPIs
 * and time-to-cure chart have something to show. Only on an empty arrangement store, never in production or on
 * the lender's own book (PORTFOLIO_CSV).
 */
export async function seedDemoPromises(
  config: Config,
  stores: Pick<Stores, 'arrangements' | 'payments' | 'loanBook'>,
  policy: OfferPolicy,
  now: Date,
  log: Logger,
): Promise<void> {
  if (config.NODE_ENV === 'production' || config.PORTFOLIO_CSV || config.DEMO_ARRANGEMENTS === 0) return;
  for await (const _ of stores.arrangements.all()) return;
  const random = createRandom(config.DEMO_SEED);
  const today = isoDate(now);
  const loans = stores.loanBook
    .all()
    .filter((l) => l.Outstanding_Loan_Amount > 0 && l.Monthly_EMI > 0)
    .sort((a, b) => a.Loan_ID.localeCompare(b.Loan_ID));
  let seeded = 0;
  for (const loan of loans) {
    if (seeded >= config.DEMO_ARRANGEMENTS) break;
    const agreedAt = addDays(now, -(20 + random.int(300)));
    const budget = computeBudget(
      { income: [{ value: loan.Monthly_Income, period: 'month' }], housing: { value: loan.Monthly_Income * 0.3, period: 'month' } },
      policy,
    );
    const band = random.next() < 0.6 ? 'low' : 'medium';
    const decision = makeOffers(
      { loan, risk: { probability: band === 'low' ? 0.15 : 0.4, band }, budget, vulnerable: false, crisis: false, temporary: true, today: agreedAt },
      policy,
    );
    if (decision.action !== 'offer' || decision.plans.length === 0) continue;
    const plan = decision.plans[random.int(decision.plans.length)];
    const arrangement = createArrangement({ loan, plan, channel: random.next() < 0.7 ? 'webchat' : 'agent', now: agreedAt, random: random.next });
    await stores.arrangements.save(arrangement);
    const behaviour = BEHAVIOURS[random.int(BEHAVIOURS.length)];
    const paid = paymentsFor(behaviour, instalmentSchedule(arrangement), today, 1 + random.int(3));
    for (const [i, p] of paid.entries()) {
      const payment: Payment = {
        reference: `DEMO-${arrangement.reference}-${i + 1}`,
        loanId: loan.Loan_ID,
        ...p,
        source: 'csv',
        recordedAt: now.toISOString(),
      };
      await stores.payments.record(payment);
    }
    seeded++;
  }
  log.info({ arrangements: seeded, seed: config.DEMO_SEED }, 'demo arrangements and payments seeded');
}
