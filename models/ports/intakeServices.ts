import type { ArrangementLedger } from './arrangements';
import type { ConfirmationLinks } from './confirmations';
import type { ContactPreferences } from './contactPreferences';
import type { Escalations } from './escalations';
import type { FraudWatch } from './fraud';
import type { OfferExperiments } from './experiments';
import type { IdentityLocks } from './identityLocks';
import type { LanguageUnderstanding } from './language';
import type { LoanLookup } from './loans';
import type { OfferEngine } from './offers';
import type { PromiseStanding } from './promises';
import type { BorrowerProgress } from './progress';
import type { RiskScorer } from './risk';
import type { IntakeSettings } from './settings';
import type { Translator } from '../i18n/translate';

/**
 * Everything the conversation needs from the rest of the system, as small
 * interfaces: dialogs never touch files or HTTP, so tests hand in their own
 * and a store can be swapped without touching the dialogs. Each dialog takes
 * only the members it uses.
 */
export interface IntakeServices {
  nlp: LanguageUnderstanding;
  loans: LoanLookup;
  risk: RiskScorer;
  offers: OfferEngine;
  identityLocks: IdentityLocks;
  arrangements: ArrangementLedger;
  promises: PromiseStanding;
  contacts: ContactPreferences;
  escalations: Escalations;
  progress: BorrowerProgress;
  settings: IntakeSettings;
  /** Every borrower-facing message, in the borrower's language (models/i18n). */
  messages: Translator;
  /** Fraud and anomaly signals; absent where nothing watches (unit tests of other stages). */
  fraud?: FraudWatch;
  /** Champion/challenger offer experiments; absent where none are kept (the deployment's policy decides alone). */
  experiments?: OfferExperiments;
  /** Written confirmations; absent where no server issues links (unit tests of other stages). */
  confirmations?: ConfirmationLinks;
  now: () => Date;
}
