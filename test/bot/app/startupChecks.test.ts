import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../../bot/app/createApp';
import { loadConfig } from '../../../bot/app/config';
import { createLogger } from '../../../bot/infra/logger';
import { DEFAULT_MODEL_FILE } from '../../../models/risk';
import { tempDir } from '../../support/tempDir';

/** Starting must fail, with a clear message, and leave DATA_DIR unlocked for the next attempt. */
async function refusesToStart(env: Record<string, string>): Promise<Error> {
  const dataDir = tempDir();
  const config = loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', DEMO_LOANS: '20', ...env });
  const error = await createApp(config, createLogger('silent')).then(
    () => new Error('started'),
    (err: Error) => err,
  );
  expect(existsSync(path.join(dataDir, 'forbear.lock'))).toBe(false);
  return error;
}

describe('start-up checks', () => {
  it('refuses a risk model whose feature spec does not match the code', async () => {
    const artifact = JSON.parse(readFileSync(DEFAULT_MODEL_FILE, 'utf8'));
    artifact.featureSpec.features = [...artifact.featureSpec.features].reverse();
    const file = path.join(tempDir(), 'tampered.json');
    writeFileSync(file, JSON.stringify(artifact));
    const error = await refusesToStart({ RISK_MODEL: file });
    expect(error.name).toBe('ModelSpecMismatchError');
    expect(error.message).toMatch(/feature spec/);
  });

  it('refuses an invalid offer policy, naming the JSON path of each problem', async () => {
    const policy = JSON.parse(readFileSync('models/policy.json', 'utf8'));
    policy.settlement.floorPctOfBalance = 140;
    delete policy.bands.low;
    const file = path.join(tempDir(), 'policy.json');
    writeFileSync(file, JSON.stringify(policy));
    const error = await refusesToStart({ OFFER_POLICY: file });
    expect(error.name).toBe('PolicyError');
    expect(error.message).toMatch(/settlement\.floorPctOfBalance/);
    expect(error.message).toMatch(/bands\.low/);
  });

  it('refuses a policy in another currency than the one configured', async () => {
    const error = await refusesToStart({ CURRENCY: 'GBP', LOCALE: 'en-GB' });
    expect(error.message).toBe('Configuration error: CURRENCY is GBP but the offer policy is in INR');
  });
});
