import type { Server } from 'restify';
import type { LoanRecord } from '../../models/loanBook/loanRecord';
import type { Campaign } from '../../models/outreach/campaign';
import type { OutreachChannel } from '../../models/outreach/contactRules';
import type { OutreachCandidate } from '../../models/outreach/segment';
import type { CampaignSend } from '../../models/ports/campaigns';
import { contactsOf } from '../../models/ports/contactsMade';
import type { RiskScorer } from '../../models/ports/risk';
import { CandidateSource } from '../casework/outreach/candidateSource';
import { campaignOutcomes } from '../casework/outreach/outcomes';
import { OutreachScheduler, type OutreachSender } from '../casework/outreach/outreachScheduler';
import { deliveryContacts } from '../casework/promises/onceDelivery';
import type { WhatsAppObserver } from '../channels/whatsApp/whatsAppInbound';
import type { OutreachVariables } from '../channels/whatsApp/outreachSender';
import { pseudonymFor } from '../channels/whatsApp/phonePseudonym';
import type { Logger } from '../infra/logger';
import type { StaffAuth } from '../staff/auth/staffAuth';
import { registerCampaignRoutes } from '../staff/supervisor/campaignRoutes';
import type { Config } from './config';
import type { Stores } from './stores';

export interface OutreachDeps {
  config: Config;
  stores: Stores;
  risk: RiskScorer;
  pseudonymKey: Buffer;
  log: Logger;
  now: () => Date;
}

export interface Outreach {
  scheduler: OutreachScheduler;
  /** Delivery statuses and inbound messages from the WhatsApp channel. */
  observer: WhatsAppObserver;
  /** Channels become senders once they exist (the WhatsApp channel is built after the stores). */
  addSender(channel: OutreachChannel, sender: OutreachSender): void;
  /** One loan's contact facts and zone, read fresh: promise reminders are checked against the same rules. */
  candidate: (loan: LoanRecord, now: Date) => Promise<OutreachCandidate>;
  /** What template variables are filled with: the lender's details from config. */
  variables: OutreachVariables;
  register(server: Server, auth: StaffAuth): void;
  /** Ticks every `ms`, one tick at a time; the returned stop waits for a tick in progress. */
  start(ms: number): () => Promise<void>;
}

const digits = (phone: string | undefined) => phone?.replace(/\D/g, '') ?? '';

/** The outreach scheduler and routes wired onto the stores; the composition root starts it on OUTREACH_TICK_MS. */
export function createOutreach(deps: OutreachDeps): Outreach {
  const { config, stores, now } = deps;
  const store = stores.campaigns;
  const band = (loan: LoanRecord) => {
    try {
      return deps.risk.score(loan).band;
    } catch {
      return undefined;
    }
  };
  const candidates = new CandidateSource({
    loans: () => stores.loanBook.all(),
    cases: () => stores.cases.all(),
    progress: (loanId) => stores.progress.load(loanId),
    liveArrangement: (loanId, today) => stores.arrangements.liveForLoan(loanId, today),
    flags: (loanId) => store.flags(loanId),
    optedOut: async (loan) => {
      const waId = digits(loan.Phone);
      return waId && (await stores.contacts.isOptedOut('whatsapp', pseudonymFor(waId, deps.pseudonymKey))) ? ['whatsapp'] : [];
    },
    band,
    deployment: config.DEPLOYMENT_PROFILE,
    timeZone: config.TIME_ZONE,
  });
  const outcomeOf = async (row: CampaignSend) => {
    const since = row.sentAt ?? row.updatedAt;
    const [intake, arrangements] = await Promise.all([stores.progress.load(row.loanId), stores.arrangements.forLoan(row.loanId)]);
    return {
      verified: !!intake?.verifiedAt && intake.verifiedAt >= since,
      arrangement: arrangements.some((a) => a.createdAt >= since),
      optedOut: intake?.stage === 'opted_out' && (intake.updatedAt ?? '') >= since,
    };
  };
  const senders: Partial<Record<OutreachChannel, OutreachSender>> = {};
  const scheduler = new OutreachScheduler({
    store,
    candidates,
    loan: (loanId) => stores.loanBook.get(loanId),
    senders,
    outcomeOf,
    timeZone: config.TIME_ZONE,
    // Reminders and follow-ups on missed payments count against the same per-borrower caps as campaign messages.
    counted: contactsOf([deliveryContacts(stores.promiseLedgers.reminders), deliveryContacts(stores.promiseLedgers.followUps)]),
    random: Math.random,
    now,
    log: deps.log.child({ component: 'outreach' }),
  });
  // Phone → loans, built on the first reply: the book changes only on imports.
  let byPhone: Map<string, string[]> | undefined;
  const loansFor = (waId: string) => {
    byPhone ??= stores.loanBook
      .all()
      .reduce((m, l) => (digits(l.Phone) ? m.set(digits(l.Phone), [...(m.get(digits(l.Phone)) ?? []), l.Loan_ID]) : m), new Map<string, string[]>());
    return byPhone.get(waId) ?? [];
  };
  return {
    scheduler,
    observer: {
      status: (s) =>
        scheduler.onStatus(
          s.id,
          s.status,
          new Date(Number(s.timestamp) * 1000),
          s.errors?.map((e) => `${e.code} ${e.title ?? ''}`.trim()).join('; '),
          s.biz_opaque_callback_data,
        ),
      inbound: async (waId, at) => void (await Promise.all(loansFor(waId).map((loanId) => scheduler.onReply(loanId, at)))),
    },
    addSender: (channel, sender) => void (senders[channel] = sender),
    candidate: (loan, at) => candidates.one(loan, at),
    variables: { lender_name: config.LENDER_NAME, web_chat_link: config.OUTREACH_WEB_CHAT_URL ?? '', support_hours: config.AGENT_HOURS },
    start: (ms) => {
      let running: Promise<void> = Promise.resolve();
      const timer = setInterval(() => {
        running = running.then(() => scheduler.tick()).catch((err) => deps.log.error({ err }, 'outreach: tick failed'));
      }, ms).unref();
      return () => (clearInterval(timer), running);
    },
    register: (server, auth) =>
      registerCampaignRoutes(server, {
        auth,
        audit: stores.audit,
        store,
        outcomes: async (campaign: Campaign) => campaignOutcomes(campaign, await store.sends(campaign.id), await store.suppressions(campaign.id), outcomeOf),
        hasLoan: (loanId) => stores.loanBook.get(loanId) !== undefined,
        maxBodyBytes: config.MAX_BODY_BYTES,
        now,
      }),
  };
}
