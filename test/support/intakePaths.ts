import { DEMO_BORROWERS } from '../../models/loanBook/syntheticLoanBook';
import type { IntakeConversation } from './intakeConversation';

/** The medium-band demo borrower (LN_90002), whose answers below reach offers the bot can make itself. */
export const MEDIUM = DEMO_BORROWERS.find((b) => b.expectedBand === 'medium')!;

/** Tapping "Accept this plan" on the last offer card shown, as Web Chat sends it. */
export const ACCEPT_FIRST = { accept: 'first card' } as const;
export type Step = string | typeof ACCEPT_FIRST;

/** What the borrower has typed to be asked each question of the flow. */
const consent = ['hi'];
const verify = [...consent, 'yes'];
const secret = [...verify, MEDIUM.loanId];
const story = [...secret, MEDIUM.phoneLast4];
const confirm = [...story, 'work has dried up and my income dropped a lot'];
const outlook = [...confirm, "Yes, that's right"];
const income = [...outlook, "I don't know"];
const housing = [...income, `${MEDIUM.intake.currentMonthlyIncome} a month`];
const essentials = [...housing, '15,000'];
const otherDebts = [...essentials, 'about 12000 monthly'];
const offers = [...otherDebts, 'None'];
export const TO = { consent, verify, secret, story, confirm, outlook, income, housing, essentials, otherDebts, offers, accepted: [...offers, ACCEPT_FIRST] };

export async function walk(conv: IntakeConversation, steps: Step[]): Promise<void> {
  for (const step of steps) {
    if (typeof step === 'string') {
      await conv.say(step);
      continue;
    }
    const card = [...conv.activities].reverse().find((a) => a.attachments?.length)!;
    const accept = (card.attachments![0].content as { actions: { data: object }[] }).actions[0].data;
    await conv.say({ type: 'message', value: accept });
  }
}
