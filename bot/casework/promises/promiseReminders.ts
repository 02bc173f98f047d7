import { randomUUID } from 'node:crypto';
import type { BorrowerLanguage } from '../../../models/i18n/languages';
import type { LoanRecord } from '../../../models/loanBook/loanRecord';
import { liveArrangement, instalmentSchedule, type Arrangement } from '../../../models/offers';
import { CONTACT_PROFILES } from '../../../models/outreach/contactProfiles';
import { evaluateContact, type LenderContactRules, type SuppressionRule } from '../../../models/outreach/contactRules';
import type { OutreachCandidate } from '../../../models/outreach/segment';
import { evaluatePromise, type PromiseSettings } from '../../../models/payments/promise';
import { remindersDue, type ReminderDue } from '../../../models/payments/reminders';
import type { PaymentLedger } from '../../../models/ports/payments';
import { localTime } from '../../../models/shared/localTime';
import type { Documents } from '../../infra/storage/documents';
import type { Logger } from '../../infra/logger';
import type { SendResult } from '../outreach/outreachScheduler';

/**
 * One reminder's ledger entry, keyed arrangement × instalment. `waiting`: a contact rule held it back for now
 * (hours, a hold) and it is tried again; every other state is final, so no instalment is reminded twice.
 * `uncertain`: the process died between claiming it and writing the answer; it is never sent again.
 */
export interface ReminderRecord {
  key: string;
  loanId: string;
  dueDate: string;
  state: 'waiting' | 'sending' | 'sent' | 'failed' | 'suppressed' | 'uncertain';
  /** Each rule that held it back, with its detail and how often, as outreach records them. */
  suppressions: { rule: SuppressionRule; detail: string; count: number; lastAt: string }[];
  leaseUntil?: string;
  /** Who claimed it: instances sharing a clock would write the same lease, so the claim is told apart by this. */
  claim?: string;
  messageId?: string;
  sentAt?: string;
  error?: string;
  updatedAt: string;
}

/** Delivers one reminder on the borrower's channel, in their language; it must not say anything about the debt. */
export type ReminderSender = (loan: LoanRecord, reminder: ReminderDue, language: BorrowerLanguage) => Promise<SendResult>;

export interface PromiseRemindersDeps {
  ledger: Documents<ReminderRecord>;
  loans: () => LoanRecord[];
  arrangements: { forLoan(loanId: string): Promise<Arrangement[]> };
  payments: PaymentLedger;
  /** The loan's contact facts and zone, read fresh (STOP, holds, cases, crisis): outreach's own source. */
  candidate: (loan: LoanRecord, now: Date) => Promise<OutreachCandidate>;
  language: (loanId: string) => Promise<BorrowerLanguage>;
  sender: ReminderSender;
  settings: PromiseSettings;
  /** Days before a due date the reminder goes. */
  days: number;
  rules?: LenderContactRules;
  now: () => Date;
  log: Logger;
}

const LEASE_MS = 2 * 60_000;
const FINAL_RULES: ReadonlySet<SuppressionRule> = new Set(['opted_out', 'dispute', 'complaint']);

/**
 * Reminders before each instalment's due date, within the borrower's contact rules. Each is claimed by a
 * read-modify-write of its own ledger document (serialised by both stores, so instances sweeping together claim it
 * once) and moved to `sending` before the message goes: a restart or a second instance never sends it again.
 */
export class PromiseReminders {
  constructor(private readonly deps: PromiseRemindersDeps) {}

  async tick(): Promise<void> {
    const now = this.deps.now();
    for (const loan of this.deps.loans()) {
      const arrangements = await this.deps.arrangements.forLoan(loan.Loan_ID);
      const live = liveArrangement(arrangements, loan.Loan_ID, now);
      if (!live) continue;
      const schedule = instalmentSchedule(live);
      if (schedule.length === 0) continue;
      const candidate = await this.deps.candidate(loan, now);
      const today = localTime(now, candidate.timeZone).date;
      const payments = (await this.deps.payments.forLoan(loan.Loan_ID)).filter((p) => p.date >= live.createdAt.slice(0, 10));
      const evaluation = evaluatePromise(schedule, payments, today, this.deps.settings);
      for (const due of remindersDue(live, evaluation, today, this.deps.days)) await this.remind(loan, candidate, due, now);
    }
  }

  private async remind(loan: LoanRecord, candidate: OutreachCandidate, due: ReminderDue, now: Date): Promise<void> {
    const { ledger } = this.deps;
    const at = now.toISOString();
    const existing = (await ledger.get(due.key))?.value;
    if (existing?.state === 'sending' && existing.leaseUntil && existing.leaseUntil < at)
      return void (await ledger.update(due.key, (r) =>
        r?.state === 'sending' ? { ...r, state: 'uncertain', leaseUntil: undefined, updatedAt: at } : undefined,
      ));
    if (existing && existing.state !== 'waiting') return;
    const verdict = evaluateContact(
      {
        channel: 'whatsapp',
        at: now,
        timeZone: candidate.timeZone,
        profile: CONTACT_PROFILES[candidate.jurisdiction],
        campaign: { sentToday: 0, dailyCap: Number.POSITIVE_INFINITY },
      },
      { ...candidate.facts, attempts: await this.attempts(loan.Loan_ID, due.key) },
      this.deps.rules,
    );
    if (!verdict.allowed) {
      const state = FINAL_RULES.has(verdict.rule) ? 'suppressed' : 'waiting';
      await ledger.update(due.key, (r) => {
        if (r && r.state !== 'waiting') return undefined;
        const known = r?.suppressions ?? [];
        const same = known.find((s) => s.rule === verdict.rule);
        const suppressions = same
          ? known.map((s) => (s === same ? { ...s, detail: verdict.detail, count: s.count + 1, lastAt: at } : s))
          : [...known, { rule: verdict.rule, detail: verdict.detail, count: 1, lastAt: at }];
        return { key: due.key, loanId: due.loanId, dueDate: due.dueDate, state, suppressions, updatedAt: at };
      });
      return;
    }
    const leaseUntil = new Date(now.getTime() + LEASE_MS).toISOString();
    const claim = randomUUID();
    const claimed = await ledger.update(due.key, (r) =>
      r && r.state !== 'waiting'
        ? undefined
        : { key: due.key, loanId: due.loanId, dueDate: due.dueDate, suppressions: r?.suppressions ?? [], state: 'sending', leaseUntil, claim, updatedAt: at },
    );
    if (claimed?.claim !== claim) return;
    const result = await this.deps
      .sender(loan, due, await this.deps.language(loan.Loan_ID))
      .catch((err: Error): SendResult => ({ ok: false, retryable: false, error: err.message }));
    await ledger.update(due.key, (r) =>
      r?.state !== 'sending'
        ? undefined
        : result.ok
          ? { ...r, state: 'sent', messageId: result.messageId, sentAt: at, leaseUntil: undefined, updatedAt: at }
          : // A passing failure waits for the next sweep, inside the rules again; any other is final.
            { ...r, state: result.retryable ? 'waiting' : 'failed', error: result.error, leaseUntil: undefined, updatedAt: at },
    );
    if (!result.ok) this.deps.log.warn({ key: due.key, error: result.error }, 'promise reminder: send failed');
  }

  /** Reminders already sent (or maybe sent) to this borrower count towards the weekly and daily caps. */
  private async attempts(loanId: string, exceptKey: string): Promise<string[]> {
    const out: string[] = [];
    for await (const doc of this.deps.ledger.all()) {
      const r = doc.value;
      if (r.loanId === loanId && r.key !== exceptKey && (r.state === 'sent' || r.state === 'uncertain' || r.state === 'sending'))
        out.push(r.sentAt ?? r.updatedAt);
    }
    return out;
  }
}
