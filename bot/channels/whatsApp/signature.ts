import { createHmac } from 'node:crypto';
import { sameSecret } from '../../infra/security/sameSecret';

const PREFIX = 'sha256=';

/** The `X-Hub-Signature-256` value Meta sends: HMAC-SHA256 of the raw body, keyed with the app secret. */
export function signPayload(appSecret: string, rawBody: Buffer | string): string {
  return PREFIX + createHmac('sha256', appSecret).update(rawBody).digest('hex');
}

/**
 * True only when `header` is exactly the signature of these bytes. Checked on
 * the raw body because re-serialised JSON would not hash the same; compared in
 * constant time so a forger cannot learn the signature byte by byte.
 */
export function hasValidSignature(appSecret: string, rawBody: Buffer, header: string | string[] | undefined): boolean {
  if (typeof header !== 'string' || !header.startsWith(PREFIX)) return false;
  return sameSecret(header.trim(), signPayload(appSecret, rawBody));
}
