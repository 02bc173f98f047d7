import type { BorrowerLanguage } from '../i18n/languages';

/** The deployment's words and numbers the dialogs show the borrower. */
export interface IntakeSettings {
  lenderName: string;
  currency: string;
  locale: string;
  /** IANA zone every time the borrower sees is written in. */
  timeZone: string;
  /** "India time (IST)": said beside a time so the borrower knows the clock. */
  zoneLabel: string;
  /** Free debt advice and the complaint route, named with phone and address: "AKPK … on 1-800-22-2575". */
  debtAdvice: string;
  ombudsman: string;
  /** The market's credit records and the law on secured loans, for the FAQ (models/locale/deploymentProfile). */
  creditBureaus: string;
  securedLoanProtection: string;
  /** The same three market sentences in each borrower language (the fields above are the English, for staff). */
  inLanguage?: Partial<Record<BorrowerLanguage, Partial<Record<'debtAdvice' | 'creditBureaus' | 'securedLoanProtection', string>>>>;
  privacyUrl?: string;
  helplineName: string;
  helplineNumber: string;
  emergencyNumber: string;
  contactDetails: string;
}
