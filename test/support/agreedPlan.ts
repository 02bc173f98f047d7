import type { App } from '../../bot/app/createApp';
import { computeBudget, createArrangement, loadPolicy, makeOffers, type Arrangement } from '../../models/offers';
import { seededRandom } from '../../models/shared/random';
import { budgetInput } from '../models/offers/fixtures';
import { MEDIUM } from './intakePaths';

/** 10:30 in India on 10 December: the first instalment of the plan below (20 December) is ten days off. */
export const DEC_10 = Date.parse('2026-12-10T05:00:00Z');
export const DAY = 86_400_000;

/** The medium demo borrower's plan, agreed on Web Chat on 20 November: its first instalment is due on 20 December. */
export async function agreeMediumPlan(app: App): Promise<Arrangement> {
  const loan = app.loanBook.get(MEDIUM.loanId)!;
  const agreed = new Date('2026-11-20T10:00:00Z');
  const policy = loadPolicy();
  const offers = makeOffers(
    {
      loan,
      risk: { probability: 0.3, band: 'medium' },
      budget: computeBudget(budgetInput(60_000), policy),
      vulnerable: false,
      crisis: false,
      temporary: true,
      today: agreed,
    },
    policy,
  );
  const plan = offers.plans.find((p) => p.type !== 'deferral' && p.termMonths >= 6)!;
  const arrangement = createArrangement({ loan, plan, channel: 'webchat', now: agreed, random: seededRandom(5) });
  await app.arrangements.save(arrangement);
  return arrangement;
}
