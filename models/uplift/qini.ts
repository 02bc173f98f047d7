/**
 * Qini curve of an uplift score: borrowers sorted by score, highest first;
 * after the first n of them, the challenger's cures minus the control's cures
 * scaled to the challenger's count, Q(n) = Y_t(n) − Y_c(n) · N_t(n) / N_c(n).
 * A score that targets the persuadable rises early; random targeting is the
 * straight line to Q(N). The Qini coefficient is the area between the two,
 * in the curve's units (cures) times the targeted share.
 */
export interface UpliftObservation {
  challenger: boolean;
  cured: boolean;
  score: number;
}

export interface QiniPoint {
  /** Share of the population targeted, 0..1. */
  share: number;
  /** Incremental cures. */
  qini: number;
}

export function qiniCurve(rows: readonly UpliftObservation[]): QiniPoint[] {
  if (rows.length === 0) throw new RangeError('the Qini curve needs at least one borrower');
  const sorted = [...rows].sort((a, b) => b.score - a.score);
  const points: QiniPoint[] = [{ share: 0, qini: 0 }];
  let [nt, nc, yt, yc] = [0, 0, 0, 0];
  sorted.forEach((r, i) => {
    if (r.challenger) [nt, yt] = [nt + 1, yt + (r.cured ? 1 : 0)];
    else [nc, yc] = [nc + 1, yc + (r.cured ? 1 : 0)];
    points.push({ share: (i + 1) / sorted.length, qini: yt - (nc > 0 ? (yc * nt) / nc : 0) });
  });
  return points;
}

export function qiniCoefficient(curve: readonly QiniPoint[]): number {
  const end = curve[curve.length - 1];
  let area = 0;
  for (let i = 1; i < curve.length; i++) {
    const random = (s: number) => end.qini * s;
    const [a, b] = [curve[i - 1], curve[i]];
    area += ((a.qini - random(a.share) + (b.qini - random(b.share))) / 2) * (b.share - a.share);
  }
  return area;
}
