import { localTime } from '../../../models/shared/localTime';
import { ContactBandit } from '../../../models/outreach/bandit';
import type { OutreachChannel } from '../../../models/outreach/contactRules';
import type { CampaignSend, CampaignStore, SendState } from '../../../models/ports/campaigns';
import type { ContactsMade } from '../../../models/ports/contactsMade';

/** States that count as contact attempts: it went out, is going, or may have (uncertain). */
const ATTEMPTED: ReadonlySet<SendState> = new Set(['queued', 'sending', 'sent', 'uncertain']);

/** How a send ended, as far as we know: reply, verified intake, arrangement (later stages include earlier ones). */
export interface SendOutcome {
  verified: boolean;
  arrangement: boolean;
}

/** Past this without an answer, a send counts as a non-response for learning. */
const ANSWER_WINDOW_MS = 48 * 3_600_000;

export const isAttempt = (row: CampaignSend) => ATTEMPTED.has(row.state);

/**
 * When each borrower was contacted (any campaign), for the per-borrower and
 * per-week caps. Planning counts what is queued (it will go out); a send about
 * to go out counts only what has gone, or may have.
 */
export function attemptsByLoan(rows: readonly CampaignSend[], options: { queued: boolean; exceptKey?: string }): Map<string, string[]> {
  const byLoan = new Map<string, string[]>();
  for (const row of rows) {
    if (!isAttempt(row) || row.key === options.exceptKey || (row.state === 'queued' && !options.queued)) continue;
    const at = row.sentAt ?? row.sendAt;
    if (at) byLoan.set(row.loanId, [...(byLoan.get(row.loanId) ?? []), at]);
  }
  return byLoan;
}

/** Every campaign's sends. */
export async function allSends(store: CampaignStore): Promise<CampaignSend[]> {
  return (await Promise.all((await store.campaigns()).map((c) => store.sends(c.id)))).flat();
}

/**
 * The campaigns' messages as the other sweeps' caps count them: what went out, is going out, or may have. A queued
 * send does not count: it is checked again as it goes out, against whatever was sent in between.
 */
export function campaignContacts(store: CampaignStore): ContactsMade {
  return { byLoan: async () => attemptsByLoan(await allSends(store), { queued: false }) };
}

/** WhatsApp's "not a WhatsApp user" / undeliverable codes: the number cannot be reached there, now or next week. */
const UNREACHABLE = /\b(131026|131030)\b/;

/** Channels each borrower could not be reached on (any campaign): the next step takes another channel, or none. */
export function unreachableByLoan(rows: readonly CampaignSend[]): Map<string, OutreachChannel[]> {
  const byLoan = new Map<string, OutreachChannel[]>();
  for (const row of rows) {
    if (row.state !== 'failed' || !row.channel || !UNREACHABLE.test(row.error ?? '')) continue;
    const known = byLoan.get(row.loanId) ?? [];
    if (!known.includes(row.channel)) byLoan.set(row.loanId, [...known, row.channel]);
  }
  return byLoan;
}

/** Sends the campaign has made or queued on the lender's local day of `now` (its daily cap). */
export function sentOnDay(rows: readonly CampaignSend[], now: Date, timeZone: string): number {
  const today = localTime(now, timeZone).date;
  return rows.filter((r) => isAttempt(r) && r.sendAt && localTime(new Date(r.sendAt), timeZone).date === today).length;
}

/** Sends the campaign made (or may have) on the lender's local day of `now`: the cap checked again as each goes out. */
export function wentOutOnDay(rows: readonly CampaignSend[], now: Date, timeZone: string, exceptKey: string): number {
  const today = localTime(now, timeZone).date;
  return rows.filter(
    (r) =>
      r.key !== exceptKey &&
      (r.state === 'sent' || r.state === 'sending' || r.state === 'uncertain') &&
      localTime(new Date(r.sentAt ?? r.updatedAt), timeZone).date === today,
  ).length;
}

/** Reply 0.3, verified intake 0.6, arrangement 1: the bandit learns what the lender values, not only what is easy to get. */
export function rewardOf(row: CampaignSend, outcome: SendOutcome, now: Date): number | undefined {
  if (row.state === 'failed') return 0;
  if (row.state !== 'sent' || !row.sentAt) return undefined;
  if (outcome.arrangement) return 1;
  if (outcome.verified) return 0.6;
  if (row.repliedAt) return 0.3;
  return now.getTime() - Date.parse(row.sentAt) > ANSWER_WINDOW_MS ? 0 : undefined;
}

/**
 * The bandit rebuilt from the ledger on each plan: every send with a known
 * outcome counts exactly once, whatever restarts happened, and nothing
 * besides the ledger needs to be kept.
 */
export async function banditFromLedger(
  rows: readonly CampaignSend[],
  outcomeOf: (row: CampaignSend) => Promise<SendOutcome>,
  now: Date,
): Promise<ContactBandit> {
  const bandit = new ContactBandit();
  for (const row of rows) {
    if (row.segment === undefined || row.channel === undefined || row.hour === undefined) continue;
    const reward = rewardOf(row, await outcomeOf(row), now);
    if (reward !== undefined) bandit.reward(row.segment, { channel: row.channel, hour: row.hour }, reward);
  }
  return bandit;
}
