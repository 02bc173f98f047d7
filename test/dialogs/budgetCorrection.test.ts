import { describe, expect, it } from 'vitest';
import { IntakeConversation, intakeServices } from '../support/intakeConversation';
import { TO, walk } from '../support/intakePaths';

async function at(path: string[]) {
  const conv = new IntakeConversation(intakeServices().services);
  await walk(conv, path);
  return conv;
}

describe('correcting the budget', () => {
  it('"go back, the rent is actually 21000" at the bills question changes the rent, reads it back and asks the bills again', async () => {
    const conv = await at(TO.essentials);
    expect(await conv.sayText('go back, the rent is actually 21000')).toMatch(
      /I've changed your rent or mortgage\. Noted: ₹21,000 a month\.[\s\S]*bills, food, transport and childcare/,
    );
    await conv.say('12000');
    await conv.say('None');
    const budget = (await conv.intake()).budgetInput!;
    expect(budget.housing?.value).toBe(21_000);
    expect(budget.otherCosts?.value).toBe(12_000);
  });

  it('"change my rent" asks the rent again, then carries on with the question it interrupted', async () => {
    const conv = await at(TO.essentials);
    expect(await conv.sayText('change my rent')).toMatch(/OK, let's change your rent or mortgage\.[\s\S]*How much is your rent or mortgage/);
    expect(await conv.sayText('18000')).toMatch(/Noted: ₹18,000 a month\.[\s\S]*bills, food/);
  });

  it('"go back" asks the previous question again; at the first question there is nothing before it', async () => {
    const conv = await at(TO.housing);
    expect(await conv.sayText('go back')).toMatch(/let's change your monthly income[\s\S]*take-home income/);
    expect(await conv.sayText('go back')).toMatch(/first question of the budget[\s\S]*take-home income/);
    expect(await conv.sayText('55000')).toMatch(/rent or mortgage/);
  });

  it('Hinglish, and a line not asked yet is noted now and not asked later', async () => {
    const conv = await at(TO.essentials);
    expect(await conv.sayText('kiraya galat hai, 18000 hai')).toMatch(/changed your rent or mortgage\. Noted: ₹18,000/);
    const early = await at(TO.housing);
    expect(await early.sayText('actually my other loans are 5000 a month')).toMatch(
      /changed your other loan and card payments\. Noted: ₹5,000 a month\.[\s\S]*rent or mortgage/,
    );
    await early.say('15000');
    expect(await early.sayText('12000')).not.toMatch(/other loans/);
    expect((await early.intake()).budgetInput?.otherDebtRepayments?.value).toBe(5_000);
  });

  it('a correction of the line being asked is simply its answer', async () => {
    const conv = await at(TO.housing);
    expect(await conv.sayText('actually the rent is 19000')).toMatch(/Noted: ₹19,000 a month\.[\s\S]*bills, food/);
    expect(await conv.sayText('actually about 9000')).toMatch(/Noted: ₹9,000 a month\.[\s\S]*other loans/);
  });
});
