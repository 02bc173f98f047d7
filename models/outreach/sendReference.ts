import { createHash } from 'node:crypto';

/**
 * What an outreach message carries in WhatsApp's `biz_opaque_callback_data`,
 * which Meta returns with each of its statuses: the campaign and a digest of
 * the send's key. The key itself names the loan, and Meta has no business
 * knowing which loan a number is being contacted about.
 */
export function sendReference(campaignId: string, key: string): string {
  return `${campaignId}.${digest(key)}`;
}

/** Whether `reference` is the one `sendReference` gives for this send. */
export function isReferenceOf(reference: string, campaignId: string, key: string): boolean {
  return reference === sendReference(campaignId, key);
}

/** The campaign a reference names, or undefined when it is not one of ours. */
export function campaignOfReference(reference: string): string | undefined {
  const match = /^(.+)\.([0-9a-f]{32})$/.exec(reference);
  return match?.[1];
}

const digest = (key: string) => createHash('sha256').update(key).digest('hex').slice(0, 32);
