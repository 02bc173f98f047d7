import { describe, expect, it } from 'vitest';
import { webChatPromiseSenders } from '../../../../bot/channels/directLine/webChatPromiseSenders';
import type { ReminderDue } from '../../../../models/payments/reminders';
import { translate } from '../../../../models/i18n/translate';
import { loan } from '../../../models/offers/fixtures';

const reminder: ReminderDue = { key: 'FB-1:2026-03-05', loanId: 'LN_1', dueDate: '2026-03-05', arrangement: 'FB-1', amount: 100 };

function senders(open: boolean, takes: boolean) {
  const told: string[] = [];
  const deps = {
    ...{ translate, lenderName: 'Forbear Finance', locale: 'en-IN', botAccount: { id: 'forbear', name: 'Forbear Finance' } },
    streams: { has: () => open },
    notify: async (_reference: unknown, text: string) => (takes ? (told.push(text), 'activity-1') : undefined),
  };
  return { senders: webChatPromiseSenders(deps, 'conv-1'), told };
}

describe('Web Chat reminders and follow-ups', () => {
  it('a page that is open and free takes the reminder', async () => {
    const { senders: s, told } = senders(true, true);
    expect(await s?.reminders(loan(), reminder, 'en')).toEqual({ ok: true, messageId: 'activity-1' });
    expect(told).toHaveLength(1);
  });

  it('a borrower mid-intake or with the team: not reachable now, which is no failure (nothing to warn about, it waits)', async () => {
    const { senders: s, told } = senders(true, false);
    expect(await s?.reminders(loan(), reminder, 'en')).toEqual({ ok: false, notReachableNow: 'the Web Chat conversation cannot take it now' });
    expect(told).toEqual([]);
  });

  it('a page nobody has open gives no sender at all', () => {
    expect(senders(false, true).senders).toBeUndefined();
  });
});
