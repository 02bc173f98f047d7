import type { Jurisdiction } from '../outreach/contactProfiles';

/** The languages the bot speaks; Hinglish in Latin script is understood and answered in the borrower's choice. */
export const LANGUAGES = ['en', 'hi', 'ms'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface Service {
  name: string;
  phone?: string;
  url?: string;
}

/**
 * Everything that makes a deployment right for its market: how money, dates
 * and times are written, when agents work, which free services we refer a
 * borrower to, and where a complaint goes if we cannot resolve it.
 */
export interface DeploymentProfile {
  id: Jurisdiction;
  locale: string;
  currency: string;
  timeZone: string;
  languages: readonly Language[];
  /** Agents' working hours, local time, "HH:MM-HH:MM", and days "Mon-Sat". */
  agentHours: string;
  agentDays: string;
  /** Free, confidential emotional support, and the emergency number. */
  helpline: Service;
  emergencyNumber: string;
  /** Free, independent debt advice. */
  debtAdvice: Service;
  /** Where a complaint goes when the lender has not resolved it, and after how long. */
  ombudsman: Service & { afterDays: number };
  /** Example numbers for the demo book: the national format, in E.164. */
  demoPhonePrefix: string;
}

export const DEPLOYMENT_PROFILES: Record<'IN' | 'MY' | 'UK', DeploymentProfile> = {
  IN: {
    id: 'IN',
    locale: 'en-IN',
    currency: 'INR',
    timeZone: 'Asia/Kolkata',
    languages: ['en', 'hi'],
    agentHours: '09:00-19:00',
    agentDays: 'Mon-Sat',
    helpline: { name: 'Tele-MANAS', phone: '14416' },
    emergencyNumber: '112',
    debtAdvice: {
      name: 'a Centre for Financial Literacy (set up by the RBI) near you, or your bank’s credit counselling centre',
      url: 'https://www.rbi.org.in/FinancialEducation/',
    },
    ombudsman: { name: 'RBI Integrated Ombudsman', phone: '14448', url: 'https://cms.rbi.org.in', afterDays: 30 },
    demoPhonePrefix: '+9198',
  },
  MY: {
    id: 'MY',
    locale: 'en-MY',
    currency: 'MYR',
    timeZone: 'Asia/Kuala_Lumpur',
    languages: ['en', 'ms'],
    agentHours: '09:00-18:00',
    agentDays: 'Mon-Fri',
    helpline: { name: 'Talian HEAL', phone: '15555' },
    emergencyNumber: '999',
    debtAdvice: { name: 'AKPK (Agensi Kaunseling dan Pengurusan Kredit)', phone: '1-800-22-2575', url: 'https://www.akpk.org.my' },
    ombudsman: { name: 'Ombudsman for Financial Services', phone: '03-2272 2811', url: 'https://www.ofs.org.my', afterDays: 60 },
    demoPhonePrefix: '+6012',
  },
  UK: {
    id: 'UK',
    locale: 'en-GB',
    currency: 'GBP',
    timeZone: 'Europe/London',
    languages: ['en'],
    agentHours: '08:00-20:00',
    agentDays: 'Mon-Sat',
    helpline: { name: 'Samaritans', phone: '116 123' },
    emergencyNumber: '999',
    debtAdvice: { name: 'MoneyHelper', phone: '0800 138 7777', url: 'https://www.moneyhelper.org.uk' },
    ombudsman: { name: 'Financial Ombudsman Service', phone: '0800 023 4567', url: 'https://www.financial-ombudsman.org.uk', afterDays: 56 },
    demoPhonePrefix: '+447700',
  },
};
