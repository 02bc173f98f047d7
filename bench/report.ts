/**
 * Every benchmark reports lines of this shape so `npm run bench` can print them
 * in one table; a ratio is always against a baseline measured in the same run.
 */
export interface BenchLine {
  /** What was measured, e.g. "analyze p99". */
  name: string;
  value: number;
  unit: string;
  /** Optional baseline measured in the same run, and value / baseline. */
  baseline?: { name: string; value: number };
  ratio?: number;
  /** Goal stated by the issue, e.g. "<= 2 ms". */
  goal?: string;
}

export type Bench = (report: (line: BenchLine) => void) => Promise<void>;

export function percentile(sortedOrNot: number[], p: number): number {
  const sorted = [...sortedOrNot].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}
