/** A signed, expiring link to the printable confirmation of an accepted arrangement. */
export interface ConfirmationLink {
  url: string;
  expiresAt: Date;
}

/** Written confirmations of accepted arrangements. */
export interface ConfirmationLinks {
  /**
   * The link for arrangement `reference`, issued to the borrower of `conversation` by `actor` (the bot or an agent),
   * and audited; undefined when the arrangement has no recorded terms to confirm.
   */
  issue(reference: string, by: { conversation: string; actor: string }): Promise<ConfirmationLink | undefined>;
}
