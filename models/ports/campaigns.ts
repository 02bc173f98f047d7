import type { Campaign } from '../outreach/campaign';
import type { ContactHold, OutreachChannel, SuppressionRule } from '../outreach/contactRules';

/**
 * One borrower × campaign step, keyed by its idempotency key (`sendKey`): the row
 * is inserted once, whatever instance or restart plans it again, and moves
 * queued → sending → sent | failed, or is settled held out / suppressed.
 * `uncertain`: the process died between asking WhatsApp to send and writing
 * the answer; it is never sent again (a second collection message is worse
 * than a missed one) and is counted apart.
 */
export const SEND_STATES = ['queued', 'sending', 'sent', 'failed', 'uncertain', 'held_out', 'suppressed', 'cancelled'] as const;
export type SendState = (typeof SEND_STATES)[number];

export interface CampaignSend {
  key: string;
  campaignId: string;
  loanId: string;
  step: number;
  state: SendState;
  /** The bandit's segment and arm (sends only). */
  segment?: string;
  channel?: OutreachChannel;
  hour?: number;
  /** When it is due (queued) and when it went out (sent). */
  sendAt?: string;
  sentAt?: string;
  messageId?: string;
  /** Delivery statuses WhatsApp reported (sent, delivered, read, failed), first time each. */
  statuses: Partial<Record<string, string>>;
  /** Why it failed (Graph error code and title), or which rule settled it as suppressed. */
  error?: string;
  rule?: SuppressionRule;
  repliedAt?: string;
  leaseUntil?: string;
  updatedAt: string;
}

/** A contact rule that stopped a planned send, once per send key and rule, with how often it did. */
export interface SuppressionRecord {
  campaignId: string;
  key: string;
  loanId: string;
  rule: SuppressionRule;
  detail: string;
  count: number;
  firstAt: string;
  lastAt: string;
}

/** Account flags outreach honours that no conversation sets: holds and a debt-respite moratorium, set by staff. */
export interface AccountFlags {
  holds: ContactHold[];
  moratoriumUntil?: string;
}

/**
 * Campaigns and their send ledger. Embedded: documents under DATA_DIR, claims
 * serialised in the one process that owns it. PostgreSQL: rows claimed with
 * `FOR UPDATE SKIP LOCKED` under a lease, so instances never take the same send.
 */
export interface CampaignStore {
  saveCampaign(campaign: Campaign): Promise<void>;
  campaign(id: string): Promise<Campaign | undefined>;
  campaigns(): Promise<Campaign[]>;
  /** Inserts rows whose key is new; returns how many were. An existing key is left exactly as it is. */
  insertSends(rows: CampaignSend[]): Promise<number>;
  /** Queued rows due at `now`, leased to the caller and moved to `sending` in the same step. */
  claimDue(now: Date, leaseMs: number, limit: number): Promise<CampaignSend[]>;
  /** Rows left in `sending` whose lease ran out: the instance died mid-send. Marked `uncertain` and returned. */
  expireSending(now: Date): Promise<CampaignSend[]>;
  updateSend(key: string, change: (row: CampaignSend) => CampaignSend | undefined): Promise<CampaignSend | undefined>;
  deleteSend(key: string): Promise<void>;
  sends(campaignId: string): Promise<CampaignSend[]>;
  sendByMessageId(messageId: string): Promise<CampaignSend | undefined>;
  recordSuppression(entry: Omit<SuppressionRecord, 'count' | 'firstAt' | 'lastAt'>, at: Date): Promise<void>;
  suppressions(campaignId: string): Promise<SuppressionRecord[]>;
  flags(loanId: string): Promise<AccountFlags | undefined>;
  setFlags(loanId: string, flags: AccountFlags): Promise<void>;
}
