import { createHash } from 'node:crypto';

/**
 * Whether a borrower is in a campaign's holdout control group, which receives
 * nothing, so lift is measured against people like them rather than assumed.
 * A hash of campaign and loan: the same answer on every instance and restart,
 * independent of order, and recordable.
 */
export function inHoldout(campaignId: string, loanId: string, share: number): boolean {
  if (!(share >= 0 && share < 1)) throw new RangeError(`holdout share must be in [0, 1), got ${share}`);
  const digest = createHash('sha256').update(`${campaignId}\u0000${loanId}`).digest();
  return digest.readUInt32BE(0) / 2 ** 32 < share;
}
