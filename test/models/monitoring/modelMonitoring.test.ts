import { describe, expect, it } from 'vitest';
import { monitorModel } from '../../../models/monitoring/modelMonitoring';

const half = { edges: [0.5], shares: [0.5, 0.5] };
const training = { features: ['f1', 'f2'], distribution: { score: half, features: { f1: half, f2: { edges: [], shares: [1] } } } };

describe('model monitoring on scored intakes', () => {
  const intakes = [
    { score: 0.1, features: [0, 7], band: 'low', adverse: false },
    { score: 0.3, features: [1, 7], band: 'low', adverse: true },
    { score: 0.2, features: [0, 7], band: 'low' },
    { score: 0.9, features: [1, 7], band: 'medium' },
  ];

  it('PSI of the score and each feature against the stored training deciles, worst first, with flags', () => {
    const m = monitorModel(training, intakes);
    // Score: 3 of 4 below the 0.5 cut against 1 in 2 in training: 0.25·ln 1.5 + 0.25·ln 2 = 0.2747 (shifted).
    expect(m.score).toEqual({ name: 'score', psi: 0.2747, level: 'shifted' });
    // f1 splits 2/2 like training (0); f2 had one value in training, so it has no bins to shift between.
    expect(m.features).toEqual([
      { name: 'f1', psi: 0, level: 'stable' },
      { name: 'f2', psi: 0, level: 'stable' },
    ]);
    expect(m.flagged).toEqual(['score']);
  });

  it('calibration drift by band counts only settled outcomes', () => {
    expect(monitorModel(training, intakes).calibration).toEqual([
      { band: 'low', n: 2, meanPredicted: 0.2, observedRate: 0.5, gap: 0.3 },
      { band: 'medium', n: 0, meanPredicted: null, observedRate: null, gap: null },
    ]);
  });

  it('says why when the artifact has no training distribution or nothing was scored', () => {
    expect(monitorModel({ features: ['f1'] }, intakes).unavailable).toMatch(/no training distribution/);
    expect(monitorModel(training, []).unavailable).toMatch(/no scored intake/);
  });
});
