import type { LoanRecord } from '../../../models/loanBook/loanRecord';
import type { Campaign } from '../../../models/outreach/campaign';
import { CONTACT_PROFILES } from '../../../models/outreach/contactProfiles';
import { evaluateContact, type LenderContactRules, type OutreachChannel } from '../../../models/outreach/contactRules';
import { planCampaign, type PlannedAction } from '../../../models/outreach/planner';
import type { OutreachCandidate } from '../../../models/outreach/segment';
import type { CampaignSend, CampaignStore } from '../../../models/ports/campaigns';
import type { ContactsMade } from '../../../models/ports/contactsMade';
import { borrowerOfBook, ContactBudget, type BorrowerOf } from '../../../models/outreach/contactBudget';
import { lazily } from '../../../models/shared/lazily';
import type { UniformRandom } from '../../../models/shared/random';
import { campaignOfReference, isReferenceOf } from '../../../models/outreach/sendReference';
import type { Logger } from '../../infra/logger';
import { allSends, attemptsByLoan, banditFromLedger, sentOnDay, unreachableByLoan, wentOutOnDay, type SendOutcome } from './ledger';

export type SendResult = { ok: true; messageId: string } | { ok: false; retryable: boolean; error: string };

/** Delivers one outreach message on its channel (WhatsApp: a template outside the 24-hour window). */
export type OutreachSender = (loan: LoanRecord, campaign: Campaign, row: CampaignSend) => Promise<SendResult>;

export interface OutreachSchedulerDeps {
  store: CampaignStore;
  candidates: { all(now: Date): Promise<OutreachCandidate[]>; one(loan: LoanRecord, now: Date): Promise<OutreachCandidate> };
  loan: (loanId: string) => LoanRecord | undefined;
  senders: Partial<Record<OutreachChannel, OutreachSender>>;
  outcomeOf: (row: CampaignSend) => Promise<SendOutcome>;
  /** The lender's zone: a campaign's daily cap counts its local day. */
  timeZone: string;
  rules?: LenderContactRules;
  /**
   * Messages the other sweeps (promise reminders, missed-payment follow-ups) sent: they count towards the same
   * per-borrower caps. Read once per tick: what they send while this tick runs is counted from the next.
   */
  counted?: ContactsMade;
  random: UniformRandom;
  now: () => Date;
  log: Logger;
}

/** The other sweeps' messages by loan, read once a tick, when its first send is checked. */
type OtherContacts = () => Promise<ReadonlyMap<string, readonly string[]>>;

/** A claimed send is this instance's for this long; past it, the row is settled `uncertain`, never sent again. */
const LEASE_MS = 2 * 60_000;
const BATCH = 50;
/** A send Graph refused for a passing reason is tried again this much later (the contact rules are checked again then). */
const RETRY_MS = 5 * 60_000;

/**
 * Plans running campaigns into the send ledger and sends what is due. Every
 * send is a ledger row under its idempotency key (borrower × campaign × step),
 * inserted once; a row is claimed (moved to `sending`) before the message goes
 * out, so a restart sends nothing twice, and a row is only ever settled, never
 * dropped, so a restart skips nothing. Contact rules are checked when the send
 * is planned and again when it goes out.
 */
export class OutreachScheduler {
  /** Every loan of one borrower spends one budget of contact. */
  private readonly borrowerOf: BorrowerOf;

  constructor(private readonly deps: OutreachSchedulerDeps) {
    this.borrowerOf = borrowerOfBook(deps.loan);
  }

  async tick(): Promise<void> {
    const now = this.deps.now();
    for (const row of await this.deps.store.expireSending(now))
      this.deps.log.warn({ key: row.key }, 'outreach: a send was cut off mid-flight; settled uncertain, not retried');
    const others: OtherContacts = lazily(async () => (await this.deps.counted?.byLoan()) ?? new Map());
    const running = (await this.deps.store.campaigns()).filter((c) => c.status === 'running');
    if (running.length > 0) {
      const candidates = await this.deps.candidates.all(now);
      for (const campaign of running) await this.plan(campaign, candidates, others, now);
    }
    await this.dispatch(others, now);
  }

  private allRows(): Promise<CampaignSend[]> {
    return allSends(this.deps.store);
  }

  /** Each borrower's campaign attempts with the other sweeps' messages added: one budget for the caps. */
  private async budget(campaigns: Map<string, string[]>, others: OtherContacts): Promise<ContactBudget> {
    return new ContactBudget([campaigns, await others()], this.borrowerOf);
  }

  private async plan(campaign: Campaign, candidates: OutreachCandidate[], others: OtherContacts, now: Date): Promise<void> {
    const { store } = this.deps;
    const every = await this.allRows();
    const rows = every.filter((r) => r.campaignId === campaign.id);
    const attempts = await this.budget(attemptsByLoan(every, { queued: true }), others);
    const replied = new Set(rows.filter((r) => r.repliedAt).map((r) => r.loanId));
    const unreachable = unreachableByLoan(every);
    // An uncertain first step may well have reached the borrower, and a failed one is retried on another channel by the follow-up.
    const first = rows.filter((r) => r.step === 0 && (r.state === 'sent' || r.state === 'uncertain' || r.state === 'failed'));
    const firstSentAt = new Map(first.map((r) => [r.loanId, r.sentAt ?? r.updatedAt]));
    const actions = planCampaign(
      campaign,
      candidates.map((c) => ({
        ...c,
        responded: replied.has(c.loan.Loan_ID),
        unreachable: unreachable.get(c.loan.Loan_ID),
        facts: { ...c.facts, attempts: attempts.attempts(c.loan.Loan_ID) },
      })),
      {
        now,
        settled: new Set(rows.map((r) => r.key)),
        firstSentAt,
        sentToday: sentOnDay(rows, now, this.deps.timeZone),
        bandit: await banditFromLedger(rows, this.deps.outcomeOf, now),
        random: this.deps.random,
        rules: this.deps.rules,
      },
    );
    const inserts = actions.flatMap((a) => this.rowFor(campaign, a, now));
    await store.insertSends(inserts);
    for (const a of actions)
      if (a.kind === 'suppressed')
        await store.recordSuppression({ campaignId: campaign.id, key: a.key, loanId: a.loanId, rule: a.rule, detail: a.detail }, now);
  }

  private rowFor(campaign: Campaign, action: PlannedAction, now: Date): CampaignSend[] {
    const base = { key: action.key, campaignId: campaign.id, loanId: action.loanId, step: action.step, statuses: {}, updatedAt: now.toISOString() };
    if (action.kind === 'holdout') return [{ ...base, state: 'held_out' }];
    if (action.kind === 'suppressed') return action.final ? [{ ...base, state: 'suppressed', rule: action.rule, error: action.detail }] : [];
    return [{ ...base, state: 'queued', segment: action.segment, channel: action.channel, hour: action.hour, sendAt: action.sendAt }];
  }

  private async dispatch(others: OtherContacts, now: Date): Promise<void> {
    // One row claimed at a time: a crash leaves at most the one in flight uncertain, never a claimed batch unsent.
    for (let n = 0; n < BATCH; n++) {
      const [row] = await this.deps.store.claimDue(now, LEASE_MS, 1);
      if (!row) return;
      await this.deliver(row, others, now).catch(async (err: Error) => {
        this.deps.log.error({ err, key: row.key }, 'outreach: send failed unexpectedly');
        await this.settle(row.key, { state: 'failed', error: err.message }, now);
      });
    }
  }

  private settle(key: string, patch: Partial<CampaignSend>, now: Date) {
    return this.deps.store.updateSend(key, (r) =>
      r.state === 'sending' ? { ...r, ...patch, leaseUntil: undefined, updatedAt: now.toISOString() } : undefined,
    );
  }

  private async deliver(row: CampaignSend, others: OtherContacts, now: Date): Promise<void> {
    const { store } = this.deps;
    const campaign = await store.campaign(row.campaignId);
    if (!campaign || campaign.status === 'stopped') return void (await this.settle(row.key, { state: 'cancelled' }, now));
    // Paused: the send waits in the queue, due again when the campaign runs.
    if (campaign.status !== 'running') return void (await this.settle(row.key, { state: 'queued' }, now));
    const loan = this.deps.loan(row.loanId);
    if (!loan) return void (await this.settle(row.key, { state: 'cancelled', error: 'the loan left the book' }, now));
    const candidate = await this.deps.candidates.one(loan, now);
    const every = await this.allRows();
    const attempts = (await this.budget(attemptsByLoan(every, { queued: false, exceptKey: row.key }), others)).attempts(row.loanId);
    const mine = every.filter((r) => r.campaignId === campaign.id);
    const channel = row.channel ?? 'whatsapp';
    const verdict = evaluateContact(
      {
        channel,
        at: now,
        timeZone: candidate.timeZone,
        profile: CONTACT_PROFILES[candidate.jurisdiction],
        campaign: { sentToday: wentOutOnDay(mine, now, this.deps.timeZone, row.key), dailyCap: campaign.dailyCap },
      },
      { ...candidate.facts, attempts },
      this.deps.rules,
    );
    if (!verdict.allowed) {
      await store.recordSuppression({ campaignId: campaign.id, key: row.key, loanId: row.loanId, rule: verdict.rule, detail: verdict.detail }, now);
      const final = verdict.rule === 'opted_out' || verdict.rule === 'dispute' || verdict.rule === 'complaint';
      // Not final (a hold, the hours): the step goes back to be planned again, so it is neither lost nor sent against the rule.
      if (final) await this.settle(row.key, { state: 'suppressed', rule: verdict.rule, error: verdict.detail }, now);
      else await store.deleteSend(row.key);
      return;
    }
    const sender = this.deps.senders[channel];
    if (!sender) return void (await this.settle(row.key, { state: 'failed', error: `no ${channel} sender is configured` }, now));
    const result = await sender(loan, campaign, row);
    if (result.ok) await this.settle(row.key, { state: 'sent', messageId: result.messageId, sentAt: now.toISOString() }, now);
    else if (result.retryable)
      await this.settle(row.key, { state: 'queued', sendAt: new Date(now.getTime() + RETRY_MS).toISOString(), error: result.error }, now);
    else await this.settle(row.key, { state: 'failed', error: result.error }, now);
  }

  /**
   * A WhatsApp delivery status for a message we sent: outcomes and the bandit read it from the row.
   * `sendKey` is the message's callback data: when a crash lost Graph's answer, the row is `uncertain`
   * (or still `sending`) with no message id, and Meta's status is how we learn the message did go out.
   */
  async onStatus(messageId: string, status: string, at: Date, error?: string, reference?: string): Promise<void> {
    const key = (await this.deps.store.sendByMessageId(messageId))?.key ?? (reference && (await this.sendReferencedBy(reference))?.key);
    if (!key) return;
    let recovered = false;
    const changed = await this.deps.store.updateSend(key, (r) => {
      recovered = !r.messageId;
      if (recovered && r.state !== 'uncertain' && r.state !== 'sending') return undefined;
      return {
        ...r,
        ...(recovered && { state: 'sent' as const, messageId, sentAt: r.sentAt ?? at.toISOString(), leaseUntil: undefined }),
        statuses: { ...r.statuses, [status]: r.statuses[status] ?? at.toISOString() },
        ...(status === 'failed' && { state: 'failed' as const, error: error ?? 'failed' }),
        updatedAt: at.toISOString(),
      };
    });
    if (changed && recovered) this.deps.log.info({ key }, 'outreach: a send cut off mid-flight was confirmed by its WhatsApp status');
  }

  /** Only sends whose answer was lost have no message id, so only those few are looked through. */
  private async sendReferencedBy(reference: string): Promise<CampaignSend | undefined> {
    const campaignId = campaignOfReference(reference);
    if (!campaignId) return undefined;
    const open = (await this.deps.store.sends(campaignId)).filter((r) => !r.messageId && (r.state === 'uncertain' || r.state === 'sending'));
    return open.find((r) => isReferenceOf(reference, campaignId, r.key));
  }

  /** The borrower wrote back: the latest send to them in each campaign is credited, and its follow-ups stop. */
  async onReply(loanId: string, at: Date): Promise<void> {
    const rows = (await this.allRows()).filter((r) => r.loanId === loanId && r.state === 'sent' && r.sentAt && r.sentAt <= at.toISOString() && !r.repliedAt);
    const latest = new Map<string, CampaignSend>();
    for (const r of rows) if ((latest.get(r.campaignId)?.sentAt ?? '') < r.sentAt!) latest.set(r.campaignId, r);
    for (const r of latest.values()) await this.deps.store.updateSend(r.key, (x) => ({ ...x, repliedAt: at.toISOString(), updatedAt: at.toISOString() }));
  }
}
