import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '../../../models/staff/roles';
import type { Documents } from '../../infra/storage/documents';

export interface Session {
  id: string;
  user: string;
  role: Role;
  displayName: string;
  csrfToken: string;
  createdAt: number;
  lastSeen: number;
}

/** What is stored: everything but the id, which is only ever kept as its digest. */
export type StoredSession = Omit<Session, 'id'>;

/** How stale `lastSeen` may be in the store before a request refreshes it: one write a minute per console, not one per poll. */
const TOUCH_EVERY_MS = 60_000;

function keyOf(id: string): string {
  return createHash('sha256').update(id).digest('hex');
}

/**
 * Staff sessions, kept in the deployment's store so that a console signed in on
 * one instance is served by any other (and a restart does not sign everyone
 * out). The store holds only a digest of each session id: a copy of the
 * database gives no usable cookie. Idle sessions expire; ids and CSRF tokens
 * are 256-bit random. Every request reads the store (staff requests are few),
 * so a sign-out on one instance holds on all of them at once.
 */
export class SessionStore {
  private purgedAt = 0;

  constructor(
    private readonly durable: Documents<StoredSession>,
    private readonly idleMs = 8 * 60 * 60 * 1000,
    private readonly now = () => Date.now(),
  ) {}

  async create(user: { name: string; role: Role; displayName: string }): Promise<Session> {
    const at = this.now();
    const session: Session = {
      id: randomBytes(32).toString('base64url'),
      user: user.name,
      role: user.role,
      displayName: user.displayName,
      csrfToken: randomBytes(32).toString('base64url'),
      createdAt: at,
      lastSeen: at,
    };
    const { id: _id, ...stored } = session;
    await this.durable.put(keyOf(session.id), stored);
    if (at - this.purgedAt > this.idleMs) {
      this.purgedAt = at;
      // Sessions nobody used for longer than the idle limit can never be used again; one sweep per idle period keeps the store small.
      void this.durable.purgeOlderThan(new Date(at - this.idleMs)).catch(() => undefined);
    }
    return session;
  }

  async get(id: string | undefined): Promise<Session | undefined> {
    if (!id || id.length > 128) return undefined;
    const key = keyOf(id);
    const stored = (await this.durable.get(key))?.value;
    if (!stored) return undefined;
    const at = this.now();
    if (at - stored.lastSeen > this.idleMs) {
      await this.destroy(id);
      return undefined;
    }
    // The stored time is what every instance judges idleness by: kept within a minute of the truth while the console is in use.
    if (at - stored.lastSeen > TOUCH_EVERY_MS) {
      await this.durable.update(key, (current) => (current ? { ...current, lastSeen: Math.max(current.lastSeen, at) } : undefined));
    }
    return { id, ...stored, lastSeen: at };
  }

  async destroy(id: string): Promise<void> {
    await this.durable.delete(keyOf(id));
  }
}
