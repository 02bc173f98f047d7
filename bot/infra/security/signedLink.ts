import { createHmac, timingSafeEqual } from 'node:crypto';

/** Longer than any token we issue: anything past it is refused before it is parsed. */
export const MAX_TOKEN_LENGTH = 200;
const TOKEN = /^([A-Za-z0-9_-]{1,64})\.([0-9]{1,12})\.([0-9a-f]{64})$/;

export type LinkCheck = { ok: true; id: string; expiresAt: Date } | { ok: false; reason: 'malformed' | 'oversize' | 'forged' | 'expired' };

function mac(id: string, expirySeconds: string, secret: Buffer): Buffer {
  return createHmac('sha256', secret).update(`${id}.${expirySeconds}`).digest();
}

/**
 * A token naming `id` until `expiresAt`: `<id>.<expiry, unix seconds>.<HMAC-SHA256 of both>`. The id is
 * readable (it is the reference the borrower already holds); the MAC (hex: no character a chat app
 * would read as formatting) is what makes the link unguessable.
 */
export function signLink(id: string, expiresAt: Date, secret: Buffer): string {
  const expiry = String(Math.floor(expiresAt.getTime() / 1000));
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) throw new Error('a signed link names an id of letters, digits, - and _');
  return `${id}.${expiry}.${mac(id, expiry, secret).toString('hex')}`;
}

/** The MAC is checked (in constant time) before the expiry, so a forger learns nothing from the answer. */
export function checkLink(token: string, secret: Buffer, now: Date): LinkCheck {
  if (token.length > MAX_TOKEN_LENGTH) return { ok: false, reason: 'oversize' };
  const parts = TOKEN.exec(token);
  if (!parts) return { ok: false, reason: 'malformed' };
  const [, id, expiry, signature] = parts;
  const given = Buffer.from(signature, 'hex');
  const expected = mac(id, expiry, secret);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'forged' };
  const expiresAt = new Date(Number(expiry) * 1000);
  if (expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, id, expiresAt };
}
