/**
 * The proactive messages one sweep has sent to borrowers (or may have: in flight, or cut off mid-send), by loan:
 * what the contact rules' weekly and per-day caps count. Campaigns, promise reminders and missed-payment follow-ups
 * each offer their ledger this way and each counts the others' through it, so a borrower's caps are one budget
 * whichever sweep spends it, and no sweep knows how another keeps its ledger. Each call reads the ledger in full:
 * a sweep asks once per tick (models/outreach/contactBudget.ts), never once per send.
 */
export interface ContactsMade {
  /** ISO times of the messages about each loan that went out, are going out, or may have. */
  byLoan(): Promise<ReadonlyMap<string, readonly string[]>>;
}

/** Several sweeps' contacts read as one: each source read once. */
export function contactsOf(sources: readonly ContactsMade[]): ContactsMade {
  return {
    byLoan: async () => {
      const merged = new Map<string, string[]>();
      for (const map of await Promise.all(sources.map((s) => s.byLoan())))
        for (const [loanId, times] of map) merged.set(loanId, [...(merged.get(loanId) ?? []), ...times]);
      return merged;
    },
  };
}
