import { createHmac } from 'node:crypto';

/**
 * HMAC-SHA256 of `value` under `key`, base64url: how a phone number, an address or
 * what was typed at a prompt becomes a key on disk that nobody without the
 * DATA_DIR's secret can recompute or reverse.
 */
export function keyedDigest(key: Buffer | string, value: string): string {
  return createHmac('sha256', key).update(value).digest('base64url');
}
