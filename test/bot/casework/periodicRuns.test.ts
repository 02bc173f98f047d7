import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PeriodicRuns, type PeriodicRun } from '../../../bot/casework/periodicRuns';
import { DocumentStore } from '../../../bot/infra/storage/documentStore';

const DAY = 86_400_000;

describe('periodic runs shared by instances', () => {
  it('of instances claiming together, exactly one wins; the next claim succeeds only once the period has passed', async () => {
    let t = 10 * DAY;
    const runs = new DocumentStore<PeriodicRun>(mkdtempSync(path.join(tmpdir(), 'runs-')));
    const instances = Array.from({ length: 5 }, () => new PeriodicRuns(runs, () => new Date(t)));
    const first = await Promise.all(instances.map((i) => i.claim('retention', DAY)));
    expect(first.filter(Boolean)).toHaveLength(1);
    t += DAY / 2;
    expect((await Promise.all(instances.map((i) => i.claim('retention', DAY)))).filter(Boolean)).toHaveLength(0);
    t += DAY / 2;
    expect((await Promise.all(instances.map((i) => i.claim('retention', DAY)))).filter(Boolean)).toHaveLength(1);
    // Another job has a clock of its own.
    expect(await instances[0].claim('other', DAY)).toBe(true);
  });

  it('a run stamped in the future (a clock set back) does not block the job for good', async () => {
    let t = 10 * DAY;
    const runs = new DocumentStore<PeriodicRun>(mkdtempSync(path.join(tmpdir(), 'runs-')));
    const one = new PeriodicRuns(runs, () => new Date(t));
    expect(await one.claim('retention', DAY)).toBe(true);
    t -= 3 * DAY;
    expect(await one.claim('retention', DAY)).toBe(true);
  });

  // Reported by CI: three PostgreSQL instances starting together purged twice. The one that read its clock a moment
  // before another's claim landed saw that claim "in the future" and took it for a clock set back.
  it('a claim a few milliseconds ahead of this instance (read its clock just before the other wrote) is not a clock set back', async () => {
    const t = 10 * DAY;
    const runs = new DocumentStore<PeriodicRun>(mkdtempSync(path.join(tmpdir(), 'runs-')));
    expect(await new PeriodicRuns(runs, () => new Date(t)).claim('retention', DAY)).toBe(true);
    expect(await new PeriodicRuns(runs, () => new Date(t - 7)).claim('retention', DAY)).toBe(false);
    expect(await new PeriodicRuns(runs, () => new Date(t - 30_000)).claim('retention', 60_000)).toBe(false);
  });
});
