import { isVulnerable } from '../../models/intake/decideOffers';
import type { LoanRecord } from '../../models/loanBook/loanRecord';
import { createArrangement, instalmentSchedule, type Arrangement } from '../../models/offers';
import type { Payment } from '../../models/payments/payment';
import type { IntakeServices } from '../../models/ports/intakeServices';
import { addDays, isoDate } from '../../models/shared/calendar';
import { createRandom, type Random } from '../../models/shared/random';
import type { Logger } from '../infra/logger';
import type { Config } from './config';
import { demoConversation, withArrangement, type DemoConversation } from './demoConversations';
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

/** The channel the demo conversations are filed under: no borrower is on it. */
const DEMO_CHANNEL = 'demo';
const DAY = 86_400_000;

type DemoStores = Pick<Stores, 'arrangements' | 'payments' | 'loanBook' | 'progress' | 'transcripts'>;

/**
 * Demo arrangements and payments for the demo loan book (DEMO_ARRANGEMENTS of them, seeded by DEMO_SEED), agreed
 * over the last eight months with a mix of kept, broken, late and cured promises, each behind the conversation that
 * agreed it; and as many more verified intakes over the last six weeks that ended at the offers. Every conversation
 * is read by the real analyzer and scored by the real risk model (demoConversation), so the dashboard's promise KPIs
 * by band and reason, its time-to-cure chart and its model monitoring have something to show. Only on an empty
 * arrangement store (so once, whatever restarts follow), never in production or on the lender's own book
 * (PORTFOLIO_CSV).
 */
export async function seedDemoPromises(
  config: Config,
  stores: DemoStores,
  services: Pick<IntakeServices, 'nlp' | 'risk' | 'offers'>,
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
  let intakes = 0;
  for (const [i, loan] of loans.entries()) {
    if (intakes >= 2 * config.DEMO_ARRANGEMENTS) break;
    const agreeing = seeded < config.DEMO_ARRANGEMENTS;
    const at = agreeing ? addDays(now, -(20 + random.int(300))) : new Date(now.getTime() - random.uniform(1, 42) * DAY);
    let conversation = demoConversation(loan, at, random, services);
    const arrangement = agreeing && agreedArrangement(loan, conversation, at, random, services);
    if (arrangement) {
      await stores.arrangements.save(arrangement);
      await recordPayments(stores, arrangement, today, now, random);
      conversation = withArrangement(conversation, arrangement);
      seeded++;
    }
    await stores.progress.save(loan.Loan_ID, conversation.intake);
    await stores.transcripts.append(DEMO_CHANNEL, `demo-${i}`, conversation.entries);
    intakes++;
  }
  log.info({ arrangements: seeded, intakes, seed: config.DEMO_SEED }, 'demo conversations, arrangements and payments seeded');
}

/** The plan the demo borrower took among the offers their conversation led to, if there were any. */
function agreedArrangement(loan: LoanRecord, conversation: DemoConversation, at: Date, random: Random, services: Pick<IntakeServices, 'offers'>) {
  const { risk, budget, story } = conversation.intake;
  const vulnerable = isVulnerable(conversation.intake);
  const decision = services.offers.makeOffers({ loan, risk, budget, vulnerable, crisis: false, temporary: story.temporary ?? true, today: at });
  if (decision.action !== 'offer' || decision.plans.length === 0) return undefined;
  const plan = decision.plans[random.int(decision.plans.length)];
  return createArrangement({ loan, plan, channel: random.next() < 0.7 ? 'webchat' : 'agent', now: at, random: random.next });
}

async function recordPayments(stores: Pick<Stores, 'payments'>, arrangement: Arrangement, today: string, now: Date, random: Random): Promise<void> {
  const behaviour = BEHAVIOURS[random.int(BEHAVIOURS.length)];
  const paid = paymentsFor(behaviour, instalmentSchedule(arrangement), today, 1 + random.int(3));
  for (const [i, p] of paid.entries()) {
    const payment: Payment = {
      reference: `DEMO-${arrangement.reference}-${i + 1}`,
      loanId: arrangement.loanId,
      ...p,
      source: 'csv',
      recordedAt: now.toISOString(),
    };
    await stores.payments.record(payment);
  }
}
