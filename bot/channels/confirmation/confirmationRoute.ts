import type { Request, Response, Server } from 'restify';
import type { Arrangement } from '../../../models/offers';
import { CONFIRMATION_PATH } from '../../casework/arrangements/confirmationLinks';
import { checkLink } from '../../infra/security/signedLink';
import { confirmationErrorPage, confirmationPage, STYLE_HASH, type LinkProblem, type PageSettings } from './confirmationPage';

export interface ConfirmationRouteDeps {
  arrangements: { load(reference: string): Promise<Arrangement | undefined> };
  secret: Buffer;
  settings: PageSettings;
  now: () => Date;
}

const STATUS: Record<LinkProblem, number> = { malformed: 400, forged: 403, notFound: 404, expired: 410 };

const HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Robots-Tag': 'noindex, nofollow',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': `default-src 'none'; style-src ${STYLE_HASH}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
};

function send(res: Response, status: number, html: string): void {
  res.writeHead(status, { ...HEADERS, 'Content-Length': Buffer.byteLength(html) });
  res.end(html);
}

/** GET /confirmation/<token>: the borrower's written confirmation, for whoever holds the signed link until it expires. */
export function registerConfirmationRoute(server: Server, deps: ConfirmationRouteDeps): void {
  // A wildcard, not `:token`: the router does not match a parameter over 100 characters, and an oversize token gets this page too.
  server.get(`${CONFIRMATION_PATH}*`, async (req: Request, res: Response) => {
    const check = checkLink(String((req.params as Record<string, unknown> | undefined)?.['*'] ?? ''), deps.secret, deps.now());
    if (!check.ok) {
      // Too long to be ours is just malformed to the reader.
      const problem = check.reason === 'oversize' ? 'malformed' : check.reason;
      return send(res, STATUS[problem], confirmationErrorPage(problem));
    }
    const arrangement = await deps.arrangements.load(check.id);
    if (!arrangement?.terms || !arrangement.termsDigest) return send(res, STATUS.notFound, confirmationErrorPage('notFound'));
    send(res, 200, confirmationPage(arrangement.terms, arrangement.termsDigest, deps.settings));
  });
}
