import { DomainError } from '../../../models/shared/domainError';

/** Why an agent action was refused; the message is written to be shown to the agent as it is. */
export class CaseAccessError extends DomainError {
  readonly kind = 'forbidden';
  override name = 'CaseAccessError';
}

/** The case is not in a state that allows this (already claimed, closed, not verified…). */
export class CaseConflictError extends DomainError {
  readonly kind = 'conflict';
  override name = 'CaseConflictError';
}

/** The borrower sent STOP on this channel: nothing more may reach them there. */
export class BorrowerOptedOutError extends DomainError {
  readonly kind = 'conflict';
  override name = 'BorrowerOptedOutError';
  constructor(readonly channelId: string) {
    super(`The borrower has opted out of messages on ${channelId}; nothing was sent. Contact them another way only if they have agreed to it.`);
  }
}
