/**
 * Contact rules per jurisdiction, chosen per loan. Hours are the borrower's
 * local wall clock. These encode what the regulators require of lenders and
 * their agents; a lender may be stricter (config), never looser.
 *
 * - India: RBI Master Direction on outsourcing / Fair Practices Code for
 *   recovery agents: no calls or messages before 08:00 or after 19:00.
 * - United States: Regulation F (12 CFR 1006): no communication before 08:00 or
 *   after 21:00 local time; at most 7 call attempts in 7 days per debt; every
 *   electronic message carries a simple opt-out; the first communication says
 *   it is from a debt collector.
 * - United Kingdom: FCA CONC 7 (fair treatment, no contact at unreasonable
 *   times, read here as 08:00–21:00) and the Debt Respite Scheme (Breathing
 *   Space): a moratorium stops all collection contact.
 * - Malaysia: BNM Guidelines on Fair Debt Collection Practices: contact only
 *   between 08:00 and 20:00 (the stricter reading of the guideline's window).
 */
export const JURISDICTIONS = ['IN', 'MY', 'UK', 'US'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

export interface ContactProfile {
  jurisdiction: Jurisdiction;
  /** Local wall-clock window, minutes since midnight, [from, to). */
  window: { from: number; to: number };
  /** Call attempts allowed per debt in a rolling window (Reg F's 7-in-7), or null. */
  callAttempts: { max: number; days: number } | null;
  /** Every electronic message must say how to stop them. */
  optOutInEveryMessage: boolean;
  /** The first message must say it is from a debt collector. */
  firstMessageDisclosure: boolean;
  /** A debt-respite moratorium (UK Breathing Space) suppresses all collection contact. */
  honoursMoratorium: boolean;
  defaultTimeZone: string;
}

const hm = (h: number, m = 0) => h * 60 + m;

export const CONTACT_PROFILES: Record<Jurisdiction, ContactProfile> = {
  IN: {
    jurisdiction: 'IN',
    window: { from: hm(8), to: hm(19) },
    callAttempts: null,
    optOutInEveryMessage: true,
    firstMessageDisclosure: true,
    honoursMoratorium: true,
    defaultTimeZone: 'Asia/Kolkata',
  },
  MY: {
    jurisdiction: 'MY',
    window: { from: hm(8), to: hm(20) },
    callAttempts: null,
    optOutInEveryMessage: true,
    firstMessageDisclosure: true,
    honoursMoratorium: true,
    defaultTimeZone: 'Asia/Kuala_Lumpur',
  },
  UK: {
    jurisdiction: 'UK',
    window: { from: hm(8), to: hm(21) },
    callAttempts: null,
    optOutInEveryMessage: true,
    firstMessageDisclosure: true,
    honoursMoratorium: true,
    defaultTimeZone: 'Europe/London',
  },
  US: {
    jurisdiction: 'US',
    window: { from: hm(8), to: hm(21) },
    callAttempts: { max: 7, days: 7 },
    optOutInEveryMessage: true,
    firstMessageDisclosure: true,
    honoursMoratorium: true,
    defaultTimeZone: 'America/New_York',
  },
};
