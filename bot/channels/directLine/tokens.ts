import { createHmac, randomBytes } from 'node:crypto';
import { sameSecret } from '../../infra/security/sameSecret';

export interface DirectLineGrant {
  conversationId: string;
  userId: string;
  /** Seconds since the epoch. */
  expiresAt: number;
}

export type TokenCheck = { ok: true; grant: DirectLineGrant } | { ok: false; status: 401 | 403; error: string };

/**
 * Bearer tokens that bind one browser to one conversation. They are signed,
 * not stored, so they survive a restart as long as the secret does.
 */
export class DirectLineTokens {
  constructor(
    private readonly secret: Buffer,
    private readonly ttlSeconds: number,
    private readonly now = () => Date.now(),
  ) {}

  static randomSecret(): Buffer {
    return randomBytes(32);
  }

  get expiresIn(): number {
    return this.ttlSeconds;
  }

  issue(conversationId: string, userId: string): string {
    const grant: DirectLineGrant = { conversationId, userId, expiresAt: Math.floor(this.now() / 1000) + this.ttlSeconds };
    const payload = Buffer.from(JSON.stringify(grant)).toString('base64url');
    return `${payload}.${this.sign(payload)}`;
  }

  check(authorization: string | undefined, conversationId?: string): TokenCheck {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!match) return { ok: false, status: 401, error: 'Missing Authorization: Bearer token' };
    const [payload, signature] = match[1].split('.');
    if (!payload || !signature || !sameSecret(signature, this.sign(payload))) {
      return { ok: false, status: 403, error: 'Invalid token' };
    }
    let grant: DirectLineGrant;
    try {
      grant = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as DirectLineGrant;
    } catch {
      return { ok: false, status: 403, error: 'Invalid token' };
    }
    // Fails closed: a grant without a numeric expiry, or with the wrong shape, is no grant.
    if (typeof grant !== 'object' || grant === null || typeof grant.conversationId !== 'string' || typeof grant.userId !== 'string') {
      return { ok: false, status: 403, error: 'Invalid token' };
    }
    if (typeof grant.expiresAt !== 'number' || !Number.isFinite(grant.expiresAt) || grant.expiresAt * 1000 <= this.now()) {
      return { ok: false, status: 403, error: 'Token expired' };
    }
    if (conversationId !== undefined && grant.conversationId !== conversationId) {
      return { ok: false, status: 403, error: 'Token is not valid for this conversation' };
    }
    return { ok: true, grant };
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.secret).update(payload).digest('base64url');
  }
}
