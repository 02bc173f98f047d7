import type { SendResult } from '../outreach/outreachScheduler';

/**
 * The channel is there but cannot take the message now (a Web Chat borrower mid-intake or with the team). Not a
 * failure: the message waits for a later sweep, and the wait is noted once on its record rather than logged as one.
 */
export interface NotReachableNow {
  ok: false;
  notReachableNow: string;
}

/** How one reminder or follow-up send went. */
export type DeliveryAttempt = SendResult | NotReachableNow;

export const isNotReachableNow = (result: DeliveryAttempt): result is NotReachableNow => 'notReachableNow' in result;
