import path from 'node:path';
import { z } from 'zod';

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
  PORTFOLIO_CSV: optionalString,
  DEMO_SEED: integer(20261123, 0, 2 ** 31 - 1),
  DEMO_LOANS: integer(500, 1, 100_000),
  MicrosoftAppId: optionalString,
  MicrosoftAppPassword: optionalString,
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
  MicrosoftAppTenantId: optionalString,
  MAX_MESSAGE_CHARS: integer(10_000, 100, 100_000),
  MAX_BODY_BYTES: integer(256 * 1024, 1024, 10 * 1024 * 1024),
  DIRECTLINE_TOKEN_TTL_SECONDS: integer(1800, 60, 86_400),
});

export type RawConfig = z.infer<typeof schema>;

export interface Config extends RawConfig {
  /** Absolute, so later `chdir`s or relative imports cannot move the store. */
  dataDir: string;
  /** True when Bot Framework authentication is on (an app id was given). */
  authEnabled: boolean;
}

export class ConfigError extends Error {
  constructor(readonly variable: string, detail: string) {
    super(`Configuration error: ${variable} ${detail}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(String(issue.path[0] ?? 'environment'), issue.message);
  }
  const raw = parsed.data;
  if (raw.MicrosoftAppId && !raw.MicrosoftAppPassword && raw.MicrosoftAppType !== 'UserAssignedMSI') {
    throw new ConfigError('MicrosoftAppPassword', 'is required when MicrosoftAppId is set');
  }
  if (raw.MicrosoftAppType === 'SingleTenant' && !raw.MicrosoftAppTenantId) {
    throw new ConfigError('MicrosoftAppTenantId', 'is required when MicrosoftAppType is SingleTenant');
  }
  try {
    new Intl.NumberFormat(raw.LOCALE, { style: 'currency', currency: raw.CURRENCY });
  } catch {
    throw new ConfigError('LOCALE', `"${raw.LOCALE}" is not a locale this runtime knows`);
  }
  return { ...raw, dataDir: path.resolve(raw.DATA_DIR), authEnabled: Boolean(raw.MicrosoftAppId) };
}
