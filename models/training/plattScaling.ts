/**
 * Fits Platt scaling, P(adverse) = sigmoid(slope * logit(raw) + intercept),
 * on out-of-fold raw scores (never on scores of rows the forest trained on:
 * those are over-confident). Newton's method with backtracking on the
 * regularised targets of Platt (1999), as in Lin, Lin & Weng (2007), which
 * keeps the fit finite when the classes separate perfectly.
 */
import { logOdds, type Calibration } from '../risk/calibration';

export function fitPlatt(raw: readonly number[], y: readonly number[]): Extract<Calibration, { method: 'platt' }> {
  if (raw.length !== y.length || raw.length === 0) throw new RangeError(`need as many labels as scores, got ${raw.length} and ${y.length}`);
  const f = raw.map(logOdds);
  const positives = y.reduce((s, v) => s + v, 0);
  const negatives = y.length - positives;
  const hi = (positives + 1) / (positives + 2);
  const lo = 1 / (negatives + 2);
  const t = y.map((v) => (v === 1 ? hi : lo));

  // Negative log-likelihood of (a, b) where P = sigmoid(a f + b), computed without overflow.
  const loss = (a: number, b: number): number =>
    f.reduce((s, fi, i) => {
      const z = a * fi + b;
      return s + (z >= 0 ? (1 - t[i]) * z + Math.log1p(Math.exp(-z)) : -t[i] * z + Math.log1p(Math.exp(z)));
    }, 0);
  let a = 1;
  let b = Math.log((positives + 1) / (negatives + 1));
  let current = loss(a, b);
  for (let iteration = 0; iteration < 100; iteration++) {
    let gA = 0;
    let gB = 0;
    let hAA = 1e-12;
    let hAB = 0;
    let hBB = 1e-12;
    f.forEach((fi, i) => {
      const p = 1 / (1 + Math.exp(-(a * fi + b)));
      const d = p - t[i];
      const w = p * (1 - p);
      gA += d * fi;
      gB += d;
      hAA += w * fi * fi;
      hAB += w * fi;
      hBB += w;
    });
    if (Math.abs(gA) < 1e-9 && Math.abs(gB) < 1e-9) break;
    const det = hAA * hBB - hAB * hAB;
    const stepA = -(hBB * gA - hAB * gB) / det;
    const stepB = -(-hAB * gA + hAA * gB) / det;
    let size = 1;
    while (size > 1e-10) {
      const next = loss(a + size * stepA, b + size * stepB);
      if (next < current + 1e-4 * size * (gA * stepA + gB * stepB)) {
        a += size * stepA;
        b += size * stepB;
        current = next;
        break;
      }
      size /= 2;
    }
    if (size <= 1e-10) break;
  }
  // A negative slope would reverse the forest's ranking; with no usable signal the honest map is flat.
  if (!(a > 0))
    return { method: 'platt', slope: 0, intercept: Math.log(hi * positives + lo * negatives) - Math.log(y.length - (hi * positives + lo * negatives)) };
  return { method: 'platt', slope: a, intercept: b };
}
