import type { Request, Response, Server } from 'restify';
import { DEFAULT_LANGUAGE, type BorrowerLanguage } from '../../../models/i18n/languages';
import type { Arrangement } from '../../../models/offers';
import { acceptedLanguage } from '../../infra/http/acceptLanguage';
import { CONFIRMATION_PATH } from '../../casework/arrangements/confirmationLinks';
import { checkLink } from '../../infra/security/signedLink';
import { confirmationErrorPage, confirmationPage, STYLE_HASH, type LinkProblem, type PageSettings } from './confirmationPage';

export interface ConfirmationRouteDeps {
  arrangements: { load(reference: string): Promise<Arrangement | undefined> };
  secret: Buffer;
  settings: PageSettings;
  now: () => Date;
}

const STATUS: Record<LinkProblem, number> = { malformed: 400, forged: 403, notFound: 404, expired: 410, withdrawn: 410 };

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

/** Issued before staff withdrew the arrangement's links (a lost or shared phone); links sent before issue times were written count as before. */
function withdrawn(arrangement: Arrangement, issuedAt: Date | undefined): boolean {
  if (!arrangement.linksValidFrom) return false;
  return !issuedAt || issuedAt.getTime() < Date.parse(arrangement.linksValidFrom);
}

/**
 * GET /confirmation/<token>: the borrower's written confirmation, for whoever holds the signed link until it expires
 * or is withdrawn. A page that cannot be shown is in the language the borrower accepted in when the link is genuine,
 * else in the one their browser asks for, else the deployment's.
 */
export function registerConfirmationRoute(server: Server, deps: ConfirmationRouteDeps): void {
  // A wildcard, not `:token`: the router does not match a parameter over 100 characters, and an oversize token gets this page too.
  server.get(`${CONFIRMATION_PATH}*`, async (req: Request, res: Response) => {
    const browser = acceptedLanguage(req.header('accept-language')) ?? DEFAULT_LANGUAGE;
    const refuse = (problem: LinkProblem, language: BorrowerLanguage = browser) => send(res, STATUS[problem], confirmationErrorPage(problem, language));
    const check = checkLink(String((req.params as Record<string, unknown> | undefined)?.['*'] ?? ''), deps.secret, deps.now());
    if (!check.ok) {
      if (check.reason !== 'expired') return refuse(check.reason === 'oversize' ? 'malformed' : check.reason);
      return refuse('expired', (await deps.arrangements.load(check.id))?.terms?.language);
    }
    const arrangement = await deps.arrangements.load(check.id);
    if (!arrangement?.terms || !arrangement.termsDigest) return refuse('notFound');
    if (withdrawn(arrangement, check.issuedAt)) return refuse('withdrawn', arrangement.terms.language);
    send(res, 200, confirmationPage(arrangement.terms, arrangement.termsDigest, deps.settings));
  });
}
