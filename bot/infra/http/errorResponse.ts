import type { Response } from 'restify';
import { DomainError, type DomainErrorKind } from '../../../models/shared/domainError';
import { HttpError } from './httpErrors';

const STATUS: Record<DomainErrorKind, number> = { invalid: 400, forbidden: 403, not_found: 404, conflict: 409, unprocessable: 422 };

/** The one mapping from errors to HTTP: a status and a message safe to show, or undefined for a fault (a 500). */
export function httpErrorFor(err: unknown): HttpError | undefined {
  if (err instanceof HttpError) return err;
  if (err instanceof DomainError) return new HttpError(STATUS[err.kind], err.message);
  return undefined;
}

/** Sends a known error as `{ error }` with its status; rethrows anything else, so faults stay faults. */
export function sendError(res: Response, err: unknown): void {
  const known = httpErrorFor(err);
  if (!known) throw err;
  res.send(known.status, { error: known.message });
}
