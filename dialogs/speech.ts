import type { IntakeState } from '../models/intake/intakeState';
import type { IntakeServices } from '../models/ports/intakeServices';
import { borrowerLocale, DEFAULT_LANGUAGE, type BorrowerLanguage } from '../models/i18n/languages';
import { formatDate, formatDayIn } from '../models/shared/calendar';
import type { MessageKey, MessageValues } from '../models/i18n/translate';

export type SpeechServices = Pick<IntakeServices, 'messages' | 'settings'>;

/** One message in the borrower's language, with the deployment's settings (contact details, helpline, …) filled in. */
export type Say = (key: MessageKey, values?: MessageValues) => string;

export function speech(services: SpeechServices, intake: Pick<IntakeState, 'language'>): Say {
  const language = intake.language ?? DEFAULT_LANGUAGE;
  const settings = settingsIn(services.settings, language);
  return (key, values) => services.messages(language, key, { ...settings, ...values });
}

type Settings = SpeechServices['settings'];

/** Several dialogs speak on every turn; a deployment's settings do not change while it runs, so each language's are merged once. */
const merged = new WeakMap<Settings, Map<BorrowerLanguage, MessageValues>>();

function settingsIn(all: Settings, language: BorrowerLanguage): MessageValues {
  const byLanguage = merged.get(all) ?? new Map<BorrowerLanguage, MessageValues>();
  merged.set(all, byLanguage);
  const known = byLanguage.get(language);
  if (known) return known;
  const { inLanguage, ...plain } = all;
  // The market's sentences (secured-loan law, debt advice) in the borrower's language where the deployment has them.
  const settings = Object.fromEntries(Object.entries({ ...plain, ...inLanguage?.[language] }).filter(([, value]) => value !== undefined)) as MessageValues;
  byLanguage.set(language, settings);
  return settings;
}

/**
 * A day in the borrower's language ("5 मार्च 2026", "5 Mac 2026"; English keeps the deployment's own order): a calendar
 * day as written (YYYY-MM-DD), or the day an instant falls on in the deployment's zone.
 */
export function dayIn(services: Pick<IntakeServices, 'settings'>, intake: Pick<IntakeState, 'language'>): (day: string | Date) => string {
  const locale = borrowerLocale(intake.language ?? DEFAULT_LANGUAGE, services.settings.locale);
  return (day) => (typeof day === 'string' ? formatDate(day, locale) : formatDayIn(day, locale, services.settings.timeZone));
}
