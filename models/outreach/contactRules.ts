import { localTime, minuteOfDay } from '../shared/localTime';
import type { ContactProfile } from './contactProfiles';

export const OUTREACH_CHANNELS = ['whatsapp', 'sms'] as const;
export type OutreachChannel = (typeof OUTREACH_CHANNELS)[number];
/** Where a contact may go: the campaign channels, and the borrower's own Web Chat conversation (reminders, follow-ups). */
export const CONTACT_CHANNELS = [...OUTREACH_CHANNELS, 'webchat'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/** Holds a person put on the borrower; each stops collection contact until lifted. */
export type ContactHold = 'bereavement' | 'vulnerability' | 'manual';

/** What we know about the borrower and the debt when a send is considered. */
export interface ContactFacts {
  optedOut: readonly ContactChannel[];
  openDispute: boolean;
  openComplaint: boolean;
  holds: readonly ContactHold[];
  /** ISO time until which a debt-respite moratorium (UK Breathing Space) runs. */
  moratoriumUntil?: string;
  /** ISO time of the last crisis disclosure, if any. */
  crisisAt?: string;
  /** ISO times of earlier proactive messages to this borrower, about any of their loans, whichever sweep sent them. */
  attempts: readonly string[];
}

export interface LenderContactRules {
  /** No collection contact for this long after crisis language. */
  crisisCoolingOffDays: number;
  /** Outreach messages one borrower may receive per local day, all campaigns together. */
  maxPerBorrowerPerDay: number;
  /** Attempts per borrower (all their debts: never looser than per debt) in a rolling week; the jurisdiction's cap if lower. */
  maxAttemptsPerWeek: number;
}

export const DEFAULT_LENDER_RULES: LenderContactRules = { crisisCoolingOffDays: 30, maxPerBorrowerPerDay: 1, maxAttemptsPerWeek: 3 };

export interface ProposedSend {
  channel: ContactChannel;
  at: Date;
  timeZone: string;
  profile: ContactProfile;
  /** Sends this campaign has already made today (in the lender's day) and its cap. */
  campaign: { sentToday: number; dailyCap: number };
}

export const SUPPRESSION_RULES = [
  'opted_out',
  'dispute',
  'complaint',
  'moratorium',
  'bereavement_hold',
  'vulnerability_hold',
  'manual_hold',
  'crisis_cooling_off',
  'outside_hours',
  'attempt_cap',
  'borrower_daily_cap',
  'campaign_daily_cap',
  /** Every channel the campaign uses failed for this borrower before (e.g. the number is not on WhatsApp). */
  'unreachable',
] as const;
export type SuppressionRule = (typeof SUPPRESSION_RULES)[number];

export type ContactVerdict = { allowed: true } | { allowed: false; rule: SuppressionRule; detail: string };

const DAY = 86_400_000;
const HOLD_RULE: Record<ContactHold, SuppressionRule> = { bereavement: 'bereavement_hold', vulnerability: 'vulnerability_hold', manual: 'manual_hold' };

/**
 * May this message go out now? Checked in order of what protects the borrower
 * most, so the recorded reason is the weightiest one that applies.
 */
export function evaluateContact(send: ProposedSend, facts: ContactFacts, rules: LenderContactRules = DEFAULT_LENDER_RULES): ContactVerdict {
  const no = (rule: SuppressionRule, detail: string): ContactVerdict => ({ allowed: false, rule, detail });
  const at = send.at.getTime();
  if (facts.optedOut.includes(send.channel)) return no('opted_out', `the borrower sent STOP on ${send.channel}`);
  if (facts.openDispute) return no('dispute', 'the debt is disputed');
  if (facts.openComplaint) return no('complaint', 'a complaint is open');
  if (send.profile.honoursMoratorium && facts.moratoriumUntil && Date.parse(facts.moratoriumUntil) > at)
    return no('moratorium', `a debt-respite moratorium runs until ${facts.moratoriumUntil.slice(0, 10)}`);
  const hold = facts.holds[0];
  if (hold) return no(HOLD_RULE[hold], `a ${hold} hold is on the account`);
  if (facts.crisisAt && at - Date.parse(facts.crisisAt) < rules.crisisCoolingOffDays * DAY)
    return no('crisis_cooling_off', `crisis language within the last ${rules.crisisCoolingOffDays} days`);
  if (!withinWindow(send.at, send.timeZone, send.profile)) return no('outside_hours', `outside ${send.profile.jurisdiction} contact hours in ${send.timeZone}`);
  const weekly = Math.min(rules.maxAttemptsPerWeek, send.profile.callAttempts?.max ?? Infinity);
  const lastWeek = facts.attempts.filter((a) => at - Date.parse(a) < 7 * DAY && Date.parse(a) <= at).length;
  if (lastWeek >= weekly) return no('attempt_cap', `${lastWeek} attempts in the last 7 days (cap ${weekly})`);
  const today = localTime(send.at, send.timeZone).date;
  const sentToday = facts.attempts.filter((a) => localTime(new Date(a), send.timeZone).date === today).length;
  if (sentToday >= rules.maxPerBorrowerPerDay) return no('borrower_daily_cap', `already contacted today (cap ${rules.maxPerBorrowerPerDay})`);
  if (send.campaign.sentToday >= send.campaign.dailyCap) return no('campaign_daily_cap', `the campaign's daily cap of ${send.campaign.dailyCap} is reached`);
  return { allowed: true };
}

export function withinWindow(at: Date, timeZone: string, profile: ContactProfile): boolean {
  const minute = minuteOfDay(at, timeZone);
  return minute >= profile.window.from && minute < profile.window.to;
}

/** The first moment at or after `at` that is inside the borrower's contact window (searched minute-exact, a day at most ahead). */
export function nextWindowStart(at: Date, timeZone: string, profile: ContactProfile): Date {
  if (withinWindow(at, timeZone, profile)) return at;
  const minute = minuteOfDay(at, timeZone);
  const wait = (profile.window.from - minute + 24 * 60) % (24 * 60);
  const candidate = new Date(at.getTime() + wait * 60_000 - (at.getTime() % 60_000));
  // A daylight-saving change can shift local time by an hour: step until inside.
  for (let step = 0; step < 48 && !withinWindow(candidate, timeZone, profile); step++) candidate.setTime(candidate.getTime() + 30 * 60_000);
  return candidate;
}
