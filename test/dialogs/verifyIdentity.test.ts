import { describe, expect, it } from 'vitest';
import { normaliseLoanReference } from '../../dialogs/verifyIdentityDialog';
import type { LoanRecord } from '../../models/loanBook/loanRecord';
import { DEMO_BORROWERS } from '../../models/loanBook/syntheticLoanBook';
import { IntakeConversation, intakeServices } from '../support/intakeConversation';

const borrower = DEMO_BORROWERS[1];

/** Every way a loan's figures could show up in a reply. */
function loanFigures(loan: LoanRecord): RegExp {
  const numbers = [loan.Outstanding_Loan_Amount, loan.Monthly_EMI, loan.Loan_Amount, loan.Collateral_Value, loan.Monthly_Income]
    .filter((n) => n > 0)
    .flatMap((n) => [String(Math.round(n)), Math.round(n).toLocaleString('en-IN'), Math.round(n).toLocaleString('en-GB')]);
  return new RegExp([loan.Loan_ID, loan.Borrower_ID, ...numbers].map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
}

describe('identity verification', () => {
  it('normalises the ways borrowers type a loan reference', () => {
    expect(normaliseLoanReference(' ln 90002 ')).toBe('LN_90002');
    expect(normaliseLoanReference('LN-90002')).toBe('LN_90002');
    expect(normaliseLoanReference('90002')).toBe('LN_90002');
    expect(normaliseLoanReference('loan #90002')).toBe('LN_90002');
  });

  it('uses the same words for an unknown loan and a wrong date of birth, and reveals nothing', async () => {
    const { services } = intakeServices();
    const loan = services.loans.get(borrower.loanId)!;
    const unknown = new IntakeConversation(services);
    await unknown.say('hi');
    await unknown.say('yes');
    await unknown.say('LN_424242');
    const unknownReply = await unknown.sayText('01/01/1990');

    const wrongDob = new IntakeConversation(services);
    await wrongDob.say('hi');
    await wrongDob.say('yes');
    await wrongDob.say(borrower.loanId);
    const wrongReply = await wrongDob.sayText('01/01/1990');

    expect(unknownReply).toBe(wrongReply);
    expect(wrongReply).toMatch(/couldn't verify those details/);
    expect(wrongDob.transcriptText()).not.toMatch(loanFigures(loan));
    expect(wrongDob.decisions('identity_verified')).toHaveLength(0);
  });

  it('locks the conversation for 30 minutes after three failures, offers a person, and refuses even correct details there while locked', async () => {
    const start = new Date('2026-11-23T10:00:00Z');
    const { services, ports } = intakeServices({ now: start });
    const loan = services.loans.get(borrower.loanId)!;
    const conv = new IntakeConversation(services);
    await conv.say('hi');
    await conv.say('yes');
    for (let attempt = 1; attempt <= 3; attempt++) {
      await conv.say(borrower.loanId);
      const reply = await conv.sayText('9999');
      if (attempt < 3) expect(reply).toMatch(/try again/);
      else expect(reply).toMatch(/can't try verifying again for 30 minutes[\s\S]*\[Talk to someone\]/);
    }
    expect([...ports.identityLocks.records.values()].some((r) => r.lockedUntil !== null)).toBe(true);
    await conv.say('restart');
    await conv.say(borrower.loanId);
    expect(conv.transcriptText()).not.toMatch(loanFigures(loan));
    expect(conv.decisions('identity_verified')).toHaveLength(0);
  });

  it("attack: a stranger's three wrong dates of birth do not lock the genuine borrower out", async () => {
    const { services } = intakeServices({ now: new Date('2026-11-23T10:00:00Z') });
    const stranger = new IntakeConversation(services, { as: { conversationId: 'stranger', userId: 'stranger' } });
    await stranger.say('hi');
    await stranger.say('yes');
    for (let attempt = 1; attempt <= 3; attempt++) {
      await stranger.say(borrower.loanId);
      await stranger.say('01/01/1990');
    }
    const genuine = new IntakeConversation(services, { as: { conversationId: 'genuine', userId: 'genuine' } });
    await genuine.say('hi');
    await genuine.say('yes');
    await genuine.say(borrower.loanId);
    expect(await genuine.sayText(borrower.phoneLast4)).toMatch(/verified/);
  });

  it('attack: once a loan drew repeated failures, each further failing conversation is locked after one try', async () => {
    const { services } = intakeServices({ now: new Date('2026-11-23T10:00:00Z') });
    for (let i = 0; i < 3; i++) {
      const c = new IntakeConversation(services, { as: { conversationId: `probe-${i}`, userId: `probe-${i}` } });
      await c.say('hi');
      await c.say('yes');
      await c.say(borrower.loanId);
      await c.say('01/01/1990');
    }
    const next = new IntakeConversation(services, { as: { conversationId: 'probe-x', userId: 'probe-x' } });
    await next.say('hi');
    await next.say('yes');
    await next.say(borrower.loanId);
    expect(await next.sayText('02/02/1991')).toMatch(/30 minutes/);
  });

  it.each(["I've written letters to my kids just in case", 'Jeene ka mann nahi karta ab', 'thinking to jump from the building lah'])(
    'indirect crisis language at the loan-reference prompt (%s) gets the crisis response and is no failed attempt',
    async (text) => {
      const { services, ports } = intakeServices();
      const conv = new IntakeConversation(services);
      await conv.say('hi');
      await conv.say('yes');
      expect(await conv.sayText(text)).toMatch(/Tele-MANAS/);
      expect(ports.escalations.requests.at(-1)?.reason).toBe('crisis');
      expect(conv.decisions('identity_failed')).toHaveLength(0);
      expect([...ports.identityLocks.records.values()].every((r) => r.failures === 0)).toBe(true);
    },
  );

  it('an obvious non-answer or crisis language at the identity prompt is never counted as a failure', async () => {
    const { services, ports } = intakeServices();
    const conv = new IntakeConversation(services);
    await conv.say('hi');
    await conv.say('yes');
    for (const text of ['what do you mean?', "I don't see the point anymore", 'no idea']) {
      await conv.say(borrower.loanId);
      await conv.say(text);
    }
    expect([...ports.identityLocks.records.values()].every((r) => r.failures === 0)).toBe(true);
    expect(conv.decisions('identity_failed')).toHaveLength(0);
  });

  it('accepts the last 4 digits of the registered phone instead of a date of birth', async () => {
    const { services } = intakeServices();
    const conv = new IntakeConversation(services);
    await conv.say('hi');
    await conv.say('yes');
    await conv.say(borrower.loanId);
    expect(await conv.sayText(borrower.phoneLast4)).toMatch(/verified/);
  });

  it('says nothing about the loan before a match, on any path (figures only appear after verification)', async () => {
    const { services } = intakeServices();
    const loan = services.loans.get(borrower.loanId)!;
    const conv = new IntakeConversation(services);
    for (const text of ['hi', 'yes', 'help', borrower.loanId, 'how much do I owe?', 'LN_90002', '12/12/1912']) await conv.say(text);
    expect(conv.transcriptText()).not.toMatch(loanFigures(loan));
  });
});
