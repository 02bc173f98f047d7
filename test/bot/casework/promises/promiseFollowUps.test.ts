import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ArrangementStore } from '../../../../bot/casework/arrangements/arrangementStore';
import { AgentAvailability } from '../../../../bot/casework/cases/agentAvailability';
import type { CaseRecord } from '../../../../bot/casework/cases/caseRecord';
import { CaseStore } from '../../../../bot/casework/cases/caseStore';
import { EscalationService } from '../../../../bot/casework/cases/escalationService';
import type { SendResult } from '../../../../bot/casework/outreach/outreachScheduler';
import { PaymentStore } from '../../../../bot/casework/payments/paymentStore';
import { PromiseFollowUps, type FollowUpCaseRecord, type FollowUpRecord } from '../../../../bot/casework/promises/promiseFollowUps';
import { createLogger } from '../../../../bot/infra/logger';
import type { StorageBackend } from '../../../../bot/infra/storage/documents';
import { fileBackend } from '../../../../bot/infra/storage/fileBackend';
import { translate } from '../../../../models/i18n/translate';
import type { BorrowerLanguage } from '../../../../models/i18n/languages';
import { instalmentSchedule } from '../../../../models/offers';
import { testSchema } from '../../../support/postgresSchema';
import { agreedLoan, candidatesFor, pgInstances } from './promiseFixture';

const { loan: LOAN, arrangement } = agreedLoan('LN_F1');
const [first] = instalmentSchedule(arrangement);
const KEY = `${arrangement.reference}:${first.dueDate}`;
/** 11:00 in India (UTC+5:30), `days` after the first due date (grace is 3 days). */
const after = (days: number, utcTime = '05:30:00') => new Date(Date.parse(`${first.dueDate}T${utcTime}Z`) + days * 86_400_000);

interface Sent {
  key: string;
  language: BorrowerLanguage;
  text: string;
}

/** Opens the follow-ups on a backend, as an instance would at start, with the real case service behind the case opener. */
async function instance(backend: StorageBackend, clock: { at: Date }, sent: Sent[], facts: { stopped?: boolean; language?: BorrowerLanguage } = {}) {
  const arrangements = await ArrangementStore.open(backend.documents('arrangements'));
  const payments = await PaymentStore.open(backend.documents('payments'));
  const cases = await CaseStore.open(backend.documents<CaseRecord>('cases'));
  const availability = new AgentAvailability({ hours: '09:00-19:00', days: 'Mon-Sat', timeZone: 'Asia/Kolkata', capacity: 3, avgHandleMinutes: 8 });
  const escalations = new EscalationService({ cases, availability, agentsOnline: () => 1, now: () => clock.at });
  const candidates = candidatesFor(LOAN, arrangements, { stopped: facts.stopped, cases: () => cases.all() });
  const followUps = new PromiseFollowUps({
    ledger: backend.documents<FollowUpRecord>('promise-follow-ups'),
    cases: backend.documents<FollowUpCaseRecord>('promise-follow-up-cases'),
    loans: () => [LOAN],
    arrangements,
    payments,
    candidate: (l, now) => candidates.one(l, now),
    language: async () => facts.language ?? 'en',
    reach: async () => ({
      channel: 'whatsapp',
      sender: async (_l, due, language): Promise<SendResult> => {
        sent.push({ key: due.key, language, text: translate(language, 'promise.followUp', { lenderName: 'Forbear Finance' }) });
        return { ok: true, messageId: `wamid.${sent.length}` };
      },
    }),
    openCase: async (loan, due) =>
      (
        await escalations.escalate({
          reason: 'broken_promise',
          conversation: { channelId: 'promise-follow-up', conversation: { id: due.key, name: 'missed payment', isGroup: false, conversationType: 'personal' } },
          intake: { stage: 'escalated', verifiedLoanId: loan.Loan_ID },
          note: `due ${due.dueDate}`,
        })
      ).caseId,
    settings: { graceDays: 3, curePayments: 2 },
    caseDays: 14,
    now: () => clock.at,
    log: createLogger('silent'),
  });
  const openCases = async () => {
    const out: CaseRecord[] = [];
    for await (const c of cases.all()) out.push(c);
    return out;
  };
  const caseClaims = backend.documents<FollowUpCaseRecord>('promise-follow-up-cases');
  return { followUps, arrangements, payments, openCases, caseClaims, ledger: backend.documents<FollowUpRecord>('promise-follow-ups') };
}

const newDir = () => mkdtempSync(path.join(tmpdir(), 'follow-ups-'));

describe('follow-up on a missed payment (embedded documents)', () => {
  it('sends one gentle message per lapse, once grace has passed, in the borrower language and with nothing about the debt; once across a restart', async () => {
    const dir = newDir();
    const clock = { at: after(2) };
    const sent: Sent[] = [];
    const a = await instance(fileBackend(dir), clock, sent, { language: 'hi' });
    await a.arrangements.save(arrangement);
    await a.followUps.tick();
    expect(sent).toEqual([]); // still within grace: not missed yet
    clock.at = after(4);
    await a.followUps.tick();
    await a.followUps.tick();
    expect(sent.map((s) => [s.key, s.language])).toEqual([[KEY, 'hi']]);
    expect(sent[0].text).toContain('Forbear Finance');
    expect(sent[0].text).toContain('STOP');
    expect(sent[0].text).not.toContain(String(first.amount));
    expect(sent[0].text).not.toMatch(/LN_|₹|INR|\d{4}|debt|loan|missed|कर्ज़|ऋण|बकाया|किस्त/i);
    const b = await instance(fileBackend(dir), clock, sent, { language: 'hi' });
    await b.followUps.tick();
    clock.at = after(6);
    await b.followUps.tick();
    expect(sent).toHaveLength(1);
    expect((await b.ledger.get(KEY))?.value).toMatchObject({ state: 'sent', messageId: 'wamid.1' });
    expect(await b.openCases()).toEqual([]); // not yet caseDays past grace
  });

  it('the English and Malay wording say as little', () => {
    for (const language of ['en', 'ms'] as const) {
      const text = translate(language, 'promise.followUp', { lenderName: 'Forbear Finance' });
      expect(text).toMatch(/^(Hello from|Salam daripada) Forbear Finance\./);
      expect(text).not.toMatch(/\d|debt|loan|missed|payment|pinjaman|hutang|tunggakan|bayaran/i);
    }
  });

  it('sends nothing when the instalment was paid, or caught up late before the sweep', async () => {
    const clock = { at: after(4) };
    const sent: Sent[] = [];
    const paid = await instance(fileBackend(newDir()), clock, sent);
    await paid.arrangements.save(arrangement);
    await paid.payments.record({ reference: 'P1', loanId: LOAN.Loan_ID, date: first.dueDate, amount: first.amount, source: 'csv', recordedAt: first.dueDate });
    await paid.followUps.tick();
    const late = await instance(fileBackend(newDir()), clock, sent);
    await late.arrangements.save(arrangement);
    const day = after(4).toISOString().slice(0, 10);
    await late.payments.record({ reference: 'P2', loanId: LOAN.Loan_ID, date: day, amount: first.amount, source: 'csv', recordedAt: day });
    await late.followUps.tick();
    expect(sent).toEqual([]);
  });

  it('STOP settles it suppressed for good; outside the borrower hours it waits and goes when the window opens', async () => {
    const sent: Sent[] = [];
    const clock = { at: after(4) };
    const dir = newDir();
    const stopped = await instance(fileBackend(dir), clock, sent, { stopped: true });
    await stopped.arrangements.save(arrangement);
    await stopped.followUps.tick();
    expect((await stopped.ledger.get(KEY))?.value).toMatchObject({ state: 'suppressed', suppressions: [{ rule: 'opted_out' }] });
    await (await instance(fileBackend(dir), clock, sent)).followUps.tick();
    expect(sent).toEqual([]);

    const night = { at: after(4, '17:00:00') }; // 22:30 in India
    const held = await instance(fileBackend(newDir()), night, sent);
    await held.arrangements.save(arrangement);
    await held.followUps.tick();
    expect(sent).toEqual([]);
    expect((await held.ledger.get(KEY))?.value).toMatchObject({ state: 'waiting', suppressions: [{ rule: 'outside_hours', count: 1 }] });
    night.at = new Date(night.at.getTime() + 10 * 3_600_000); // 08:30 next morning
    await held.followUps.tick();
    expect(sent.map((s) => s.key)).toEqual([KEY]);
  });

  it('opens one "broken promise" case once the lapse stays unresolved for caseDays past grace, across a restart, even after STOP', async () => {
    const dir = newDir();
    const clock = { at: after(3 + 13) };
    const sent: Sent[] = [];
    const a = await instance(fileBackend(dir), clock, sent, { stopped: true });
    await a.arrangements.save(arrangement);
    await a.followUps.tick();
    expect(await a.openCases()).toEqual([]);
    clock.at = after(3 + 14);
    await a.followUps.tick();
    await a.followUps.tick();
    const b = await instance(fileBackend(dir), clock, sent, { stopped: true });
    clock.at = after(3 + 20);
    await b.followUps.tick();
    const cases = await b.openCases();
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ reason: 'broken_promise', loanId: LOAN.Loan_ID, status: 'queued', note: `due ${first.dueDate}` });
    expect(sent).toEqual([]); // the case is for the team; the borrower who said STOP hears nothing
  });

  it('a case claim left by an instance that died while opening it is taken over once its lease has run out', async () => {
    const clock = { at: after(3 + 14) };
    const a = await instance(fileBackend(newDir()), clock, []);
    await a.arrangements.save(arrangement);
    const lease = new Date(clock.at.getTime() + 60_000).toISOString();
    await a.caseClaims.put(KEY, {
      key: KEY,
      loanId: LOAN.Loan_ID,
      state: 'opening',
      claim: 'dead-instance',
      leaseUntil: lease,
      updatedAt: clock.at.toISOString(),
    });
    await a.followUps.tick();
    expect(await a.openCases()).toEqual([]); // the other instance may still be opening it
    clock.at = new Date(clock.at.getTime() + 5 * 60_000);
    await a.followUps.tick();
    await a.followUps.tick();
    expect((await a.openCases()).map((c) => c.reason)).toEqual(['broken_promise']);
    expect((await a.caseClaims.get(KEY))?.value).toMatchObject({ state: 'opened', caseId: (await a.openCases())[0].id });
  });

  it('no case when the borrower catches up before caseDays', async () => {
    const clock = { at: after(5) };
    const sent: Sent[] = [];
    const a = await instance(fileBackend(newDir()), clock, sent);
    await a.arrangements.save(arrangement);
    await a.followUps.tick();
    const day = after(6).toISOString().slice(0, 10);
    await a.payments.record({ reference: 'P3', loanId: LOAN.Loan_ID, date: day, amount: first.amount, source: 'csv', recordedAt: day });
    clock.at = after(3 + 15);
    await a.followUps.tick();
    expect(sent).toHaveLength(1);
    expect(await a.openCases()).toEqual([]);
  });
});

const schema = await testSchema();
afterAll(() => schema.drop());

describe.skipIf(schema.unreachable !== null)('follow-up on PostgreSQL', () => {
  it('four instances sweeping together send the follow-up once and open one case, and again after they restart', async () => {
    const { open, end } = pgInstances(schema);
    const clock = { at: after(3 + 14) };
    const sent: Sent[] = [];
    const seed = await instance(await open(), clock, sent, { language: 'ms' });
    await seed.arrangements.save(arrangement);
    const started = await Promise.all(Array.from({ length: 4 }, async () => instance(await open(), clock, sent, { language: 'ms' })));
    await Promise.all(started.map((i) => i.followUps.tick()));
    await Promise.all(started.map((i) => i.followUps.tick()));
    expect(sent.map((s) => [s.key, s.language])).toEqual([[KEY, 'ms']]);
    const again = await instance(await open(), clock, sent, { language: 'ms' });
    await again.followUps.tick();
    expect(sent).toHaveLength(1);
    expect((await again.openCases()).map((c) => c.reason)).toEqual(['broken_promise']);
    await end();
  });
});
