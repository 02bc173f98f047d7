import type { Documents } from '../../infra/storage/documents';
import type { FollowUpCaseRecord, FollowUpRecord } from './promiseFollowUps';
import type { ReminderRecord } from './promiseReminders';

/** The promise sweeps' collections: the sweeps write them, campaigns count their messages, retention purges them. */
export interface PromiseLedgers {
  reminders: Documents<ReminderRecord>;
  followUps: Documents<FollowUpRecord>;
  followUpCases: Documents<FollowUpCaseRecord>;
}

/** The collections by their names, given once here. */
export function openPromiseLedgers(documents: <T>(name: string) => Documents<T>): PromiseLedgers {
  return {
    reminders: documents<ReminderRecord>('promise-reminders'),
    followUps: documents<FollowUpRecord>('promise-follow-ups'),
    followUpCases: documents<FollowUpCaseRecord>('promise-follow-up-cases'),
  };
}
