import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../bot/app/config';

describe('loadConfig', () => {
  it('uses documented defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3978);
    expect(config.dataDir).toBe(path.resolve('./data'));
    expect(config.authEnabled).toBe(false);
    expect([config.CONFIRMATION_LINK_DAYS, config.PUBLIC_URL]).toEqual([30, undefined]);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ CURRENCY: 'rupees' }, 'CURRENCY'],
    [{ MicrosoftAppId: 'abc' }, 'MicrosoftAppPassword'],
    [{ MicrosoftAppId: 'abc', MicrosoftAppPassword: 'x', MicrosoftAppType: 'SingleTenant' }, 'MicrosoftAppTenantId'],
    [{ MicrosoftAppType: 'Weird' }, 'MicrosoftAppType'],
    [{ MAX_MESSAGE_CHARS: '5' }, 'MAX_MESSAGE_CHARS'],
    [{ PUBLIC_URL: 'help.northwind.example' }, 'PUBLIC_URL'],
    [{ PUBLIC_URL: 'ftp://help.northwind.example' }, 'PUBLIC_URL'],
    [{ CONFIRMATION_LINK_DAYS: '0' }, 'CONFIRMATION_LINK_DAYS'],
  ])('rejects %o naming %s in one line', (env, variable) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as Error).message).toMatch(new RegExp(`^Configuration error: ${variable} `));
    expect((error as Error).message).not.toContain('\n');
  });

  it('turns authentication on when an app id and password are given', () => {
    const config = loadConfig({ MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw', PORT: '0' });
    expect(config.authEnabled).toBe(true);
    expect(config.PORT).toBe(0);
  });
});
