import type { IntakeServices } from '../../models/ports/intakeServices';
import type { Escalations } from '../../models/ports/escalations';
import type { IdentityLocks } from '../../models/ports/identityLocks';
import type { FraudWatch } from '../../models/ports/fraud';
import type { ExperimentStore } from '../casework/experiments/experimentStore';
import type { ConfirmationLinks } from '../../models/ports/confirmations';
import type { ContactPreferences } from '../../models/ports/contactPreferences';
import type { BorrowerProgress } from '../../models/ports/progress';
import type { ArrangementLedger } from '../../models/ports/arrangements';
import type { PaymentLedger } from '../../models/ports/payments';
import { followUpDue } from '../../models/payments/followUp';
import { computeBudget, createArrangement, makeOffers, nextPayment, type OfferPolicy } from '../../models/offers';
import type { RiskModel } from '../../models/risk';
import { parseConfirmation, parseDateOfBirth, parseMoney, parseSafetyAnswer, type Analyzer } from '../../nlp';
import { formatMoney } from '../../models/shared/money';
import { promiseSettings, type Config } from './config';
import { describeService, marketWords } from '../../models/locale/deploymentProfile';
import { BORROWER_LANGUAGES, DEFAULT_LANGUAGE } from '../../models/i18n/languages';
import type { LoanBook } from '../casework/loanBook/loanBook';
import { translate } from '../../models/i18n/translate';
import type { Documents } from '../infra/storage/documents';
import type { Logger } from '../infra/logger';
import type { ReminderRecord } from '../casework/promises/promiseReminders';
import { visitReminders } from '../casework/promises/visitReminders';
import { liveEvaluationOf } from '../casework/promises/liveEvaluations';
import type { FollowUpRecord } from '../casework/promises/promiseFollowUps';
import { OnceDelivery } from '../casework/promises/onceDelivery';

export interface IntakeServiceParts {
  config: Config;
  analyzer: Analyzer;
  loanBook: LoanBook;
  riskModel: RiskModel;
  policy: OfferPolicy;
  identityLocks: IdentityLocks;
  arrangements: ArrangementLedger;
  payments: PaymentLedger;
  contacts: ContactPreferences;
  escalations: Escalations;
  progress: BorrowerProgress;
  fraud?: FraudWatch;
  confirmations?: ConfirmationLinks;
  experiments?: Pick<ExperimentStore, 'setting' | 'record' | 'assigned'>;
  /** The reminders' and follow-ups' ledgers, so what is told in a conversation is not sent as well. */
  ledgers: { reminders: Documents<ReminderRecord>; followUps: Documents<FollowUpRecord>; log: Logger };
  now?: () => Date;
}

/** Adapts the models and stores to the small interfaces the dialogs are written against. */
export function createIntakeServices(parts: IntakeServiceParts): IntakeServices {
  const { config, riskModel, policy, experiments } = parts;
  const thresholds = { medium: config.RISK_BAND_MEDIUM, high: config.RISK_BAND_HIGH };
  // Reasons are read by borrowers and agents: amounts in the lender's currency, without cents.
  const wording = { money: (v: number) => formatMoney(Math.round(v), { currency: config.CURRENCY, locale: config.LOCALE }) };
  const { ledgers } = parts;
  const followUps = new OnceDelivery({ ledger: ledgers.followUps, log: ledgers.log }, 'promise follow-up');
  const upcomingInstalment = visitReminders({
    ...{ ledger: ledgers.reminders, log: ledgers.log },
    ...{ arrangements: parts.arrangements, payments: parts.payments, settings: promiseSettings(config) },
    ...{ days: config.PROMISE_REMINDER_DAYS, timeZone: config.TIME_ZONE },
  });
  return {
    nlp: { analyze: (text, options) => parts.analyzer.analyze(text, options), parseConfirmation, parseDateOfBirth, parseMoney, parseSafetyAnswer },
    loans: parts.loanBook,
    risk: { score: (loan, intake) => riskModel.score(loan, intake, thresholds, wording) },
    offers: {
      computeBudget: (input) => computeBudget(input, policy),
      makeOffers: (args, chosen = policy) => makeOffers(args, chosen),
      createArrangement: ({ language, policyVersion = policy.version, ...args }) =>
        createArrangement({
          ...args,
          ...(language && {
            acceptance: { language, policyVersion, lenderName: config.LENDER_NAME, currency: config.CURRENCY, timeZone: config.TIME_ZONE },
          }),
        }),
    },
    identityLocks: parts.identityLocks,
    arrangements: parts.arrangements,
    promises: {
      async missedPayment(loanId, conversationId, now) {
        const settings = { ...promiseSettings(config), caseDays: config.PROMISE_FOLLOWUP_CASE_DAYS };
        const live = await liveEvaluationOf(parts, loanId, now, config.TIME_ZONE, settings);
        const lapse = live && followUpDue(live.arrangement, live.evaluation, live.today, settings);
        if (!live || !lapse) return undefined;
        const { arrangement } = live;
        // Told even after a STOP, as before: the borrower came to talk. Only the message is settled.
        await followUps.shown(lapse, conversationId, now);
        return { arrangement, lapse, next: nextPayment(arrangement, now) };
      },
      upcomingInstalment,
    },
    contacts: parts.contacts,
    escalations: parts.escalations,
    progress: parts.progress,
    fraud: parts.fraud,
    confirmations: parts.confirmations,
    experiments: experiments && {
      current: (loanId) => experiments.setting(policy, loanId),
      record: (a) => experiments.record(a),
      assigned: (loanId) => experiments.assigned(loanId),
    },
    settings: {
      lenderName: config.LENDER_NAME,
      currency: config.CURRENCY,
      locale: config.LOCALE,
      timeZone: config.TIME_ZONE,
      zoneLabel: config.profile.zoneLabel,
      ...marketWords(config.profile, DEFAULT_LANGUAGE),
      inLanguage: Object.fromEntries(BORROWER_LANGUAGES.map((language) => [language, marketWords(config.profile, language)])),
      ombudsman: describeService(config.profile.ombudsman),
      privacyUrl: config.PRIVACY_URL,
      helplineName: config.HELPLINE_NAME,
      helplineNumber: config.HELPLINE_NUMBER,
      emergencyNumber: config.EMERGENCY_NUMBER,
      contactDetails: config.CONTACT_DETAILS,
    },
    messages: translate,
    now: parts.now ?? (() => new Date()),
  };
}
