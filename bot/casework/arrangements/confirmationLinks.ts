import type { Arrangement } from '../../../models/offers';
import type { ConfirmationLink, ConfirmationLinks } from '../../../models/ports/confirmations';
import { signLink } from '../../infra/security/signedLink';
import type { AuditTrail } from '../audit/auditLog';

export const CONFIRMATION_PATH = '/confirmation/';

export interface ConfirmationLinkDeps {
  arrangements: { load(reference: string): Promise<Arrangement | undefined> };
  audit: Pick<AuditTrail, 'append'>;
  secret: Buffer;
  /** Where borrowers reach the server (PUBLIC_URL), without a trailing slash. */
  baseUrl: string;
  days: number;
  now: () => Date;
}

/** Signs a link to an arrangement's confirmation page; every link handed out is in the audit log, with the digest it shows. */
export class SignedConfirmationLinks implements ConfirmationLinks {
  constructor(private readonly deps: ConfirmationLinkDeps) {}

  async issue(reference: string, by: { conversation: string; actor: string }): Promise<ConfirmationLink | undefined> {
    const arrangement = await this.deps.arrangements.load(reference);
    if (!arrangement?.terms) return undefined;
    const now = this.deps.now();
    const expiresAt = new Date(now.getTime() + this.deps.days * 86_400_000);
    // Never before a withdrawal, even on an instance whose clock is a little behind the one that withdrew.
    const issuedAt = new Date(Math.max(now.getTime(), Date.parse(arrangement.linksValidFrom ?? '') || 0));
    const token = signLink(reference, expiresAt, this.deps.secret, issuedAt);
    await this.deps.audit.append({
      actor: by.actor,
      action: 'arrangement.confirmation_link',
      targets: [reference, by.conversation],
      detail: { expiresAt: expiresAt.toISOString(), termsDigest: arrangement.termsDigest ?? null },
    });
    return { url: `${this.deps.baseUrl.replace(/\/+$/, '')}${CONFIRMATION_PATH}${token}`, expiresAt };
  }
}
