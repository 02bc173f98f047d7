/**
 * Maps the forest's raw probability (mean of the trees' leaf shares) to a
 * calibrated one before banding. Platt scaling on the log-odds: two numbers,
 * strictly increasing, so it never reorders borrowers, keeps the forest's
 * monotone guarantees and leaves every reason's sign as it was. The raw share
 * is squeezed towards 0.5 (forests with few rows rarely reach 0 or 1
 * honestly), and this undoes that.
 */
export type Calibration = { method: 'platt'; slope: number; intercept: number } | { method: 'none' };

/** Raw shares of exactly 0 or 1 are common in forests; they are clipped so the log-odds stay finite. */
const EDGE = 1e-3;

export function logOdds(p: number): number {
  const q = Math.min(1 - EDGE, Math.max(EDGE, p));
  return Math.log(q / (1 - q));
}

export function calibrate(calibration: Calibration, raw: number): number {
  switch (calibration.method) {
    case 'none':
      return raw;
    case 'platt':
      return 1 / (1 + Math.exp(-(calibration.slope * logOdds(raw) + calibration.intercept)));
    default:
      return assertUnreachable(calibration);
  }
}

function assertUnreachable(x: never): never {
  throw new Error(`unknown calibration ${JSON.stringify(x)}`);
}
