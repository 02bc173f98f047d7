import { describe, expect, it } from 'vitest';
import { generateLoanBook } from '../../../models/loanBook/syntheticLoanBook';
import { ContactBandit } from '../../../models/outreach/bandit';
import type { Campaign } from '../../../models/outreach/campaign';
import { CONTACT_PROFILES, JURISDICTIONS, type Jurisdiction } from '../../../models/outreach/contactProfiles';
import { DEFAULT_LENDER_RULES, withinWindow, type ContactFacts, type ContactHold } from '../../../models/outreach/contactRules';
import { planCampaign, type PlannedAction } from '../../../models/outreach/planner';
import type { OutreachCandidate } from '../../../models/outreach/segment';
import { createRandom } from '../../../models/shared/random';
import { localTime } from '../../../models/shared/localTime';

const ZONES: Record<Jurisdiction, string[]> = {
  IN: ['Asia/Kolkata'],
  MY: ['Asia/Kuala_Lumpur'],
  UK: ['Europe/London'],
  US: ['America/New_York', 'America/Los_Angeles', 'America/Anchorage'],
};
const HOLDS: ContactHold[] = ['bereavement', 'vulnerability', 'manual'];
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Random campaigns, loans, zones and clocks, run hour by hour for two weeks as a scheduler would. */
function simulate(seed: number) {
  const random = createRandom(seed);
  const loans = generateLoanBook({ n: 60, seed });
  const start = Date.UTC(2026, random.int(12), 1 + random.int(27), random.int(24));
  const candidates: OutreachCandidate[] = loans.map((loan) => {
    const jurisdiction = JURISDICTIONS[random.int(JURISDICTIONS.length)];
    const facts: ContactFacts = {
      optedOut: random.chance(0.15) ? [random.chance(0.5) ? 'whatsapp' : 'sms'] : [],
      openDispute: random.chance(0.08),
      openComplaint: random.chance(0.08),
      holds: random.chance(0.1) ? [HOLDS[random.int(3)]] : [],
      moratoriumUntil: random.chance(0.1) ? new Date(start + random.int(20) * DAY).toISOString() : undefined,
      crisisAt: random.chance(0.08) ? new Date(start - random.int(60) * DAY).toISOString() : undefined,
      attempts: [],
    };
    const zones = ZONES[jurisdiction];
    return {
      loan,
      band: (['low', 'medium', 'high'] as const)[random.int(3)],
      liveArrangement: random.chance(0.2),
      facts,
      jurisdiction,
      timeZone: zones[random.int(zones.length)],
      responded: false,
    };
  });
  const campaign: Campaign = {
    id: `camp-${seed}`,
    name: 'property',
    status: 'running',
    segment: { daysPastDue: { min: random.int(30) }, missedPayments: {}, balance: {}, bands: [], products: [], excludeLiveArrangement: random.chance(0.5) },
    message: { template: 'payment_support', language: 'en', variables: [] },
    channels: random.chance(0.5) ? ['whatsapp'] : ['whatsapp', 'sms'],
    steps: [0, 1 + random.int(4)],
    start: new Date(start).toISOString(),
    dailyCap: 1 + random.int(8),
    holdoutShare: 0.1,
    createdBy: 'test',
    createdAt: new Date(start).toISOString(),
    updatedAt: new Date(start).toISOString(),
  };
  const settled = new Set<string>();
  const firstSentAt = new Map<string, string>();
  const sends: (PlannedAction & { kind: 'send' })[] = [];
  const perDay = new Map<string, number>();
  const bandit = new ContactBandit();
  for (let t = start; t < start + 14 * DAY; t += HOUR) {
    const now = new Date(t);
    const day = now.toISOString().slice(0, 10);
    for (const action of planCampaign(campaign, candidates, { now, settled, firstSentAt, sentToday: perDay.get(day) ?? 0, bandit, random: random.next })) {
      if (action.kind === 'holdout' || (action.kind === 'suppressed' && action.final)) settled.add(action.key);
      if (action.kind !== 'send') continue;
      // The scheduler sends at sendAt; here it goes out at once when due this hour, otherwise the step is retried later.
      if (Date.parse(action.sendAt) >= t + HOUR) continue;
      settled.add(action.key);
      sends.push(action);
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
      const candidate = candidates.find((c) => c.loan.Loan_ID === action.loanId)!;
      candidate.facts = { ...candidate.facts, attempts: [...candidate.facts.attempts, action.sendAt] };
      if (!firstSentAt.has(action.loanId)) firstSentAt.set(action.loanId, action.sendAt);
    }
  }
  return { campaign, candidates, sends, perDay };
}

describe('outreach planning over random campaigns, loans, time zones and clocks', () => {
  it('never schedules outside contact hours, above a cap, or to an opted-out, disputed, held, cooling-off or moratorium borrower', () => {
    let total = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const { campaign, candidates, sends, perDay } = simulate(seed);
      total += sends.length;
      for (const count of perDay.values()) expect(count).toBeLessThanOrEqual(campaign.dailyCap);
      for (const send of sends) {
        const c = candidates.find((x) => x.loan.Loan_ID === send.loanId)!;
        const at = new Date(send.sendAt);
        expect(withinWindow(at, c.timeZone, CONTACT_PROFILES[c.jurisdiction])).toBe(true);
        expect(c.facts.optedOut).not.toContain(send.channel);
        expect([c.facts.openDispute, c.facts.openComplaint, c.facts.holds.length > 0]).toEqual([false, false, false]);
        if (c.facts.moratoriumUntil) expect(at.getTime()).toBeGreaterThanOrEqual(Date.parse(c.facts.moratoriumUntil));
        if (c.facts.crisisAt) expect(at.getTime() - Date.parse(c.facts.crisisAt)).toBeGreaterThanOrEqual(DEFAULT_LENDER_RULES.crisisCoolingOffDays * DAY);
        const sameDay = c.facts.attempts.filter((a) => localTime(new Date(a), c.timeZone).date === localTime(at, c.timeZone).date);
        expect(sameDay.length).toBeLessThanOrEqual(DEFAULT_LENDER_RULES.maxPerBorrowerPerDay);
        const week = c.facts.attempts.filter((a) => Math.abs(Date.parse(a) - at.getTime()) < 7 * DAY && Date.parse(a) <= at.getTime());
        expect(week.length).toBeLessThanOrEqual(DEFAULT_LENDER_RULES.maxAttemptsPerWeek);
      }
      expect(new Set(sends.map((s) => `${s.loanId}:${s.step}`)).size).toBe(sends.length);
    }
    expect(total).toBeGreaterThan(50);
  });
});
