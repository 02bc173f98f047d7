import { sendError } from '../../infra/http/errorResponse';
import { sameSecret } from '../../infra/security/sameSecret';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { AuditTrail } from '../../casework/audit/auditLog';
import { HttpError, readJsonBody } from '../../infra/http/httpErrors';
import type { HashingQueue } from './hashingQueue';
import type { LoginThrottle } from './loginThrottle';
import { type SessionStore, type Session } from './sessions';
import type { Role } from '../../../models/staff/roles';
import type { UserStore } from './userStore';

const COOKIE = 'fb_session';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const loginBody = z.object({ name: z.string().min(1).max(64), password: z.string().min(1).max(256) });

export interface StaffAuthDeps {
  users: UserStore;
  sessions: SessionStore;
  throttle: LoginThrottle;
  /** Bounds concurrent password hashing (borrower turns share the thread pool). */
  hashing: HashingQueue;
  audit: AuditTrail;
  /** Secure cookies (HTTPS only) outside development. */
  secureCookies: boolean;
}

function readCookie(req: Request, name: string): string | undefined {
  for (const part of String(req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

/**
 * Staff sign-in for the agent console and supervisor pages: httpOnly,
 * SameSite=Strict session cookies, a CSRF token required on every
 * state-changing request, and login throttling. Borrower endpoints
 * (Direct Line, WhatsApp) carry no session cookie and so can never pass.
 */
export class StaffAuth {
  constructor(private readonly deps: StaffAuthDeps) {}

  private cookie(value: string, maxAge: number): string {
    return `${COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${this.deps.secureCookies ? '; Secure' : ''}`;
  }

  /** The session allowed to do this, or an HttpError(401/403). */
  async check(req: Request, roles: readonly Role[]): Promise<Session> {
    const session = await this.deps.sessions.get(readCookie(req, COOKIE));
    if (!session) throw new HttpError(401, 'Sign in first');
    if (!roles.includes(session.role) && session.role !== 'admin') throw new HttpError(403, `This needs the ${roles.join(' or ')} role`);
    if (UNSAFE_METHODS.has(req.method ?? 'GET') && !sameSecret(req.headers['x-csrf-token'], session.csrfToken)) {
      throw new HttpError(403, 'Missing or wrong CSRF token');
    }
    return session;
  }

  /** Wraps a handler: role and CSRF checks first; known errors become JSON responses with their status. */
  guard(roles: readonly Role[], handler: (req: Request, res: Response, session: Session) => Promise<void>) {
    return async (req: Request, res: Response): Promise<void> => {
      try {
        await handler(req, res, await this.check(req, roles));
      } catch (err) {
        sendError(res, err);
      }
    };
  }

  register(server: Server, maxBodyBytes: number): void {
    server.post('/api/auth/login', async (req: Request, res: Response) => {
      const address = req.socket.remoteAddress ?? 'unknown';
      // A throttled address is refused before its body is read or parsed: a burst costs the event loop next to nothing.
      const blocked = this.deps.throttle.retryAfterAddress(address);
      if (blocked > 0) {
        res.header('Retry-After', String(blocked));
        res.send(429, { error: `Too many failed sign-ins; try again in ${Math.ceil(blocked / 60)} minute(s)` });
        return;
      }
      let parsed: z.infer<typeof loginBody>;
      try {
        const result = loginBody.safeParse(await readJsonBody(req, maxBodyBytes));
        if (!result.success) throw new HttpError(400, 'Send {"name": ..., "password": ...}');
        parsed = result.data;
      } catch (err) {
        sendError(res, err);
        return;
      }
      const wait = this.deps.throttle.reserve(parsed.name, address);
      if (wait > 0) {
        res.header('Retry-After', String(wait));
        res.send(429, { error: `Too many failed sign-ins; try again in ${Math.ceil(wait / 60)} minute(s)` });
        return;
      }
      let user: Awaited<ReturnType<UserStore['authenticate']>>;
      try {
        user = await this.deps.hashing.run(() => this.deps.users.authenticate(parsed.name, parsed.password));
      } catch (err) {
        this.deps.throttle.release(parsed.name, address);
        res.header('Retry-After', '1');
        sendError(res, err);
        return;
      }
      if (!user) {
        await this.deps.audit.append({ actor: parsed.name, action: 'login_failed', detail: { address } });
        res.send(401, { error: 'Wrong name or password' });
        return;
      }
      this.deps.throttle.succeed(user.name, address);
      const session = await this.deps.sessions.create(user);
      await this.deps.audit.append({ actor: user.name, role: user.role, action: 'login', detail: { address } });
      res.header('Set-Cookie', this.cookie(session.id, 8 * 3600));
      res.send(200, { user: { name: user.name, role: user.role, displayName: user.displayName }, csrfToken: session.csrfToken });
    });

    server.get(
      '/api/auth/me',
      this.guard(['agent', 'supervisor'], async (_req, res, session) => {
        res.send(200, { user: { name: session.user, role: session.role, displayName: session.displayName }, csrfToken: session.csrfToken });
      }),
    );

    server.post(
      '/api/auth/logout',
      this.guard(['agent', 'supervisor'], async (_req, res, session) => {
        await this.deps.sessions.destroy(session.id);
        await this.deps.audit.append({ actor: session.user, role: session.role, action: 'logout' });
        res.header('Set-Cookie', this.cookie('', 0));
        res.send(200, { ok: true });
      }),
    );
  }
}
