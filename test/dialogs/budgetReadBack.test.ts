import { describe, expect, it } from 'vitest';
import { DEMO_BORROWERS } from '../../models/loanBook/syntheticLoanBook';
import { IntakeConversation, intakeServices } from '../support/intakeConversation';

const MEDIUM = DEMO_BORROWERS.find((b) => b.expectedBand === 'medium')!;

async function reachBudget(conv: IntakeConversation) {
  await conv.say('hi');
  await conv.say('yes');
  await conv.say(MEDIUM.loanId);
  await conv.say(MEDIUM.dateOfBirth.split('-').reverse().join('/'));
  await conv.say('work has dried up and my income dropped a lot');
  await conv.say("Yes, that's right");
  return conv.sayText("I don't know");
}

describe('budget answers', () => {
  it('reads every figure back in rupees, takes Indian notation and a correction, and "no" for no other loans', async () => {
    const conv = new IntakeConversation(intakeServices().services);
    expect(await reachBudget(conv)).toMatch(/take-home income/);
    expect(await conv.sayText('1.2 lakh pm')).toMatch(/Noted: ₹1,20,000 a month\.[\s\S]*rent or mortgage/);
    expect(await conv.sayText('15000 no wait its 20000 now')).toMatch(/Noted: ₹20,000 a month\.[\s\S]*bills, food/);
    expect(await conv.sayText('10-12k')).toMatch(/Noted: ₹10,000 a month\. You gave ₹10,000 to ₹12,000, so I have used the lower figure[\s\S]*other loans/);
    expect(await conv.sayText('no')).toMatch(/Noted: ₹0 a month\./);
    const budget = (await conv.intake()).budgetInput!;
    expect(budget.income[0].value).toBe(120_000);
    expect(budget.housing?.value).toBe(20_000);
    expect(budget.otherCosts?.value).toBe(10_000);
    expect(budget.otherDebtRepayments?.value).toBe(0);
  });

  it('reads back a daily wage as a day, and figures in Hinglish, Devanagari and a "not" correction', async () => {
    const conv = new IntakeConversation(intakeServices().services);
    await reachBudget(conv);
    expect(await conv.sayText('600 rupees per day')).toMatch(/Noted: ₹600 a day\.[\s\S]*rent or mortgage/);
    expect(await conv.sayText('dedh hazaar')).toMatch(/Noted: ₹1,500 a month\./);
    expect(await conv.sayText('sorry 2k not 3k')).toMatch(/Noted: ₹2,000 a month\./);
    // Devanagari switches the conversation to Hindi, and the read-back with it.
    expect(await conv.sayText('₹5 हजार महीना')).toMatch(/नोट कर लिया: ₹5,000 प्रति माह।/);
    const intake = await conv.intake();
    expect(intake.budgetInput!.income[0]).toEqual({ value: 600, period: 'day' });
    expect(intake.budgetInput!.otherDebtRepayments).toEqual({ value: 5000, period: 'month' });
    expect(intake.budget?.monthlyIncome).toBeCloseTo(600 * 26);
  });

  it('never takes a one-off sum as monthly income', async () => {
    const conv = new IntakeConversation(intakeServices().services);
    await reachBudget(conv);
    expect(await conv.sayText('300000 one-off')).toMatch(/one-off is not counted as monthly money/);
    expect(await conv.sayText('25000 a month')).toMatch(/Noted: ₹25,000 a month\.[\s\S]*rent or mortgage/);
    expect((await conv.intake()).stage).not.toBe('offer');
  });
});

describe('budget quick replies', () => {
  it('records the amount a tapped quick reply stands for, including one tapped after the question was asked again', async () => {
    const conv = new IntakeConversation(intakeServices().services);
    const asked = await reachBudget(conv);
    const about = [...asked.matchAll(/\[(About [^\]]+)\]/g)].map((m) => m[1]);
    expect(about.length).toBeGreaterThan(0);
    const tapped = about.at(-1)!;
    const amount = Number(tapped.replace(/\D/g, ''));
    expect(await conv.sayText(tapped)).toMatch(/Noted: ₹[\d,]+ a month\.[\s\S]*rent or mortgage/);
    // Asked again after a question from the FAQ: the same replies are offered and read.
    expect(await conv.sayText('cibil kharab hoga kya?')).toMatch(/\[Nothing\]/);
    expect(await conv.sayText('Nothing')).toMatch(/Noted: ₹0 a month\./);
    const answers = (await conv.intake()).budgetAnswers!;
    expect(answers.income).toEqual({ value: amount, period: 'month' });
    expect(answers.housing).toEqual({ value: 0, period: 'month' });
  });
});
