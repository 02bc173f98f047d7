import { describe, expect, it } from 'vitest';
import { dpdBucket, promiseKpis, timeToCure, type PromiseFacts } from '../../../models/payments/promiseKpis';

const settings = { graceDays: 3, curePayments: 2 };
const TODAY = '2026-06-15'; // a month before: 2026-05-16
const monthly = ['2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01', '2026-06-01', '2026-07-01'].map((dueDate) => ({ dueDate, amount: 100 }));
const paid = (...days: string[]) => days.map((date) => ({ date, amount: 100 }));

function facts(reference: string, over: Partial<PromiseFacts>): PromiseFacts {
  return {
    reference,
    planType: 'reduced_payment',
    band: 'low',
    reason: 'job_loss',
    channel: 'webchat',
    agreedOn: '2026-01-01',
    schedule: monthly,
    payments: [],
    ...over,
  };
}

// Worked by hand (grace 3 days, cured after 2 on-time payments in a row):
const book: PromiseFacts[] = [
  // A: every instalment on time so far, one still to come: on track, current.
  facts('A', { payments: paid('2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01', '2026-06-01') }),
  // B: paid February only: 03-01 is 106 days overdue today (76 a month ago): rolled 60-89 -> 90+, arrears 400.
  facts('B', { band: 'medium', payments: paid('2026-02-01') }),
  // C: stopped after April: 45 days past due today, 15 a month ago: rolled 1-29 -> 30-59, arrears 200.
  facts('C', { planType: 'deferral', band: 'high', reason: 'medical', channel: 'whatsapp', payments: paid('2026-02-01', '2026-03-01', '2026-04-01') }),
  // D: March paid late (03-20, with April early), then May and June on time: cured.
  facts('D', { reason: 'medical', payments: [...paid('2026-02-01'), { date: '2026-03-20', amount: 200 }, ...paid('2026-05-01', '2026-06-01')] }),
  // E: a one-payment settlement paid before it was due: kept.
  facts('E', {
    planType: 'settlement',
    band: 'medium',
    reason: 'medical',
    channel: 'agent',
    agreedOn: '2026-04-01',
    schedule: [{ dueDate: '2026-05-01', amount: 300 }],
    payments: [{ date: '2026-04-28', amount: 300 }],
  }),
  // F: agreed two weeks ago, nothing due yet: counts in no rate, and has no month-ago position.
  facts('F', { planType: 'deferral', band: 'not scored', reason: 'unknown', agreedOn: '2026-06-01', schedule: [{ dueDate: '2026-07-01', amount: 100 }] }),
];

describe('promise KPIs', () => {
  it('kept, cure, recovery, arrears and buckets over the whole book', () => {
    const r = promiseKpis(book, TODAY, settings);
    expect(r).toMatchObject({ arrangements: 6, due: 5, kept: 2, keptRate: 0.4, brokenEver: 3, cured: 1, cureRate: 0.3333, recovered: 1700, arrears: 600 });
    expect(r.buckets).toEqual({ current: 4, '1-29': 0, '30-59': 1, '60-89': 0, '90+': 1 });
  });

  it('roll rates compare where each arrangement stood a month ago with today', () => {
    expect(promiseKpis(book, TODAY, settings).rollRates).toEqual([
      { from: '1-29', to: '30-59', base: 1, rolled: 1, rate: 1 },
      { from: '30-59', to: '60-89', base: 0, rolled: 0, rate: null },
      { from: '60-89', to: '90+', base: 1, rolled: 1, rate: 1 },
    ]);
  });

  it('an arrangement that catches up within the month does not roll', () => {
    const caughtUp = facts('C2', { payments: [...paid('2026-02-01', '2026-03-01', '2026-04-01'), { date: '2026-06-02', amount: 200 }] });
    expect(promiseKpis([caughtUp], TODAY, settings).rollRates[0]).toEqual({ from: '1-29', to: '30-59', base: 1, rolled: 0, rate: 0 });
  });

  it('groups by plan type, band, hardship reason and channel', () => {
    const r = promiseKpis(book, TODAY, settings);
    const pick = (rows: typeof r.byPlanType) => rows.map(({ key, arrangements, keptRate, cureRate }) => ({ key, arrangements, keptRate, cureRate }));
    expect(pick(r.byPlanType)).toEqual([
      { key: 'deferral', arrangements: 2, keptRate: 0, cureRate: 0 },
      { key: 'reduced_payment', arrangements: 3, keptRate: 0.3333, cureRate: 0.5 },
      { key: 'settlement', arrangements: 1, keptRate: 1, cureRate: null },
    ]);
    expect(r.byBand.map((g) => [g.key, g.arrangements])).toEqual([
      ['high', 1],
      ['low', 2],
      ['medium', 2],
      ['not scored', 1],
    ]);
    expect(r.byReason.find((g) => g.key === 'medical')).toMatchObject({ arrangements: 3, recovered: 1100, cured: 1 });
    expect(r.byChannel.map((g) => [g.key, g.recovered])).toEqual([
      ['agent', 300],
      ['webchat', 1100],
      ['whatsapp', 300],
    ]);
  });

  it('an empty book has no rates rather than zero ones', () => {
    expect(promiseKpis([], TODAY, settings)).toMatchObject({ arrangements: 0, keptRate: null, cureRate: null, recovered: 0, byPlanType: [] });
  });

  it('buckets days past due the way a roll-rate report does', () => {
    expect([0, 1, 29, 30, 59, 60, 89, 90, 400].map(dpdBucket)).toEqual(['current', '1-29', '1-29', '30-59', '30-59', '60-89', '60-89', '90+', '90+']);
  });
});

describe('time to cure from store outcomes', () => {
  it('a cured arrangement ends at the payment that completed the run of on-time payments', () => {
    // D: settled Feb paid, Mar late, Apr paid, May paid (the 2nd in a row: cured on 05-01), 120 days after agreement.
    expect(timeToCure(book[3], TODAY, settings)).toEqual({ time: 3.9, event: true });
  });
  it('a kept arrangement ends at its last payment; open ones are censored at their age', () => {
    expect(timeToCure(book[4], TODAY, settings)).toEqual({ time: 0.9, event: true });
    expect(timeToCure(book[1], TODAY, settings)).toEqual({ time: 5.4, event: false });
    expect(timeToCure(book[0], TODAY, settings)).toEqual({ time: 5.4, event: false });
  });
});
