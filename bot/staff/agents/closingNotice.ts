import type { IntakeSettings } from '../../../models/ports/settings';

type Contacts = Pick<IntakeSettings, 'contactDetails' | 'emergencyNumber' | 'helplineName' | 'helplineNumber'>;

/**
 * What the borrower reads when an agent closes their case: that it is closed,
 * by whom, and how to come back. A borrower who used crisis language is given
 * the emergency and helpline numbers again, whatever the outcome.
 */
export function closingNotice(agentName: string, crisis: boolean, contacts: Contacts): string {
  const lines = [
    `${agentName} has closed this conversation. Thank you for talking with us.`,
    `If you need us again, just send a message here: our virtual assistant will help, and typing "agent" brings you back to a person. You can also reach us at ${contacts.contactDetails}.`,
  ];
  if (crisis)
    lines.push(
      `If you are in danger, please call ${contacts.emergencyNumber}, or talk to ${contacts.helplineName} on ${contacts.helplineNumber}, at any time.`,
    );
  return lines.join('\n\n');
}
