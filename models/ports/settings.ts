/** The deployment's words and numbers the dialogs show the borrower. */
export interface IntakeSettings {
  lenderName: string;
  currency: string;
  locale: string;
  privacyUrl?: string;
  helplineName: string;
  helplineNumber: string;
  emergencyNumber: string;
  contactDetails: string;
}
