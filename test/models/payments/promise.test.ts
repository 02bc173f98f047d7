import { describe, expect, it } from 'vitest';
import { evaluatePromise } from '../../../models/payments/promise';

const settings = { graceDays: 3, curePayments: 2 };
const schedule = [
  { dueDate: '2026-01-10', amount: 100 },
  { dueDate: '2026-02-10', amount: 100 },
  { dueDate: '2026-03-10', amount: 100 },
  { dueDate: '2026-04-10', amount: 100 },
];
const states = (payments: { date: string; amount: number }[], today: string) => evaluatePromise(schedule, payments, today, settings);

describe('evaluatePromise', () => {
  it('is on track before anything is due, and kept when every instalment is paid in time', () => {
    expect(states([], '2026-01-05')).toMatchObject({ state: 'on_track', arrears: 0, daysPastDue: 0 });
    const paid = ['2026-01-10', '2026-02-12', '2026-03-13', '2026-04-01'].map((date) => ({ date, amount: 100 }));
    const kept = states(paid, '2026-05-01');
    expect(kept.state).toBe('kept');
    expect(kept.instalments.map((i) => i.state)).toEqual(['paid', 'paid', 'paid', 'paid']);
  });

  it('counts a payment within grace as on time and one after grace as late', () => {
    const r = states(
      [
        { date: '2026-01-13', amount: 100 },
        { date: '2026-02-14', amount: 100 },
      ],
      '2026-02-20',
    );
    expect(r.instalments.map((i) => i.state)).toEqual(['paid', 'late', 'pending', 'pending']);
    expect(r.state).toBe('broken');
  });

  it('a missed instalment breaks the promise, with arrears and days past due', () => {
    const r = states([{ date: '2026-01-10', amount: 100 }], '2026-02-20');
    expect(r.instalments.map((i) => i.state)).toEqual(['paid', 'missed', 'pending', 'pending']);
    expect(r).toMatchObject({ state: 'broken', arrears: 100, daysPastDue: 10, streak: 0 });
  });

  it('a short payment past grace is partial and leaves the rest in arrears', () => {
    const r = states([{ date: '2026-01-10', amount: 60 }], '2026-01-20');
    expect(r.instalments[0]).toMatchObject({ state: 'partial', paid: 60 });
    expect(r).toMatchObject({ state: 'broken', arrears: 40, daysPastDue: 10 });
  });

  it('pays the oldest instalment first, so a catch-up payment turns a miss into a late payment', () => {
    const r = states([{ date: '2026-02-10', amount: 200 }], '2026-02-11');
    expect(r.instalments.map((i) => i.state)).toEqual(['late', 'paid', 'pending', 'pending']);
    expect(r.instalments[0].paidOn).toBe('2026-02-10');
  });

  it('is cured after the configured number of on-time payments in a row following a break', () => {
    const payments = [
      { date: '2026-02-10', amount: 200 },
      { date: '2026-03-10', amount: 100 },
    ];
    expect(states(payments, '2026-03-14').state).toBe('cured');
    expect(evaluatePromise(schedule, payments, '2026-03-14', { graceDays: 3, curePayments: 3 }).state).toBe('broken');
  });

  it('ignores payments dated after the evaluation day and keeps a surplus in what was received', () => {
    const r = states(
      [
        { date: '2026-01-01', amount: 500 },
        { date: '2026-06-01', amount: 100 },
      ],
      '2026-05-01',
    );
    expect(r).toMatchObject({ state: 'kept', received: 500 });
  });

  it('treats a cent of rounding as paid in full', () => {
    expect(states([{ date: '2026-01-10', amount: 99.996 }], '2026-01-20').instalments[0].state).toBe('paid');
  });

  it('refuses settings and schedules it cannot evaluate', () => {
    expect(() => evaluatePromise(schedule, [], '2026-01-01', { graceDays: -1, curePayments: 2 })).toThrow(/graceDays/);
    expect(() => evaluatePromise(schedule, [], '2026-01-01', { graceDays: 3, curePayments: 0 })).toThrow(/curePayments/);
    expect(() => evaluatePromise([], [], '2026-01-01', settings)).toThrow(/at least one instalment/);
  });
});
