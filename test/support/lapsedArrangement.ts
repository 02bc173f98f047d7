import { createArrangement, instalmentSchedule, type Arrangement } from '../../models/offers';
import type { IntakeServices } from '../../models/ports/intakeServices';
import { seededRandom } from '../../models/shared/random';
import { budgetInput } from '../models/offers/fixtures';
import type { TestPorts } from './intakeConversation';

/**
 * An instalment plan the borrower agreed months before the tests' clock (23 Nov 2026) and has paid nothing
 * into since: by today its first instalments are past grace, missed. `paid` records each instalment due
 * before `paidUntil` in full, on its due date.
 */
export async function agreedInAugust(services: IntakeServices, ports: TestPorts, loanId: string, paid?: { until: string }): Promise<Arrangement> {
  const loan = services.loans.get(loanId)!;
  const agreed = new Date('2026-08-20T10:00:00Z');
  const budget = services.offers.computeBudget(budgetInput(60_000));
  const offers = services.offers.makeOffers({
    loan,
    risk: { probability: 0.3, band: 'medium' },
    budget,
    vulnerable: false,
    crisis: false,
    temporary: true,
    today: agreed,
  });
  const plan = offers.plans.find((p) => p.type !== 'deferral' && p.termMonths >= 6)!;
  const arrangement = createArrangement({ loan, plan, channel: 'webchat', now: agreed, random: seededRandom(11) });
  await ports.arrangements.save(arrangement);
  if (paid)
    for (const [i, due] of instalmentSchedule(arrangement).entries())
      if (due.dueDate < paid.until)
        await ports.payments.record({ reference: `PAY-${i}`, loanId, date: due.dueDate, amount: due.amount, source: 'csv', recordedAt: due.dueDate });
  return arrangement;
}
