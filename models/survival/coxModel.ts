/**
 * Cox proportional-hazards model of time to cure: hazard h(t | x) =
 * h0(t)·exp(β·x), fitted by Newton–Raphson on the log partial likelihood with
 * Breslow's handling of tied event times (every loan curing at t shares the
 * same risk set). Covariates are standardised inside the fit so one step size
 * suits all; coefficients are returned on the original scale. A small ridge
 * penalty keeps the fit finite when a covariate separates the events.
 */
import type { SurvivalObservation } from './kaplanMeier';

export interface CoxFit {
  coefficients: number[];
  iterations: number;
  logPartialLikelihood: number;
}

interface Derivatives {
  logL: number;
  gradient: number[];
  hessian: number[][];
}

function derivatives(X: number[][], obs: readonly SurvivalObservation[], beta: number[], ridge: number): Derivatives {
  const p = beta.length;
  const order = obs.map((_, i) => i).sort((a, b) => obs[b].time - obs[a].time);
  const gradient = beta.map((b) => -ridge * b);
  const hessian = beta.map((_, i) => beta.map((__, j) => (i === j ? -ridge : 0)));
  let logL = -0.5 * ridge * beta.reduce((s, b) => s + b * b, 0);
  let s0 = 0;
  const s1 = new Array<number>(p).fill(0);
  const s2 = beta.map(() => new Array<number>(p).fill(0));
  // Walk from the latest time back, adding each time's whole group to the risk sums before its events are scored.
  for (let k = 0; k < order.length;) {
    const time = obs[order[k]].time;
    const group: number[] = [];
    while (k < order.length && obs[order[k]].time === time) group.push(order[k++]);
    for (const i of group) {
      const w = Math.exp(X[i].reduce((s, x, j) => s + x * beta[j], 0));
      s0 += w;
      for (let a = 0; a < p; a++) {
        s1[a] += w * X[i][a];
        for (let b = 0; b < p; b++) s2[a][b] += w * X[i][a] * X[i][b];
      }
    }
    for (const i of group.filter((g) => obs[g].event)) {
      logL += X[i].reduce((s, x, j) => s + x * beta[j], 0) - Math.log(s0);
      for (let a = 0; a < p; a++) {
        gradient[a] += X[i][a] - s1[a] / s0;
        for (let b = 0; b < p; b++) hessian[a][b] -= s2[a][b] / s0 - (s1[a] * s1[b]) / (s0 * s0);
      }
    }
  }
  return { logL, gradient, hessian };
}

/** Solves A·x = b by Gaussian elimination with partial pivoting (A is small: one row per covariate). */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    const pivot = M.reduce((best, row, r) => (r >= c && Math.abs(row[c]) > Math.abs(M[best][c]) ? r : best), c);
    [M[c], M[pivot]] = [M[pivot], M[c]];
    if (Math.abs(M[c][c]) < 1e-12) throw new RangeError('the covariates are collinear: the Cox fit has no unique solution');
    for (let r = c + 1; r < n; r++) {
      const f = M[r][c] / M[c][c];
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) x[r] = (M[r][n] - M[r].slice(r + 1, n).reduce((s, v, k) => s + v * x[r + 1 + k], 0)) / M[r][r];
  return x;
}

export function fitCox(
  X: readonly (readonly number[])[],
  obs: readonly SurvivalObservation[],
  options: { ridge?: number; maxIterations?: number } = {},
): CoxFit {
  if (X.length !== obs.length || X.length === 0) throw new RangeError(`${X.length} rows but ${obs.length} observations`);
  if (!obs.some((o) => o.event)) throw new RangeError('no event: a Cox model needs at least one cure');
  const p = X[0].length;
  const mean = X[0].map((_, j) => X.reduce((s, r) => s + r[j], 0) / X.length);
  const sd = mean.map((m, j) => Math.sqrt(X.reduce((s, r) => s + (r[j] - m) ** 2, 0) / X.length) || 1);
  const Z = X.map((r) => r.map((v, j) => (v - mean[j]) / sd[j]));
  const ridge = options.ridge ?? 0;
  let beta = new Array<number>(p).fill(0);
  let current = derivatives(Z, obs, beta, ridge);
  let iterations = 0;
  while (iterations < (options.maxIterations ?? 50)) {
    iterations++;
    const step = solve(
      current.hessian.map((row) => row.map((v) => -v)),
      current.gradient,
    );
    let scale = 1;
    let next = derivatives(
      Z,
      obs,
      beta.map((b, j) => b + step[j]),
      ridge,
    );
    // Step halving: Newton's step may overshoot far from the optimum.
    while (next.logL < current.logL - 1e-12 && scale > 1e-6) {
      scale /= 2;
      next = derivatives(
        Z,
        obs,
        beta.map((b, j) => b + scale * step[j]),
        ridge,
      );
    }
    beta = beta.map((b, j) => b + scale * step[j]);
    const converged = Math.abs(next.logL - current.logL) < 1e-10;
    current = next;
    if (converged) break;
  }
  return { coefficients: beta.map((b, j) => b / sd[j]), iterations, logPartialLikelihood: current.logL };
}

/** exp(β·x) relative to the mean loan is the same ranking; the linear predictor is what the C-index needs. */
export function coxRisk(fit: CoxFit, x: readonly number[]): number {
  return x.reduce((s, v, j) => s + v * fit.coefficients[j], 0);
}
