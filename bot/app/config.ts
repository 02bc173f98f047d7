import { firstIssue } from '../../models/shared/firstIssue';
import path from 'node:path';
import { z } from 'zod';
import type { WhatsAppSettings } from '../channels/whatsApp/whatsAppSettings';

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
  NODE_ENV: z.string().optional().default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional().default('info'),
  LENDER_NAME: z.string().optional().default('Northwind Lending'),
  CURRENCY: z
    .string()
    .optional()
    .default('INR')
    .refine((c) => /^[A-Z]{3}$/.test(c), 'must be an ISO 4217 code such as INR, USD, GBP or MYR'),
  LOCALE: z.string().optional().default('en-IN'),
  PRIVACY_URL: optionalString,
  CONTACT_DETAILS: z.string().optional().default('1800 000 0000 (Mon–Sat, 8am–8pm) or help@northwind.example'),
  HELPLINE_NAME: z.string().optional().default('Tele-MANAS'),
  HELPLINE_NUMBER: z.string().optional().default('14416'),
  EMERGENCY_NUMBER: z.string().optional().default('112'),
  AGENT_HOURS: z
    .string()
    .optional()
    .default('08:00-20:00')
    .refine((v) => /^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/.test(v), 'must look like 08:00-20:00 (UTC)'),
  AGENT_DAYS: z
    .string()
    .optional()
    .default('Mon-Sat')
    .refine((v) => /^(Sun|Mon|Tue|Wed|Thu|Fri|Sat)-(Sun|Mon|Tue|Wed|Thu|Fri|Sat)$/.test(v), 'must look like Mon-Sat'),
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
});

export type RawConfig = z.infer<typeof schema>;

export interface Config extends RawConfig {
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
  const raw = parsed.data;
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
  const whatsappVars = ['WHATSAPP_TOKEN', 'WHATSAPP_PHONE_NUMBER_ID', 'WHATSAPP_APP_SECRET', 'WHATSAPP_VERIFY_TOKEN'] as const;
  const setVars = whatsappVars.filter((name) => raw[name] !== undefined);
  if (setVars.length > 0 && setVars.length < whatsappVars.length) {
    const missing = whatsappVars.find((name) => raw[name] === undefined)!;
    throw new ConfigError(missing, `is required to turn the WhatsApp channel on (${setVars.join(', ')} set)`);
  }
  return {
    ...raw,
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
