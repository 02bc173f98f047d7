import type { IntakeSettings } from '../../../models/ports/settings';
import { translate } from '../../../models/i18n/translate';
import { DEFAULT_LANGUAGE, type BorrowerLanguage } from '../../../models/i18n/languages';

type Contacts = Pick<IntakeSettings, 'contactDetails' | 'emergencyNumber' | 'helplineName' | 'helplineNumber'>;

/**
 * What the borrower reads when an agent closes their case, in their language: that it is closed,
 * by whom, and how to come back. A borrower who used crisis language is given the emergency and
 * helpline numbers again, whatever the outcome.
 */
export function closingNotice(agentName: string, crisis: boolean, contacts: Contacts, language: BorrowerLanguage = DEFAULT_LANGUAGE): string {
  const values = { ...contacts, agentName };
  const lines = [translate(language, 'staff.closed', values), translate(language, 'staff.closedComeBack', values)];
  if (crisis) lines.push(translate(language, 'staff.closedCrisis', values));
  return lines.join('\n\n');
}
