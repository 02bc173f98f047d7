import type { Analysis } from '../models/language/analysis';
import type { Analyzer } from './analyzer';

/** One line of `npm run analyze` output: the analysis flattened for spreadsheets and jq. */
export type CliResult =
  | {
      text: string;
      reasons: Analysis['reasons'][number]['reason'][];
      temporary: boolean | null;
      amounts: { value: number; period: Analysis['amounts'][number]['period'] }[];
      dates: Analysis['dates'];
      vulnerable: boolean;
      vulnerability: Analysis['vulnerability'][number]['driver'][];
      crisis: boolean;
      concern: boolean;
      intent: Analysis['intent'];
      language: Analysis['language'];
    }
  | { line: number; error: string };

export function summarizeLine(analyzer: Analyzer, line: string, number: number, today?: Date): CliResult {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return { line: number, error: 'not valid JSON; expected {"text": "..."}' };
  }
  const text = typeof input === 'object' && input !== null ? (input as { text?: unknown }).text : undefined;
  if (typeof text !== 'string') return { line: number, error: 'expected an object with a string "text" field' };
  const analysis = analyzer.analyze(text, { today });
  return {
    text,
    reasons: analysis.reasons.map((r) => r.reason),
    temporary: analysis.temporary,
    amounts: analysis.amounts.map(({ value, period }) => ({ value, period })),
    dates: analysis.dates,
    vulnerable: analysis.vulnerable,
    vulnerability: analysis.vulnerability.map((v) => v.driver),
    crisis: analysis.crisis,
    concern: analysis.concern,
    intent: analysis.intent,
    language: analysis.language,
  };
}
