/**
 * What went wrong, in the domain's words. The HTTP edge turns a kind into a
 * status in one place (bot/infra/http/errorResponse.ts); the domain never
 * knows about HTTP. Messages are written to be shown to the person asking.
 */
export type DomainErrorKind =
  /** The input is malformed or out of range. */
  | 'invalid'
  /** Nothing by that name, as far as this person may know. */
  | 'not_found'
  /** This person may not do it. */
  | 'forbidden'
  /** Not in the state that allows it (already claimed, closed, opted out…). */
  | 'conflict'
  /** Well-formed, but the rules cannot act on it. */
  | 'unprocessable';

export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;
}
