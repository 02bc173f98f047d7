import { createHmac, timingSafeEqual } from 'node:crypto';

/** Longer than any token we issue: anything past it is refused before it is parsed. */
export const MAX_TOKEN_LENGTH = 200;
// `<id>.<issued, unix ms>.<expiry, unix s>.<mac>`; links sent before the issue time was written have no issued part.
const TOKEN = /^([A-Za-z0-9_-]{1,64})\.(?:([0-9]{1,15})\.)?([0-9]{1,12})\.([0-9a-f]{64})$/;

export type LinkCheck =
  | { ok: true; id: string; expiresAt: Date; issuedAt?: Date }
  | { ok: false; reason: 'malformed' | 'oversize' | 'forged' }
  /** Genuine but past its expiry: the id is ours to read, so the answer can be in the borrower's language. */
  | { ok: false; reason: 'expired'; id: string };

function mac(signed: string, secret: Buffer): Buffer {
  return createHmac('sha256', secret).update(signed).digest();
}

/**
 * A token naming `id` from `issuedAt` until `expiresAt`: `<id>.<issued, unix ms>.<expiry, unix seconds>.<HMAC-SHA256
 * of the rest>`. The id is readable (it is the reference the borrower already holds); the MAC (hex: no character a
 * chat app would read as formatting) is what makes the link unguessable. The issue time lets links handed out before
 * a withdrawal be refused while later ones open.
 */
export function signLink(id: string, expiresAt: Date, secret: Buffer, issuedAt: Date = new Date()): string {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) throw new Error('a signed link names an id of letters, digits, - and _');
  const signed = `${id}.${issuedAt.getTime()}.${Math.floor(expiresAt.getTime() / 1000)}`;
  return `${signed}.${mac(signed, secret).toString('hex')}`;
}

/** The MAC is checked (in constant time) before the expiry, so a forger learns nothing from the answer. */
export function checkLink(token: string, secret: Buffer, now: Date): LinkCheck {
  if (token.length > MAX_TOKEN_LENGTH) return { ok: false, reason: 'oversize' };
  const parts = TOKEN.exec(token);
  if (!parts) return { ok: false, reason: 'malformed' };
  const [, id, issued, expiry, signature] = parts;
  const given = Buffer.from(signature, 'hex');
  const expected = mac([id, issued, expiry].filter((p) => p !== undefined).join('.'), secret);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'forged' };
  const expiresAt = new Date(Number(expiry) * 1000);
  if (expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'expired', id };
  return { ok: true, id, expiresAt, ...(issued !== undefined && { issuedAt: new Date(Number(issued)) }) };
}
