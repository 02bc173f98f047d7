import type { FaqTopic } from '../models/language/analysis';
import type { IntakeSettings } from '../models/ports/settings';

/**
 * Short, plain answers to what borrowers ask mid-flow. Nothing here is about the borrower's own
 * loan, so they may be given before identity is verified; what differs by market (credit records,
 * the law on secured loans, free advice) comes from the deployment profile.
 */
export function faqAnswer(topic: FaqTopic, settings: IntakeSettings): string {
  switch (topic) {
    case 'cant_pay':
      return (
        "That's a fair question, and you won't be pressured. If you can't pay what is due, tell us: we can look at a smaller or paused payment that fits your budget, and nothing is agreed without your say-so. " +
        `Missed payments can add charges and may be reported to ${settings.creditBureaus}, so talking to us early helps. Free, independent advice is available from ${settings.debtAdvice}.`
      );
    case 'credit_file':
      return (
        `Lenders report how a loan is being repaid to ${settings.creditBureaus}. Missed payments can lower your score; an agreed plan that you keep to usually does less harm than payments that keep being missed. ` +
        'A member of our team can tell you exactly how your account would be reported: type "agent" at any time.'
      );
    case 'property':
      return (
        "I understand that's worrying. Talking to us about a plan does not put your home or belongings at risk, and I cannot take anything from you. " +
        `${settings.securedLoanProtection} Agreeing a plan you can afford is the best way to avoid that. A member of our team can explain what applies to your loan: type "agent".`
      );
    case 'in_writing':
      return (
        'Yes. When you agree a plan I give you a reference and the first payment date here in the chat, which you can save. ' +
        `For a letter or e-mail confirming it, contact us at ${settings.contactDetails} and quote the reference, or ask a member of our team (type "agent").`
      );
    case 'data_use':
      return (
        'What you tell me is used only to look at your account and the options that fit you, and to keep a record of what was agreed. ' +
        'It is kept securely, personal details such as card and ID numbers are hidden in our records, and it is not sold. ' +
        (settings.privacyUrl ? `Our privacy notice: ${settings.privacyUrl}. ` : '') +
        `To see or correct what we hold, contact us at ${settings.contactDetails}.`
      );
  }
}
