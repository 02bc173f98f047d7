import { createHmac } from 'node:crypto';
import { sameSecret } from '../../infra/security/sameSecret';

const PREFIX = 'sha256=';

/**
 * The `X-Forbear-Signature` a servicing system sends: HMAC-SHA256, keyed with the shared secret, of
 * `<timestamp>.<raw body>`, where the timestamp is the `X-Forbear-Timestamp` header (Unix seconds).
 * Signing the timestamp with the body means an old delivery cannot be re-sent with a fresh time.
 */
export function signServicingPayload(secret: string, timestamp: string, rawBody: Buffer | string): string {
  return PREFIX + createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex');
}

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

/** Checks the signature on the raw bytes (in constant time), then that the timestamp is within `toleranceSeconds` of now. */
export function checkServicingSignature(
  secret: string,
  rawBody: Buffer,
  headers: { timestamp: unknown; signature: unknown },
  now: Date,
  toleranceSeconds: number,
): SignatureCheck {
  const { timestamp, signature } = headers;
  if (typeof timestamp !== 'string' || !/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'missing or malformed X-Forbear-Timestamp' };
  if (typeof signature !== 'string' || !sameSecret(signature.trim(), signServicingPayload(secret, timestamp, rawBody))) {
    return { ok: false, reason: 'missing or invalid X-Forbear-Signature' };
  }
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > toleranceSeconds) return { ok: false, reason: 'X-Forbear-Timestamp is outside the accepted window' };
  return { ok: true };
}
