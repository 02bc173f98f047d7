import { keyedDigest } from '../../infra/security/keyedDigest';

/** Country codes we show apart from the number (India, Malaysia, the UK, North America); others show two digits. */
const COUNTRY_CODES = ['91', '60', '44', '1'];

/** "919876543210" → "+91 98•••••210": enough for a supervisor to tell borrowers apart, not to call one. */
export function maskPhone(waId: string): string {
  const digits = waId.replace(/\D/g, '');
  if (digits.length < 8) return '+•••';
  const cc = COUNTRY_CODES.find((c) => digits.startsWith(c) && digits.length - c.length >= 7) ?? digits.slice(0, 2);
  const rest = digits.slice(cc.length);
  return `+${cc} ${rest.slice(0, 2)}${'•'.repeat(Math.max(1, rest.length - 5))}${rest.slice(-3)}`;
}

/**
 * The conversation id a WhatsApp borrower is known by everywhere outside the
 * channel (state, cases, transcripts, STOP records, audit targets, exports):
 * the masked number, for people, and a keyed digest, so two numbers that mask
 * alike stay apart and nobody without the DATA_DIR's key can recompute it.
 */
export function pseudonymFor(waId: string, key: Buffer): string {
  const digest = keyedDigest(key, waId).slice(0, 10);
  return `${maskPhone(waId)}~${digest}`;
}
