import type { UniformRandom } from '../shared/random';
import { localTime, utcOffsetMinutes } from '../shared/localTime';
import type { ContactBandit } from './bandit';
import type { Campaign } from './campaign';
import { borrowerIdOf } from './contactBudget';
import { CONTACT_PROFILES, type ContactProfile } from './contactProfiles';
import { evaluateContact, type LenderContactRules, type OutreachChannel, type SuppressionRule } from './contactRules';
import { inHoldout } from './holdout';
import { inSegment, segmentKey, type OutreachCandidate } from './segment';

/** Rules that will still hold tomorrow: the step is settled as suppressed rather than retried. */
const FINAL_RULES: ReadonlySet<SuppressionRule> = new Set(['opted_out', 'dispute', 'complaint', 'unreachable']);

export type PlannedAction =
  | { kind: 'send'; key: string; loanId: string; step: number; channel: OutreachChannel; hour: number; segment: string; sendAt: string }
  | { kind: 'suppressed'; key: string; loanId: string; step: number; rule: SuppressionRule; detail: string; final: boolean }
  | { kind: 'holdout'; key: string; loanId: string; step: number };

export interface PlanContext {
  now: Date;
  /** Idempotency keys already settled (sent, held out, or finally suppressed): never planned again. */
  settled: ReadonlySet<string>;
  /** When each loan's first step went out, for spacing follow-ups. */
  firstSentAt: ReadonlyMap<string, string>;
  /** Sends the campaign has made today. */
  sentToday: number;
  bandit: ContactBandit;
  random: UniformRandom;
  rules?: LenderContactRules;
}

/** One key per borrower × campaign step: what makes every send happen at most once, on any instance. */
export const sendKey = (campaignId: string, loanId: string, step: number) => `${campaignId}:${loanId}:${step}`;

/** Local send hours fully inside the contact window (a message at 18:59 must not land at 19:00). */
export function allowedHours(profile: ContactProfile): number[] {
  const hours: number[] = [];
  for (let h = 0; h < 24; h++) if (h * 60 >= profile.window.from && h * 60 + 59 < profile.window.to) hours.push(h);
  return hours;
}

/** The next moment at or after `now` when it is `hour` o'clock in the zone (now itself when we are in that hour). */
export function atLocalHour(now: Date, timeZone: string, hour: number): Date {
  const local = localTime(now, timeZone);
  if (local.hour === hour) return now;
  const daysAhead = hour > local.hour ? 0 : 1;
  const wall = Date.UTC(Number(local.date.slice(0, 4)), Number(local.date.slice(5, 7)) - 1, Number(local.date.slice(8, 10)) + daysAhead, hour);
  // Wall-clock to UTC with the offset at that moment (it may differ from now's across a daylight-saving change).
  const guess = new Date(wall - utcOffsetMinutes(now, timeZone) * 60_000);
  return new Date(wall - utcOffsetMinutes(guess, timeZone) * 60_000);
}

function dueStep(campaign: Campaign, candidate: OutreachCandidate, context: PlanContext): number | undefined {
  const loanId = candidate.loan.Loan_ID;
  const first = context.firstSentAt.get(loanId);
  for (let step = 0; step < campaign.steps.length; step++) {
    if (context.settled.has(sendKey(campaign.id, loanId, step))) continue;
    if (step === 0) return 0;
    if (!first || candidate.responded) return undefined;
    const due = Date.parse(first) + campaign.steps[step] * 86_400_000;
    return due <= context.now.getTime() ? step : undefined;
  }
  return undefined;
}

/**
 * What a running campaign should do now: for each borrower in its segment,
 * the next step due, held out, suppressed by a contact rule (with the rule),
 * or sent at the channel and local hour the bandit picks among those allowed.
 */
export function planCampaign(campaign: Campaign, candidates: readonly OutreachCandidate[], context: PlanContext): PlannedAction[] {
  if (campaign.status !== 'running') return [];
  const now = context.now;
  if (now < new Date(campaign.start) || (campaign.end && now > new Date(campaign.end))) return [];
  const actions: PlannedAction[] = [];
  let sentToday = context.sentToday;
  // This plan's own sends, by borrower: two loans of one person are one budget here too, not only once queued.
  const planned = new Map<string, string[]>();
  for (const candidate of candidates) {
    // Borrowers the segment picks but a protective fact leaves out are planned on, so the rule is recorded as the reason.
    if (!inSegment({ ...candidate, facts: { ...candidate.facts, openDispute: false, openComplaint: false, holds: [] } }, campaign.segment)) continue;
    const loanId = candidate.loan.Loan_ID;
    const step = dueStep(campaign, candidate, context);
    if (step === undefined) continue;
    const key = sendKey(campaign.id, loanId, step);
    if (inHoldout(campaign.id, loanId, campaign.holdoutShare)) {
      actions.push({ kind: 'holdout', key, loanId, step });
      continue;
    }
    const profile = CONTACT_PROFILES[candidate.jurisdiction];
    const reachable = campaign.channels.filter((c) => !candidate.unreachable?.includes(c));
    if (reachable.length === 0) {
      actions.push({
        kind: 'suppressed',
        key,
        loanId,
        step,
        rule: 'unreachable',
        detail: `earlier sends on ${campaign.channels.join(', ')} did not reach the borrower`,
        final: true,
      });
      continue;
    }
    const channels = reachable.filter((c) => !candidate.facts.optedOut.includes(c));
    // Hours still ahead today first, so a day's sends land on that day (and its cap); tomorrow's only once today's have passed.
    const hour = localTime(now, candidate.timeZone).hour;
    const ahead = allowedHours(profile).filter((h) => h >= hour);
    const hours = ahead.length > 0 ? ahead : allowedHours(profile);
    const arms = channels.flatMap((channel) => hours.map((h) => ({ channel, hour: h })));
    const segment = segmentKey(candidate);
    const arm = arms.length > 0 ? context.bandit.choose(segment, arms, context.random) : { channel: campaign.channels[0], hour: allowedHours(profile)[0] };
    const channel = arm.channel as OutreachChannel;
    const sendAt = atLocalHour(now, candidate.timeZone, arm.hour);
    const borrower = borrowerIdOf(candidate.loan);
    const attempts = [...candidate.facts.attempts, ...(planned.get(borrower) ?? [])];
    const verdict = evaluateContact(
      { channel, at: sendAt, timeZone: candidate.timeZone, profile, campaign: { sentToday, dailyCap: campaign.dailyCap } },
      { ...candidate.facts, attempts },
      context.rules,
    );
    if (!verdict.allowed) {
      actions.push({ kind: 'suppressed', key, loanId, step, rule: verdict.rule, detail: verdict.detail, final: FINAL_RULES.has(verdict.rule) });
      continue;
    }
    sentToday++;
    planned.set(borrower, [...(planned.get(borrower) ?? []), sendAt.toISOString()]);
    actions.push({ kind: 'send', key, loanId, step, channel, hour: arm.hour, segment, sendAt: sendAt.toISOString() });
  }
  return actions;
}
