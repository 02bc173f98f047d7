import { describe, expect, it } from 'vitest';
import { extractDates } from '../../nlp/dates';

const today = new Date('2025-01-15T12:00:00Z');
const first = (text: string) => extractDates(text, today)[0];

describe('extractDates', () => {
  it('reads a bare month as past or future from the sentence', () => {
    expect(first('got laid off in sept')).toMatchObject({ start: '2024-09-01', end: '2024-09-30' });
    expect(first('back to work in june')).toMatchObject({ start: '2025-06-01', end: '2025-06-30' });
  });

  it('resolves relative dates and durations', () => {
    expect(first('next month')).toEqual({ text: 'next month', start: '2025-02-01', end: '2025-02-28', kind: 'date' });
    expect(first('off work for 3 months')).toEqual({ text: 'for 3 months', start: '2025-01-15', end: '2025-04-15', kind: 'duration' });
    expect(first('lost my job 2 weeks ago')).toMatchObject({ start: '2025-01-01', kind: 'date' });
    expect(first('until the new year')).toMatchObject({ start: '2026-01-01' });
    expect(first('fired last friday')).toMatchObject({ start: '2025-01-10' });
  });

  it('reads explicit day-first dates and rejects impossible ones', () => {
    expect(first('can pay on 03/02/2025')).toMatchObject({ start: '2025-02-03' });
    expect(first('on 12 march 2025')).toMatchObject({ start: '2025-03-12' });
    expect(extractDates('on 31/02/2025', today)).toEqual([]);
  });

  it('does not treat "a month" in an amount or the modal "may" as a date', () => {
    expect(extractDates('i may pay 100 a month', today)).toEqual([]);
    expect(extractDates('', today)).toEqual([]);
  });
});
