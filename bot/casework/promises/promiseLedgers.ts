import type { Documents } from '../../infra/storage/documents';
import type { FollowUpCaseRecord, FollowUpRecord } from './promiseFollowUps';
import type { ReminderRecord } from './promiseReminders';

/** The promise sweeps' collections: the sweeps write them, campaigns count their messages, retention purges them. */
export interface PromiseLedgers {
  reminders: Documents<ReminderRecord>;
  followUps: Documents<FollowUpRecord>;
  followUpCases: Documents<FollowUpCaseRecord>;
}

/** The collections' names, given once here. */
export const PROMISE_COLLECTIONS: Record<keyof PromiseLedgers, string> = {
  reminders: 'promise-reminders',
  followUps: 'promise-follow-ups',
  followUpCases: 'promise-follow-up-cases',
};

export function openPromiseLedgers(documents: <T>(name: string) => Documents<T>): PromiseLedgers {
  return {
    reminders: documents<ReminderRecord>(PROMISE_COLLECTIONS.reminders),
    followUps: documents<FollowUpRecord>(PROMISE_COLLECTIONS.followUps),
    followUpCases: documents<FollowUpCaseRecord>(PROMISE_COLLECTIONS.followUpCases),
  };
}
