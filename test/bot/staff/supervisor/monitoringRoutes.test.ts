import { describe, expect, it } from 'vitest';
import { seedScoredIntakes } from '../../../support/scoredIntakes';
import { StaffClient } from '../../../support/staffClient';
import { startTestApp } from '../../../support/testApp';
describe('model monitoring on the deployment’s own intakes', () => {
  it('PSI of the score and every feature against the artifact’s training deciles, and calibration by band once a promise settles', async () => {
    const running = await startTestApp();
    const { url } = running;
    await seedScoredIntakes(running, 3);

    const supervisor = await StaffClient.signIn(url, 'supervisor');
    const { status, json } = await supervisor.get('/api/supervisor/monitoring');
    expect(status).toBe(200);
    expect(json).toMatchObject({ intakes: 3, modelVersion: 'risk-outcome-synthetic-v2', thresholds: { watch: 0.1, shifted: 0.25 } });
    const features = json.features as { name: string; psi: number; level: string }[];
    expect(features).toHaveLength(18);
    expect(features.map((f) => f.psi)).toEqual([...features.map((f) => f.psi)].sort((a, b) => b - a));
    // Three intakes can fill at most 3 of the 10 training deciles: the score has shifted by construction.
    expect((json.score as { level: string }).level).toBe('shifted');
    expect(json.flagged).toContain('score');
    const calibration = json.calibration as { band: string; n: number; observedRate: number | null }[];
    expect(calibration.reduce((n, c) => n + c.n, 0)).toBe(1);
    expect(calibration.find((c) => c.n === 1)?.observedRate).toBe(1);

    expect((await supervisor.get('/api/supervisor/monitoring?from=2000-01-01&to=2000-01-02')).json).toMatchObject({
      intakes: 0,
      unavailable: 'no scored intake in the range',
    });
    expect((await supervisor.get('/api/supervisor/monitoring?to=2026-13-01')).status).toBe(400);
    expect((await (await StaffClient.signIn(url, 'agent')).get('/api/supervisor/monitoring')).status).toBe(403);
    expect((await fetch(`${url}/api/supervisor/monitoring`)).status).toBe(401);
  }, 60_000);
});
