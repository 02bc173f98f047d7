import { randomBytes } from 'node:crypto';
import type { Role } from '../../../models/staff/roles';

export interface Session {
  id: string;
  user: string;
  role: Role;
  displayName: string;
  csrfToken: string;
  createdAt: number;
  lastSeen: number;
}

/**
 * Staff sessions, in memory: a restart signs everyone out, which is the safe
 * failure. Idle sessions expire; ids and CSRF tokens are 256-bit random.
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly idleMs = 8 * 60 * 60 * 1000,
    private readonly now = () => Date.now(),
  ) {}

  create(user: { name: string; role: Role; displayName: string }): Session {
    const session: Session = {
      id: randomBytes(32).toString('base64url'),
      user: user.name,
      role: user.role,
      displayName: user.displayName,
      csrfToken: randomBytes(32).toString('base64url'),
      createdAt: this.now(),
      lastSeen: this.now(),
    };
    this.sessions.set(session.id, session);
    return session;
  }

  get(id: string | undefined): Session | undefined {
    if (!id) return undefined;
    const session = this.sessions.get(id);
    if (!session) return undefined;
    if (this.now() - session.lastSeen > this.idleMs) {
      this.sessions.delete(id);
      return undefined;
    }
    session.lastSeen = this.now();
    return session;
  }

  destroy(id: string): void {
    this.sessions.delete(id);
  }

  /** Signs a user out everywhere (e.g. when the account is disabled). */
  destroyFor(user: string): void {
    for (const [id, s] of this.sessions) if (s.user === user) this.sessions.delete(id);
  }
}
