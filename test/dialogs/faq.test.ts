import { describe, expect, it } from 'vitest';
import { IntakeConversation, intakeServices } from '../support/intakeConversation';
import { TO, walk } from '../support/intakePaths';

async function at(path: string[], env?: Record<string, string>) {
  const { services, ports } = intakeServices({ env });
  const conv = new IntakeConversation(services);
  await walk(conv, path);
  return { conv, ports };
}

describe('questions answered mid-flow', () => {
  it.each([
    ['what happens if I can’t pay?', /smaller or paused payment[\s\S]*credit bureaus such as CIBIL/],
    ['agar emi nahi bhar paya to kya hoga', /smaller or paused payment/],
    ['will this affect my CIBIL score?', /report how a loan is being repaid to credit bureaus such as CIBIL/],
    ['will you take my house?', /does not put your home or belongings at risk[\s\S]*SARFAESI Act[\s\S]*60 days/],
    ['can I get this in writing?', /reference and the first payment date[\s\S]*letter or e-mail/],
    ['how is my data used?', /used only to look at your account[\s\S]*not sold/],
  ])('"%s" at the story question is answered and the story asked again, not read as the story', async (question, answer) => {
    const { conv } = await at(TO.story);
    const reply = await conv.sayText(question);
    expect(reply).toMatch(answer);
    expect(reply).toMatch(/What has made it hard to keep up with payments\?[^\n]*$/);
    expect(conv.decisions('reasons_found')).toEqual([]);
    expect(await conv.sayText('work has dried up and my income dropped a lot')).toMatch(/income has gone down/);
  });

  it('before verification the answer says nothing about any debt, and the question in progress comes back', async () => {
    const { conv } = await at(TO.verify);
    const [answer, question] = await conv.say('what happens if I cant pay?');
    expect(answer.text).toMatch(/fair question/);
    expect(answer.text).not.toMatch(/₹|\d|LN_|\bowe\b|outstanding|arrears|overdue/i);
    expect(question.text).toMatch(/What is your loan reference\?/);
  });

  it('at the budget and the offers, the current step is re-prompted with its options', async () => {
    const budget = await at(TO.essentials);
    expect(await budget.conv.sayText('cibil kharab hoga kya?')).toMatch(/CIBIL[\s\S]*bills, food[\s\S]*\[Nothing\]/);
    const offers = await at(TO.offers);
    expect(await offers.conv.sayText('can I get this in writing?')).toMatch(/letter or e-mail[\s\S]*tap "Accept this plan"[\s\S]*\[None of these\]/);
  });

  it('market wording comes from the deployment profile', async () => {
    const uk = await at(TO.story, { DEPLOYMENT_PROFILE: 'uk' });
    expect(await uk.conv.sayText('will it affect my credit score?')).toMatch(/credit reference agencies \(Experian, Equifax and TransUnion\)/);
    expect(await uk.conv.sayText('are you going to repossess my house?')).toMatch(/court order/);
    const malaysia = await at(TO.story, { DEPLOYMENT_PROFILE: 'malaysia' });
    expect(await malaysia.conv.sayText('what happens if I cannot pay?')).toMatch(/CCRIS[\s\S]*AKPK/);
  });

  it('in the queue the answer comes with where the case stands; in a crisis the payment question waits for the team', async () => {
    const queued = await at([...TO.story, 'agent']);
    expect(await queued.conv.sayText('will you take my house?')).toMatch(/home or belongings[\s\S]*in the queue/);
    const crisis = await at([...TO.story, "i can't go on anymore, i want to end my life"]);
    const reply = await crisis.conv.sayText('what happens if I cant pay?');
    expect(reply).toMatch(/nothing you need to do about payments now/);
    expect(reply).not.toMatch(/smaller or paused payment|credit bureaus/);
  });
});
