import { firstIssue } from '../../models/shared/firstIssue';
import path from 'node:path';
import { z } from 'zod';
import type { WhatsAppSettings } from '../channels/whatsApp/whatsAppSettings';
import type { PromiseSettings } from '../../models/payments/promise';
import { DEPLOYMENT_PROFILES, PROFILE_IDS, type DeploymentProfile } from '../../models/locale/deploymentProfile';

/**
 * Every setting the server reads, validated once at start. A bad value stops the
 * process with one line naming the variable, rather than failing later mid-turn.
 */
const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const integer = (fallback: number, min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return fallback;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `must be a whole number from ${min} to ${max}, got "${v}"` });
        return z.NEVER;
      }
      return n;
    });

const schema = z.object({
  PORT: integer(3978, 0, 65535),
  HOST: z.string().optional().default('0.0.0.0'),
  DATA_DIR: z.string().optional().default('./data'),
  STORE: z.enum(['lowdb', 'postgres']).optional().default('lowdb'),
  DATABASE_URL: optionalString,
  DATABASE_POOL_SIZE: integer(10, 2, 200),
  DATABASE_TURN_LOCKS: integer(20, 1, 500),
  NODE_ENV: z.string().optional().default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional().default('info'),
  LENDER_NAME: z.string().optional().default('Northwind Lending'),
  /** The market: locale, currency, time zone, agent hours and referral services; the settings below override it one by one. */
  DEPLOYMENT_PROFILE: z.enum(PROFILE_IDS).optional().default('india'),
  CURRENCY: optionalString.refine((c) => c === undefined || /^[A-Z]{3}$/.test(c), 'must be an ISO 4217 code such as INR, USD, GBP or MYR'),
  LOCALE: optionalString,
  TIME_ZONE: optionalString,
  PRIVACY_URL: optionalString,
  /** The address borrowers reach this server at, for links sent to them (the written confirmation); defaults to localhost:PORT. */
  PUBLIC_URL: z
    .string()
    .url()
    .refine((v) => /^https?:\/\//.test(v), 'must be an http(s) URL')
    .optional(),
  /** How long a written-confirmation link works. */
  CONFIRMATION_LINK_DAYS: integer(30, 1, 3650),
  CONTACT_DETAILS: z.string().optional().default('1800 000 0000 (Mon–Sat, 9am–7pm) or help@northwind.example'),
  HELPLINE_NAME: optionalString,
  HELPLINE_NUMBER: optionalString,
  EMERGENCY_NUMBER: optionalString,
  AGENT_HOURS: optionalString.refine(
    (v) => v === undefined || /^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/.test(v),
    'must look like 09:00-19:00 (local time in TIME_ZONE)',
  ),
  AGENT_DAYS: optionalString.refine(
    (v) => v === undefined || /^(Sun|Mon|Tue|Wed|Thu|Fri|Sat)-(Sun|Mon|Tue|Wed|Thu|Fri|Sat)$/.test(v),
    'must look like Mon-Sat',
  ),
  AGENT_CAPACITY: integer(3, 1, 50),
  AVG_HANDLE_MINUTES: integer(8, 1, 240),
  RETENTION_DAYS: integer(365, 1, 3650),
  IDLE_REMINDER_MINUTES: integer(15, 1, 1440),
  IDLE_PARK_MINUTES: integer(60, 2, 10_080),
  PORTFOLIO_CSV: optionalString,
  RISK_MODEL: optionalString,
  RISK_BAND_MEDIUM: z.coerce.number().min(0).max(1).optional().default(0.5),
  RISK_BAND_HIGH: z.coerce.number().min(0).max(1).optional().default(0.75),
  OFFER_POLICY: optionalString,
  FRAUD_POLICY: optionalString,
  DEMO_SEED: integer(20261123, 0, 2 ** 31 - 1),
  DEMO_LOANS: integer(500, 1, 100_000),
  /** Demo arrangements with payments seeded on an empty arrangement store (0: none), for the promise KPIs. */
  DEMO_ARRANGEMENTS: integer(60, 0, 10_000),
  MicrosoftAppId: optionalString,
  MicrosoftAppPassword: optionalString,
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
  MicrosoftAppTenantId: optionalString,
  EMULATOR_ALLOW_REMOTE: z.enum(['true', 'false']).optional().default('false'),
  EMULATOR_SERVICE_URLS: z
    .string()
    .optional()
    .default('')
    .transform((v, ctx) => {
      const urls = v
        .split(',')
        .map((u) => u.trim())
        .filter(Boolean);
      for (const u of urls) {
        try {
          new URL(u);
        } catch {
          ctx.addIssue({ code: 'custom', message: `must be a comma-separated list of URLs, got "${u}"` });
          return z.NEVER;
        }
      }
      return urls.map((u) => new URL(u).origin);
    }),
  OUTBOUND_TIMEOUT_MS: integer(10_000, 100, 120_000),
  MESSAGES_PER_MINUTE: integer(30, 1, 10_000),
  MAX_MESSAGE_CHARS: integer(10_000, 100, 100_000),
  MAX_BODY_BYTES: integer(256 * 1024, 1024, 10 * 1024 * 1024),
  DIRECTLINE_TOKEN_TTL_SECONDS: integer(1800, 60, 86_400),
  DIRECTLINE_NEW_CONVERSATIONS_PER_MINUTE: integer(30, 1, 100_000),
  WHATSAPP_TOKEN: optionalString,
  WHATSAPP_PHONE_NUMBER_ID: optionalString,
  WHATSAPP_APP_SECRET: optionalString,
  WHATSAPP_VERIFY_TOKEN: optionalString,
  WHATSAPP_API_BASE_URL: z.string().url().optional().default('https://graph.facebook.com'),
  WHATSAPP_API_VERSION: z
    .string()
    .optional()
    .default('v21.0')
    .refine((v) => /^v\d+\.\d+$/.test(v), 'must look like v21.0'),
  WHATSAPP_TEMPLATE: optionalString,
  WHATSAPP_TEMPLATE_LANGUAGE: z.string().optional().default('en'),
  /** The web-chat link outreach messages carry (the web_chat_link template variable). */
  OUTREACH_WEB_CHAT_URL: z.string().url().optional(),
  /** How often the outreach scheduler plans and sends (0: never; tests drive it themselves). */
  OUTREACH_TICK_MS: integer(60_000, 0, 3_600_000),
  SERVICING_WEBHOOK_SECRET: optionalString.refine((v) => v === undefined || v.length >= 32, 'must be at least 32 characters'),
  SERVICING_WEBHOOK_TOLERANCE_SECONDS: integer(300, 30, 3600),
  PROMISE_GRACE_DAYS: integer(3, 0, 60),
  PROMISE_CURE_PAYMENTS: integer(3, 1, 24),
  /** Days before each instalment's due date its reminder goes (0: on the day). */
  PROMISE_REMINDER_DAYS: integer(3, 0, 14),
  /** The lender's approved WhatsApp template for reminders outside the 24-hour window (body: lender name, date). */
  WHATSAPP_REMINDER_TEMPLATE: optionalString,
  /** Days past an instalment's grace a missed payment may stay unresolved before a "broken promise" case opens. */
  PROMISE_FOLLOWUP_CASE_DAYS: integer(14, 1, 90),
  /** The lender's approved WhatsApp template for the missed-payment follow-up outside the 24-hour window (body: lender name). */
  WHATSAPP_FOLLOWUP_TEMPLATE: optionalString,
});

export type RawConfig = z.infer<typeof schema>;

type ProfileSettings = 'CURRENCY' | 'LOCALE' | 'TIME_ZONE' | 'HELPLINE_NAME' | 'HELPLINE_NUMBER' | 'EMERGENCY_NUMBER' | 'AGENT_HOURS' | 'AGENT_DAYS';

export interface Config extends Omit<RawConfig, ProfileSettings>, Record<ProfileSettings, string> {
  /** DEPLOYMENT_PROFILE with the overrides above applied: what the bot and console say about the market. */
  profile: DeploymentProfile;
  /** Absolute, so later `chdir`s or relative imports cannot move the store. */
  dataDir: string;
  /** True when Bot Framework authentication is on (an app id was given). */
  authEnabled: boolean;
  /** Set when every variable the WhatsApp channel needs is set; the channel is off otherwise. */
  whatsapp?: WhatsAppSettings;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`Configuration error: ${variable} ${detail}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = firstIssue(parsed.error, 'environment');
    throw new ConfigError(issue.field ?? issue.where, issue.message);
  }
  const { DEPLOYMENT_PROFILE, ...given } = parsed.data;
  const base = DEPLOYMENT_PROFILES[DEPLOYMENT_PROFILE];
  const profile: DeploymentProfile = {
    ...base,
    currency: given.CURRENCY ?? base.currency,
    locale: given.LOCALE ?? base.locale,
    timeZone: given.TIME_ZONE ?? base.timeZone,
    agentHours: given.AGENT_HOURS ?? base.agentHours,
    agentDays: given.AGENT_DAYS ?? base.agentDays,
    helpline: { name: given.HELPLINE_NAME ?? base.helpline.name, phone: given.HELPLINE_NUMBER ?? base.helpline.phone },
    emergencyNumber: given.EMERGENCY_NUMBER ?? base.emergencyNumber,
  };
  const raw = {
    ...given,
    DEPLOYMENT_PROFILE,
    CURRENCY: profile.currency,
    LOCALE: profile.locale,
    TIME_ZONE: profile.timeZone,
    AGENT_HOURS: profile.agentHours,
    AGENT_DAYS: profile.agentDays,
    HELPLINE_NAME: profile.helpline.name,
    HELPLINE_NUMBER: profile.helpline.phone ?? '',
    EMERGENCY_NUMBER: profile.emergencyNumber,
  };
  try {
    new Intl.DateTimeFormat('en', { timeZone: raw.TIME_ZONE });
  } catch {
    throw new ConfigError('TIME_ZONE', `"${raw.TIME_ZONE}" is not an IANA time zone this runtime knows, such as Asia/Kolkata`);
  }
  if (raw.MicrosoftAppId && !raw.MicrosoftAppPassword && raw.MicrosoftAppType !== 'UserAssignedMSI') {
    throw new ConfigError('MicrosoftAppPassword', 'is required when MicrosoftAppId is set');
  }
  if (raw.MicrosoftAppType === 'SingleTenant' && !raw.MicrosoftAppTenantId) {
    throw new ConfigError('MicrosoftAppTenantId', 'is required when MicrosoftAppType is SingleTenant');
  }
  if (raw.RISK_BAND_MEDIUM >= raw.RISK_BAND_HIGH) {
    throw new ConfigError('RISK_BAND_HIGH', `must be above RISK_BAND_MEDIUM (${raw.RISK_BAND_MEDIUM})`);
  }
  try {
    new Intl.NumberFormat(raw.LOCALE, { style: 'currency', currency: raw.CURRENCY });
  } catch {
    throw new ConfigError('LOCALE', `"${raw.LOCALE}" is not a locale this runtime knows`);
  }
  if (raw.STORE === 'postgres' && !raw.DATABASE_URL) throw new ConfigError('DATABASE_URL', 'is required when STORE=postgres');
  const whatsappVars = ['WHATSAPP_TOKEN', 'WHATSAPP_PHONE_NUMBER_ID', 'WHATSAPP_APP_SECRET', 'WHATSAPP_VERIFY_TOKEN'] as const;
  const setVars = whatsappVars.filter((name) => raw[name] !== undefined);
  if (setVars.length > 0 && setVars.length < whatsappVars.length) {
    const missing = whatsappVars.find((name) => raw[name] === undefined)!;
    throw new ConfigError(missing, `is required to turn the WhatsApp channel on (${setVars.join(', ')} set)`);
  }
  return {
    ...raw,
    profile,
    dataDir: path.resolve(raw.DATA_DIR),
    authEnabled: Boolean(raw.MicrosoftAppId),
    whatsapp:
      raw.WHATSAPP_TOKEN && raw.WHATSAPP_PHONE_NUMBER_ID && raw.WHATSAPP_APP_SECRET && raw.WHATSAPP_VERIFY_TOKEN
        ? {
            token: raw.WHATSAPP_TOKEN,
            phoneNumberId: raw.WHATSAPP_PHONE_NUMBER_ID,
            appSecret: raw.WHATSAPP_APP_SECRET,
            verifyToken: raw.WHATSAPP_VERIFY_TOKEN,
            apiBaseUrl: raw.WHATSAPP_API_BASE_URL,
            apiVersion: raw.WHATSAPP_API_VERSION,
            template: raw.WHATSAPP_TEMPLATE ? { name: raw.WHATSAPP_TEMPLATE, language: raw.WHATSAPP_TEMPLATE_LANGUAGE } : undefined,
            maxBodyBytes: raw.MAX_BODY_BYTES,
          }
        : undefined,
  };
}

/** How promises are judged (grace and cure), the same for every route, sweep and dialog that reads them. */
export function promiseSettings(config: Pick<Config, 'PROMISE_GRACE_DAYS' | 'PROMISE_CURE_PAYMENTS'>): PromiseSettings {
  return { graceDays: config.PROMISE_GRACE_DAYS, curePayments: config.PROMISE_CURE_PAYMENTS };
}
