import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkLink, MAX_TOKEN_LENGTH, signLink } from '../../../../bot/infra/security/signedLink';

const secret = Buffer.alloc(32, 7);
const now = new Date('2026-11-23T10:00:00Z');
const expires = new Date('2026-12-23T10:00:00Z');

describe('signed links', () => {
  it('name the id until they expire', () => {
    const token = signLink('FB-7K3QX9', expires, secret, now);
    expect(token).toMatch(/^FB-7K3QX9\.\d+\.\d+\.[0-9a-f]{64}$/);
    expect(checkLink(token, secret, now)).toEqual({ ok: true, id: 'FB-7K3QX9', expiresAt: expires, issuedAt: now });
  });

  it('still open when sent before the issue time was written, and the issue time cannot be cut off or changed', () => {
    const expiry = String(expires.getTime() / 1000);
    const legacy = `FB-7K3QX9.${expiry}.${createHmac('sha256', secret).update(`FB-7K3QX9.${expiry}`).digest('hex')}`;
    expect(checkLink(legacy, secret, now)).toEqual({ ok: true, id: 'FB-7K3QX9', expiresAt: expires });
    const [id, issued, exp, mac] = signLink('FB-7K3QX9', expires, secret, now).split('.');
    expect(checkLink(`${id}.${exp}.${mac}`, secret, now)).toEqual({ ok: false, reason: 'forged' });
    expect(checkLink(`${id}.${Number(issued) + 1}.${exp}.${mac}`, secret, now)).toEqual({ ok: false, reason: 'forged' });
  });

  it('are expired from their expiry on, and a later expiry written in is a forgery', () => {
    const token = signLink('FB-7K3QX9', expires, secret);
    expect(checkLink(token, secret, expires)).toEqual({ ok: false, reason: 'expired', id: 'FB-7K3QX9' });
    expect(checkLink(token, secret, new Date(expires.getTime() - 1000)).ok).toBe(true);
    const [id, issued, expiry, mac] = token.split('.');
    expect(checkLink(`${id}.${issued}.${Number(expiry) + 86_400}.${mac}`, secret, now)).toEqual({ ok: false, reason: 'forged' });
  });

  it('refuse a tampered id or MAC, and one signed with another secret', () => {
    const token = signLink('FB-7K3QX9', expires, secret);
    const [, issued, expiry, mac] = token.split('.');
    expect(checkLink(`FB-7K3QX8.${issued}.${expiry}.${mac}`, secret, now)).toEqual({ ok: false, reason: 'forged' });
    const flipped = mac.slice(0, -1) + (mac.endsWith('0') ? '1' : '0');
    expect(checkLink(`FB-7K3QX9.${issued}.${expiry}.${flipped}`, secret, now)).toEqual({ ok: false, reason: 'forged' });
    expect(checkLink(token, Buffer.alloc(32, 8), now)).toEqual({ ok: false, reason: 'forged' });
  });

  it('refuse malformed and oversize tokens before any MAC is computed', () => {
    const token = signLink('FB-7K3QX9', expires, secret);
    for (const bad of ['', 'FB-7K3QX9', token.slice(0, -2), `${token}00`, token.toUpperCase(), token.replace('.', '..'), `../${token}`, 'a.b.c'])
      expect(checkLink(bad, secret, now)).toEqual({ ok: false, reason: 'malformed' });
    expect(checkLink('x'.repeat(MAX_TOKEN_LENGTH + 1), secret, now)).toEqual({ ok: false, reason: 'oversize' });
  });

  it('will not sign an id that could break out of the link', () => {
    expect(() => signLink('FB 1/..', expires, secret)).toThrow();
  });
});
