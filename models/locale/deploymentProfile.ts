import { DEFAULT_LANGUAGE, type BorrowerLanguage } from '../i18n/languages';
import { translate, type MessageKey } from '../i18n/translate';

/** The market's own sentences, in the catalog's `market` group so each is said in the borrower's language. */
export type MarketKey = Extract<MessageKey, `market.${string}`>;

/** A free service we refer a borrower to. */
export interface Service {
  /** As staff read it (English); a borrower reads `nameKey` in their language when there is one (a proper name has none). */
  name: string;
  nameKey?: MarketKey;
  phone?: string;
  url?: string;
}

/**
 * Everything that makes a deployment right for its market: how money, dates
 * and times are written, when agents work (local time), which free services a
 * borrower is referred to, and where a complaint goes when we cannot resolve it.
 */
export interface DeploymentProfile {
  locale: string;
  currency: string;
  timeZone: string;
  /** How the borrower is told which clock a time is on: "India time (IST)". */
  zoneLabel: string;
  /** Agents' working hours in `timeZone`, "HH:MM-HH:MM", and days "Mon-Sat". */
  agentHours: string;
  agentDays: string;
  /** Free, confidential emotional support, and the emergency number. */
  helpline: Service;
  emergencyNumber: string;
  /** Free, independent debt advice. */
  debtAdvice: Service;
  /** Where a complaint goes when the lender has not resolved it. */
  ombudsman: Service;
  /** Who keeps credit records in this market, as a borrower would name them: "credit bureaus such as CIBIL". */
  creditBureaus: MarketKey;
  /** What the law requires before a home or other security can be taken, in plain words, for the FAQ. */
  securedLoanProtection: MarketKey;
  /** Demo book phone numbers: this prefix and five digits make a valid national number (E.164). */
  demoPhonePrefix: string;
}

export const PROFILE_IDS = ['india', 'malaysia', 'uk'] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

export const DEPLOYMENT_PROFILES: Record<ProfileId, DeploymentProfile> = {
  india: {
    locale: 'en-IN',
    currency: 'INR',
    timeZone: 'Asia/Kolkata',
    zoneLabel: 'India time (IST)',
    agentHours: '09:00-19:00',
    agentDays: 'Mon-Sat',
    helpline: { name: 'Tele-MANAS', phone: '14416' },
    emergencyNumber: '112',
    debtAdvice: {
      name: translate('en', 'market.indiaDebtAdvice'),
      nameKey: 'market.indiaDebtAdvice',
      url: 'https://www.rbi.org.in/FinancialEducation/',
    },
    ombudsman: { name: 'the RBI Integrated Ombudsman (after our grievance officer)', phone: '14448', url: 'https://cms.rbi.org.in' },
    creditBureaus: 'market.indiaCreditBureaus',
    securedLoanProtection: 'market.indiaSecuredLoan',
    demoPhonePrefix: '+9198765',
  },
  malaysia: {
    locale: 'en-MY',
    currency: 'MYR',
    timeZone: 'Asia/Kuala_Lumpur',
    zoneLabel: 'Malaysia time (MYT)',
    agentHours: '09:00-18:00',
    agentDays: 'Mon-Fri',
    helpline: { name: 'Befrienders', phone: '03-7627 2929' },
    emergencyNumber: '999',
    debtAdvice: { name: 'AKPK (Agensi Kaunseling dan Pengurusan Kredit)', phone: '1-800-22-2575', url: 'https://www.akpk.org.my' },
    ombudsman: { name: 'the Ombudsman for Financial Services', phone: '03-2272 2811', url: 'https://www.ofs.org.my' },
    creditBureaus: 'market.malaysiaCreditBureaus',
    securedLoanProtection: 'market.malaysiaSecuredLoan',
    demoPhonePrefix: '+601234',
  },
  uk: {
    locale: 'en-GB',
    currency: 'GBP',
    timeZone: 'Europe/London',
    zoneLabel: 'UK time',
    agentHours: '08:00-20:00',
    agentDays: 'Mon-Sat',
    helpline: { name: 'Samaritans', phone: '116 123' },
    emergencyNumber: '999',
    debtAdvice: { name: translate('en', 'market.ukDebtAdvice'), nameKey: 'market.ukDebtAdvice', phone: '0800 138 7777', url: 'https://www.moneyhelper.org.uk' },
    ombudsman: { name: 'the Financial Ombudsman Service', phone: '0800 023 4567', url: 'https://www.financial-ombudsman.org.uk' },
    creditBureaus: 'market.ukCreditBureaus',
    securedLoanProtection: 'market.ukSecuredLoan',
    demoPhonePrefix: '+4477009',
  },
};

/** "AKPK (…) on 1-800-22-2575 (https://www.akpk.org.my)": how a service is named to a borrower, in their language. */
export function describeService(service: Service, language: BorrowerLanguage = DEFAULT_LANGUAGE): string {
  const name = service.nameKey ? translate(language, service.nameKey) : service.name;
  const named = service.phone ? translate(language, 'market.serviceOn', { name, phone: service.phone }) : name;
  return service.url ? `${named} (${service.url})` : named;
}

/** The profile's words the borrower's messages name, in one language. */
export type MarketWords = Record<'debtAdvice' | 'creditBureaus' | 'securedLoanProtection', string>;

export function marketWords(
  profile: Pick<DeploymentProfile, 'debtAdvice' | 'creditBureaus' | 'securedLoanProtection'>,
  language: BorrowerLanguage,
): MarketWords {
  return {
    debtAdvice: describeService(profile.debtAdvice, language),
    creditBureaus: translate(language, profile.creditBureaus),
    securedLoanProtection: translate(language, profile.securedLoanProtection),
  };
}
