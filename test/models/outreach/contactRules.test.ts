import { describe, expect, it } from 'vitest';
import { CONTACT_PROFILES } from '../../../models/outreach/contactProfiles';
import { evaluateContact, nextWindowStart, withinWindow, type ContactFacts, type ProposedSend } from '../../../models/outreach/contactRules';

const clear: ContactFacts = { optedOut: [], openDispute: false, openComplaint: false, holds: [], attempts: [] };
const send = (iso: string, overrides: Partial<ProposedSend> = {}): ProposedSend => ({
  channel: 'whatsapp',
  at: new Date(iso),
  timeZone: 'Asia/Kolkata',
  profile: CONTACT_PROFILES.IN,
  campaign: { sentToday: 0, dailyCap: 100 },
  ...overrides,
});
const rule = (verdict: ReturnType<typeof evaluateContact>) => (verdict.allowed ? 'allowed' : verdict.rule);

describe('contact rules', () => {
  it('India: 08:00 to 19:00 in the borrower’s own time, not the server’s', () => {
    expect(rule(evaluateContact(send('2026-12-01T02:29:00Z'), clear))).toBe('outside_hours'); // 07:59 IST
    expect(rule(evaluateContact(send('2026-12-01T02:30:00Z'), clear))).toBe('allowed'); // 08:00 IST
    expect(rule(evaluateContact(send('2026-12-01T13:29:00Z'), clear))).toBe('allowed'); // 18:59 IST
    expect(rule(evaluateContact(send('2026-12-01T13:30:00Z'), clear))).toBe('outside_hours'); // 19:00 IST
  });

  it('US: 08:00 to 21:00 local across daylight saving, and at most 7 attempts in 7 days (the lender may be stricter)', () => {
    const us = { profile: CONTACT_PROFILES.US, timeZone: 'America/New_York' };
    expect(rule(evaluateContact(send('2026-07-01T12:00:00Z', us), clear))).toBe('allowed'); // 08:00 EDT
    expect(rule(evaluateContact(send('2026-12-01T12:00:00Z', us), clear))).toBe('outside_hours'); // 07:00 EST
    const attempts = Array.from({ length: 7 }, (_, i) => new Date(Date.parse('2026-07-01T14:00:00Z') - (i + 1) * 86_400_000 + 3_600_000).toISOString());
    const lenient = { crisisCoolingOffDays: 30, maxPerBorrowerPerDay: 5, maxAttemptsPerWeek: 99 };
    expect(rule(evaluateContact(send('2026-07-01T14:00:00Z', us), { ...clear, attempts }, lenient))).toBe('attempt_cap');
    expect(rule(evaluateContact(send('2026-07-01T14:00:00Z', us), { ...clear, attempts: attempts.slice(1) }, lenient))).toBe('allowed');
  });

  it('UK Breathing Space: a moratorium suppresses all collection contact until it ends', () => {
    const uk = { profile: CONTACT_PROFILES.UK, timeZone: 'Europe/London' };
    const facts = { ...clear, moratoriumUntil: '2026-12-15T00:00:00Z' };
    expect(rule(evaluateContact(send('2026-12-01T12:00:00Z', uk), facts))).toBe('moratorium');
    expect(rule(evaluateContact(send('2026-12-16T12:00:00Z', uk), facts))).toBe('allowed');
  });

  it('lender-wide: STOP, disputes, complaints, holds and crisis cooling-off, the weightiest reason recorded', () => {
    const at = '2026-12-01T06:00:00Z';
    expect(rule(evaluateContact(send(at), { ...clear, optedOut: ['whatsapp'], openDispute: true }))).toBe('opted_out');
    expect(rule(evaluateContact(send(at, { channel: 'sms' }), { ...clear, optedOut: ['whatsapp'] }))).toBe('allowed');
    expect(rule(evaluateContact(send(at), { ...clear, openDispute: true }))).toBe('dispute');
    expect(rule(evaluateContact(send(at), { ...clear, openComplaint: true }))).toBe('complaint');
    expect(rule(evaluateContact(send(at), { ...clear, holds: ['bereavement'] }))).toBe('bereavement_hold');
    expect(rule(evaluateContact(send(at), { ...clear, holds: ['vulnerability'] }))).toBe('vulnerability_hold');
    expect(rule(evaluateContact(send(at), { ...clear, crisisAt: '2026-11-20T10:00:00Z' }))).toBe('crisis_cooling_off');
    expect(rule(evaluateContact(send(at), { ...clear, crisisAt: '2026-10-01T10:00:00Z' }))).toBe('allowed');
  });

  it('one message a day per borrower (their local day) and the campaign’s daily cap', () => {
    expect(rule(evaluateContact(send('2026-12-01T06:00:00Z'), { ...clear, attempts: ['2026-12-01T03:00:00Z'] }))).toBe('borrower_daily_cap');
    // 23:00 UTC the day before is 04:30 IST today, so it counts for today too.
    expect(rule(evaluateContact(send('2026-12-01T06:00:00Z'), { ...clear, attempts: ['2026-11-30T19:00:00Z'] }))).toBe('borrower_daily_cap');
    expect(rule(evaluateContact(send('2026-12-01T06:00:00Z'), { ...clear, attempts: ['2026-11-30T10:00:00Z'] }))).toBe('allowed');
    expect(rule(evaluateContact(send('2026-12-01T06:00:00Z', { campaign: { sentToday: 5, dailyCap: 5 } }), clear))).toBe('campaign_daily_cap');
  });

  it('finds the next moment inside the window, for zones with half-hour offsets too', () => {
    const start = nextWindowStart(new Date('2026-12-01T15:00:00Z'), 'Asia/Kolkata', CONTACT_PROFILES.IN); // 20:30 IST
    expect(start.toISOString()).toBe('2026-12-02T02:30:00.000Z');
    expect(withinWindow(start, 'Asia/Kolkata', CONTACT_PROFILES.IN)).toBe(true);
  });
});
