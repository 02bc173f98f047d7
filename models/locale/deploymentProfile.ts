/** A free service we refer a borrower to. */
export interface Service {
  name: string;
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
  creditBureaus: string;
  /** What the law requires before a home or other security can be taken, in plain words, for the FAQ. */
  securedLoanProtection: string;
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
      name: 'a Centre for Financial Literacy (set up by the RBI) or your bank’s credit counselling centre',
      url: 'https://www.rbi.org.in/FinancialEducation/',
    },
    ombudsman: { name: 'the RBI Integrated Ombudsman (after our grievance officer)', phone: '14448', url: 'https://cms.rbi.org.in' },
    creditBureaus: 'credit bureaus such as CIBIL',
    securedLoanProtection:
      'For a loan secured on property, the law (the SARFAESI Act) requires a written demand notice and 60 days for you to respond or object before any step is taken.',
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
    creditBureaus: "Bank Negara Malaysia's CCRIS and credit reporting agencies such as CTOS",
    securedLoanProtection: 'For a loan secured on property, the lender must send you formal notice and follow the legal process before anything can be sold.',
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
    debtAdvice: { name: 'MoneyHelper or StepChange', phone: '0800 138 7777', url: 'https://www.moneyhelper.org.uk' },
    ombudsman: { name: 'the Financial Ombudsman Service', phone: '0800 023 4567', url: 'https://www.financial-ombudsman.org.uk' },
    creditBureaus: 'the credit reference agencies (Experian, Equifax and TransUnion)',
    securedLoanProtection:
      'For a mortgage or other secured loan, repossession needs a court order, and lenders must try every reasonable alternative first: it is a last resort.',
    demoPhonePrefix: '+4477009',
  },
};

/** "AKPK (…) on 1-800-22-2575, https://www.akpk.org.my": how a service is named to a borrower. */
export function describeService(service: Service): string {
  return [service.name, service.phone && `on ${service.phone}`, service.url && `(${service.url})`].filter(Boolean).join(' ');
}
