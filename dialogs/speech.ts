import type { IntakeState } from '../models/intake/intakeState';
import type { IntakeServices } from '../models/ports/intakeServices';
import { DEFAULT_LANGUAGE } from '../models/i18n/languages';
import type { MessageKey, MessageValues } from '../models/i18n/translate';

export type SpeechServices = Pick<IntakeServices, 'messages' | 'settings'>;

/** One message in the borrower's language, with the deployment's settings (contact details, helpline, …) filled in. */
export type Say = (key: MessageKey, values?: MessageValues) => string;

export function speech(services: SpeechServices, intake: Pick<IntakeState, 'language'>): Say {
  const language = intake.language ?? DEFAULT_LANGUAGE;
  const { inLanguage, ...plain } = services.settings;
  // The market's sentences (secured-loan law, debt advice) in the borrower's language where the deployment has them.
  const settings = Object.fromEntries(Object.entries({ ...plain, ...inLanguage?.[language] }).filter(([, value]) => value !== undefined)) as MessageValues;
  return (key, values) => services.messages(language, key, { ...settings, ...values });
}
