import { describe, expect, it } from 'vitest';
import { ContactBandit } from '../../../models/outreach/bandit';
import type { Campaign } from '../../../models/outreach/campaign';
import { planCampaign } from '../../../models/outreach/planner';
import type { OutreachCandidate } from '../../../models/outreach/segment';
import { seededRandom } from '../../../models/shared/random';
import { loan } from '../offers/fixtures';

/** 10:00 in India on a Monday. */
const NOW = new Date('2026-03-02T04:30:00Z');
const CAMPAIGN: Campaign = {
  ...{ id: 'cmp_borrowers', name: 'March arrears', status: 'running', channels: ['whatsapp'], steps: [0], dailyCap: 100, holdoutShare: 0 },
  segment: { daysPastDue: { min: 1 }, missedPayments: {}, balance: {}, bands: [], products: [], excludeLiveArrangement: false },
  message: { template: 'payment_support', language: 'en', variables: [] },
  ...{ start: '2026-03-01T00:00:00Z', createdBy: 'supervisor', createdAt: '2026-03-01T00:00:00Z', updatedAt: '2026-03-01T00:00:00Z' },
};

const candidate = (loanId: string, borrower: string): OutreachCandidate => ({
  loan: loan({ Loan_ID: loanId, Borrower_ID: borrower }),
  liveArrangement: false,
  facts: { optedOut: [], openDispute: false, openComplaint: false, holds: [], attempts: [] },
  ...{ jurisdiction: 'IN', timeZone: 'Asia/Kolkata', responded: false },
});

const plan = (candidates: OutreachCandidate[]) =>
  planCampaign(CAMPAIGN, candidates, {
    ...{ now: NOW, settled: new Set(), firstSentAt: new Map(), sentToday: 0 },
    ...{ bandit: new ContactBandit(), random: seededRandom(3) },
  }).map((a) => [a.loanId, a.kind, a.kind === 'suppressed' ? `${a.rule}: ${a.detail} (final ${a.final})` : '']);

describe('planning counts one budget per borrower across their loans', () => {
  it("one person's two loans: one message is planned today, the other held by the daily cap (tried again); someone else's goes", () => {
    expect(plan([candidate('LN_A', 'BRW_SAME'), candidate('LN_B', 'BRW_SAME'), candidate('LN_C', 'BRW_OTHER')])).toEqual([
      ['LN_A', 'send', ''],
      ['LN_B', 'suppressed', 'borrower_daily_cap: already contacted today (cap 1) (final false)'],
      ['LN_C', 'send', ''],
    ]);
  });

  it('a book that names no borrower: each loan is its own', () => {
    expect(plan([candidate('LN_A', ''), candidate('LN_B', '')]).map(([id, kind]) => [id, kind])).toEqual([
      ['LN_A', 'send'],
      ['LN_B', 'send'],
    ]);
  });
});
