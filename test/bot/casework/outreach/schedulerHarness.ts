import pg from 'pg';
import { DocumentCampaignStore } from '../../../../bot/casework/outreach/documentCampaignStore';
import { OutreachScheduler, type OutreachSender } from '../../../../bot/casework/outreach/outreachScheduler';
import { PgCampaignStore } from '../../../../bot/casework/outreach/pgCampaignStore';
import { createLogger } from '../../../../bot/infra/logger';
import { migrate } from '../../../../bot/infra/postgres/migrations';
import type { StorageBackend } from '../../../../bot/infra/storage/documents';
import { generateLoanBook } from '../../../../models/loanBook/syntheticLoanBook';
import type { Campaign } from '../../../../models/outreach/campaign';
import type { OutreachCandidate } from '../../../../models/outreach/segment';
import type { CampaignStore } from '../../../../models/ports/campaigns';
import { seededRandom } from '../../../../models/shared/random';
import { testSchema } from '../../../support/postgresSchema';

export interface Clock {
  now: Date;
}

export interface SenderCall {
  key: string;
  loanId: string;
  campaignId: string;
  channel: string;
  at: Date;
}

/** A scheduler over `store` whose borrowers are `candidates` (their facts may be changed between ticks) and whose sends are recorded. */
export function schedulerOver(store: CampaignStore, candidates: OutreachCandidate[], clock: Clock, calls: SenderCall[], seed = 1, sender?: OutreachSender) {
  const record: OutreachSender = async (loan, campaign, row) => {
    calls.push({ key: row.key, loanId: loan.Loan_ID, campaignId: campaign.id, channel: row.channel ?? '', at: clock.now });
    return { ok: true, messageId: `wamid.${row.key}` };
  };
  const byId = new Map(candidates.map((c) => [c.loan.Loan_ID, c]));
  return new OutreachScheduler({
    store,
    candidates: { all: async () => structuredClone(candidates), one: async (loan) => structuredClone(byId.get(loan.Loan_ID)!) },
    loan: (loanId) => byId.get(loanId)?.loan,
    senders: { whatsapp: sender ?? record, sms: sender ?? record },
    outcomeOf: async () => ({ verified: false, arrangement: false }),
    timeZone: 'Asia/Kolkata',
    random: seededRandom(seed),
    now: () => clock.now,
    log: createLogger('silent'),
  });
}

export function indianBorrowers(n: number, seed = 7): OutreachCandidate[] {
  return generateLoanBook({ n: Math.max(3, n), seed })
    .slice(0, n)
    .map((loan) => ({
      loan: { ...loan, Days_Past_Due: 30 },
      band: 'medium',
      liveArrangement: false,
      facts: { optedOut: [], openDispute: false, openComplaint: false, holds: [], attempts: [] },
      jurisdiction: 'IN',
      timeZone: 'Asia/Kolkata',
      responded: false,
    }));
}

export function campaign(overrides: Partial<Campaign> = {}): Campaign {
  const at = '2026-03-01T00:00:00.000Z';
  return {
    id: 'cmp_00000000000000a1',
    name: 'March arrears',
    status: 'running',
    segment: { daysPastDue: { min: 1 }, missedPayments: {}, balance: {}, bands: [], products: [], excludeLiveArrangement: true },
    message: { template: 'payment_support', language: 'en', variables: [] },
    channels: ['whatsapp'],
    steps: [0, 2],
    start: at,
    dailyCap: 1000,
    holdoutShare: 0.1,
    createdBy: 'supervisor',
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

export type StoreKind = 'embedded' | 'postgres';

/** A fresh campaign store of either kind, and how to open a second one on the same data (a restarted process). */
export async function freshStore(kind: StoreKind, backend: () => StorageBackend): Promise<{ open: () => CampaignStore; close: () => Promise<void> } | string> {
  if (kind === 'embedded') {
    const shared = backend();
    return { open: () => new DocumentCampaignStore(shared), close: async () => undefined };
  }
  const schema = await testSchema();
  if (schema.unreachable) return schema.unreachable;
  const pools: pg.Pool[] = [];
  const pool = () => pools[pools.push(new pg.Pool({ connectionString: schema.url, max: 3 })) - 1];
  await migrate(pool());
  return {
    open: () => new PgCampaignStore(pool()),
    close: async () => {
      await Promise.all(pools.map((p) => p.end()));
      await schema.drop();
    },
  };
}
