/**
 * Why an agent action was refused. Each maps to one HTTP status in the routes,
 * and the message is written to be shown to the agent as it is.
 */
export class CaseAccessError extends Error {
  readonly status = 403;
  constructor(message: string) {
    super(message);
    this.name = 'CaseAccessError';
  }
}

/** The case is not in a state that allows this (already claimed, closed, not verified…). */
export class CaseConflictError extends Error {
  readonly status = 409;
  constructor(message: string) {
    super(message);
    this.name = 'CaseConflictError';
  }
}

/** The borrower sent STOP on this channel: nothing more may reach them there. */
export class BorrowerOptedOutError extends Error {
  readonly status = 409;
  constructor(readonly channelId: string) {
    super(`The borrower has opted out of messages on ${channelId}; nothing was sent. Contact them another way only if they have agreed to it.`);
    this.name = 'BorrowerOptedOutError';
  }
}
