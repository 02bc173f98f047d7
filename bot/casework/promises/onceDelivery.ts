import { randomUUID } from 'node:crypto';
import { CONTACT_PROFILES } from '../../../models/outreach/contactProfiles';
import { evaluateContact, type ContactChannel, type LenderContactRules, type SuppressionRule } from '../../../models/outreach/contactRules';
import type { OutreachCandidate } from '../../../models/outreach/segment';
import { contactsOf, type ContactsMade } from '../../../models/ports/contactsMade';
import { ContactBudget, type BorrowerOf } from '../../../models/outreach/contactBudget';
import { lazily } from '../../../models/shared/lazily';
import type { Documents } from '../../infra/storage/documents';
import type { Logger } from '../../infra/logger';
import type { SendResult } from '../outreach/outreachScheduler';
import { isNotReachableNow, type DeliveryAttempt } from './deliveryAttempt';

/** Why a message waits: a contact rule, or its channel could not take it when it was tried (not a failure). */
export type HeldBy = SuppressionRule | 'not_reachable_now';

/** One reason a message was held back, with its latest detail and how often it held it. */
export interface HoldNote {
  rule: HeldBy;
  detail: string;
  count: number;
  lastAt: string;
}

/**
 * One proactive message's ledger entry, keyed by what it is about (arrangement × instalment). `waiting`: a contact
 * rule held it back for now (hours, a hold) and it is tried again; every other state is final, so nothing is sent
 * twice. `uncertain`: the process died between claiming it and writing the answer; it is never sent again.
 */
export interface DeliveryRecord {
  key: string;
  loanId: string;
  dueDate: string;
  state: 'waiting' | 'sending' | 'sent' | 'failed' | 'suppressed' | 'uncertain';
  /** Each rule that held it back, with its detail and how often, as outreach records them. */
  suppressions: HoldNote[];
  leaseUntil?: string;
  /** Who claimed it: instances sharing a clock would write the same lease, so the claim is told apart by this. */
  claim?: string;
  /** Where it went: a channel, or `visit` when the borrower was told in a conversation they opened (not a contact). */
  via?: ContactChannel | 'visit';
  messageId?: string;
  sentAt?: string;
  error?: string;
  updatedAt: string;
}

/** What a message is about: its ledger key, the loan, and the instalment's due date. */
export type Deliverable = Pick<DeliveryRecord, 'key' | 'loanId' | 'dueDate'>;

/**
 * How a message reaches the borrower: the channel its contact rules are read for, and the send. Without a send
 * (a Web Chat borrower who is not on the page) it cannot go yet: it is left waiting, unclaimed, for a later sweep.
 */
export interface Route {
  channel: ContactChannel;
  send?: () => Promise<DeliveryAttempt>;
}

/** The borrower's channel for a kind of message (where they last talked), with its sender while it can reach them. */
export interface Reach<S> {
  channel: ContactChannel;
  sender?: S;
}

export interface OnceDeliveryDeps {
  ledger: Documents<DeliveryRecord>;
  /** Messages other sweeps (campaigns, the other promise sweep) sent the same borrower: they count towards the same caps. */
  counted?: ContactsMade;
  rules?: LenderContactRules;
  log: Logger;
}

/** One tick's contacts per borrower, read on first use. */
export type TickBudget = () => Promise<ContactBudget>;

/** Ledger claims are leased for two minutes: a claim older than that was left by an instance that died mid-send. */
export const LEASE_MS = 2 * 60_000;
const FINAL_RULES: ReadonlySet<SuppressionRule> = new Set(['opted_out', 'dispute', 'complaint']);
const WENT_OUT: ReadonlySet<DeliveryRecord['state']> = new Set(['sent', 'sending', 'uncertain']);

/** The notes with this hold counted once more (a new one starts at 1): a message held on each sweep is noted once, not each time. */
function noted(known: readonly HoldNote[], rule: HeldBy, detail: string, at: string): HoldNote[] {
  const same = known.find((s) => s.rule === rule);
  return same ? known.map((s) => (s === same ? { ...s, detail, count: s.count + 1, lastAt: at } : s)) : [...known, { rule, detail, count: 1, lastAt: at }];
}

/** A delivery ledger as the caps count it: the messages that went out, are going out, or may have. */
export function deliveryContacts(ledger: Documents<DeliveryRecord>): ContactsMade {
  return {
    byLoan: async () => {
      const byLoan = new Map<string, string[]>();
      for await (const { value: r } of ledger.all())
        // Being told in a visit the borrower opened is no contact.
        if (WENT_OUT.has(r.state) && r.via !== 'visit') byLoan.set(r.loanId, [...(byLoan.get(r.loanId) ?? []), r.sentAt ?? r.updatedAt]);
      return byLoan;
    },
  };
}

/**
 * Sends each message once, within the borrower's contact rules. A message is claimed by a read-modify-write of its
 * own ledger document (serialised by both stores, so instances sweeping together claim it once) and moved to
 * `sending` before it goes: a restart or a second instance never sends it again.
 */
export class OnceDelivery {
  /** This ledger's messages and the other sweeps': one budget of contact per borrower. */
  private readonly contacts: ContactsMade;

  /** `label` names the sweep in its log lines. */
  constructor(
    private readonly deps: OnceDeliveryDeps,
    private readonly label: string,
  ) {
    this.contacts = contactsOf([deliveryContacts(deps.ledger), ...(deps.counted ? [deps.counted] : [])]);
  }

  /**
   * The contacts each borrower has had, from this ledger and the other sweeps', for one sweep's tick: read when its
   * first message is checked (each ledger scanned once, not once per message); `deliver` adds what it sends to it.
   */
  budget(borrowerOf: BorrowerOf): TickBudget {
    return lazily(async () => new ContactBudget([await this.contacts.byLoan()], borrowerOf));
  }

  async deliver(candidate: OutreachCandidate, due: Deliverable, now: Date, route: Route, budget: TickBudget): Promise<void> {
    const { ledger } = this.deps;
    const at = now.toISOString();
    const existing = (await ledger.get(due.key))?.value;
    if (existing?.state === 'sending' && existing.leaseUntil && existing.leaseUntil < at)
      return void (await ledger.update(due.key, (r) =>
        r?.state === 'sending' ? { ...r, state: 'uncertain', leaseUntil: undefined, updatedAt: at } : undefined,
      ));
    if (existing && existing.state !== 'waiting') return;
    const contacts = await budget();
    const verdict = evaluateContact(
      {
        channel: route.channel,
        at: now,
        timeZone: candidate.timeZone,
        profile: CONTACT_PROFILES[candidate.jurisdiction],
        campaign: { sentToday: 0, dailyCap: Number.POSITIVE_INFINITY },
      },
      // This message's own record is not counted: it is still `waiting` (or new) when its caps are checked.
      { ...candidate.facts, attempts: contacts.attempts(due.loanId) },
      this.deps.rules,
    );
    const base = { key: due.key, loanId: due.loanId, dueDate: due.dueDate };
    if (!verdict.allowed) {
      const state = FINAL_RULES.has(verdict.rule) ? 'suppressed' : 'waiting';
      await ledger.update(due.key, (r) =>
        r && r.state !== 'waiting'
          ? undefined
          : { ...base, state, suppressions: noted(r?.suppressions ?? [], verdict.rule, verdict.detail, at), updatedAt: at },
      );
      return;
    }
    const { send } = route;
    if (!send) return;
    const leaseUntil = new Date(now.getTime() + LEASE_MS).toISOString();
    const claim = randomUUID();
    const claimed = await ledger.update(due.key, (r) =>
      r && r.state !== 'waiting' ? undefined : { ...base, suppressions: r?.suppressions ?? [], state: 'sending', leaseUntil, claim, updatedAt: at },
    );
    if (claimed?.claim !== claim) return;
    const result = await send().catch((err: Error): SendResult => ({ ok: false, retryable: false, error: err.message }));
    await ledger.update(due.key, (r) =>
      r?.state === 'sending' ? { ...settled(r, result, route.channel, at), leaseUntil: undefined, updatedAt: at } : undefined,
    );
    if (result.ok) contacts.spend(due.loanId, at);
    else if (isNotReachableNow(result)) this.deps.log.debug({ key: due.key, reason: result.notReachableNow }, `${this.label}: waits, not reachable now`);
    else this.deps.log.warn({ key: due.key, error: result.error }, `${this.label}: send failed`);
  }

  /**
   * The borrower, verified in a conversation they opened, is told of it there. One still waiting is settled
   * `sent` by the visit, so no message follows on any channel; one already sent may be told again (it promised
   * the details after verification). Only a suppressed one (STOP, dispute, complaint) is not told. Gives whether to tell.
   */
  async shown(due: Deliverable, conversationId: string, now: Date): Promise<boolean> {
    const at = now.toISOString();
    let found: DeliveryRecord['state'] | undefined;
    await this.deps.ledger.update(due.key, (r) => {
      found = r?.state;
      if (r && r.state !== 'waiting') return undefined;
      const base = { key: due.key, loanId: due.loanId, dueDate: due.dueDate, suppressions: r?.suppressions ?? [] };
      return { ...base, state: 'sent', via: 'visit', messageId: conversationId, sentAt: at, updatedAt: at };
    });
    return found !== 'suppressed';
  }
}

/**
 * The claimed record once the send answered. Not reachable now, it waits with the hold noted (counted, not
 * repeated); a passing failure waits for the next sweep, inside the rules again; any other failure is final.
 */
function settled(r: DeliveryRecord, result: DeliveryAttempt, channel: ContactChannel, at: string): DeliveryRecord {
  if (result.ok) return { ...r, state: 'sent', via: channel, messageId: result.messageId, sentAt: at };
  if (isNotReachableNow(result)) return { ...r, state: 'waiting', suppressions: noted(r.suppressions, 'not_reachable_now', result.notReachableNow, at) };
  return { ...r, state: result.retryable ? 'waiting' : 'failed', error: result.error };
}
